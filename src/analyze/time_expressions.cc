// Copyright 2026 The precis Authors.
//
// Date expressions by rules over tokens, tried longest first at each token:
//   month day [,] [year]       "April 10, 2018", "Nov. 1"
//   day month [year]           "10 April 2018"
//   [mod] month [,] year       "August 2016", "late July 2017"
//   [mod] month                "in December", "early March"
//   [mod] year, decade         "in 1987", "the 1990s"
//   ISO date                   "2018-04-10"
//   [last|next|this] weekday   "on Monday", "last Tuesday"
//   today, yesterday, tomorrow
//   this|last|next week|month|year, N units ago
//   now, currently, recently, the past, the future
// Relative values follow the reference (publication) date; an unqualified
// weekday or month is taken in the past unless the sentence speaks of the
// future ("will", "next"), the usual reading of news (as in HeidelTime).

#include "precis/time_expressions.h"

#include <cstdio>
#include <string>

#include "precis/tokenizer.h"

namespace precis {
namespace {

constexpr std::string_view kMonths[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::string_view kMonthAbbr[] = {"jan", "feb", "mar", "apr",
                                           "may", "jun", "jul", "aug",
                                           "sep", "oct", "nov", "dec"};
constexpr std::string_view kWeekdays[] = {"monday",   "tuesday", "wednesday",
                                          "thursday", "friday",  "saturday",
                                          "sunday"};
constexpr std::string_view kNumberWords[] = {
    "zero",  "one",   "two",  "three", "four",   "five",  "six",
    "seven", "eight", "nine", "ten",   "eleven", "twelve"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

std::string Pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%0*d", width, v);
  return buf;
}

std::string DayValue(const CivilDate& d) {
  return Pad(d.year, 4) + "-" + Pad(d.month, 2) + "-" + Pad(d.day, 2);
}

// ISO 8601 week of a date: "2018-W15".
std::string WeekValue(const CivilDate& d) {
  const int64_t days = DaysFromCivil(d);
  const int weekday = static_cast<int>(((days % 7) + 7 + 3) % 7);  // Mon=0
  const CivilDate thursday = CivilFromDays(days - weekday + 3);
  const int64_t jan1 = DaysFromCivil({thursday.year, 1, 1});
  const int week = static_cast<int>((DaysFromCivil(thursday) - jan1) / 7) + 1;
  return Pad(thursday.year, 4) + "-W" + Pad(week, 2);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) {
    return 29;
  }
  return kDays[month - 1];
}

class Finder {
 public:
  Finder(std::string_view text, const CivilDate& ref, uint32_t base)
      : text_(text), ref_(ref), base_(base) {
    Tokenize(text, &tokens_);
    lower_.reserve(tokens_.size());
    for (const Token& t : tokens_) lower_.push_back(Lower(t.span.In(text)));
  }

  std::vector<TimeExpression> Run() {
    std::vector<TimeExpression> out;
    size_t i = 0;
    while (i < tokens_.size()) {
      TimeExpression e;
      const size_t end = Match(i, &e);
      if (end > i) {
        e.span = {tokens_[first_].span.begin + base_,
                  tokens_[end - 1].span.end + base_};
        out.push_back(std::move(e));
        i = end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  size_t n() const { return tokens_.size(); }
  std::string_view Raw(size_t i) const { return tokens_[i].span.In(text_); }
  const std::string& L(size_t i) const { return lower_[i]; }
  bool Is(size_t i, std::string_view w) const { return i < n() && L(i) == w; }

  // Month 1-12 at token i (with an abbreviation's period), or 0; *end gets
  // the token after it.
  int MonthAt(size_t i, size_t* end) const {
    if (i >= n() || tokens_[i].kind != TokenKind::kWord) return 0;
    const std::string& w = L(i);
    for (int m = 0; m < 12; ++m) {
      const bool full = w == kMonths[m];
      const bool abbr = w == kMonthAbbr[m] || (m == 8 && w == "sept");
      if (!full && !abbr) continue;
      // Names that are also common words need a capital letter.
      if (!IsUpperAscii(Raw(i)[0])) return 0;
      *end = i + 1;
      if (abbr && !full) {
        if (i + 1 < n() && Raw(i + 1) == "." &&
            tokens_[i + 1].span.begin == tokens_[i].span.end) {
          *end = i + 2;
        } else if (w == "mar" || w == "sep" || w == "jan") {
          // "Mar", "Jan" alone are names as often as months.
          return 0;
        }
      }
      return m + 1;
    }
    return 0;
  }

  int DayAt(size_t i) const {
    if (i >= n() || tokens_[i].kind != TokenKind::kNumber) return 0;
    std::string_view w = L(i);
    if (w.size() > 2 && (w.ends_with("st") || w.ends_with("nd") ||
                         w.ends_with("rd") || w.ends_with("th"))) {
      w.remove_suffix(2);
    }
    if (w.empty() || w.size() > 2) return 0;
    int v = 0;
    for (const char c : w) {
      if (c < '0' || c > '9') return 0;
      v = v * 10 + (c - '0');
    }
    return v >= 1 && v <= 31 ? v : 0;
  }

  int YearAt(size_t i) const {
    if (i >= n() || tokens_[i].kind != TokenKind::kNumber) return 0;
    const std::string& w = L(i);
    if (w.size() != 4) return 0;
    int v = 0;
    for (const char c : w) {
      if (c < '0' || c > '9') return 0;
      v = v * 10 + (c - '0');
    }
    return v >= 1000 && v <= 2999 ? v : 0;
  }

  int WeekdayAt(size_t i) const {
    if (i >= n() || !IsUpperAscii(Raw(i)[0])) return -1;
    for (int d = 0; d < 7; ++d) {
      if (L(i) == kWeekdays[d]) return d;
    }
    return -1;
  }

  int NumberAt(size_t i) const {
    if (i >= n()) return -1;
    if (L(i) == "a" || L(i) == "an") return 1;
    for (int k = 0; k < 13; ++k) {
      if (L(i) == kNumberWords[k]) return k;
    }
    if (tokens_[i].kind == TokenKind::kNumber && L(i).size() <= 3) {
      int v = 0;
      for (const char c : L(i)) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
      }
      return v;
    }
    return -1;
  }

  static bool IsCountNoun(std::string_view w) {
    static constexpr std::string_view kNouns[] = {
        "people",     "troops",    "soldiers", "shares", "tons",
        "feet",       "miles",     "meters",   "metres", "points",
        "jobs",       "workers",   "cars",     "homes",  "votes",
        "members",    "employees", "students", "cases",  "deaths",
        "dollars",    "euros",     "barrels",  "acres",  "pounds",
        "kilometers", "%",         "percent",  "units",  "patients",
        "children",   "km",        "ft"};
    for (const std::string_view n : kNouns) {
      if (w == n) return true;
    }
    return false;
  }

  static int QuarterOrdinal(std::string_view w) {
    if (w == "first" || w == "1st") return 1;
    if (w == "second" || w == "2nd") return 2;
    if (w == "third" || w == "3rd") return 3;
    if (w == "fourth" || w == "4th") return 4;
    return 0;
  }

  // "YYYY-Qn" for quarter q of the reference year, or for q == 0 the last
  // completed quarter (the one before the reference's, a year back when
  // `previous_year`).
  std::string QuarterValue(int q, bool previous_year) const {
    if (!ref_.valid()) return q > 0 ? "XXXX-Q" + std::to_string(q) : "XXXX-QX";
    int year = ref_.year;
    if (q == 0) {
      q = (ref_.month - 1) / 3;  // the quarter before the current one
      if (q == 0) {
        q = 4;
        --year;
      }
    }
    if (previous_year) --year;
    return Pad(year, 4) + "-Q" + std::to_string(q);
  }

  const char* SeasonAt(size_t i) const {
    if (i >= n()) return nullptr;
    const std::string& w = L(i);
    if (w == "spring") return "SP";
    if (w == "summer") return "SU";
    if (w == "fall" || w == "autumn") return "FA";
    if (w == "winter") return "WI";
    return nullptr;
  }

  // Does the sentence around token i speak of the future?
  bool FutureContext(size_t i) const {
    for (size_t k = i; k-- > 0;) {
      const std::string_view r = Raw(k);
      if (r == "." || r == "!" || r == "?" || i - k > 12) break;
      const std::string& w = L(k);
      if (w == "will" || w == "'ll" || w == "shall" || w == "scheduled" ||
          w == "would" ||
          w == "plans" || w == "planned" || w == "expected" ||
          w == "upcoming" || w == "next") {
        return true;
      }
    }
    return false;
  }

  // The year of a month named without one: the latest such month not after
  // the reference, or the next one for "next" or future talk.
  int YearForMonth(int month, int direction) const {
    if (direction > 0) return month > ref_.month ? ref_.year : ref_.year + 1;
    if (direction < 0 || month > ref_.month) {
      return month >= ref_.month ? ref_.year - 1 : ref_.year;
    }
    return ref_.year;
  }

  // The longest expression starting at or just before token i, or i.
  size_t Match(size_t i, TimeExpression* e) {
    first_ = i;
    // Modifiers that belong to the expression.
    size_t j = i;
    int direction = 0;  // -1 last, +1 next, 0 plain/this
    bool modifier = false;
    if (Is(j, "early") || Is(j, "late") || Is(j, "mid") || Is(j, "earlier") ||
        Is(j, "later") || Is(j, "fiscal")) {
      ++j;
      modifier = true;
      if (Is(j, "-")) ++j;
    }
    if (Is(j, "last") || Is(j, "past") || Is(j, "previous")) {
      direction = -1;
      ++j;
    } else if (Is(j, "next") || Is(j, "coming")) {
      direction = 1;
      ++j;
    } else if (Is(j, "this")) {
      ++j;
    }
    const bool qualified = j > i;

    // Month-led dates.
    size_t after = 0;
    if (const int month = MonthAt(j, &after)) {
      size_t k = after;
      if (const int day = DayAt(k)) {
        size_t end = k + 1;
        int year = 0;
        size_t y = end;
        if (Is(y, ",")) ++y;
        if ((year = YearAt(y)) != 0) end = y + 1;
        return Day(year, month, day, end, e);
      }
      size_t y = k;
      if (Is(y, ",")) ++y;
      if (const int year = YearAt(y)) {
        e->value = Pad(year, 4) + "-" + Pad(month, 2);
        return y + 1;
      }
      // A month alone: needs a preposition or modifier (and "May" always).
      const bool prep =
          i > 0 &&
          (Is(i - 1, "in") || Is(i - 1, "since") || Is(i - 1, "by") ||
           Is(i - 1, "until") || Is(i - 1, "from") || Is(i - 1, "during") ||
           Is(i - 1, "of") || Is(i - 1, "through") || Is(i - 1, "before") ||
           Is(i - 1, "after") || Is(i - 1, "till") || Is(i - 1, "to"));
      if (!prep && !qualified && !modifier) return i;
      if (month == 5 && !prep && !qualified) return i;
      e->relative = true;
      if (!ref_.valid()) {
        e->value = "XXXX-" + Pad(month, 2);
        e->resolved = false;
      } else {
        const int dir = direction != 0 ? direction : FutureContext(i) ? 1 : 0;
        e->value = Pad(YearForMonth(month, dir), 4) + "-" + Pad(month, 2);
      }
      return k;
    }
    // Day-led: "10 April 2018".
    if (const int day = DayAt(j)) {
      size_t k = j + 1;
      if (Is(k, "of")) ++k;
      if (const int month = MonthAt(k, &after)) {
        const int year = YearAt(after);
        return Day(year, month, day, year != 0 ? after + 1 : after, e);
      }
    }
    // Years and decades.
    if (const int year = YearAt(j)) {
      const std::string_view raw = Raw(j);
      (void)raw;
      const bool prep =
          (j > 0 &&
           (Is(j - 1, "in") || Is(j - 1, "since") || Is(j - 1, "of") ||
            Is(j - 1, "by") || Is(j - 1, "until") || Is(j - 1, "from") ||
            Is(j - 1, "during") || Is(j - 1, "before") || Is(j - 1, "after") ||
            Is(j - 1, "the") || Is(j - 1, "to"))) ||
          modifier;
      // A bare year unless a count of something ("1500 troops").
      const bool count = j + 1 < n() && IsCountNoun(L(j + 1));
      const bool money = j > 0 && (Raw(j - 1) == "$" || Is(j - 1, "no"));
      if ((prep || !count) && !money && year >= 1900 && year <= 2099) {
        e->value = Pad(year, 4);
        return j + 1;
      }
    }
    if (j < n() && tokens_[j].kind == TokenKind::kNumber) {
      const std::string& w = L(j);
      // "1990s" -> "199"; ISO dates.
      if (w.size() == 5 && w[4] == 's' && w[3] == '0' && w[0] >= '1' &&
          w[0] <= '2') {
        e->value = w.substr(0, 3);
        return j + 1;
      }
      if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
        const CivilDate d = CivilDate::Parse(w);
        if (d.valid()) {
          e->value = DayValue(d);
          return j + 1;
        }
      }
    }
    // Weekdays.
    if (const int wd = WeekdayAt(j); wd >= 0) {
      e->relative = true;
      if (!ref_.valid()) {
        e->value = "XXXX-XX-XX";
        e->resolved = false;
        return j + 1;
      }
      const int64_t ref = DaysFromCivil(ref_);
      const int ref_wd = static_cast<int>(((ref % 7) + 7 + 3) % 7);
      int64_t day;
      const int dir = direction != 0 ? direction : FutureContext(i) ? 1 : -1;
      if (dir > 0) {
        day = ref + ((wd - ref_wd + 7) % 7);
        if (direction > 0 && day == ref) day += 7;
      } else {
        day = ref - ((ref_wd - wd + 7) % 7);
        if (direction < 0 && day == ref) day -= 7;
      }
      e->value = DayValue(CivilFromDays(day));
      return j + 1;
    }
    // Quarters: "the third quarter", "third-quarter", "the latest quarter",
    // "the fiscal first quarter".
    {
      size_t k = j;
      int q = 0;
      bool latest = false;
      const bool article = Is(k, "the");
      if (article) ++k;
      if (k < n()) {
        const std::string& w = L(k);
        if (w.ends_with("-quarter")) {
          q = QuarterOrdinal(std::string_view(w).substr(0, w.size() - 8));
          if (q > 0) {
            e->value = QuarterValue(q, false);
            return k + 1;
          }
        }
        q = QuarterOrdinal(w);
        if (q > 0 && Is(k + 1, "quarter")) {
          e->value = QuarterValue(q, false);
          return k + 2;
        }
        if ((w == "latest" || w == "current" || w == "recent") &&
            Is(k + 1, "quarter")) {
          latest = true;
          ++k;
        }
        if (Is(k, "quarter") && (latest || article || qualified)) {
          e->value = QuarterValue(0, direction < 0);
          return k + 1;
        }
      }
    }
    // Seasons: "this summer", "last fall", "summer 2017".
    if (const char* code = SeasonAt(j);
        code != nullptr && (qualified || modifier || YearAt(j + 1) != 0 ||
                            (i > 0 && Is(i - 1, "in")))) {
      int year = YearAt(j + 1);
      const size_t end = year != 0 ? j + 2 : j + 1;
      if (year == 0) {
        if (!ref_.valid()) {
          e->value = std::string("XXXX-") + code;
          e->resolved = false;
          return end;
        }
        year = ref_.year + direction;
      }
      e->value = Pad(year, 4) + "-" + code;
      e->relative = YearAt(j + 1) == 0;
      return end;
    }
    // "a year earlier", "year-earlier", "year-ago".
    if ((Is(i, "a") && Is(i + 1, "year") &&
         (Is(i + 2, "earlier") || Is(i + 2, "ago") || Is(i + 2, "before"))) ||
        Is(i, "year-earlier") || Is(i, "year-ago")) {
      const size_t end = Is(i, "a") ? i + 3 : i + 1;
      e->relative = true;
      e->value = ref_.valid() ? Pad(ref_.year - 1, 4) : "XXXX";
      e->resolved = ref_.valid();
      return end;
    }
    // "mid-November", "mid-1990".
    if (j < n() && L(j).starts_with("mid-") && L(j).size() > 4) {
      const std::string rest = L(j).substr(4);
      for (int m = 0; m < 12; ++m) {
        if (rest == kMonths[m]) {
          e->relative = true;
          e->value = ref_.valid() ? Pad(YearForMonth(m + 1, direction), 4) +
                                        "-" + Pad(m + 1, 2)
                                  : "XXXX-" + Pad(m + 1, 2);
          e->resolved = ref_.valid();
          return j + 1;
        }
      }
    }
    if (qualified || modifier) {
      // this/last/next week|month|year
      const std::string& w = j < n() ? L(j) : std::string();
      if (w == "week" || w == "month" || w == "year" || w == "weekend") {
        return Unit(w, direction, 1, j + 1, e);
      }
    }
    if (Is(j, "today") || Is(j, "yesterday") || Is(j, "tomorrow")) {
      e->relative = true;
      const int offset = Is(j, "today") ? 0 : Is(j, "yesterday") ? -1 : 1;
      if (!ref_.valid()) {
        e->value = "XXXX-XX-XX";
        e->resolved = false;
      } else {
        e->value = DayValue(CivilFromDays(DaysFromCivil(ref_) + offset));
      }
      return j + 1;
    }
    // N units ago.
    if (const int count = NumberAt(i);
        count > 0 && i + 2 < n() && Is(i + 2, "ago")) {
      std::string unit = L(i + 1);
      if (unit.ends_with("s")) unit.pop_back();
      if (unit == "day" || unit == "week" || unit == "month" ||
          unit == "year") {
        return Unit(unit, -1, count, i + 3, e);
      }
    }
    if (Is(i, "now") || Is(i, "currently") || Is(i, "nowadays")) {
      e->value = "PRESENT_REF";
      return i + 1;
    }
    if (Is(i, "recently") || Is(i, "formerly") || Is(i, "previously") ||
        (Is(i, "recent") && Is(i + 1, "years"))) {
      e->value = "PAST_REF";
      return Is(i, "recent") ? i + 2 : i + 1;
    }
    if (Is(i, "soon") && !(i > 0 && Is(i - 1, "as"))) {
      e->value = "FUTURE_REF";
      return i + 1;
    }
    if (Is(i, "the") && (Is(i + 1, "past") || Is(i + 1, "future")) &&
        (i + 2 >= n() || tokens_[i + 2].kind != TokenKind::kWord ||
         L(i + 2) == "and" || L(i + 2) == "or")) {
      e->value = Is(i + 1, "past") ? "PAST_REF" : "FUTURE_REF";
      return i + 2;
    }
    return i;
  }

  size_t Day(int year, int month, int day, size_t end, TimeExpression* e) {
    if (year == 0) {
      e->relative = true;
      if (!ref_.valid()) {
        e->value = "XXXX-" + Pad(month, 2) + "-" + Pad(day, 2);
        e->resolved = false;
        return end;
      }
      year = ref_.year;
    }
    if (day > DaysInMonth(year, month)) {
      // "31 February": not a date; keep the month.
      e->value = Pad(year, 4) + "-" + Pad(month, 2);
      return end;
    }
    e->value = DayValue({year, month, day});
    return end;
  }

  // `count` units (day, week, month, year, weekend) in `direction` from the
  // reference; ends at token `end`.
  size_t Unit(const std::string& unit, int direction, int count, size_t end,
              TimeExpression* e) {
    e->relative = true;
    if (!ref_.valid()) {
      e->value = unit == "year" ? "XXXX" : "XXXX-XX";
      e->resolved = false;
      return end;
    }
    const int64_t ref = DaysFromCivil(ref_);
    const int step = direction * count;
    if (unit == "day") {
      e->value = DayValue(CivilFromDays(ref + step));
    } else if (unit == "week" || unit == "weekend") {
      e->value = WeekValue(CivilFromDays(ref + 7 * step));
      if (unit == "weekend") e->value += "-WE";
    } else if (unit == "month") {
      int m = ref_.month - 1 + step;
      int y = ref_.year + (m >= 0 ? m / 12 : -((-m + 11) / 12));
      m = ((m % 12) + 12) % 12;
      e->value = Pad(y, 4) + "-" + Pad(m + 1, 2);
    } else {
      e->value = Pad(ref_.year + step, 4);
    }
    return end;
  }

  std::string_view text_;
  CivilDate ref_;
  uint32_t base_;
  std::vector<Token> tokens_;
  std::vector<std::string> lower_;
  size_t first_ = 0;
};

}  // namespace

CivilDate CivilDate::Parse(std::string_view iso) {
  CivilDate d;
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return d;
  auto num = [&](size_t b, size_t len) {
    int v = 0;
    for (size_t k = b; k < b + len; ++k) {
      if (iso[k] < '0' || iso[k] > '9') return -1;
      v = v * 10 + (iso[k] - '0');
    }
    return v;
  };
  const int y = num(0, 4), m = num(5, 2), day = num(8, 2);
  if (y <= 0 || m < 1 || m > 12 || day < 1 || day > DaysInMonth(y, m)) {
    return d;
  }
  return {y, m, day};
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
                                                const CivilDate& reference,
                                                uint32_t base) {
  return Finder(text, reference, base).Run();
}

}  // namespace precis
