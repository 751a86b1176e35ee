// Copyright 2026 The precis Authors.
//
// The matcher's driver: tokens, tense, resolution against the reference
// date, and the choice of the longest expression at each token. The
// pattern families are in timex_dates.cc, timex_relative.cc and
// timex_durations.cc.

#include "analyze/timex_matcher.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "analyze/timex_lexicon.h"

namespace precis::timex {

// Placeholder values for relative expressions without a reference date.
std::string Unknown(Unit u) {
  switch (u) {
    case Unit::kMinute:
    case Unit::kHour:
    case Unit::kDay:
      return "XXXX-XX-XX";
    case Unit::kWeek:
    case Unit::kWeekend:
      return "XXXX-WXX";
    case Unit::kMonth:
      return "XXXX-XX";
    case Unit::kSeason:
    case Unit::kQuarter:
    case Unit::kHalf:
    case Unit::kYear:
      return "XXXX";
    case Unit::kDecade:
      return "XXX";
    case Unit::kCentury:
      return "XX";
  }
  return "XXXX";
}

// "P3Y", "PT2H", "PXD".
std::string DurationValue(int count, Unit u) {
  const std::string n = count < 0 ? "X" : std::to_string(count);
  if (u == Unit::kHour || u == Unit::kMinute) {
    return "PT" + n + DurationLetter(u);
  }
  return "P" + n + DurationLetter(u);
}

std::vector<TimeExpression> Matcher::Run() {
  std::vector<TimeExpression> out;
  size_t i = 0;
  while (i < n()) {
    Found f;
    Match(i, &f);
    if (f.end <= i) {
      ++i;
      continue;
    }
    if (!options_.durations &&
        (f.type == TimexType::kDuration || f.type == TimexType::kSet)) {
      i = f.end;
      continue;
    }
    // A possessive ends an expression: "last year's vote" is "last year".
    bool inner_possessive = false;
    for (size_t k = i; k + 1 < f.end && !f.possessive_inside; ++k) {
      inner_possessive |= PossessiveAt(k) > 0;
    }
    if (inner_possessive) {
      ++i;
      continue;
    }
    TimeExpression e;
    e.span = {tokens_[i].span.begin,
              tokens_[f.end - 1].span.end -
                  static_cast<uint32_t>(PossessiveAt(f.end - 1))};
    e.type = f.type;
    e.value = std::move(f.value);
    e.resolved = f.resolved;
    e.relative = f.relative;
    if (f.point && f.point->unit <= Unit::kYear && !f.anaphoric) {
      anchor_ = *f.point;
      anchor_mentioned_ = true;
    }
    out.push_back(std::move(e));
    i = f.end;
  }
  return out;
}
// --- Words that make up expressions ----------------------------------
// A month name at i ("April", "Apr.", "Sept"); sets *end past it.
int Matcher::MonthAt(size_t i, size_t* end) const {
  if (!Cap(i)) return 0;
  bool abbr = false;
  const int m = MonthOf(W(i), &abbr);
  if (m == 0) return 0;
  *end = i + 1;
  if (abbr && W(i) != "may") {
    if (Is(i + 1, ".") && Glued(i + 1)) {
      *end = i + 2;
    } else if ((W(i) == "mar" || W(i) == "jan" || W(i) == "jun" ||
                W(i) == "jul") &&
               !DayAt(i + 1) && !YearAt(i + 1)) {
      return 0;  // names as often as months, unless a day or year follows
    }
  }
  return m;
}
// A day of the month: "10", "10th", "tenth".
int Matcher::DayAt(size_t i) const {
  if (IsNumber(i)) return DayNumberOf(W(i));
  if (i < n() && tokens_[i].kind == TokenKind::kWord) {
    return OrdinalOf(W(i));
  }
  return 0;
}
int Matcher::YearAt(size_t i) const { return IsNumber(i) ? YearOf(W(i)) : 0; }
int Matcher::WeekdayAt(size_t i) const { return Cap(i) ? WeekdayOf(W(i)) : -1; }
// A count at i: a cardinal, "a few" (X), "several" (X); *end past it.
// Returns -1 for a vague amount, -2 for none.
int Matcher::CountAt(size_t i, size_t* end) const {
  if (i >= n()) return -2;
  if (Is(i, "a") && (Is(i + 1, "few") || Is(i + 1, "couple"))) {
    *end = Is(i + 2, "of") ? i + 3 : i + 2;
    return Is(i + 1, "couple") ? 2 : -1;
  }
  if (IsVagueAmount(W(i))) {
    *end = i + 1;
    return -1;
  }
  if (IsNumber(i) && W(i).size() > 3) return -2;  // "2000 years": no
  int c = CardinalOf(W(i));
  if (c < 0) return -2;
  *end = i + 1;
  // "twenty four" (spoken), "a hundred", "two thousand".
  if (c >= 20 && c % 10 == 0 && !IsNumber(i)) {
    const int one = CardinalOf(W(i + 1));
    if (one >= 1 && one <= 9 && !IsNumber(i + 1) && W(i + 1) != "a") {
      c += one;
      ++*end;
    }
  }
  if (Is(*end, "hundred") || Is(*end, "thousand")) {
    c *= Is(*end, "hundred") ? 100 : 1000;
    ++*end;
  }
  return c;
}
// A calendar unit word at i.
std::optional<Unit> Matcher::UnitAt(size_t i, bool* plural) const {
  *plural = false;
  if (i >= n() || tokens_[i].kind != TokenKind::kWord) return std::nullopt;
  return UnitOf(W(i), plural);
}
// Approximators before durations and shifts: "about", "more than".
size_t Matcher::SkipApprox(size_t i) const {
  const std::string_view w = W(i);
  // TimeBank keeps "nearly" and "more than" inside, "about", "almost" and
  // "over" outside.
  if (w == "nearly" || w == "roughly" || w == "approximately") {
    return i + 1;
  }
  if ((w == "more" || w == "less" || w == "fewer") && Is(i + 1, "than")) {
    return i + 2;
  }
  if (w == "at" && (Is(i + 1, "least") || Is(i + 1, "most"))) return i + 2;
  if (w == "up" && Is(i + 1, "to")) return i + 2;
  return i;
}
// Position modifiers: "early", "late", "mid", "mid-", "earlier",
// "later", "the end of", "the beginning of". Returns the token after.
size_t Matcher::SkipPosition(size_t i) const {
  const std::string_view w = W(i);
  if (w == "early" || w == "late" || w == "mid" || w == "earlier" ||
      w == "later" || w == "middle") {
    return Is(i + 1, "-") ? i + 2 : i + 1;
  }
  size_t k = Is(i, "the") ? i + 1 : i;
  const std::string_view p = W(k);
  if ((p == "end" || p == "beginning" || p == "start" || p == "middle" ||
       p == "close" || p == "turn") &&
      Is(k + 1, "of")) {
    return k + 2;
  }
  return i;
}
// The tense around tokens [b, e): +1 future, -1 past, 0 unknown; the
// nearest cue word within the sentence wins.
int Matcher::Tense(size_t b, size_t e) const {
  // A preposition right before the expression says it first.
  if (b > 0) {
    const std::string_view p = W(b - 1);
    if (p == "since") return -1;
    if (p == "as" && b > 2 && Is(b - 3, "as")) return 1;  // as soon as
  }
  // The expression's own clause first: its words to the left up to a comma
  // ("the losses would ease if the bridge reopens in April, as officials
  // have said": "would", not "have said"), then both sides nearest first.
  size_t clause = 0;
  for (size_t d = 1; d <= 20; ++d) {
    if (b < d || SentenceEnd(b - d)) break;
    if (W(b - d) == ",") {
      clause = d;
      break;
    }
    if (const int t = TenseAt(b - d)) return t;
  }
  bool left = clause > 0, right = true;
  for (size_t d = 1; d <= 20 && (left || right); ++d) {
    if (left && d > clause) {
      if (b < d || SentenceEnd(b - d)) {
        left = false;
      } else if (const int t = TenseAt(b - d)) {
        return t;
      }
    }
    if (right) {
      const size_t k = e + d - 1;
      if (k >= n() || SentenceEnd(k)) {
        right = false;
      } else if (const int t = TenseAt(k)) {
        return t;
      }
    }
  }
  return 0;
}
int Matcher::TenseAt(size_t k) const {
  const std::string_view w = W(k);
  if ((w == "set" || w == "due" || w == "going" || w == "is" || w == "are" ||
       w == "plan" || w == "plans" || w == "planning") &&
      Is(k + 1, "to")) {
    return 1;
  }
  const int t = TenseOf(w);
  // A participle after "be" is passive voice, not tense ("will be held").
  if (t < 0 && k > 0 &&
      (Is(k - 1, "be") || Is(k - 1, "been") || Is(k - 1, "being"))) {
    return 0;
  }
  return t;
}

// --- Resolution -------------------------------------------------------
void Matcher::SetPoint(const Point& p, TimexType type, Found* f) const {
  f->type = type;
  f->point = p;
  f->value = p.Value();
}
// A period relative to the reference, or X placeholders.
void Matcher::SetRelative(std::optional<Point> p, Unit u, Found* f) const {
  f->relative = true;
  if (!p) {
    f->resolved = false;
    f->value = Unknown(u);
    return;
  }
  SetPoint(*p, TimexType::kDate, f);
}
// The month `m` without a year: the latest one not after the
// reference, or the next one not before it in future talk; `strict`
// excludes the reference's own month ("last May", "next May").
std::optional<Point> Matcher::MonthNear(int m, int direction,
                                        bool strict) const {
  if (!ref_.valid()) return std::nullopt;
  int y = ref_.year;
  if (direction > 0) {
    if (m < ref_.month || (strict && m == ref_.month)) ++y;
  } else if (direction < 0) {
    if (m > ref_.month || (strict && m == ref_.month)) --y;
  } else if (!strict) {
    // No tense: the nearest such month (news looks ahead as often as back).
    if (m - ref_.month > 6) --y;
    if (ref_.month - m > 6) ++y;
  }
  return Point::Month(y, m);
}
// Weekday `wd` near the reference: the latest one not after it (past
// talk), the next one not before it (future talk); `strict` skips the
// reference day itself.
std::optional<Point> Matcher::WeekdayNear(int wd, int direction,
                                          bool strict) const {
  if (!ref_.valid()) return std::nullopt;
  const int64_t ref = DaysFromCivil(ref_);
  const int rwd = Weekday(ref);
  int64_t day;
  if (direction > 0) {
    day = ref + (wd - rwd + 7) % 7;
    if (strict && day == ref) day += 7;
  } else {
    day = ref - (rwd - wd + 7) % 7;
    if (strict && day == ref) day -= 7;
  }
  return Point::Day(CivilFromDays(day));
}
// A day of a month without a year: the reference's year, moved one back
// (past talk) or on (future talk) when that is nearer in that direction.
Point Matcher::MonthDayNear(int m, int d, int direction) const {
  int y = ref_.year;
  const int64_t ref = DaysFromCivil(ref_);
  auto days = [&](int year) {
    return DaysFromCivil({year, m, std::min(d, DaysInMonth(year, m))});
  };
  const int64_t here = days(y);
  if (direction < 0 && here > ref + 7) --y;
  if (direction > 0 && here < ref - 7) ++y;
  if (direction == 0 && here > ref + 183) --y;
  if (direction == 0 && here < ref - 183) ++y;
  return Point::Day({y, m, std::min(d, DaysInMonth(y, m))});
}
// --- The pattern families ------------------------------------------
// The longest expression starting at token i, into *f (f->end == 0 for
// none). Each family looks ahead a bounded number of tokens.
// Whether any pattern can start at token i: a number, a capitalized word,
// a hyphenated word, or one of the words that open expressions. Most tokens
// are none of these, and are passed over at the cost of one lookup.
bool Matcher::CanStart(size_t i) const {
  if (IsNumber(i) || Cap(i)) return true;
  const std::string_view w = W(i);
  if (w.find('-') != std::string_view::npos) return true;
  static const std::unordered_set<std::string_view>* const kStarts =
      new std::unordered_set<std::string_view>{"the",          "a",
                                               "an",           "that",
                                               "this",         "these",
                                               "last",         "past",
                                               "previous",     "next",
                                               "coming",       "upcoming",
                                               "current",      "present",
                                               "early",        "late",
                                               "mid",          "earlier",
                                               "later",        "middle",
                                               "fiscal",       "today",
                                               "tonight",      "overnight",
                                               "yesterday",    "tomorrow",
                                               "now",          "currently",
                                               "nowadays",     "recently",
                                               "comparable",   "corresponding",
                                               "same",         "latest",
                                               "year",         "nearly",
                                               "roughly",      "approximately",
                                               "more",         "less",
                                               "fewer",        "at",
                                               "up",           "several",
                                               "few",          "many",
                                               "some",         "couple",
                                               "recent",       "noon",
                                               "midday",       "midnight",
                                               "daily",        "nightly",
                                               "weekly",       "monthly",
                                               "yearly",       "hourly",
                                               "every",        "each",
                                               "per",          "'",
                                               "\xE2\x80\x99", "spring",
                                               "summer",       "fall",
                                               "autumn",       "winter",
                                               "first",        "following",
                                               "final",        "prior",
                                               "just-ended"};
  if (kStarts->count(w) != 0) return true;
  bool plural = false;
  return CardinalOf(w) >= 0 || OrdinalOf(w) > 0 || UnitOf(w, &plural);
}

void Matcher::Match(size_t i, Found* f) {
  if (!CanStart(i)) return;
  auto take = [&](Found&& c) {
    if (c.end > f->end) *f = std::move(c);
  };
  // A position modifier before a calendar expression.
  const size_t j = SkipPosition(i);
  if (j > i) {
    Found c;
    if (Calendar(j, &c) && c.type != TimexType::kDuration) {
      take(std::move(c));
    } else if (PeriodOfReference(j, &c)) {
      take(std::move(c));
    }
  }
  {
    Found c;
    if (Calendar(i, &c)) take(std::move(c));
  }
  {
    Found c;
    if (Clock(i, &c)) take(std::move(c));
  }
  {
    Found c;
    if (Shift(i, &c)) take(std::move(c));
  }
  {
    Found c;
    if (Recurrence(i, &c)) take(std::move(c));
  }
  {
    Found c;
    if (Duration(i, &c)) take(std::move(c));
  }
}
// Dates and times that name a calendar period, tried longest first.
bool Matcher::Calendar(size_t i, Found* f) {
  Found best;
  auto take = [&](bool ok, Found&& c) {
    if (ok && c.end > best.end) best = std::move(c);
  };
  {
    Found c;
    take(ExplicitDate(i, &c), std::move(c));
  }
  {
    Found c;
    take(YearOrEra(i, &c), std::move(c));
  }
  {
    Found c;
    take(Deictic(i, &c), std::move(c));
  }
  {
    Found c;
    take(UnitRelative(i, &c), std::move(c));
  }
  {
    Found c;
    take(WeekdayDate(i, &c), std::move(c));
  }
  {
    Found c;
    take(QuarterOrHalf(i, &c), std::move(c));
  }
  {
    Found c;
    take(SeasonDate(i, &c), std::move(c));
  }
  {
    Found c;
    take(Holiday(i, &c), std::move(c));
  }
  {
    Found c;
    take(FiscalPeriod(i, &c), std::move(c));
  }
  {
    Found c;
    take(YearOfDiscussion(i, &c), std::move(c));
  }
  {
    Found c;
    take(Anaphoric(i, &c), std::move(c));
  }
  if (best.end <= i) return false;
  *f = std::move(best);
  return true;
}
// "the year", "the month" after a position modifier ("the end of the
// year"): the reference's.
bool Matcher::PeriodOfReference(size_t j, Found* f) const {
  if (!Is(j, "the")) return false;
  bool plural = false;
  const auto u = UnitAt(j + 1, &plural);
  if (!u || plural || *u < Unit::kWeek || *u == Unit::kSeason) return false;
  f->end = j + 2;
  SetRelative(ref_.valid() ? std::optional(Point::At(*u, ref_)) : std::nullopt,
              *u, f);
  return true;
}

}  // namespace precis::timex
