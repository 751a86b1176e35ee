// Copyright 2026 The precis Authors.
//
// Dates and times relative to the reference date or the last date
// mentioned: deictic words ("today", "now"), "this/last/next" + unit,
// weekdays, anaphora ("the next day"), counted shifts ("two days ago"),
// clock times.

#include <algorithm>
#include <fmt/core.h>
#include <optional>
#include <string>

#include "analyze/timex_lexicon.h"
#include "analyze/timex_matcher.h"

namespace precis::timex {

// today, yesterday, tomorrow (with a part of the day: TIME), tonight,
// now, recently, the past, the future.
bool Matcher::Deictic(size_t i, Found* f) const {
  const std::string_view w = W(i);
  int offset = 0;
  if (w == "today" || w == "tonight" || w == "overnight") {
    offset = 0;
  } else if (w == "yesterday") {
    offset = -1;
  } else if (w == "tomorrow") {
    offset = 1;
  } else {
    return Reference(i, f);
  }
  f->end = i + 1;
  f->relative = true;
  const char* part = w == "tonight" || w == "overnight" ? "NI" : nullptr;
  if (!part) {
    part = PartOfDayOf(W(i + 1));
    if (part) f->end = i + 2;
  }
  if (!ref_.valid()) {
    f->resolved = false;
    f->value = "XXXX-XX-XX";
    if (part) {
      f->type = TimexType::kTime;
      f->value += std::string("T") + part;
    }
    return true;
  }
  const Point day = Point::Day(CivilFromDays(DaysFromCivil(ref_) + offset));
  SetPoint(day, part ? TimexType::kTime : TimexType::kDate, f);
  if (part) f->value += std::string("T") + part;
  return true;
}
// PRESENT_REF, PAST_REF, FUTURE_REF.
bool Matcher::Reference(size_t i, Found* f) const {
  const std::string_view w = W(i);
  const char* v = nullptr;
  size_t end = i + 1;
  bool plural = false;
  // "previously", "formerly", "soon": rarely annotated in TimeBank (3 of
  // 23, 0 of 1, 4 of 18); a sentence-initial "Now" is mostly discourse.
  if ((w == "now" || w == "currently" || w == "nowadays") && !Cap(i)) {
    v = "PRESENT_REF";
  } else if ((w == "these" && Is(i + 1, "days")) ||
             (w == "the" && Is(i + 1, "present") && !Is(i + 2, "-"))) {
    v = "PRESENT_REF";
    end = i + 2;
  } else if (w == "recently") {
    v = "PAST_REF";
  } else if (w == "the" && (Is(i + 1, "past") || Is(i + 1, "future"))) {
    // Not "the past year" or "the past few days": durations.
    if (UnitAt(i + 2, &plural) || CountAt(i + 2, &end) != -2 ||
        Is(i + 2, "-") || Is(i + 2, "tense")) {
      return false;
    }
    v = Is(i + 1, "past") ? "PAST_REF" : "FUTURE_REF";
    end = i + 2;
  } else if ((w == "coming" || w == "upcoming") && UnitAt(i + 1, &plural) &&
             plural) {  // "in coming months"
    v = "FUTURE_REF";
    end = i + 2;
  } else {
    return false;
  }
  f->end = end;
  f->value = v;
  return true;
}
// this|last|next|past|coming|previous|current + week, month, year,
// weekend, quarter, decade, a month name, a season; "the weekend".
bool Matcher::UnitRelative(size_t i, Found* f) const {
  size_t j = i;
  const bool the = Is(j, "the");
  if (the) ++j;
  int direction = 0;
  bool strict = true;
  const std::string_view w = W(j);
  if (w == "last" || w == "past" || w == "previous") {
    direction = -1;
  } else if (w == "next" || w == "coming") {
    direction = 1;
  } else if (w == "this" || w == "current" || w == "present") {
    direction = 0;
    if (Is(j + 1, "coming") || Is(j + 1, "past")) {
      direction = Is(j + 1, "coming") ? 1 : -1;
      ++j;
    }
  } else if (the && Is(j, "weekend")) {
    // "the weekend": the nearest one in the tense's direction.
    f->end = j + 1;
    const int t = Tense(i, j + 1);
    std::optional<Point> p;
    if (ref_.valid()) {
      const int64_t ref = DaysFromCivil(ref_);
      const int sat = 5;
      int64_t day = ref - (Weekday(ref) - sat + 7) % 7;
      if (t > 0 && day < ref) day += 7;
      p = Point::At(Unit::kWeekend, CivilFromDays(day));
    }
    SetRelative(p, Unit::kWeekend, f);
    return true;
  } else {
    return false;
  }
  // "the past"/"the previous" + unit is anaphoric or a duration, not
  // this pattern; "the next" likewise.
  if (the && w != "coming" && w != "current" && w != "present") return false;
  size_t k = j + 1;
  if (const char* part = PartOfDayOf(W(k))) {
    // "this morning", "last night".
    if (the || direction > 0 ||
        (direction < 0 && W(k) != "night" && W(k) != "evening")) {
      return false;
    }
    f->end = k + 1;
    SetRelative(ref_.valid() ? std::optional(Point::Day(CivilFromDays(
                                   DaysFromCivil(ref_) + direction)))
                             : std::nullopt,
                Unit::kDay, f);
    f->type = TimexType::kTime;
    f->value += std::string("T") + part;
    return true;
  }
  if (Is(k, "fiscal") && Is(k + 1, "year")) ++k;
  if (TitleCase(k) && !SentenceEnd(i - 1) && i > 0) return false;
  bool plural = false;
  size_t after = 0;
  if (const auto u = UnitAt(k, &plural); u && !plural) {
    if (*u == Unit::kMinute || *u == Unit::kHour || *u == Unit::kDay) {
      return false;
    }
    f->end = k + 1;
    std::optional<Point> p;
    if (ref_.valid()) p = Point::At(*u, ref_).Shifted(*u, direction);
    if (*u == Unit::kWeekend && p) {
      const int64_t d = DaysFromCivil(p->date);
      p = Point::At(Unit::kWeekend, CivilFromDays(d - Weekday(d) + 5));
    }
    SetRelative(p, *u, f);
    return true;
  }
  if (const int m = MonthAt(k, &after)) {
    if (YearAt(after) || DayAt(after)) return false;
    f->end = after;
    SetRelative(direction == 0 && ref_.valid()
                    ? std::optional(Point::Month(ref_.year, m))
                    : MonthNear(m, direction, strict),
                Unit::kMonth, f);
    if (!f->resolved) f->value = "XXXX-" + Pad(m, 2);
    return true;
  }
  if (const auto s = SeasonOf(W(k))) {
    f->end = k + 1;
    std::optional<Point> p;
    if (ref_.valid()) {
      // "last spring": the latest one begun before the reference; "next
      // spring": the first one after it.
      Point here = Point::SeasonOf(ref_.year, *s);
      const int64_t start = DaysFromCivil(here.date), ref = DaysFromCivil(ref_);
      if (direction < 0 && start > ref) here = here.Shifted(Unit::kYear, -1);
      if (direction < 0 && Is(j, "last") && start <= ref && ref - start < 92) {
        here = here.Shifted(Unit::kYear, -1);  // in it: the one before
      }
      if (direction > 0 && start <= ref) here = here.Shifted(Unit::kYear, 1);
      p = here;
    }
    SetRelative(p, Unit::kSeason, f);
    if (!f->resolved) f->value = std::string("XXXX-") + SeasonCode(*s);
    return true;
  }
  return false;
}
// Weekdays: "Monday", "last Tuesday", "next Friday", "Friday night".
bool Matcher::WeekdayDate(size_t i, Found* f) const {
  size_t j = i;
  int direction = 0;
  bool strict = false;
  if (Is(j, "last") || Is(j, "past")) {
    direction = -1;
    strict = true;
    ++j;
  } else if (Is(j, "next") || Is(j, "coming")) {
    direction = 1;
    strict = true;
    ++j;
  } else if (Is(j, "this")) {
    ++j;
    if (Is(j, "coming") || Is(j, "past")) {
      direction = Is(j, "coming") ? 1 : -1;
      ++j;
    }
  }
  const int wd = WeekdayAt(j);
  if (wd < 0) return false;
  size_t end = j + 1;
  const char* part = PartOfDayOf(W(end));
  if (part) ++end;
  f->end = end;
  f->relative = true;
  if (direction == 0) {
    const int t = Tense(i, end);
    if (t != 0) {
      direction = t;
    } else if (ref_.valid()) {
      // No tense: the last such day, unless the next is at most two days
      // ahead (news reports the past, and announces the days just ahead).
      const int ahead = (wd - Weekday(DaysFromCivil(ref_)) + 7) % 7;
      direction = ahead != 0 && ahead <= 2 ? 1 : -1;
    } else {
      direction = -1;
    }
  }
  const auto p = WeekdayNear(wd, direction, strict);
  if (!p) {
    f->resolved = false;
    f->value = "XXXX-WXX-" + std::to_string(wd + 1);
  } else {
    SetPoint(*p, TimexType::kDate, f);
  }
  if (part) {  // "Friday night": TIME (TimeBank also has it as DATE)
    f->type = TimexType::kTime;
    f->value += std::string("T") + part;
  }
  return true;
}
// "the next day", "the following week", "the previous year", "the day
// before", "that day", "the same day": from the last date mentioned.
bool Matcher::Anaphoric(size_t i, Found* f) const {
  size_t j = i;
  int direction = 0;
  if (Is(j, "the")) {
    ++j;
    if (Is(j, "next") || Is(j, "following")) {
      direction = 1;
    } else if (Is(j, "previous") || Is(j, "prior")) {
      direction = -1;
    } else if (Is(j, "same")) {
      direction = 0;
    } else if (Is(j, "day") && (Is(j + 1, "before") || Is(j + 1, "after"))) {
      if (Is(j + 2, "yesterday") || Is(j + 2, "tomorrow")) {
        const int off = Is(j + 2, "yesterday") ? -2 : 2;
        f->end = j + 3;
        SetRelative(ref_.valid() ? std::optional(Point::Day(CivilFromDays(
                                       DaysFromCivil(ref_) + off)))
                                 : std::nullopt,
                    Unit::kDay, f);
        return true;
      }
      direction = Is(j + 1, "before") ? -1 : 1;
      f->end = j + 2;
      SetRelative(AnchorShift(Unit::kDay, direction), Unit::kDay, f);
      return true;
    } else {
      return false;
    }
    ++j;
  } else if (Is(j, "that")) {
    ++j;
  } else {
    return false;
  }
  if (const int wd = WeekdayAt(j); wd >= 0 && j > i + 1 && direction != 0) {
    // "the previous Friday": from the day last mentioned.
    const std::optional<Point> day = AnchorShift(Unit::kDay, 0);
    f->end = j + 1;
    f->anaphoric = true;
    if (!day) {
      f->relative = true;
      f->resolved = false;
      f->value = "XXXX-WXX-" + std::to_string(wd + 1);
      return true;
    }
    const int64_t d = DaysFromCivil(day->date);
    int64_t delta = direction > 0 ? (wd - Weekday(d) + 7) % 7
                                  : -((Weekday(d) - wd + 7) % 7);
    if (delta == 0) delta = 7 * direction;
    SetRelative(Point::Day(CivilFromDays(d + delta)), Unit::kDay, f);
    return true;
  }
  if (const char* part = PartOfDayOf(W(j))) {  // "the next morning"
    f->end = j + 1;
    SetRelative(AnchorShift(Unit::kDay, direction), Unit::kDay, f);
    f->type = TimexType::kTime;
    f->value += std::string("T") + part;
    return true;
  }
  bool plural = false;
  const auto u = UnitAt(j, &plural);
  if (!u || plural || *u < Unit::kDay || *u == Unit::kWeekend) {
    return false;
  }
  f->end = j + 1;
  f->anaphoric = true;
  SetRelative(AnchorShift(*u, direction), *u, f);
  return true;
}
// The last date mentioned (else the reference) moved by n units, at
// that unit's granularity.
// An anchor coarser than the unit ("1987" before "the next day") is not
// used; the reference is.
std::optional<Point> Matcher::AnchorShift(Unit u, int n) const {
  if (options_.anaphora && anchor_ && anchor_->unit <= u) {
    return Point::At(u, anchor_->date).Shifted(u, n);
  }
  if (!ref_.valid()) return std::nullopt;
  return Point::At(u, ref_).Shifted(u, n);
}
// "two days ago", "a year earlier", "three weeks later", "a month
// before", "year-earlier".
bool Matcher::Shift(size_t i, Found* f) const {
  const std::string_view w = W(i);
  if (w == "year-earlier" || w == "year-ago") {
    f->end = i + 1;
    f->relative = true;
    const auto p = YearBefore(true);
    f->anaphoric = true;
    if (!p) {
      f->resolved = false;
      f->value = "XXXX";
      return true;
    }
    SetPoint(*p, TimexType::kDate, f);
    return true;
  }
  size_t j = SkipApprox(i);
  size_t k = j;
  const int count = CountAt(j, &k);
  bool plural = false;
  std::optional<Unit> u;
  if (count == -2) {
    u = UnitAt(j, &plural);  // "years ago", "decades earlier"
    if (!u || !plural) return false;
    k = j;
  } else {
    u = UnitAt(k, &plural);
  }
  if (!u || *u == Unit::kWeekend) return false;
  const size_t after = k + 1;
  const std::string_view dir = W(after);
  int sign = 0;
  bool from_ref = false;
  size_t end = after + 1;
  if (dir == "ago") {
    sign = -1;
    from_ref = true;
  } else if (dir == "earlier" || dir == "before") {
    sign = -1;
  } else if (dir == "later" || dir == "after") {
    sign = 1;
  } else if (dir == "from" && Is(after + 1, "now")) {
    sign = 1;
    from_ref = true;
    end = after + 2;
  } else if (dir == "hence") {
    sign = 1;
    from_ref = true;
  } else {
    return false;
  }
  // "before"/"after" + a noun phrase is a preposition, not a shift.
  if ((dir == "before" || dir == "after") && after + 1 < n() &&
      tokens_[after + 1].kind == TokenKind::kWord && !SentenceEnd(after + 1) &&
      W(after + 1) != "that") {
    return false;
  }
  f->end = end;
  f->relative = true;
  if (count < 0) {  // "years ago", "a few days later"
    f->value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
    return true;
  }
  if (*u == Unit::kMinute || *u == Unit::kHour) {
    if (!ref_.valid()) {
      f->resolved = false;
      f->value = "XXXX-XX-XX";
      return true;
    }
    f->type = TimexType::kTime;
    f->value = Point::Day(ref_).Value();
    return true;
  }
  if (*u == Unit::kYear && count == 1 && sign < 0) {  // "a year ago"
    if (const auto p = YearBefore(from_ref)) {
      f->anaphoric = true;
      SetPoint(*p, TimexType::kDate, f);
      return true;
    }
  }
  std::optional<Point> base;
  if (from_ref || !options_.anaphora) {
    if (ref_.valid()) base = Point::Day(ref_);
  } else if (anchor_ && anchor_->unit <= *u) {
    base = anchor_;  // "a week later" counts from a day or week, not "2015"
  } else if (ref_.valid()) {
    base = Point::Day(ref_);
  }
  if (!base) {
    f->resolved = false;
    f->value = Unknown(*u);
    return true;
  }
  f->anaphoric = !from_ref;
  SetPoint(Point::At(*u, base->date).Shifted(*u, sign * count),
           TimexType::kDate, f);
  return true;
}

// The period a year before the one under discussion: in financial news
// "a year ago" and "year-earlier" compare with the quarter just named
// ("1988-Q3"); "a year earlier" after a day or month keeps it; otherwise the
// year before the reference.
std::optional<Point> Matcher::YearBefore(bool from_ref) const {
  if (options_.anaphora && anchor_mentioned_ && anchor_) {
    const Unit u = anchor_->unit;
    if (u == Unit::kQuarter || u == Unit::kHalf ||
        (!from_ref && u <= Unit::kMonth)) {
      return anchor_->Shifted(Unit::kYear, -1);
    }
  }
  if (!ref_.valid()) return std::nullopt;
  return Point::Year(ref_.year - 1);
}

// Clock times: "10:30 a.m.", "3 p.m. EST", "noon", "midnight Friday",
// "10 p.m. Wednesday", "3pm".
bool Matcher::Clock(size_t i, Found* f) const {
  const size_t j = i;
  int hour = -1, minute = 0;
  size_t k = j + 1;
  const std::string_view w = W(j);
  if (w == "noon" || w == "midday") {
    hour = 12;
  } else if (w == "midnight") {
    hour = 24;
  } else if (IsNumber(j)) {
    if (!ParseClock(w, &hour, &minute, &k, j)) return false;
  } else {
    return false;
  }
  // A time zone.
  const std::string_view tz = W(k);
  if (tz == "est" || tz == "edt" || tz == "gmt" || tz == "utc" || tz == "pst" ||
      tz == "pdt" || tz == "cst" || tz == "cdt" || tz == "et" || tz == "bst" ||
      tz == "cet") {
    ++k;
  } else if (tz == "local" && Is(k + 1, "time")) {
    k += 2;
  }
  // A day after it: "Monday", "today", "Nov. 9", "yesterday".
  std::optional<Point> day;
  if (ref_.valid()) day = Point::Day(ref_);
  {
    Found d;
    size_t m = k;
    if (Is(m, "on") || Is(m, ",")) ++m;
    if ((WeekdayDate(m, &d) || ExplicitDate(m, &d) || Deictic(m, &d)) &&
        d.point && d.point->unit == Unit::kDay) {
      day = Point::Day(d.point->date);
      k = d.end;
    } else if (d.end > m && !d.resolved && d.type != TimexType::kTime) {
      k = d.end;
    }
  }
  f->end = k;
  f->type = TimexType::kTime;
  f->relative = true;
  std::string clock = fmt::format("T{}:{}", Pad(hour, 2), Pad(minute, 2));
  if (!day) {
    f->resolved = false;
    f->value = "XXXX-XX-XX" + clock;
    return true;
  }
  f->point = *day;
  f->value = day->Value() + clock;
  return true;
}
// "10:30" (+ a.m./p.m.), "3 p.m.", "3pm", "10am"; sets the hour
// (24-hour clock), minute and *end.
bool Matcher::ParseClock(std::string_view w, int* hour, int* minute,
                         size_t* end, size_t j) const {
  std::string_view digits = w;
  int suffix = 0;  // 1 a.m., 2 p.m.
  if (w.ends_with("am") || w.ends_with("pm")) {
    suffix = w.ends_with("am") ? 1 : 2;
    digits = w.substr(0, w.size() - 2);
  }
  const size_t colon = digits.find(':');
  const std::string_view hh = digits.substr(0, colon);
  if (hh.empty() || hh.size() > 2) return false;
  int h = 0, m = 0;
  for (const char c : hh) {
    if (c < '0' || c > '9') return false;
    h = h * 10 + (c - '0');
  }
  if (colon != std::string_view::npos) {
    const std::string_view mm = digits.substr(colon + 1);
    if (mm.size() != 2) return false;
    for (const char c : mm) {
      if (c < '0' || c > '9') return false;
      m = m * 10 + (c - '0');
    }
  }
  *end = j + 1;
  if (suffix == 0) {
    const std::string_view next = W(j + 1);
    if (next == "a.m." || next == "am" || next == "a.m") {
      suffix = 1;
    } else if (next == "p.m." || next == "pm" || next == "p.m") {
      suffix = 2;
    }
    if (suffix) ++*end;
  }
  if (suffix == 0 && (colon == std::string_view::npos || Is(j - 1, "$"))) {
    return false;  // "10:30" alone is a time only with its colon
  }
  if (h > 24 || m > 59 || (suffix && (h == 0 || h > 12))) return false;
  if (suffix == 2 && h < 12) h += 12;
  if (suffix == 1 && h == 12) h = 0;
  *hour = h;
  *minute = m;
  return true;
}

}  // namespace precis::timex
