// Copyright 2026 The precis Authors.
//
// Calendar points for time-expression normalization: a date at some
// granularity (a day, an ISO week, a month, a quarter, a year, a decade...),
// shifted by calendar units and written as a TIMEX3 value (TimeML,
// Pustejovsky et al. 2003): "2018-04-10", "2018-W15", "2018-04", "2018-Q2",
// "2018-H1", "2018-SU", "2018", "201" (a decade), "20" (a century).

#ifndef PRECIS_ANALYZE_TIMEX_CALENDAR_H_
#define PRECIS_ANALYZE_TIMEX_CALENDAR_H_

#include <cstdint>
#include <string>

#include "precis/time_expressions.h"

namespace precis::timex {

// Calendar units, finest first.
enum class Unit : uint8_t {
  kMinute,
  kHour,
  kDay,
  kWeekend,
  kWeek,
  kMonth,
  kSeason,
  kQuarter,
  kHalf,
  kYear,
  kDecade,
  kCentury,
};

// Seasons as TIMEX3 codes, in calendar order.
enum class Season : uint8_t { kSpring, kSummer, kFall, kWinter };
const char* SeasonCode(Season s);  // "SP", "SU", "FA", "WI"

int DaysInMonth(int year, int month);
// 0 = Monday ... 6 = Sunday.
int Weekday(int64_t days);

// A calendar point: the period of granularity `unit` that contains `date`
// (for kSeason, kQuarter and kHalf, `index` gives which one: 0-based).
struct Point {
  Unit unit = Unit::kDay;
  CivilDate date;  // always a valid day inside the period
  int index = 0;   // season, quarter or half within the year

  static Point Day(const CivilDate& d) { return {Unit::kDay, d, 0}; }
  static Point At(Unit unit, const CivilDate& d);  // the period around d
  static Point Year(int y) { return At(Unit::kYear, {y, 1, 1}); }
  static Point Month(int y, int m) { return At(Unit::kMonth, {y, m, 1}); }
  static Point Quarter(int y, int q);  // q in 1..4
  static Point Half(int y, int h);     // h in 1..2
  static Point SeasonOf(int y, Season s);

  // The same point `n` units later (earlier for n < 0), at the same
  // granularity ("2018-Q3" one year back is "2017-Q3").
  Point Shifted(Unit by, int n) const;
  // The TIMEX3 value.
  std::string Value() const;
};

// The date `n` units of `by` after `d` (months and years clamp the day:
// March 31 one month later is April 30).
CivilDate AddUnits(const CivilDate& d, Unit by, int64_t n);

// The n-th (1-based; -1 for the last) weekday `wd` (0 = Monday) of a month.
CivilDate NthWeekday(int year, int month, int wd, int n);
// Easter Sunday (Gregorian; the anonymous algorithm of Meeus).
CivilDate Easter(int year);

// "%04d", "%02d".
std::string Pad(int v, int width);

}  // namespace precis::timex

#endif  // PRECIS_ANALYZE_TIMEX_CALENDAR_H_
