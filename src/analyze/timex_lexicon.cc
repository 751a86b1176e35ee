// Copyright 2026 The precis Authors.

#include "analyze/timex_lexicon.h"

#include <algorithm>
#include <iterator>

namespace precis::timex {
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
constexpr std::string_view kOnes[] = {
    "zero",    "one",     "two",       "three",    "four",
    "five",    "six",     "seven",     "eight",    "nine",
    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTens[] = {"",       "",      "twenty", "thirty",
                                      "forty",  "fifty", "sixty",  "seventy",
                                      "eighty", "ninety"};
constexpr std::string_view kOrdinalOnes[] = {
    "",          "first",     "second",      "third",      "fourth",
    "fifth",     "sixth",     "seventh",     "eighth",     "ninth",
    "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};

// Past-tense forms that do not end in -ed, and auxiliaries.
constexpr std::string_view kPast[] = {
    "said",   "was",     "were",      "had",        "did",    "ago",
    "told",   "came",    "went",      "took",       "made",   "gave",
    "got",    "met",     "left",      "began",      "saw",    "fell",
    "rose",   "won",     "lost",      "found",      "held",   "sold",
    "bought", "paid",    "brought",   "thought",    "became", "ran",
    "wrote",  "spoke",   "struck",    "hit",        "led",    "fled",
    "knew",   "grew",    "chose",     "drove",      "flew",   "broke",
    "stood",  "sent",    "spent",     "built",      "felt",   "kept",
    "meant",  "earlier", "yesterday", "previously", "agreed", "announced"};
constexpr std::string_view kFuture[] = {
    "will",     "'ll",      "shall",  "won't",    "scheduled",
    "expected", "upcoming", "coming", "tomorrow", "slated",
    "would",    "intends",  "aims",   "tonight",  "tomorrow's"};
// Words in -ed that are not past verbs.
constexpr std::string_view kNotPast[] = {
    "need",    "needed",   "seed",    "speed",     "feed",     "bed",
    "red",     "shed",     "hundred", "united",    "limited",  "related",
    "based",   "proposed", "alleged", "so-called", "expected", "scheduled",
    "planned", "bred",     "indeed",  "embed",     "succeed",  "proceed",
    "exceed",  "breed",    "greed",   "weed",      "reed",     "deed",
    "sled",    "wed",      "fled",    "led"};

template <size_t N>
int IndexIn(std::string_view w, const std::string_view (&list)[N]) {
  const auto* it = std::find(std::begin(list), std::end(list), w);
  return it == std::end(list) ? -1 : static_cast<int>(it - std::begin(list));
}

int Digits(std::string_view w) {  // 0..9999, or -1
  if (w.empty() || w.size() > 4) return -1;
  int v = 0;
  for (const char c : w) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "twenty-five" -> (20, "five"); returns the tens value or -1.
int SplitTens(std::string_view w, std::string_view* rest) {
  const size_t dash = w.find('-');
  const std::string_view head = w.substr(0, dash);
  const int t = IndexIn(head, kTens);
  if (t < 2) return -1;
  *rest =
      dash == std::string_view::npos ? std::string_view() : w.substr(dash + 1);
  return 10 * t;
}

}  // namespace

int MonthOf(std::string_view w, bool* abbreviated) {
  int m = IndexIn(w, kMonths);
  if (m >= 0) {
    *abbreviated = false;
    return m + 1;
  }
  m = IndexIn(w, kMonthAbbr);
  if (m < 0 && w == "sept") m = 8;
  *abbreviated = true;
  return m + 1;  // 0 when not found
}

int WeekdayOf(std::string_view w) { return IndexIn(w, kWeekdays); }

int CardinalOf(std::string_view w) {
  if (w == "a" || w == "an") return 1;
  if (const int d = Digits(w); d >= 0) return d;
  if (const int o = IndexIn(w, kOnes); o >= 0) return o;
  std::string_view rest;
  const int tens = SplitTens(w, &rest);
  if (tens < 0) return -1;
  if (rest.empty()) return tens;
  const int one = IndexIn(rest, kOnes);
  return one >= 1 && one <= 9 ? tens + one : -1;
}

bool IsVagueAmount(std::string_view w) {
  return w == "several" || w == "few" || w == "many" || w == "some" ||
         w == "couple";
}

int OrdinalOf(std::string_view w) {
  if (const int o = IndexIn(w, kOrdinalOnes); o > 0) return o;
  if (w == "twentieth") return 20;
  if (w == "thirtieth") return 30;
  std::string_view rest;
  const int tens = SplitTens(w, &rest);
  if (tens == 20 || tens == 30) {
    const int o = IndexIn(rest, kOrdinalOnes);
    if (o >= 1 && o <= 9 && tens + o <= 31) return tens + o;
    return 0;
  }
  return DayNumberOf(w) != 0 && w.size() > 2 ? DayNumberOf(w) : 0;
}

int DayNumberOf(std::string_view w) {
  if (w.size() > 2 && (w.ends_with("st") || w.ends_with("nd") ||
                       w.ends_with("rd") || w.ends_with("th"))) {
    w.remove_suffix(2);
  }
  if (w.empty() || w.size() > 2) return 0;
  const int d = Digits(w);
  return d >= 1 && d <= 31 ? d : 0;
}

int YearOf(std::string_view w) {
  if (w.size() != 4) return 0;
  const int y = Digits(w);
  return y >= 1000 && y <= 2999 ? y : 0;
}

std::optional<Unit> UnitOf(std::string_view w, bool* plural) {
  *plural = false;
  struct Entry {
    std::string_view singular, plural;
    Unit unit;
  };
  static constexpr Entry kUnits[] = {
      {"minute", "minutes", Unit::kMinute},
      {"hour", "hours", Unit::kHour},
      {"day", "days", Unit::kDay},
      {"weekend", "weekends", Unit::kWeekend},
      {"week", "weeks", Unit::kWeek},
      {"month", "months", Unit::kMonth},
      {"quarter", "quarters", Unit::kQuarter},
      {"year", "years", Unit::kYear},
      {"decade", "decades", Unit::kDecade},
      {"century", "centuries", Unit::kCentury},
  };
  for (const Entry& e : kUnits) {
    if (w == e.singular) return e.unit;
    if (w == e.plural) {
      *plural = true;
      return e.unit;
    }
  }
  return std::nullopt;
}

const char* DurationLetter(Unit u) {
  switch (u) {
    case Unit::kMinute:
      return "M";
    case Unit::kHour:
      return "H";
    case Unit::kDay:
      return "D";
    case Unit::kWeekend:
      return "WE";
    case Unit::kWeek:
      return "W";
    case Unit::kMonth:
      return "M";
    case Unit::kSeason:
      return "S";
    case Unit::kQuarter:
      return "Q";
    case Unit::kHalf:
      return "H";
    case Unit::kYear:
      return "Y";
    case Unit::kDecade:
      return "E";
    case Unit::kCentury:
      return "C";
  }
  return "";
}

std::optional<Season> SeasonOf(std::string_view w) {
  if (w == "spring") return Season::kSpring;
  if (w == "summer") return Season::kSummer;
  if (w == "fall" || w == "autumn") return Season::kFall;
  if (w == "winter") return Season::kWinter;
  return std::nullopt;
}

const char* PartOfDayOf(std::string_view w) {
  if (w == "morning") return "MO";
  if (w == "afternoon") return "AF";
  if (w == "evening") return "EV";
  if (w == "night") return "NI";
  return nullptr;
}

int TenseOf(std::string_view w) {
  if (IndexIn(w, kFuture) >= 0) return 1;
  if (IndexIn(w, kPast) >= 0) return -1;
  if (w.size() >= 5 && w.ends_with("ed") && IndexIn(w, kNotPast) < 0) {
    return -1;
  }
  return 0;
}

bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in",      "since",  "by",         "until", "from", "during",  "of",
      "through", "before", "after",      "till",  "to",   "between", "for",
      "on",      "around", "throughout", "into",  "at",   "within",  "early",
      "late",    "mid",    "last",       "next",  "this", "that",    "each",
      "every",   "and",    "or"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Plural nouns after which a four-digit number is a count, not a year.
bool IsCountNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "people",     "troops",    "soldiers",  "shares",    "tons",
      "feet",       "miles",     "meters",    "metres",    "points",
      "jobs",       "workers",   "cars",      "homes",     "votes",
      "members",    "employees", "students",  "cases",     "deaths",
      "dollars",    "euros",     "barrels",   "acres",     "pounds",
      "kilometers", "percent",   "units",     "patients",  "children",
      "km",         "ft",        "residents", "officers",  "police",
      "men",        "women",     "dead",      "years",     "times",
      "hours",      "days",      "copies",    "acres",     "seats",
      "flights",    "planes",    "families",  "prisoners", "rounds",
      "bags",       "calories",  "degrees",   "yards",     "square",
      "others",     "marines",   "lbs",       "mg",        "kg"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

void FoldAscii(std::string_view in, char* out) {
  for (size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
}

}  // namespace precis::timex
