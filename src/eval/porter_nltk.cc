// Copyright 2026 The precis Authors.
//
// Porter's suffix-stripping algorithm (M. F. Porter, "An algorithm for suffix
// stripping", Program 14(3), 1980) with the extensions NLTK applies in its
// default mode (nltk.stem.porter, NLTK_EXTENSIONS), which Google's rouge-score
// uses. Written from the description of that mode; its departures from the
// paper:
//
// - A few irregular forms map straight to a stem (skies -> sky, dying -> die,
//   news, innings, proceed, exceed, succeed, ...).
// - Words of one or two letters are left alone.
// - 1a: a four-letter -ies word keeps "ie" (dies -> die).
// - 1b: -ied becomes -ie in a four-letter word, -i otherwise; the *o test also
//   holds for a two-letter vowel-consonant stem.
// - 1c: y -> i only after a consonant that is not the first letter.
// - 2: -alli -> -al is tried first and step 2 then runs again; -bli -> -ble;
//   -fulli -> -ful; -logi -> -log when the stem with its "l" has m>0.
// - Within a step the first rule whose suffix matches decides, whether or not
//   its condition holds (the rules are ordered so that this is the longest).

#include "eval/porter_nltk.h"

#include <string>

namespace precis::rouge {
namespace {

using Condition = bool (*)(std::string_view stem);

bool IsConsonant(std::string_view w, size_t i) {
  switch (w[i]) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return false;
    case 'y':
      return i == 0 || !IsConsonant(w, i - 1);
    default:
      return true;
  }
}

// Porter's m: the number of vowel-consonant transitions.
int Measure(std::string_view w) {
  int m = 0;
  for (size_t i = 1; i < w.size(); ++i) {
    if (IsConsonant(w, i) && !IsConsonant(w, i - 1)) ++m;
  }
  return m;
}

bool ContainsVowel(std::string_view w) {
  for (size_t i = 0; i < w.size(); ++i) {
    if (!IsConsonant(w, i)) return true;
  }
  return false;
}

bool EndsDoubleConsonant(std::string_view w) {
  const size_t n = w.size();
  return n >= 2 && w[n - 1] == w[n - 2] && IsConsonant(w, n - 1);
}

bool EndsCvc(std::string_view w) {
  const size_t n = w.size();
  if (n >= 3 && IsConsonant(w, n - 3) && !IsConsonant(w, n - 2) &&
      IsConsonant(w, n - 1) && w[n - 1] != 'w' && w[n - 1] != 'x' &&
      w[n - 1] != 'y') {
    return true;
  }
  return n == 2 && !IsConsonant(w, 0) && IsConsonant(w, 1);
}

bool PositiveMeasure(std::string_view stem) { return Measure(stem) > 0; }
bool MeasureAbove1(std::string_view stem) { return Measure(stem) > 1; }

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.substr(w.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
  Condition condition;  // on the stem; null: always
};

// Applies the first rule whose suffix `w` ends with, if its condition holds;
// later rules are not tried either way.
template <size_t N>
void ApplyFirst(std::string* w, const Rule (&rules)[N]) {
  for (const Rule& r : rules) {
    if (!EndsWith(*w, r.suffix)) continue;
    const std::string_view stem =
        std::string_view(*w).substr(0, w->size() - r.suffix.size());
    if (r.condition == nullptr || r.condition(stem)) {
      w->resize(stem.size());
      *w += r.replacement;
    }
    return;
  }
}

struct Irregular {
  std::string_view word;
  std::string_view stem;
};
constexpr Irregular kIrregular[] = {
    {"skies", "sky"},       {"sky", "sky"},          {"dying", "die"},
    {"lying", "lie"},       {"tying", "tie"},        {"news", "news"},
    {"innings", "inning"},  {"inning", "inning"},    {"outings", "outing"},
    {"outing", "outing"},   {"cannings", "canning"}, {"canning", "canning"},
    {"howe", "howe"},       {"proceed", "proceed"},  {"exceed", "exceed"},
    {"succeed", "succeed"},
};

void Step1a(std::string* w) {
  if (w->size() == 4 && EndsWith(*w, "ies")) {
    w->pop_back();  // "ies" -> "ie"
    return;
  }
  static constexpr Rule kRules[] = {
      {"sses", "ss", nullptr},
      {"ies", "i", nullptr},
      {"ss", "ss", nullptr},
      {"s", "", nullptr},
  };
  ApplyFirst(w, kRules);
}

void Step1b(std::string* w) {
  if (EndsWith(*w, "ied")) {
    w->resize(w->size() - (w->size() == 4 ? 1 : 2));  // -> "ie" / "i"
    return;
  }
  if (EndsWith(*w, "eed")) {
    if (Measure(std::string_view(*w).substr(0, w->size() - 3)) > 0) {
      w->pop_back();
    }
    return;
  }
  size_t cut = 0;
  if (EndsWith(*w, "ed")) {
    cut = 2;
  } else if (EndsWith(*w, "ing")) {
    cut = 3;
  }
  if (cut == 0 ||
      !ContainsVowel(std::string_view(*w).substr(0, w->size() - cut))) {
    return;
  }
  w->erase(w->size() - cut);
  if (EndsWith(*w, "at") || EndsWith(*w, "bl") || EndsWith(*w, "iz")) {
    *w += 'e';
  } else if (EndsDoubleConsonant(*w)) {
    const char last = w->back();
    if (last != 'l' && last != 's' && last != 'z') w->pop_back();
  } else if (Measure(*w) == 1 && EndsCvc(*w)) {
    *w += 'e';
  }
}

void Step1c(std::string* w) {
  const size_t n = w->size();
  if (n >= 3 && w->back() == 'y' && IsConsonant(*w, n - 2)) w->back() = 'i';
}

bool LogiCondition(std::string_view stem) {
  // The rule keeps the "l" of "logi" with the stem: m>0 of stem + "l".
  return Measure(std::string_view(stem.data(), stem.size() + 1)) > 0;
}

void Step2(std::string* w) {
  if (EndsWith(*w, "alli") &&
      PositiveMeasure(std::string_view(*w).substr(0, w->size() - 4))) {
    w->resize(w->size() - 2);  // "alli" -> "al"
    Step2(w);
    return;
  }
  static constexpr Rule kRules[] = {
      {"ational", "ate", PositiveMeasure}, {"tional", "tion", PositiveMeasure},
      {"enci", "ence", PositiveMeasure},   {"anci", "ance", PositiveMeasure},
      {"izer", "ize", PositiveMeasure},    {"bli", "ble", PositiveMeasure},
      {"alli", "al", PositiveMeasure},     {"entli", "ent", PositiveMeasure},
      {"eli", "e", PositiveMeasure},       {"ousli", "ous", PositiveMeasure},
      {"ization", "ize", PositiveMeasure}, {"ation", "ate", PositiveMeasure},
      {"ator", "ate", PositiveMeasure},    {"alism", "al", PositiveMeasure},
      {"iveness", "ive", PositiveMeasure}, {"fulness", "ful", PositiveMeasure},
      {"ousness", "ous", PositiveMeasure}, {"aliti", "al", PositiveMeasure},
      {"iviti", "ive", PositiveMeasure},   {"biliti", "ble", PositiveMeasure},
      {"fulli", "ful", PositiveMeasure},   {"logi", "log", LogiCondition},
  };
  ApplyFirst(w, kRules);
}

void Step3(std::string* w) {
  static constexpr Rule kRules[] = {
      {"icate", "ic", PositiveMeasure}, {"ative", "", PositiveMeasure},
      {"alize", "al", PositiveMeasure}, {"iciti", "ic", PositiveMeasure},
      {"ical", "ic", PositiveMeasure},  {"ful", "", PositiveMeasure},
      {"ness", "", PositiveMeasure},
  };
  ApplyFirst(w, kRules);
}

bool IonCondition(std::string_view stem) {
  return Measure(stem) > 1 && (stem.back() == 's' || stem.back() == 't');
}

void Step4(std::string* w) {
  static constexpr Rule kRules[] = {
      {"al", "", MeasureAbove1},    {"ance", "", MeasureAbove1},
      {"ence", "", MeasureAbove1},  {"er", "", MeasureAbove1},
      {"ic", "", MeasureAbove1},    {"able", "", MeasureAbove1},
      {"ible", "", MeasureAbove1},  {"ant", "", MeasureAbove1},
      {"ement", "", MeasureAbove1}, {"ment", "", MeasureAbove1},
      {"ent", "", MeasureAbove1},   {"ion", "", IonCondition},
      {"ou", "", MeasureAbove1},    {"ism", "", MeasureAbove1},
      {"ate", "", MeasureAbove1},   {"iti", "", MeasureAbove1},
      {"ous", "", MeasureAbove1},   {"ive", "", MeasureAbove1},
      {"ize", "", MeasureAbove1},
  };
  ApplyFirst(w, kRules);
}

void Step5a(std::string* w) {
  if (w->empty() || w->back() != 'e') return;
  const std::string_view stem = std::string_view(*w).substr(0, w->size() - 1);
  const int m = Measure(stem);
  if (m > 1 || (m == 1 && !EndsCvc(stem))) w->pop_back();
}

void Step5b(std::string* w) {
  if (EndsWith(*w, "ll") &&
      Measure(std::string_view(*w).substr(0, w->size() - 1)) > 1) {
    w->pop_back();
  }
}

}  // namespace

std::string PorterStemNltk(std::string_view word) {
  for (const Irregular& irregular : kIrregular) {
    if (word == irregular.word) return std::string(irregular.stem);
  }
  std::string w(word);
  if (w.size() <= 2) return w;
  Step1a(&w);
  Step1b(&w);
  Step1c(&w);
  Step2(&w);
  Step3(&w);
  Step4(&w);
  Step5a(&w);
  Step5b(&w);
  return w;
}

}  // namespace precis::rouge
