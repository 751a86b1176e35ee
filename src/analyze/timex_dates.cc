// Copyright 2026 The precis Authors.
//
// Dates named on the calendar: explicit dates ("April 10, 2018", "10
// April", "2018-04-10"), months, years, decades and centuries, quarters and
// halves, seasons.

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "analyze/timex_lexicon.h"
#include "analyze/timex_matcher.h"

namespace precis::timex {

// "April 10, 2018", "April 10", "10 April 2018", "April 2018", "in
// April", "Tuesday, April 10", "2018-04-10", "4/10/2018".
bool Matcher::ExplicitDate(size_t i, Found* f) const {
  size_t j = i;
  bool weekday = false;
  if (WeekdayAt(i) >= 0) {
    j = Is(i + 1, ",") ? i + 2 : i + 1;
    weekday = true;
  }
  size_t after = 0;
  if (const int m = MonthAt(j, &after)) {
    if (const int d = DayAt(after); d > 0) {
      size_t y = after + 1;
      if (Is(y, ",")) ++y;
      const int year = YearAt(y);
      return Day(year, m, d, year ? y + 1 : after + 1, i, f);
    }
    size_t y = after;
    if (Is(y, ",") || Is(y, "of")) ++y;
    if (const int year = YearAt(y)) {
      f->end = y + 1;
      SetPoint(Point::Month(year, m), TimexType::kDate, f);
      return true;
    }
    if (weekday) return false;
    if ((Is(after, "last") || Is(after, "this") || Is(after, "next")) &&
        Is(after + 1, "year")) {  // "July last year"
      f->end = after + 2;
      const int dy = Is(after, "last") ? -1 : Is(after, "next") ? 1 : 0;
      SetRelative(ref_.valid() ? std::optional(Point::Month(ref_.year + dy, m))
                               : std::nullopt,
                  Unit::kMonth, f);
      return true;
    }
    return MonthAlone(i, m, after, f);
  }
  if (const int d = DayAt(j); d > 0 && (IsNumber(j) || Is(j - 1, "the"))) {
    size_t k = Is(j + 1, "of") ? j + 2 : j + 1;
    if (const int m = MonthAt(k, &after)) {
      size_t y = Is(after, ",") ? after + 1 : after;
      const int year = YearAt(y);
      return Day(year, m, d, year ? y + 1 : after, i, f);
    }
  }
  if (weekday) return false;
  // "April 24 and 25": a day after a month's day and a conjunction.
  if (const int d = DayAt(i);
      d > 0 && IsNumber(i) && i >= 3 &&
      (Is(i - 1, "and") || Is(i - 1, "or") || Is(i - 1, "to") ||
       Is(i - 1, "-") || Is(i - 1, "through"))) {
    size_t e = 0;
    if (const int m = MonthAt(i - 3, &e); m && e == i - 2 && DayAt(i - 2)) {
      size_t y = Is(i + 1, ",") ? i + 2 : i + 1;
      const int year = YearAt(y);
      return Day(year, m, d, year ? y + 1 : i + 1, i, f);
    }
  }
  // "mid-November", "late-November 1998", "mid-1996".
  if (const std::string_view rest = AfterGluedModifier(i); !rest.empty()) {
    bool abbr = false;
    if (const int m = MonthOf(rest, &abbr); m && !abbr) {
      if (const int year = YearAt(i + 1)) {
        f->end = i + 2;
        SetPoint(Point::Month(year, m), TimexType::kDate, f);
        return true;
      }
      f->end = i + 1;
      SetRelative(MonthNear(m, Tense(i, i + 1), false), Unit::kMonth, f);
      if (!f->resolved) f->value = "XXXX-" + Pad(m, 2);
      return true;
    }
    if (const int year = YearOf(rest)) {
      f->end = i + 1;
      SetPoint(Point::Year(year), TimexType::kDate, f);
      return true;
    }
  }
  return NumericDate(i, f);
}

std::string_view Matcher::AfterGluedModifier(size_t i) const {
  const std::string_view w = W(i);
  for (const std::string_view p : {"mid-", "late-", "early-"}) {
    if (w.size() > p.size() && w.starts_with(p)) {
      const char c = Raw(i)[p.size()];
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return w.substr(p.size());
      }
    }
  }
  return {};
}

int Matcher::SpokenYearAt(size_t i, size_t* end) const {
  const std::string_view w = W(i);
  if (w == "nineteen" || w == "eighteen" || w == "twenty") {
    const int century = w == "nineteen" ? 1900 : w == "eighteen" ? 1800 : 2000;
    const int rest = CardinalOf(W(i + 1));
    if (rest >= 10 && rest <= 99 && !IsNumber(i + 1)) {
      *end = i + 2;
      return century + rest;
    }
    if (Is(i + 1, "hundred")) {
      *end = i + 2;
      return century;
    }
    return 0;
  }
  if (w == "two" && Is(i + 1, "thousand")) {
    size_t k = i + 2;
    if (Is(k, "and")) ++k;
    const int rest = CardinalOf(W(k));
    if (rest >= 1 && rest <= 99 && !IsNumber(k) && W(k) != "a") {
      *end = k + 1;
      return 2000 + rest;
    }
    *end = i + 2;
    return 2000;
  }
  return 0;
}

bool Matcher::FiscalPeriod(size_t i, Found* f) const {
  if (!ref_.valid()) return false;
  size_t j = i;
  if (Is(j, "the")) ++j;
  if (Is(j, "comparable") || Is(j, "corresponding") || Is(j, "same") ||
      Is(j, "latest")) {
    ++j;
  }
  // The year: "1988", "year-ago", "last year's", "this year's".
  int year = 0;
  const bool quarter_anchor =
      anchor_mentioned_ && anchor_ && anchor_->unit == Unit::kQuarter;
  const int base_year = quarter_anchor ? anchor_->date.year : ref_.year;
  if (const int y = YearAt(j); y && !IsNumber(j + 1)) {
    year = y;
    ++j;
  } else if (Is(j, "year-ago") || Is(j, "year-earlier")) {
    year = base_year - 1;
    ++j;
  } else if ((Is(j, "last") || Is(j, "this") || Is(j, "next")) &&
             Is(j + 1, "year") && PossessiveAt(j + 1)) {
    year = ref_.year + (Is(j, "last") ? -1 : Is(j, "next") ? 1 : 0);
    j += 2;
  }
  int q = OrdinalOf(W(j));
  if (q > 0) {
    if (q > 4) return false;
    ++j;
  } else if (Is(j, "fiscal")) {
    ++j;
  }
  if (!Is(j, "quarter") && !Is(j, "period")) return false;
  size_t end = j + 1;
  bool current = false;  // the quarter under discussion, this year
  if (year == 0) {       // "the corresponding period last year"
    if (Is(end, "last") && Is(end + 1, "year")) {
      year = base_year - 1;
      end += 2;
    } else if (Is(end, "a") && Is(end + 1, "year") &&
               (Is(end + 2, "ago") || Is(end + 2, "earlier"))) {
      year = base_year - 1;
      end += 3;
    } else if (Is(i, "the") && q == 0 &&
               (Is(j, "quarter") || Is(j - 1, "latest"))) {
      current = true;  // "the quarter", "the latest period"
      year = base_year;
    } else {
      return false;
    }
  }
  if (q == 0) {
    q = quarter_anchor ? anchor_->index + 1 : (ref_.month - 1) / 3;
    if (q == 0) {  // the last completed quarter: last year's fourth
      q = 4;
      if (!quarter_anchor) --year;
    }
  }
  (void)current;
  f->end = end;
  f->possessive_inside = true;
  f->relative = true;
  f->anaphoric = true;
  SetPoint(Point::Quarter(year, q), TimexType::kDate, f);
  return true;
}

bool Matcher::YearOfDiscussion(size_t i, Found* f) const {
  const std::string_view w = W(i);
  if (w == "year-end" ||
      (w == "year" &&
       (Is(i + 1, "end") || (PossessiveAt(i) && Is(i + 1, "end"))))) {
    f->end = w == "year-end" ? i + 1 : i + 2;
    f->possessive_inside = true;
    SetRelative(
        ref_.valid() ? std::optional(Point::Year(ref_.year)) : std::nullopt,
        Unit::kYear, f);
    return true;
  }
  if (w != "the") return false;
  if ((Is(i + 1, "near") || Is(i + 1, "short")) &&
      (Is(i + 2, "future") || Is(i + 2, "term"))) {
    f->end = i + 3;
    f->value = "FUTURE_REF";
    return true;
  }
  size_t j = i + 1;
  const bool qualified = Is(j, "fiscal") || Is(j, "full") || Is(j, "current");
  if (qualified) ++j;
  bool plural = false;
  const auto u = UnitAt(j, &plural);
  if (!u || plural || (*u != Unit::kYear && *u != Unit::kWeek)) return false;
  // Without a qualifier only after a preposition of time: "for the year".
  const std::string_view prev = i > 0 ? W(i - 1) : std::string_view();
  if (!qualified && prev != "for" && prev != "during" && prev != "through" &&
      prev != "throughout" && prev != "in") {
    return false;
  }
  if (Is(j + 1, "of") || Is(j + 1, "before") || Is(j + 1, "after") ||
      IsNumber(j + 1)) {
    return false;  // "the year of the dragon", "the year 2000"
  }
  f->end = j + 1;
  SetRelative(ref_.valid() ? std::optional(Point::At(*u, ref_)) : std::nullopt,
              *u, f);
  return true;
}

// Fixed and movable holidays, by their first word.
bool Matcher::Holiday(size_t i, Found* f) const {
  size_t j = i;
  int direction = 0;
  if (Is(j, "last") || Is(j, "next") || Is(j, "this")) {
    direction = Is(j, "last") ? -1 : Is(j, "next") ? 1 : 0;
    ++j;
  }
  if (!Cap(j)) return false;
  const std::string_view w = W(j);
  // The holiday's date in a year, and its extent.
  size_t end = j + 1;
  auto day_word = [&](std::string_view word) {
    if (Is(end, word) && Cap(end)) ++end;
  };
  CivilDate (*date)(int) = nullptr;
  if (w == "christmas") {
    if (Is(end, "eve") && Cap(end)) {
      ++end;
      date = [](int y) { return CivilDate{y, 12, 24}; };
    } else {
      day_word("day");
      date = [](int y) { return CivilDate{y, 12, 25}; };
    }
  } else if (w == "new" && Is(j + 1, "year") && Cap(j + 1)) {
    end = j + 2;
    if (Is(end, "eve") && Cap(end)) {
      ++end;
      date = [](int y) { return CivilDate{y, 12, 31}; };
    } else {
      day_word("day");
      date = [](int y) { return CivilDate{y, 1, 1}; };
    }
  } else if (w == "thanksgiving") {
    day_word("day");
    date = [](int y) { return NthWeekday(y, 11, 3, 4); };
  } else if (w == "easter") {
    day_word("sunday");
    date = [](int y) { return Easter(y); };
  } else if (w == "halloween") {
    date = [](int y) { return CivilDate{y, 10, 31}; };
  } else if (Is(j + 1, "day") && Cap(j + 1)) {
    end = j + 2;
    if (w == "independence") {
      date = [](int y) { return CivilDate{y, 7, 4}; };
    } else if (w == "election") {
      date = [](int y) {
        return CivilFromDays(DaysFromCivil(NthWeekday(y, 11, 0, 1)) + 1);
      };
    } else if (w == "labor" || w == "labour") {
      date = [](int y) { return NthWeekday(y, 9, 0, 1); };
    } else if (w == "memorial") {
      date = [](int y) { return NthWeekday(y, 5, 0, -1); };
    } else if (w == "veterans" || w == "armistice") {
      date = [](int y) { return CivilDate{y, 11, 11}; };
    } else if (w == "valentine") {
      date = [](int y) { return CivilDate{y, 2, 14}; };
    } else if (w == "inauguration") {
      date = [](int y) { return CivilDate{y, 1, 20}; };
    }
  }
  if (date == nullptr) return false;
  size_t y = Is(end, ",") ? end + 1 : end;
  if (const int year = YearAt(y)) {
    f->end = y + 1;
    SetPoint(Point::Day(date(year)), TimexType::kDate, f);
    return true;
  }
  f->end = end;
  f->relative = true;
  if (!ref_.valid()) {
    f->resolved = false;
    f->value = "XXXX-XX-XX";
    return true;
  }
  if (direction == 0) direction = Tense(i, end);
  const int64_t ref = DaysFromCivil(ref_);
  // The instance nearest the reference in the direction of the tense.
  CivilDate best = date(ref_.year);
  int64_t best_distance = INT64_MAX;
  for (int year = ref_.year - 1; year <= ref_.year + 1; ++year) {
    const CivilDate d = date(year);
    const int64_t delta = DaysFromCivil(d) - ref;
    if ((direction < 0 && delta > 0) || (direction > 0 && delta < 0)) continue;
    if (std::llabs(delta) < best_distance) {
      best_distance = std::llabs(delta);
      best = d;
    }
  }
  SetPoint(Point::Day(best), TimexType::kDate, f);
  return true;
}
// "2018-04-10", "4/10/2018", "04/10/18" is left alone (ambiguous).
bool Matcher::NumericDate(size_t i, Found* f) const {
  if (!IsNumber(i)) return false;
  const std::string_view w = W(i);
  if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
    const CivilDate d = CivilDate::Parse(w);
    if (!d.valid()) return false;
    f->end = i + 1;
    SetPoint(Point::Day(d), TimexType::kDate, f);
    return true;
  }
  const size_t s1 = w.find('/');
  const size_t s2 = s1 == std::string_view::npos ? s1 : w.find('/', s1 + 1);
  if (s2 == std::string_view::npos || w.size() - s2 - 1 != 4) return false;
  const int m = DayNumberOf(w.substr(0, s1));
  const int d = DayNumberOf(w.substr(s1 + 1, s2 - s1 - 1));
  const int y = YearOf(w.substr(s2 + 1));
  if (m < 1 || m > 12 || d < 1 || y == 0 || d > DaysInMonth(y, m)) {
    return false;
  }
  f->end = i + 1;
  SetPoint(Point::Day({y, m, d}), TimexType::kDate, f);
  return true;
}
// A day of a month, the year given or not; "31 February" keeps only the
// month.
bool Matcher::Day(int year, int m, int d, size_t end, size_t i,
                  Found* f) const {
  f->end = end;
  if (year == 0) {
    f->relative = true;
    if (!ref_.valid()) {
      f->value = "XXXX-" + Pad(m, 2) + "-" + Pad(d, 2);
      f->resolved = false;
      return true;
    }
    const Point p = MonthDayNear(m, d, Tense(i, end));
    if (d > DaysInMonth(p.date.year, m)) {
      SetPoint(Point::Month(p.date.year, m), TimexType::kDate, f);
    } else {
      SetPoint(p, TimexType::kDate, f);
    }
    return true;
  }
  if (d > DaysInMonth(year, m)) {
    SetPoint(Point::Month(year, m), TimexType::kDate, f);
  } else {
    SetPoint(Point::Day({year, m, d}), TimexType::kDate, f);
  }
  return true;
}
// A month named alone: only after a preposition or modifier ("in
// December", "late July"), and "May" only after one that cannot take a
// verb.
bool Matcher::MonthAlone(size_t i, int m, size_t end, Found* f) const {
  if (i == 0) return false;
  const std::string_view prev = W(i - 1);
  bool ok = IsPreposition(prev) || Is(i - 1, "-");
  if (prev == "and" || prev == "or" || prev == "to" || prev == "-") {
    size_t e = 0;
    ok = i >= 2 && (MonthAt(i - 2, &e) || YearAt(i - 2) || DayAt(i - 2));
  }
  if (prev == "the" && end < n() && tokens_[end].kind == TokenKind::kWord &&
      !Cap(end)) {
    ok = true;  // "the March accession"
  }
  if (m == 5 && (prev == "to" || prev == "that")) ok = false;
  if (!ok) return false;
  f->end = end;
  SetRelative(MonthNear(m, Tense(i, end), false), Unit::kMonth, f);
  if (!f->resolved) f->value = "XXXX-" + Pad(m, 2);
  return true;
}
// "1987", "fiscal 1989", "the 1990s", "the '90s", "mid-1990s", "the
// 20th century".
bool Matcher::YearOrEra(size_t i, Found* f) const {
  size_t j = i;
  if (Is(j, "the")) ++j;
  if (Is(j, "fiscal")) ++j;
  if (Is(j, "year") && j > i && (Is(j - 1, "fiscal") || Is(j - 1, "the"))) {
    ++j;  // "fiscal year 1990", "the year 2000"
  }
  size_t spoken_end = 0;
  if (const int year = SpokenYearAt(j, &spoken_end)) {
    // "two thousand" alone counts things unless "the year" or "in" says
    // otherwise.
    const bool sure = W(j) != "two" || spoken_end > j + 2 || j > i ||
                      (j > 0 && (Is(j - 1, "in") || Is(j - 1, "since")));
    if (sure && (j == i || Is(j - 1, "year"))) {
      f->end = spoken_end;
      SetPoint(Point::Year(year), TimexType::kDate, f);
      return true;
    }
  }
  if (Is(i, "the") && j == i + 1) {  // "the nineties"
    static constexpr std::string_view kDecades[] = {
        "twenties", "thirties",  "forties",  "fifties",
        "sixties",  "seventies", "eighties", "nineties"};
    for (int k = 0; k < 8; ++k) {
      if (W(j) == kDecades[k]) {
        f->end = j + 1;
        SetPoint(Point::At(Unit::kDecade, {1920 + 10 * k, 1, 1}),
                 TimexType::kDate, f);
        return true;
      }
    }
  }
  if (const int year = YearAt(j)) {
    if (!LooksLikeYear(i, j, year)) return false;
    if (Is(j + 1, "-") && IsNumber(j + 2)) return false;  // "1998-2000"
    f->end = j + 1;
    SetPoint(Point::Year(year), TimexType::kDate, f);
    return true;
  }
  // Decades, without "the" (TimeBank leaves it out).
  if (j < n() && !Is(i, "the")) {
    std::string_view w = W(j);
    if (w.starts_with("mid-")) w.remove_prefix(4);
    if (w.size() == 5 && w.ends_with("0s") && YearOf(w.substr(0, 4))) {
      f->end = j + 1;
      SetPoint(Point::At(Unit::kDecade, {YearOf(w.substr(0, 4)), 1, 1}),
               TimexType::kDate, f);
      return true;
    }
    if ((Is(j, "'") || Is(j, "\xE2\x80\x99")) && IsNumber(j + 1) &&
        W(j + 1).size() == 3 && W(j + 1)[1] == '0' && W(j + 1)[2] == 's') {
      f->end = j + 2;
      f->value = std::string("19") + W(j + 1)[0];
      f->point =
          Point::At(Unit::kDecade, {1900 + 10 * (W(j + 1)[0] - '0'), 1, 1});
      return true;
    }
  }
  // Centuries.
  if (Is(j + 1, "century")) {
    const int c = OrdinalOf(W(j));
    if (c >= 1 && c <= 30) {
      f->end = j + 2;
      SetPoint(Point::At(Unit::kCentury, {100 * (c - 1) + 1, 1, 1}),
               TimexType::kDate, f);
      return true;
    }
  }
  return false;
}
// A four-digit number at j is a year unless it counts something or is
// money or a code.
bool Matcher::LooksLikeYear(size_t i, size_t j, int year) const {
  if (j > 0) {
    const std::string_view prev = W(j - 1);
    if (prev == "$" || prev == "no" || prev == "#" || prev == "number" ||
        prev == "model" || prev == "route" || prev == "flight") {
      return false;
    }
  }
  if (Is(j + 1, "%") || Is(j + 1, ":")) return false;
  if (j > i) return !Is(i, "the");  // "fiscal 1989", not "the 1994"
  const bool prep = j > 0 && IsPreposition(W(j - 1));
  if (prep) return year >= 1000;
  if (year < 1900 || year > 2099) return false;
  return !IsCountNoun(W(j + 1));
}
// "the third quarter", "third-quarter", "the first half of 2018", "the
// latest quarter", "the fourth quarter of last year".
bool Matcher::QuarterOrHalf(size_t i, Found* f) const {
  size_t j = i;
  if (Is(j, "the")) ++j;
  if (Is(j, "fiscal")) ++j;
  int index = 0;
  Unit unit = Unit::kQuarter;
  size_t end = 0;
  const std::string_view w = W(j);
  if (w.ends_with("-quarter") || w.ends_with("-half")) {
    if (j > i && Is(i, "the")) return false;  // "the third-quarter loss"
    const size_t dash = w.rfind('-');
    index = OrdinalOf(w.substr(0, dash));
    unit = w.ends_with("-half") ? Unit::kHalf : Unit::kQuarter;
    end = j + 1;
  } else if (const int o = OrdinalOf(w); o > 0) {
    index = o;
    if (Is(j + 1, "quarter")) {
      end = j + 2;
    } else if (Is(j + 1, "half")) {
      unit = Unit::kHalf;
      end = j + 2;
    }
  } else if ((w == "latest" || w == "current" || w == "recent" ||
              w == "just-ended" || w == "year-earlier" || w == "year-ago") &&
             Is(j + 1, "quarter") && j > i) {
    index = w == "current" ? -1 : -2;  // -2: the last completed one
    end = j + 2;
  }
  if (end == 0 || index == 0 ||
      (unit == Unit::kQuarter ? index > 4 : index > 2)) {
    return false;
  }
  if (end == j + 2 && j == i && W(j + 1) == "half" && !Is(end, "of")) {
    return false;  // "first half" without "the": a count of halves
  }
  // An explicit year: "of 2018", "of last year", "2018 first quarter".
  int year = 0;
  size_t k = end;
  if (Is(k, "of") || Is(k, ",")) {
    if (const int y = YearAt(k + 1)) {
      year = y;
      end = k + 2;
    } else if (Is(k, "of") &&
               (Is(k + 1, "this") || Is(k + 1, "last") || Is(k + 1, "next") ||
                Is(k + 1, "the")) &&
               Is(k + 2, "year")) {
      if (ref_.valid()) {
        year = ref_.year + (Is(k + 1, "last") ? -1 : Is(k + 1, "next") ? 1 : 0);
      }
      end = k + 3;
    }
  }
  f->end = end;
  if (!ref_.valid() && year == 0) {
    f->relative = true;
    f->resolved = false;
    f->value = index > 0 ? std::string("XXXX-") +
                               (unit == Unit::kQuarter ? "Q" : "H") +
                               std::to_string(index)
                         : "XXXX";
    return true;
  }
  if (index < 0) {
    Point p = Point::At(Unit::kQuarter, ref_);
    if (index == -2) p = p.Shifted(Unit::kQuarter, -1);
    if (W(j) == "year-earlier" || W(j) == "year-ago") {
      p = p.Shifted(Unit::kYear, -1);
    }
    f->relative = true;
    SetPoint(p, TimexType::kDate, f);
    return true;
  }
  if (year == 0) {
    f->relative = true;
    year = ref_.year;
    const int current = unit == Unit::kQuarter ? (ref_.month - 1) / 3 + 1
                                               : (ref_.month - 1) / 6 + 1;
    const int t = Tense(i, end);
    if (t < 0 && index > current)
      --year;  // never ahead: the quarter
               // just ended is the one reported
  }
  SetPoint(unit == Unit::kQuarter ? Point::Quarter(year, index)
                                  : Point::Half(year, index),
           TimexType::kDate, f);
  return true;
}
// "summer 2017", "the spring of 1998", "in the fall" (this season or
// the last, by tense).
bool Matcher::SeasonDate(size_t i, Found* f) const {
  size_t j = Is(i, "the") ? i + 1 : i;
  const auto s = SeasonOf(W(j));
  if (!s) return false;
  size_t k = j + 1;
  if (Is(k, "of") || Is(k, ",")) ++k;
  if (const int y = YearAt(k)) {
    f->end = k + 1;
    SetPoint(Point::SeasonOf(y, *s), TimexType::kDate, f);
    return true;
  }
  // A season alone, only after "in", "during", "this"...
  if (i == 0 ||
      !(Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "by") ||
        Is(i - 1, "until") || Is(i - 1, "since") || Is(i - 1, "over"))) {
    return false;
  }
  if (j == i && !Is(i - 1, "in")) return false;
  f->end = j + 1;
  std::optional<Point> p;
  if (ref_.valid()) {
    Point here = Point::SeasonOf(ref_.year, *s);
    const int t = Tense(i, j + 1);
    if (t < 0 && DaysFromCivil(here.date) > DaysFromCivil(ref_)) {
      here = here.Shifted(Unit::kYear, -1);
    }
    p = here;
  }
  SetRelative(p, Unit::kSeason, f);
  if (!f->resolved) f->value = std::string("XXXX-") + SeasonCode(*s);
  return true;
}

}  // namespace precis::timex
