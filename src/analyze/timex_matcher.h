// Copyright 2026 The precis Authors.
//
// The time-expression matcher behind FindTimeExpressions (see
// time_expressions.cc for the method and its sources). Internal.

#ifndef PRECIS_ANALYZE_TIMEX_MATCHER_H_
#define PRECIS_ANALYZE_TIMEX_MATCHER_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/timex_calendar.h"
#include "analyze/timex_lexicon.h"
#include "precis/time_expressions.h"
#include "precis/tokenizer.h"

namespace precis::timex {

// One candidate expression found at a token.
struct Found {
  size_t end = 0;  // the token after it; 0 for no match
  TimexType type = TimexType::kDate;
  std::string value;
  bool relative = false;
  bool resolved = true;
  std::optional<Point> point;  // the calendar point of a DATE or TIME
  bool anaphoric = false;      // counted from the last date mentioned: does not
                               // become the next anchor itself
  bool possessive_inside = false;  // "last year's quarter" is one
};

// Placeholder value of a relative expression of unit `u` without a
// reference date: "XXXX-XX-XX", "XXXX-WXX", "XXXX".
std::string Unknown(Unit u);
// A duration value: "P3Y", "PT2H", "PXD" (count < 0: unknown).
std::string DurationValue(int count, Unit u);

// Finds the expressions of one text. Not thread-safe; one per call.
class Matcher {
 public:
  Matcher(std::string_view text, std::span<const Token> tokens,
          const CivilDate& ref, uint32_t base, const TimexOptions& options)
      : text_(text),
        tokens_(tokens),
        ref_(ref),
        base_(base),
        options_(options),
        folded_(text.size(), '\0') {
    FoldAscii(text, folded_.data());
    if (ref_.valid()) anchor_ = Point::Day(ref_);
  }

  std::vector<TimeExpression> Run();

 private:
  // --- Tokens ---------------------------------------------------------
  size_t n() const { return tokens_.size(); }
  std::string_view Raw(size_t i) const {
    const Span s = tokens_[i].span;
    return text_.substr(s.begin - base_, s.size());
  }
  // The lower-case word at i without a possessive "'s"; "" past the end.
  std::string_view W(size_t i) const {
    if (i >= n()) return {};
    const Span s = tokens_[i].span;
    const std::string_view w =
        std::string_view(folded_).substr(s.begin - base_, s.size());
    return w.substr(0, w.size() - Possessive(w));
  }
  // The bytes of a possessive ending of `w`: "'s" (2), "’s" (4), or 0.
  static size_t Possessive(std::string_view w) {
    if (w.size() > 2 && w.ends_with("'s")) return 2;
    if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) return 4;
    return 0;
  }
  size_t PossessiveAt(size_t i) const {
    return tokens_[i].kind == TokenKind::kWord ? Possessive(Raw(i)) : 0;
  }
  bool Is(size_t i, std::string_view w) const { return W(i) == w; }
  bool IsNumber(size_t i) const {
    return i < n() && tokens_[i].kind == TokenKind::kNumber;
  }
  bool Cap(size_t i) const {
    if (i >= n() || tokens_[i].kind != TokenKind::kWord) return false;
    const char c = Raw(i)[0];
    return c >= 'A' && c <= 'Z';
  }
  // A capitalized word that is not all capitals ("Week" in a title).
  bool TitleCase(size_t i) const {
    if (!Cap(i)) return false;
    const std::string_view r = Raw(i);
    return std::any_of(r.begin() + 1, r.end(),
                       [](char c) { return c >= 'a' && c <= 'z'; });
  }
  // Token i follows token i - 1 with no space between.
  bool Glued(size_t i) const {
    return i > 0 && i < n() && tokens_[i].span.begin == tokens_[i - 1].span.end;
  }
  bool SentenceEnd(size_t i) const {
    const std::string_view w = W(i);
    return w == "." || w == "!" || w == "?";
  }

  // --- Words that make up expressions ----------------------------------
  // A month name at i ("April", "Apr.", "Sept"); sets *end past it.
  int MonthAt(size_t i, size_t* end) const;
  // A day of the month: "10", "10th", "tenth".
  int DayAt(size_t i) const;
  int YearAt(size_t i) const;
  int WeekdayAt(size_t i) const;
  // A count at i: a cardinal, "a few" (X), "several" (X); *end past it.
  // Returns -1 for a vague amount, -2 for none.
  int CountAt(size_t i, size_t* end) const;
  // A calendar unit word at i.
  std::optional<Unit> UnitAt(size_t i, bool* plural) const;
  // Approximators before durations and shifts: "about", "more than".
  size_t SkipApprox(size_t i) const;
  // Position modifiers: "early", "late", "mid", "mid-", "earlier",
  // "later", "the end of", "the beginning of". Returns the token after.
  size_t SkipPosition(size_t i) const;

  // The tense around tokens [b, e): +1 future, -1 past, 0 unknown; the
  // nearest cue word within the sentence wins.
  int Tense(size_t b, size_t e) const;
  int TenseAt(size_t k) const;

  // --- Resolution -------------------------------------------------------
  void SetPoint(const Point& p, TimexType type, Found* f) const;
  // A period relative to the reference, or X placeholders.
  void SetRelative(std::optional<Point> p, Unit u, Found* f) const;
  // The month `m` without a year: the latest one not after the
  // reference, or the next one not before it in future talk; `strict`
  // excludes the reference's own month ("last May", "next May").
  std::optional<Point> MonthNear(int m, int direction, bool strict) const;
  // Weekday `wd` near the reference: the latest one not after it (past
  // talk), the next one not before it (future talk); `strict` skips the
  // reference day itself.
  std::optional<Point> WeekdayNear(int wd, int direction, bool strict) const;
  // A day of a month without a year: the reference's year, moved one back
  // (past talk) or on (future talk) when that is nearer in that direction.
  Point MonthDayNear(int m, int d, int direction) const;

  // --- The pattern families ------------------------------------------
  // The longest expression starting at token i, into *f (f->end == 0 for
  // none). Each family looks ahead a bounded number of tokens.
  void Match(size_t i, Found* f);
  bool CanStart(size_t i) const;

  // Dates and times that name a calendar period, tried longest first.
  bool Calendar(size_t i, Found* f);

  // "the year", "the month" after a position modifier ("the end of the
  // year"): the reference's.
  bool PeriodOfReference(size_t j, Found* f) const;

  // "April 10, 2018", "April 10", "10 April 2018", "April 2018", "in
  // April", "Tuesday, April 10", "2018-04-10", "4/10/2018".
  bool ExplicitDate(size_t i, Found* f) const;

  // "2018-04-10", "4/10/2018", "04/10/18" is left alone (ambiguous).
  bool NumericDate(size_t i, Found* f) const;

  // A day of a month, the year given or not; "31 February" keeps only the
  // month.
  bool Day(int year, int m, int d, size_t end, size_t i, Found* f) const;

  // A month named alone: only after a preposition or modifier ("in
  // December", "late July"), and "May" only after one that cannot take a
  // verb.
  bool MonthAlone(size_t i, int m, size_t end, Found* f) const;

  // "1987", "fiscal 1989", "the 1990s", "the '90s", "mid-1990s", "the
  // 20th century".
  bool YearOrEra(size_t i, Found* f) const;

  // Reporting periods of financial news: "the 1988 third quarter", "the
  // year-earlier period", "last year's quarter", "the corresponding period
  // last year": the quarter under discussion, in the year named.
  bool FiscalPeriod(size_t i, Found* f) const;
  // "for the year", "the fiscal year", "the full year", "year-end", "the
  // near future": the reference's year, or a reference word.
  bool YearOfDiscussion(size_t i, Found* f) const;
  // Holidays: "Christmas", "Thanksgiving Day", "New Year's Eve", "last
  // Easter", "Election Day".
  bool Holiday(size_t i, Found* f) const;
  // A year said in words: "nineteen ninety-six", "two thousand"; sets *end.
  int SpokenYearAt(size_t i, size_t* end) const;
  // A token glued to a position modifier: "mid-1996", "late-November";
  // returns the part after the dash, or "".
  std::string_view AfterGluedModifier(size_t i) const;
  // A four-digit number at j is a year unless it counts something or is
  // money or a code.
  bool LooksLikeYear(size_t i, size_t j, int year) const;

  // today, yesterday, tomorrow (with a part of the day: TIME), tonight,
  // now, recently, the past, the future.
  bool Deictic(size_t i, Found* f) const;

  // PRESENT_REF, PAST_REF, FUTURE_REF.
  bool Reference(size_t i, Found* f) const;

  // this|last|next|past|coming|previous|current + week, month, year,
  // weekend, quarter, decade, a month name, a season; "the weekend".
  bool UnitRelative(size_t i, Found* f) const;

  // Weekdays: "Monday", "last Tuesday", "next Friday", "Friday night".
  bool WeekdayDate(size_t i, Found* f) const;

  // "the third quarter", "third-quarter", "the first half of 2018", "the
  // latest quarter", "the fourth quarter of last year".
  bool QuarterOrHalf(size_t i, Found* f) const;

  // "summer 2017", "the spring of 1998", "in the fall" (this season or
  // the last, by tense).
  bool SeasonDate(size_t i, Found* f) const;

  // "the next day", "the following week", "the previous year", "the day
  // before", "that day", "the same day": from the last date mentioned.
  bool Anaphoric(size_t i, Found* f) const;

  // The last date mentioned (else the reference) moved by n units, at
  // that unit's granularity.
  // An anchor coarser than the unit ("1987" before "the next day") is not
  // used; the reference is.
  std::optional<Point> AnchorShift(Unit u, int n) const;
  std::optional<Point> YearBefore(bool from_ref) const;

  // "two days ago", "a year earlier", "three weeks later", "a month
  // before", "year-earlier".
  bool Shift(size_t i, Found* f) const;

  // Clock times: "10:30 a.m.", "3 p.m. EST", "noon", "midnight Friday",
  // "10 p.m. Wednesday", "3pm".
  bool Clock(size_t i, Found* f) const;

  // "10:30" (+ a.m./p.m.), "3 p.m.", "3pm", "10am"; sets the hour
  // (24-hour clock), minute and *end.
  bool ParseClock(std::string_view w, int* hour, int* minute, size_t* end,
                  size_t j) const;

  // Durations: "two weeks", "the past three years", "several months",
  // "27-year", "recent days", "for years", "nearly an hour", "the first
  // nine months".
  bool Duration(size_t i, Found* f) const;
  bool HyphenatedDuration(size_t j, Found* f) const;

  // Sets: "every day", "each year", "every Monday", "daily", "weekly",
  // "twice a year", "per month".
  bool Recurrence(size_t i, Found* f) const;

  std::string_view text_;
  std::span<const Token> tokens_;
  CivilDate ref_;
  uint32_t base_;
  TimexOptions options_;
  std::string folded_;             // text_ with ASCII letters lower-cased
  std::optional<Point> anchor_;    // the last date mentioned, else ref_
  bool anchor_mentioned_ = false;  // anchor_ came from the text
};

}  // namespace precis::timex

#endif  // PRECIS_ANALYZE_TIMEX_MATCHER_H_
