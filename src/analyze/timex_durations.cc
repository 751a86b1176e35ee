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

// "P2Y6M" for two and a half years.
namespace {

std::string HalfDurationValue(int count, Unit u) {
  const std::string c = std::to_string(count);
  switch (u) {
    case Unit::kYear:
      return "P" + c + "Y6M";
    case Unit::kHour:
      return "PT" + c + "H30M";
    case Unit::kMinute:
      return "PT" + c + "M30S";
    case Unit::kDay:
      return "P" + c + "DT12H";
    default:
      return "P" + c + ".5" + DurationLetter(u);
  }
}

}  // namespace

// Durations: "two weeks", "the past three years", "several months",
// "27-year", "day-long", "recent days", "for years", "nearly an hour", "the
// first nine months", "two more weeks", "2 1/2 hours", "a year and a half".
bool Matcher::Duration(size_t i, Found* f) const {
  size_t j = i;
  const bool the = Is(j, "the");
  if (the) ++j;
  bool framed = false;  // "the past", "the next", "the first"...
  const std::string_view w = W(j);
  if (w == "past" || w == "last" || w == "next" || w == "first" ||
      w == "previous" || w == "coming" || w == "following" || w == "final" ||
      w == "latest") {
    framed = true;
    ++j;
  }
  // "the nine months" (a count after "the") is one too.
  if (the && !framed) {
    size_t after_count = j;
    if (CountAt(j, &after_count) < 1) return false;
  }
  if (!the && framed && w != "past") return false;
  j = SkipApprox(j);
  if (!framed && HyphenatedDuration(j, f)) return true;
  size_t k = j;
  int count = CountAt(j, &k);
  bool plural = false;
  if (count == -2) {
    // "recent days", "the past year", "for years".
    if (Is(j, "recent")) {  // TimeBank: "recent years" is PAST_REF
      const auto u = UnitAt(j + 1, &plural);
      if (!u || !plural) return false;
      f->end = j + 2;
      f->value = "PAST_REF";
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
  bool half = false;
  if (Is(k, "more") || Is(k, "additional") || Is(k, "straight")) ++k;
  if (IsNumber(j) && Is(k, "1/2") && count > 0) {  // "2 1/2 hours"
    half = true;
    ++k;
  }
  const auto u = UnitAt(k, &plural);
  if (!u || *u == Unit::kWeekend || TitleCase(k)) return false;  // "60 Minutes"
  // "$500 million a year", "24 hours a day": a rate, not a duration.
  if ((Is(j, "a") || Is(j, "an")) && j == i && i > 0 &&
      !IsPreposition(W(i - 1)) && W(i - 1) != "than" && W(i - 1) != "," &&
      !SentenceEnd(i - 1)) {
    return false;
  }
  size_t end = k + 1;
  if (Is(end, "old") || Is(end, "-")) return false;  // ages
  if (count == 1 && plural && !framed && !half) return false;
  if (count > 1 && !plural) {
    // "a five year low": a count with a singular unit before a noun.
    if (end >= n() || tokens_[end].kind != TokenKind::kWord || Cap(end)) {
      return false;
    }
  }
  if (Is(end, "and") && (Is(end + 1, "a") || Is(end + 1, "one")) &&
      Is(end + 2, "half")) {
    half = true;
    end += 3;
  }
  f->end = end;
  if (count < 0 && framed && (w == "past" || w == "last" || w == "previous")) {
    f->value = "PAST_REF";  // "the past several quarters"
    return true;
  }
  f->type = TimexType::kDuration;
  f->value = half && count > 0 ? HalfDurationValue(count, *u)
                               : DurationValue(count, *u);
  return true;
}

// "27-year", "two-week", "day-long", "decades-long", "three-month-long".
bool Matcher::HyphenatedDuration(size_t j, Found* f) const {
  if (j >= n() || tokens_[j].kind != TokenKind::kWord) return false;
  const std::string_view a = W(j);
  const size_t dash = a.find('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  std::string_view head = a.substr(0, dash), rest = a.substr(dash + 1);
  bool plural = false;
  int count = -2;
  std::optional<Unit> u;
  if (const auto hu = UnitOf(head, &plural); hu && rest == "long") {
    u = hu;  // "day-long", "decades-long"
    count = plural ? -1 : 1;
  } else {
    count = CardinalOf(head);
    if (rest.ends_with("-long")) rest.remove_suffix(5);
    u = UnitOf(rest, &plural);
    if (count <= 0 || plural) return false;
  }
  if (!u || *u == Unit::kWeekend || Is(j + 1, "-") || Is(j + 1, "old")) {
    return false;
  }
  f->end = j + 1;
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
  if (w == "yearly") v = "P1Y";
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
