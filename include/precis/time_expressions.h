// Copyright 2026 The precis Authors.
//
// Time expressions in news text ("April 10, 2018", "Nov. 1", "on Monday",
// "last year", "two days ago", "late July", "in 1987", "3 p.m. Friday",
// "two weeks", "every year"), found with rules over tokens and normalized
// to TIMEX3 values (TimeML, Pustejovsky et al. 2003) against the article's
// publication date, in the manner of HeidelTime (Strötgen & Gertz 2010).

#ifndef PRECIS_TIME_EXPRESSIONS_H_
#define PRECIS_TIME_EXPRESSIONS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/span.h"
#include "precis/tokenizer.h"

namespace precis {

// The TIMEX3 types.
enum class TimexType : uint8_t {
  kDate,      // a calendar period: "2018-04-10", "2018-W15", "2018-Q3"
  kTime,      // a time of day: "2018-04-10T15:00", "2018-04-10TMO"
  kDuration,  // a length of time: "P2W", "PT3H", "PXY"
  kSet,       // a recurrence: "P1Y" ("every year"), "XXXX-WXX-1"
};
const char* TimexTypeName(TimexType type);  // "DATE", "TIME", ...

struct TimeExpression {
  Span span;  // [begin, end) bytes of the text, e.g. "last Tuesday"
  TimexType type = TimexType::kDate;
  // TIMEX3 value: "2018-04-10", "2018-04", "2018", "2018-W15", "2018-Q3",
  // "2018-H1", "2018-SU", "199" (a decade), "19" (a century),
  // "2018-04-10T15:30", "2018-04-10TEV", "P2W", "PT3H", "PXY",
  // "PRESENT_REF", "PAST_REF", "FUTURE_REF". With an unknown reference
  // date, relative expressions keep X placeholders ("XXXX-04",
  // "XXXX-XX-XX") and `resolved` is false.
  std::string value;
  bool resolved = true;
  bool relative = false;  // needed the reference date ("Monday", "last year")
};

// A calendar date; `Parse` reads the date part of an ISO 8601 string
// ("2018-04-10", "2018-04-10T12:00:00Z"), and returns an invalid date for
// anything else, impossible days ("2018-02-31") included.
struct CivilDate {
  int year = 0, month = 0, day = 0;  // month and day 1-based; 0 = unknown
  bool valid() const { return year > 0 && month > 0 && day > 0; }
  static CivilDate Parse(std::string_view iso);
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

struct TimexOptions {
  bool durations = true;  // also find DURATION and SET expressions
  // "the next day", "a year earlier", "that day" count from the last date
  // mentioned before them (as HeidelTime does for narratives) rather than
  // from the reference date.
  bool anaphora = true;
};

// Finds the time expressions of `text` (offsets relative to `text` plus
// `base`), resolving relative ones against `reference` (the publication
// date; may be invalid). In order, non-overlapping. Total; linear time.
std::vector<TimeExpression> FindTimeExpressions(
    std::string_view text, const CivilDate& reference, uint32_t base = 0,
    const TimexOptions& options = {});

// The same over tokens already made: `tokens` are Tokenize()'s tokens of
// `text` with offsets relative to `text` plus `base` (as SplitSentences
// hands them out), in order.
std::vector<TimeExpression> FindTimeExpressions(
    std::string_view text, std::span<const Token> tokens,
    const CivilDate& reference, uint32_t base = 0,
    const TimexOptions& options = {});

// Days since 1970-01-01 of a valid date, and back (Hinnant's algorithms).
int64_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(int64_t days);

}  // namespace precis

#endif  // PRECIS_TIME_EXPRESSIONS_H_
