// Copyright 2026 The precis Authors.
//
// Time expressions by rules over tokens, in the manner of HeidelTime
// (Strötgen & Gertz, "HeidelTime: High quality rule-based extraction and
// normalization of temporal expressions", SemEval 2010; "Multilingual and
// cross-domain temporal tagging", LRE 2013): at each token every pattern
// family is tried, the longest match wins, and its value is normalized at
// once against the reference date, with the tense of the sentence deciding
// the direction of underspecified expressions ("Monday", "in December").
// Departures from HeidelTime: patterns are code over tokens rather than
// regular expressions (linear time, no backtracking); tense comes from cue
// words rather than part-of-speech tags; anaphoric expressions ("the next
// day", "a year earlier") count from the last date mentioned, which
// HeidelTime does only for narratives.
//
// Families, tried at each token (see Matcher::Match):
//   explicit dates     "April 10, 2018", "10 April", "Tuesday, Nov. 1",
//                      "2018-04-10", "4/10/2018", "March 2016", "in May"
//   years and eras     "1987", "fiscal 1989", "the 1990s", "the '90s",
//                      "mid-1990s", "the 20th century"
//   deictic words      "today", "yesterday morning", "tonight", "now",
//                      "recently", "the past", "the future"
//   calendar units     "this week", "last year", "next month", "the
//                      weekend", "this spring", "last May", "early next year"
//   weekdays           "Monday", "last Tuesday", "Friday night"
//   counted shifts     "two days ago", "a year earlier", "three weeks later"
//   clock times        "10:30 a.m.", "3 p.m. Monday", "noon", "midnight"
//   quarters, halves   "the third quarter", "fourth-quarter", "the first half
//                      of 2018"
//   seasons            "summer 2017", "this fall", "the spring of 1998"
//   anaphora           "the next day", "the following week", "that day"
//   durations          "two weeks", "the past three years", "several
//                      months", "a 27-year", "recent days", "for years"
//   sets               "every day", "each year", "weekly", "twice a year"
// Position modifiers ("early", "late", "mid", "earlier", "later", "the end
// of", "the beginning of") and approximators ("about", "nearly", "more
// than") join the expression they precede; the value stays the period's
// (TIMEX3 puts them in the mod attribute, which precis does not keep).

#include "precis/time_expressions.h"

#include "analyze/timex_calendar.h"
#include "analyze/timex_matcher.h"

namespace precis {
namespace {

int ParseDigits(std::string_view s, size_t b, size_t len) {
  int v = 0;
  for (size_t k = b; k < b + len; ++k) {
    if (s[k] < '0' || s[k] > '9') return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

}  // namespace

const char* TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

CivilDate CivilDate::Parse(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return {};
  const int y = ParseDigits(iso, 0, 4), m = ParseDigits(iso, 5, 2),
            d = ParseDigits(iso, 8, 2);
  if (y <= 0 || m < 1 || m > 12 || d < 1 || d > timex::DaysInMonth(y, m)) {
    return {};
  }
  return {y, m, d};
}

int64_t DaysFromCivil(const CivilDate& d) {
  const int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

std::vector<TimeExpression> FindTimeExpressions(std::string_view text,
                                                std::span<const Token> tokens,
                                                const CivilDate& reference,
                                                uint32_t base,
                                                const TimexOptions& options) {
  return timex::Matcher(text, tokens, reference, base, options).Run();
}

std::vector<TimeExpression> FindTimeExpressions(std::string_view text,
                                                const CivilDate& reference,
                                                uint32_t base,
                                                const TimexOptions& options) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens, {}, base);
  return FindTimeExpressions(text, tokens, reference, base, options);
}

}  // namespace precis
