// Copyright 2026 The precis Authors.

#include "analyze/timex_calendar.h"

#include <cstdio>

namespace precis::timex {

const char* SeasonCode(Season s) {
  static constexpr const char* kCodes[] = {"SP", "SU", "FA", "WI"};
  return kCodes[static_cast<int>(s)];
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) {
    return 29;
  }
  return kDays[month - 1];
}

int Weekday(int64_t days) {  // 1970-01-01 was a Thursday
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string Pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%0*d", width, v < 0 ? 0 : v);
  return buf;
}

CivilDate AddUnits(const CivilDate& d, Unit by, int64_t n) {
  switch (by) {
    case Unit::kMinute:
    case Unit::kHour:
      return d;  // below a day: the date does not move for our purposes
    case Unit::kDay:
      return CivilFromDays(DaysFromCivil(d) + n);
    case Unit::kWeek:
    case Unit::kWeekend:
      return CivilFromDays(DaysFromCivil(d) + 7 * n);
    default:
      break;
  }
  int64_t months = n;
  if (by == Unit::kSeason || by == Unit::kQuarter) months = 3 * n;
  if (by == Unit::kHalf) months = 6 * n;
  if (by == Unit::kYear) months = 12 * n;
  if (by == Unit::kDecade) months = 120 * n;
  if (by == Unit::kCentury) months = 1200 * n;
  const int64_t m0 = static_cast<int64_t>(d.year) * 12 + (d.month - 1) + months;
  const int64_t y = m0 >= 0 ? m0 / 12 : -((-m0 + 11) / 12);
  if (y < 1 || y > 9999) return d;  // out of range: keep the date
  const int m = static_cast<int>(m0 - y * 12) + 1;
  const int day = std::min(d.day, DaysInMonth(static_cast<int>(y), m));
  return {static_cast<int>(y), m, day};
}

CivilDate NthWeekday(int year, int month, int wd, int n) {
  if (n > 0) {
    const int64_t first = DaysFromCivil({year, month, 1});
    return CivilFromDays(first + (wd - Weekday(first) + 7) % 7 + 7 * (n - 1));
  }
  const int64_t last = DaysFromCivil({year, month, DaysInMonth(year, month)});
  return CivilFromDays(last - (Weekday(last) - wd + 7) % 7);
}

CivilDate Easter(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4,
            f = (b + 8) / 25, g = (b - f + 1) / 3,
            h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4,
            l = (32 + 2 * e + 2 * i - h - k) % 7,
            m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

Point Point::At(Unit unit, const CivilDate& d) {
  Point p{unit, d, 0};
  switch (unit) {
    case Unit::kQuarter:
      p.index = (d.month - 1) / 3;
      break;
    case Unit::kHalf:
      p.index = (d.month - 1) / 6;
      break;
    case Unit::kSeason:
      // Meteorological seasons; the value names the year of the month
      // itself, so a winter's December and January differ by one.
      p.index = d.month == 12 || d.month <= 2 ? 3 : (d.month - 3) / 3;
      break;
    default:
      break;
  }
  return p;
}

Point Point::Quarter(int y, int q) {
  return At(Unit::kQuarter, {y, 3 * (q - 1) + 1, 1});
}

Point Point::Half(int y, int h) {
  return At(Unit::kHalf, {y, 6 * (h - 1) + 1, 1});
}

Point Point::SeasonOf(int y, Season s) {
  static constexpr int kFirstMonth[] = {3, 6, 9, 12};
  return At(Unit::kSeason, {y, kFirstMonth[static_cast<int>(s)], 1});
}

Point Point::Shifted(Unit by, int n) const {
  return At(unit, AddUnits(date, by, n));
}

std::string Point::Value() const {
  const CivilDate& d = date;
  switch (unit) {
    case Unit::kMinute:
    case Unit::kHour:
    case Unit::kDay:
      return Pad(d.year, 4) + "-" + Pad(d.month, 2) + "-" + Pad(d.day, 2);
    case Unit::kWeek:
    case Unit::kWeekend: {
      // ISO 8601: the week belongs to the year of its Thursday.
      const int64_t days = DaysFromCivil(d);
      const CivilDate thu = CivilFromDays(days - Weekday(days) + 3);
      const int week =
          static_cast<int>(
              (DaysFromCivil(thu) - DaysFromCivil({thu.year, 1, 1})) / 7) +
          1;
      std::string v = Pad(thu.year, 4) + "-W" + Pad(week, 2);
      return unit == Unit::kWeekend ? v + "-WE" : v;
    }
    case Unit::kMonth:
      return Pad(d.year, 4) + "-" + Pad(d.month, 2);
    case Unit::kSeason:
      return Pad(d.year, 4) + "-" + SeasonCode(static_cast<Season>(index));
    case Unit::kQuarter:
      return Pad(d.year, 4) + "-Q" + std::to_string(index + 1);
    case Unit::kHalf:
      return Pad(d.year, 4) + "-H" + std::to_string(index + 1);
    case Unit::kYear:
      return Pad(d.year, 4);
    case Unit::kDecade:
      return Pad(d.year / 10, 3);
    case Unit::kCentury:
      return Pad(d.year / 100, 2);
  }
  return "";
}

}  // namespace precis::timex
