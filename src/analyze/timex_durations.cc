// Copyright 2026 The precis Authors.
//
// Durations ("two weeks", "the past three years") and sets ("every day",
// "weekly").

#include <algorithm>
#include <optional>
#include <string>

#include "analyze/timex_lexicon.h"
#include "analyze/timex_matcher.h"

namespace precis::timex {

// Durations: "two weeks", "the past three years", "several months",
// "27-year", "recent days", "for years", "nearly an hour", "the first
// nine months".
bool Matcher::Duration(size_t i, Found* f) const {
  size_t j = i;
  bool the = false;
  if (Is(j, "the")) {
    the = true;
    ++j;
  }
  bool framed = false;  // "the past", "the next", "the first"...
  const std::string_view w = W(j);
  if (w == "past" || w == "last" || w == "next" || w == "first" ||
      w == "previous" || w == "coming" || w == "following" || w == "final" ||
      w == "latest") {
    framed = true;
    ++j;
  }
  if (the && !framed) return false;
  if (!the && framed && w != "past") return false;
  j = SkipApprox(j);
  bool plural = false;
  // "27-year", "two-week", "five-day": a hyphenated adjective.
  if (j < n() && !framed) {
    const std::string_view a = W(j);
    const size_t dash = a.find('-');
    if (dash != std::string_view::npos && dash > 0) {
      const auto u = UnitOf(a.substr(dash + 1), &plural);
      const int c = CardinalOf(a.substr(0, dash));
      if (u && !plural && c > 0 && *u != Unit::kWeekend && !Is(j + 1, "-") &&
          !Is(j + 1, "old")) {
        f->end = j + 1;
        f->type = TimexType::kDuration;
        f->value = DurationValue(c, *u);
        return true;
      }
    }
  }
  size_t k = j;
  int count = CountAt(j, &k);
  if (count == -2) {
    // "recent days", "the past year", "for years".
    if (Is(j, "recent")) {
      const auto u = UnitAt(j + 1, &plural);
      if (!u || !plural) return false;
      f->end = j + 2;
      f->type = TimexType::kDuration;
      f->value = DurationValue(-1, *u);
      return true;
    }
    const auto u = UnitAt(j, &plural);
    if (!u || *u == Unit::kWeekend) return false;
    if (framed && !plural) {
      count = 1;
    } else if (plural && j > 0 &&
               (Is(j - 1, "for") || Is(j - 1, "in") || Is(j - 1, "over") ||
                Is(j - 1, "within") || framed)) {
      count = -1;
    } else {
      return false;
    }
    k = j;
  }
  const auto u = UnitAt(k, &plural);
  if (!u || *u == Unit::kWeekend) return false;
  if (count == 1 && plural && !framed) return false;  // "one years"?
  if (count > 1 && !plural) return false;             // "two day": an adjective
  size_t end = k + 1;
  if (Is(end, "old") || Is(end, "-")) return false;  // ages
  if (Is(end, "and") && Is(end + 1, "a") && Is(end + 2, "half")) end += 3;
  f->end = end;
  f->type = TimexType::kDuration;
  f->value = DurationValue(count, *u);
  return true;
}
// Sets: "every day", "each year", "every Monday", "daily", "weekly",
// "twice a year", "per month".
bool Matcher::Recurrence(size_t i, Found* f) const {
  const std::string_view w = W(i);
  const char* v = nullptr;
  if (w == "daily" || w == "nightly") v = "P1D";
  if (w == "weekly") v = "P1W";
  if (w == "monthly") v = "P1M";
  if (w == "annually" || w == "yearly") v = "P1Y";
  if (w == "hourly") v = "PT1H";
  if (v) {
    f->end = i + 1;
    f->type = TimexType::kSet;
    f->value = v;
    return true;
  }
  size_t j = i;
  if (w == "every" || w == "each" || w == "per") {
    j = i + 1;
    if (Is(j, "other")) ++j;
  } else if ((w == "a" || w == "an") && i > 0 &&
             (Is(i - 1, "twice") || Is(i - 1, "times") || Is(i - 1, "once") ||
              IsNumber(i - 1) || Is(i - 1, "%"))) {
    j = i + 1;
  } else {
    return false;
  }
  bool plural = false;
  if (const auto u = UnitAt(j, &plural); u && !plural) {
    f->end = j + 1;
    f->type = TimexType::kSet;
    f->value = DurationValue(1, *u);
    return true;
  }
  if (const int wd = WeekdayAt(j); wd >= 0) {
    f->end = j + 1;
    f->type = TimexType::kSet;
    f->value = "XXXX-WXX-" + std::to_string(wd + 1);
    return true;
  }
  size_t after = 0;
  if (const int m = MonthAt(j, &after)) {
    f->end = after;
    f->type = TimexType::kSet;
    f->value = "XXXX-" + Pad(m, 2);
    return true;
  }
  return false;
}

}  // namespace precis::timex
