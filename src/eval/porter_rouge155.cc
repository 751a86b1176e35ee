// Copyright 2026 The precis Authors.
//
// Porter's suffix-stripping algorithm (M. F. Porter, "An algorithm for suffix
// stripping", Program 14(3), 1980) in the form ROUGE-1.5.5 embeds: the
// regular-expression formulation of the algorithm written for Perl, plus the
// change ROUGE's author made to step 4 in 2004. Written here from that
// description, not translated; where it departs from the paper:
//
// - Measures and the *o test are regular expressions over these classes:
//     c = [^aeiou]  v = [aeiouy]  C = c[^aeiouy]*  V = v[aeiou]*
//     m>0: ^C?VC    m=1: ^C?VCV?$    m>1: ^C?VCVC    *v*: ^C?v
//     *o:  ^Cv[^aeiouwxy]$  (the whole stem, not only its last three letters)
//   so y may count as a vowel or a consonant, whichever lets a pattern match,
//   and an initial y is upper-cased first so it never counts as a vowel.
// - Step 1b's double-consonant test is ([^aeiouylsz])\1$.
// - Step 4 runs as three tests in a row: the suffixes but -ment and -ent,
//   then -ment, then -ent (or else -sion/-tion), each on the word the last
//   one left; so "agreement" loses "ent" after keeping "ement".
// - Step 5b tests m>1 on the whole word, with its "ll".

#include "eval/porter_rouge155.h"

#include <array>
#include <string>
#include <vector>

namespace precis::rouge {
namespace {

bool InAeiou(char ch) {
  return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}
bool InAeiouy(char ch) { return InAeiou(ch) || ch == 'y'; }

// The elements the patterns above are built from.
enum class Elem {
  kCons,     // C: [^aeiou][^aeiouy]*
  kVowels,   // V: [aeiouy][aeiou]*
  kOptCons,  // (C)?
  kOptVowels,
  kVowel,   // v: one of [aeiouy]
  kNotWxy,  // one of [^aeiouwxy]
};

// Whether `w` has a prefix (or, with `whole`, is entirely) a match of the
// sequence `elems`, trying every way a regex engine could backtrack.
bool Matches(std::string_view w, std::initializer_list<Elem> elems,
             bool whole) {
  const size_t n = w.size();
  std::vector<char> cur(n + 1, 0), next(n + 1, 0);
  cur[0] = 1;
  for (Elem e : elems) {
    std::fill(next.begin(), next.end(), 0);
    for (size_t p = 0; p <= n; ++p) {
      if (!cur[p]) continue;
      if (e == Elem::kOptCons || e == Elem::kOptVowels) next[p] = 1;
      if (p == n) continue;
      const char ch = w[p];
      switch (e) {
        case Elem::kCons:
        case Elem::kOptCons:
          if (!InAeiou(ch)) {
            size_t q = p + 1;
            next[q] = 1;
            while (q < n && !InAeiouy(w[q])) next[++q] = 1;
          }
          break;
        case Elem::kVowels:
        case Elem::kOptVowels:
          if (InAeiouy(ch)) {
            size_t q = p + 1;
            next[q] = 1;
            while (q < n && InAeiou(w[q])) next[++q] = 1;
          }
          break;
        case Elem::kVowel:
          if (InAeiouy(ch)) next[p + 1] = 1;
          break;
        case Elem::kNotWxy:
          if (!InAeiou(ch) && ch != 'w' && ch != 'x' && ch != 'y') {
            next[p + 1] = 1;
          }
          break;
      }
    }
    cur.swap(next);
  }
  if (whole) return cur[n] != 0;
  for (char c : cur) {
    if (c) return true;
  }
  return false;
}

bool MeasureAbove0(std::string_view s) {
  return Matches(s, {Elem::kOptCons, Elem::kVowels, Elem::kCons}, false);
}
bool MeasureIs1(std::string_view s) {
  return Matches(
      s, {Elem::kOptCons, Elem::kVowels, Elem::kCons, Elem::kOptVowels}, true);
}
bool MeasureAbove1(std::string_view s) {
  return Matches(
      s,
      {Elem::kOptCons, Elem::kVowels, Elem::kCons, Elem::kVowels, Elem::kCons},
      false);
}
bool HasVowel(std::string_view s) {
  return Matches(s, {Elem::kOptCons, Elem::kVowel}, false);
}
bool IsCvc(std::string_view s) {
  return Matches(s, {Elem::kCons, Elem::kVowel, Elem::kNotWxy}, true);
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.substr(w.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// The longest rule suffix `w` ends with (what the leftmost match of an
// alternation anchored at $ finds), or null.
template <size_t N>
const Rule* LongestSuffix(std::string_view w,
                          const std::array<Rule, N>& rules) {
  const Rule* best = nullptr;
  for (const Rule& r : rules) {
    if (EndsWith(w, r.suffix) &&
        (best == nullptr || r.suffix.size() > best->suffix.size())) {
      best = &r;
    }
  }
  return best;
}

constexpr std::array<Rule, 21> kStep2 = {{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},
    {"anci", "ance"},   {"izer", "ize"},    {"bli", "ble"},
    {"alli", "al"},     {"entli", "ent"},   {"eli", "e"},
    {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
    {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},
    {"iviti", "ive"},   {"biliti", "ble"},  {"logi", "log"},
}};
constexpr std::array<Rule, 7> kStep3 = {{
    {"icate", "ic"},
    {"ative", ""},
    {"alize", "al"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ful", ""},
    {"ness", ""},
}};
constexpr std::array<Rule, 16> kStep4 = {{
    {"al", ""},
    {"ance", ""},
    {"ence", ""},
    {"er", ""},
    {"ic", ""},
    {"able", ""},
    {"ible", ""},
    {"ant", ""},
    {"ement", ""},
    {"ou", ""},
    {"ism", ""},
    {"ate", ""},
    {"iti", ""},
    {"ous", ""},
    {"ive", ""},
    {"ize", ""},
}};

void Chop(std::string* w, size_t n) { w->erase(w->size() - n); }

void Step1a(std::string* w) {
  if (EndsWith(*w, "sses") || EndsWith(*w, "ies")) {
    Chop(w, 2);
  } else if (w->size() >= 2 && w->back() == 's' && (*w)[w->size() - 2] != 's') {
    Chop(w, 1);
  }
}

void Step1b(std::string* w) {
  if (EndsWith(*w, "eed")) {
    if (MeasureAbove0(std::string_view(*w).substr(0, w->size() - 3)))
      Chop(w, 1);
    return;
  }
  size_t cut = 0;
  if (EndsWith(*w, "ed")) cut = 2;
  if (EndsWith(*w, "ing")) cut = 3;
  if (cut == 0 || !HasVowel(std::string_view(*w).substr(0, w->size() - cut))) {
    return;
  }
  Chop(w, cut);
  const size_t n = w->size();
  if (EndsWith(*w, "at") || EndsWith(*w, "bl") || EndsWith(*w, "iz")) {
    *w += 'e';
  } else if (n >= 2 && (*w)[n - 1] == (*w)[n - 2] &&
             std::string_view("aeiouylsz").find((*w)[n - 1]) ==
                 std::string_view::npos) {
    Chop(w, 1);
  } else if (IsCvc(*w)) {
    *w += 'e';
  }
}

void Step1c(std::string* w) {
  if (!w->empty() && w->back() == 'y' &&
      HasVowel(std::string_view(*w).substr(0, w->size() - 1))) {
    w->back() = 'i';
  }
}

template <size_t N>
void ReplaceIfMeasureAbove0(std::string* w, const std::array<Rule, N>& rules) {
  const Rule* r = LongestSuffix(*w, rules);
  if (r == nullptr) return;
  const std::string_view stem =
      std::string_view(*w).substr(0, w->size() - r->suffix.size());
  if (MeasureAbove0(stem)) {
    w->resize(stem.size());
    *w += r->replacement;
  }
}

// Drops the last `n` bytes when what stays has m>1.
void DropIfMeasureAbove1(std::string* w, size_t n) {
  if (MeasureAbove1(std::string_view(*w).substr(0, w->size() - n))) Chop(w, n);
}

void Step4(std::string* w) {
  if (const Rule* r = LongestSuffix(*w, kStep4)) {
    DropIfMeasureAbove1(w, r->suffix.size());
  }
  if (EndsWith(*w, "ment")) DropIfMeasureAbove1(w, 4);
  if (EndsWith(*w, "ent")) {
    DropIfMeasureAbove1(w, 3);
  } else if (EndsWith(*w, "sion") || EndsWith(*w, "tion")) {
    DropIfMeasureAbove1(w, 3);
  }
}

void Step5(std::string* w) {
  if (!w->empty() && w->back() == 'e') {
    const std::string_view stem = std::string_view(*w).substr(0, w->size() - 1);
    if (MeasureAbove1(stem) || (MeasureIs1(stem) && !IsCvc(stem))) Chop(w, 1);
  }
  if (EndsWith(*w, "ll") && MeasureAbove1(*w)) Chop(w, 1);
}

}  // namespace

std::string PorterStemRouge155(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';
  Step1a(&w);
  Step1b(&w);
  Step1c(&w);
  ReplaceIfMeasureAbove0(&w, kStep2);
  ReplaceIfMeasureAbove0(&w, kStep3);
  Step4(&w);
  Step5(&w);
  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace precis::rouge
