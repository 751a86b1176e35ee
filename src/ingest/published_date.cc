// Copyright 2026 The precis Authors.

#include "ingest/published_date.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace precis {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// 1..12 for an English month name or its three-letter (or "Sept")
// abbreviation, 0 otherwise.
int MonthNumber(std::string_view word) {
  static const std::array<const char*, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const std::string w = Lower(word);
  if (w == "sept") return 9;
  for (int i = 0; i < 12; ++i) {
    const std::string_view full = kMonths[i];
    if (w == full || (w.size() == 3 && full.substr(0, 3) == w)) return i + 1;
  }
  return 0;
}

bool IsWeekday(std::string_view word) {
  static const std::array<const char*, 7> kDays = {
      "monday", "tuesday",  "wednesday", "thursday",
      "friday", "saturday", "sunday"};
  const std::string w = Lower(word);
  for (const std::string_view day : kDays) {
    if (w == day || (w.size() == 3 && day.substr(0, 3) == w)) return true;
  }
  return false;
}

bool ValidDate(int year, int month, int day) {
  static const std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30,
                                            31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29) return leap;
  return day <= kDays[month - 1];
}

std::string Iso(int year, int month, int day) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (const char c : digits) v = v * 10 + (c - '0');
  return v;
}

// "HH:MM[:SS[.fff]][Z|+HH:MM|-HHMM]": the part of ISO 8601 after the 'T'.
bool IsIsoTime(std::string_view t) {
  size_t i = 0;
  auto digits = [&](size_t n) {
    for (size_t k = 0; k < n; ++k, ++i) {
      if (i >= t.size() || !IsDigit(t[i])) return false;
    }
    return true;
  };
  if (!digits(2) || i >= t.size() || t[i++] != ':' || !digits(2)) return false;
  if (i < t.size() && t[i] == ':') {
    ++i;
    if (!digits(2)) return false;
    if (i < t.size() && t[i] == '.') {
      ++i;
      const size_t begin = i;
      while (i < t.size() && IsDigit(t[i])) ++i;
      if (i == begin) return false;
    }
  }
  if (i == t.size()) return true;
  if (t[i] == 'Z') return i + 1 == t.size();
  if (t[i] != '+' && t[i] != '-') return false;
  ++i;
  if (!digits(2)) return false;
  if (i < t.size() && t[i] == ':') ++i;
  return digits(2) && i == t.size();
}

// "YYYY-MM-DD" or "YYYY/MM/DD" (or '.'), then nothing, or 'T'/' ' and a
// time: ISO 8601 keeps its time, other separators only the date.
bool ParseYearFirst(std::string_view v, std::string* iso) {
  if (v.size() < 10) return false;
  const char sep = v[4];
  if (sep != '-' && sep != '/' && sep != '.') return false;
  for (const int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(v[i])) return false;
  }
  if (v[7] != sep) return false;
  const int y = ToInt(v.substr(0, 4)), m = ToInt(v.substr(5, 2)),
            d = ToInt(v.substr(8, 2));
  if (!ValidDate(y, m, d)) return false;
  std::string out = Iso(y, m, d);
  std::string_view rest = v.substr(10);
  if (!rest.empty()) {
    if (rest[0] != 'T' && rest[0] != ' ') return false;
    if (sep == '-' && IsIsoTime(rest.substr(1))) {
      out += "T";
      out += rest.substr(1);
    }
  }
  *iso = out;
  return true;
}

// Runs of letters and of digits; every other byte separates them.
std::vector<std::string_view> Words(std::string_view v) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < v.size()) {
    const bool digit = IsDigit(v[i]);
    if (!digit && !IsAlpha(v[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < v.size() && (digit ? IsDigit(v[i]) : IsAlpha(v[i]))) ++i;
    words.push_back(v.substr(begin, i - begin));
  }
  return words;
}

bool IsNumber(std::string_view w, size_t min_len, size_t max_len) {
  return w.size() >= min_len && w.size() <= max_len && IsDigit(w[0]);
}

bool IsOrdinalSuffix(std::string_view w) {
  const std::string s = Lower(w);
  return s == "st" || s == "nd" || s == "rd" || s == "th";
}

// "[Weekday] Month Day Year ..." and "[Weekday] Day Month Year ...", with
// any punctuation between words and ordinal suffixes ("10th") allowed;
// words after the year (a time of day) are ignored.
bool ParseWithMonthName(std::string_view v, std::string* iso) {
  const std::vector<std::string_view> w = Words(v);
  size_t i = 0;
  auto at = [&](size_t k) { return k < w.size() ? w[k] : std::string_view(); };
  if (IsWeekday(at(i))) ++i;
  int month = MonthNumber(at(i)), day = 0;
  if (month != 0) {  // April 10[th] 2018
    if (!IsNumber(at(i + 1), 1, 2)) return false;
    day = ToInt(at(i + 1));
    i += 2;
    if (IsOrdinalSuffix(at(i))) ++i;
  } else {  // 10[th] [of] April 2018
    if (!IsNumber(at(i), 1, 2)) return false;
    day = ToInt(at(i++));
    if (IsOrdinalSuffix(at(i))) ++i;
    if (Lower(at(i)) == "of") ++i;
    month = MonthNumber(at(i++));
    if (month == 0) return false;
  }
  if (!IsNumber(at(i), 4, 4)) return false;
  const int year = ToInt(at(i));
  if (!ValidDate(year, month, day)) return false;
  *iso = Iso(year, month, day);
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
    s.remove_prefix(1);
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

bool NormalizeDate(std::string_view value, std::string* iso) {
  const std::string_view v = Trim(value);
  if (v.empty()) return false;
  if (IsDigit(v[0]) && ParseYearFirst(v, iso)) return true;
  return ParseWithMonthName(v, iso);
}

}  // namespace precis
