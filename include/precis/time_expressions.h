// Copyright 2026 The precis Authors.
//
// Time expressions in news text ("April 10, 2018", "Nov. 1", "on Monday",
// "last year", "two days ago", "late July", "in 1987"), found with rules
// over tokens and normalized to TIMEX3 values (TimeML, Pustejovsky et al.
// 2003) against the article's publication date, in the manner of
// HeidelTime (Strötgen & Gertz 2010): dates only (TIMEX3 type DATE), no
// durations, sets or clock times.

#ifndef PRECIS_TIME_EXPRESSIONS_H_
#define PRECIS_TIME_EXPRESSIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/span.h"

namespace precis {

struct TimeExpression {
  Span span;  // [begin, end) bytes of the text, e.g. "last Tuesday"
  // TIMEX3 value: "2018-04-10", "2018-04", "2018", "2018-W15", "199" (a
  // decade), "PRESENT_REF", "PAST_REF", "FUTURE_REF"; with an unknown
  // reference date, relative expressions keep X placeholders ("XXXX-04",
  // "XXXX-XX-XX") and `resolved` is false.
  std::string value;
  bool resolved = true;
  bool relative = false;  // needed the reference date ("Monday", "last year")
};

// A calendar date; `Parse` reads the date part of an ISO 8601 string
// ("2018-04-10", "2018-04-10T12:00:00Z").
struct CivilDate {
  int year = 0, month = 0, day = 0;  // month and day 1-based; 0 = unknown
  bool valid() const { return year > 0 && month > 0 && day > 0; }
  static CivilDate Parse(std::string_view iso);
};

// Finds the date expressions of `text` (offsets relative to `text` plus
// `base`), resolving relative ones against `reference` (the publication
// date; may be invalid). In order, non-overlapping. Total and linear.
std::vector<TimeExpression> FindTimeExpressions(std::string_view text,
                                                const CivilDate& reference,
                                                uint32_t base = 0);

// Days since 1970-01-01 of a valid date, and back (Hinnant's algorithms).
int64_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(int64_t days);

}  // namespace precis

#endif  // PRECIS_TIME_EXPRESSIONS_H_
