// Copyright 2026 The precis Authors.
//
// Dates named on the calendar: explicit dates ("April 10, 2018", "10
// April", "2018-04-10"), months, years, decades and centuries, quarters and
// halves, seasons.

#include <algorithm>
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
  return NumericDate(i, f);
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
  if (Is(j, "year") && j > i && Is(j - 1, "fiscal")) ++j;
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
  if (j > i && Is(j + 1, "century")) {
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
  if (j > i) {  // "fiscal 1989"; "the 1992 protests" leaves out "the"
    return !Is(i, "the") || IsCountNoun(W(j + 1)) || j + 1 >= n() ||
           tokens_[j + 1].kind != TokenKind::kWord || Cap(j + 1);
  }
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
    if (t < 0 && index > current) --year;
    if (t > 0 && index < current) ++year;
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
