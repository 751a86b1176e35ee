// Copyright 2026 The precis Authors.

#include "analyze/quote_names.h"

#include <algorithm>

#include "analyze/quote_lexicon.h"

namespace precis::quotes {
namespace {

// "'s" or "\u2019s" at the end of a word: its length in bytes, or 0.
size_t PossessiveLength(std::string_view w) {
  if (w.size() > 2 && w.ends_with("'s")) return 2;
  if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) return 4;
  return 0;
}

std::string_view WithoutPeriod(std::string_view w) {
  return !w.empty() && w.back() == '.' ? w.substr(0, w.size() - 1) : w;
}

}  // namespace

NameIndex::NameIndex(std::string_view text, std::string_view folded,
                     std::span<const Token> tokens,
                     std::span<const uint32_t> sentence, uint32_t base,
                     std::span<const NameMention> given)
    : text_(text),
      folded_(folded),
      tokens_(tokens),
      sentence_(sentence),
      base_(base) {
  if (given.empty()) {
    FindRuns();
  } else {
    TakeGiven(given);
  }
  Link();
}

std::string_view NameIndex::W(size_t i) const {
  if (i >= tokens_.size()) return {};
  const Span s = tokens_[i].span;
  std::string_view w = folded_.substr(s.begin - base_, s.size());
  return w.substr(0, w.size() - PossessiveLength(w));
}

bool NameIndex::Cap(size_t i) const {
  if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord) return false;
  const char c = text_[tokens_[i].span.begin - base_];
  return c >= 'A' && c <= 'Z';
}

// Capitalized runs: "Iranian President Hassan Rouhani", "J. Smith Jr.",
// "Charles de Gaulle"; a possessive ends a run ("Iran's").
void NameIndex::FindRuns() {
  const size_t n = tokens_.size();
  size_t i = 0;
  while (i < n) {
    if (!Cap(i)) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < n) {
      if (Cap(e)) {
        const Span s = tokens_[e].span;
        const bool ends =
            PossessiveLength(text_.substr(s.begin - base_, s.size())) > 0;
        ++e;
        if (ends) break;
        continue;
      }
      // "de Gaulle", "bin Salman": a particle between capitals.
      if (IsNameParticle(W(e)) && Cap(e + 1) && e > i) {
        ++e;
        continue;
      }
      // "Ms. Okoro", "John F. Kennedy": the period of a title or initial.
      if (W(e) == "." && Cap(e + 1) && e > i &&
          tokens_[e].span.begin == tokens_[e - 1].span.end &&
          (IsTitleWord(W(e - 1)) || W(e - 1).size() == 1)) {
        ++e;
        continue;
      }
      break;
    }
    AddRun(i, e);
    i = e;
  }
}

void NameIndex::AddRun(size_t b, size_t e) {
  // Leading words that are not names ("But", "The", "Monday").
  while (b < e && IsNotAName(WithoutPeriod(W(b))) && !IsTitleWord(W(b))) ++b;
  if (b >= e) return;
  // "ambassador to Israel Anatoly Viktorov": a place ends the title phrase.
  if (b >= 2 && e - b >= 3 && IsTitleWord(W(b - 2)) &&
      (W(b - 1) == "to" || W(b - 1) == "of" || W(b - 1) == "in")) {
    ++b;
  }
  // Titles: everything up to the last title word ("Iranian President").
  size_t name = b;
  std::string title;
  std::vector<std::string> titles;
  for (size_t k = b; k + 1 < e; ++k) {
    if (IsTitleWord(W(k))) {
      name = k + 1;
      title = std::string(WithoutPeriod(W(k)));
      titles.push_back(title);
    }
  }
  while (name < e && W(name) == ".") ++name;
  if (name >= e) return;
  Mention m;
  m.first = name;
  m.last = e;
  const Span last = tokens_[e - 1].span;
  const size_t possessive =
      PossessiveLength(text_.substr(last.begin - base_, last.size()));
  m.span = {tokens_[name].span.begin,
            last.end - static_cast<uint32_t>(possessive)};
  m.title = title;
  m.titles = std::move(titles);
  if (title == "mr" || title == "sir" || title == "king" || title == "prince" ||
      title == "lord") {
    m.gender = 1;
  } else if (title == "mrs" || title == "ms" || title == "miss" ||
             title == "queen" || title == "princess" || title == "lady" ||
             title == "dame") {
    m.gender = -1;
  }
  size_t words = 0;
  bool organization = false, acronym = true;
  for (size_t k = name; k < e; ++k) {
    organization |= IsOrganizationWord(W(k));
    const std::string_view raw =
        text_.substr(tokens_[k].span.begin - base_, tokens_[k].span.size());
    for (const char c : raw) acronym &= !(c >= 'a' && c <= 'z');
    words += IsNameParticle(W(k)) ? 0 : 1;
  }
  // A sentence-initial single word is a name only with a title; people are
  // two words or more, or titled.
  // A run after a preposition ("the Commission on Bridge Safety", "of
  // Ashton") names a place or an organization more often than a person.
  const std::string_view before = name > 0 ? W(name - 1) : std::string_view();
  const bool after_preposition =
      before == "of" || before == "on" || before == "for" || before == "in" ||
      before == "at" || before == "from" || before == "to";
  m.person = !organization && !acronym &&
             (!title.empty() || (words >= 2 && !after_preposition));
  if (words == 1 && title.empty() &&
      (name == 0 || sentence_[name] != sentence_[name - 1])) {
    m.person = false;  // may still become one as a known surname
  }
  mentions_.push_back(std::move(m));
}

void NameIndex::TakeGiven(std::span<const NameMention> given) {
  for (const NameMention& g : given) {
    // The tokens of the mention.
    const auto lo = std::lower_bound(
        tokens_.begin(), tokens_.end(), g.span.begin,
        [](const Token& t, uint32_t b) { return t.span.end <= b; });
    size_t first = lo - tokens_.begin();
    size_t last = first;
    while (last < tokens_.size() && tokens_[last].span.begin < g.span.end) {
      ++last;
    }
    if (first >= last) continue;
    Mention m;
    m.first = first;
    m.last = last;
    m.span = g.span;
    m.person = g.person;
    m.entity = g.entity;
    if (first > 0 && IsTitleWord(W(first - 1))) {
      m.title = std::string(WithoutPeriod(W(first - 1)));
      // The title phrase: title words and the capitalized words between
      // them ("Defense Minister Brigadier General").
      for (size_t t = first; t-- > 0 && first - t <= 6;) {
        if (IsTitleWord(W(t))) {
          m.titles.insert(m.titles.begin(), std::string(WithoutPeriod(W(t))));
        } else if (!Cap(t) || W(t) == ".") {
          break;
        }
      }
    }
    mentions_.push_back(std::move(m));
  }
  std::stable_sort(
      mentions_.begin(), mentions_.end(),
      [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

// Surnames to full names; appositive titles ("Ruth Adeyemi, the mayor,");
// the title index.
void NameIndex::Link() {
  std::unordered_map<std::string, uint32_t> by_last;  // surname -> mention
  for (uint32_t k = 0; k < mentions_.size(); ++k) {
    Mention& m = mentions_[k];
    m.full = k;
    const std::string last(W(m.last - 1));
    const size_t words = m.last - m.first;
    if (words == 1) {
      const auto it = by_last.find(last);
      if (it != by_last.end()) {
        m.full = it->second;
        m.person |= mentions_[it->second].person;
        if (m.entity < 0) m.entity = mentions_[it->second].entity;
      }
    } else if (m.person) {
      by_last[last] = k;
    }
    // "NAME, the mayor," / "NAME, Iran's president,".
    if (m.title.empty() && m.last < tokens_.size() && W(m.last) == ",") {
      for (size_t t = m.last + 1; t < tokens_.size() && t < m.last + 6; ++t) {
        const std::string_view w = W(t);
        if (w == "," || w == "." || w == "said") break;
        if (IsTitleWord(w)) {
          m.title = std::string(WithoutPeriod(w));
          m.titles.push_back(m.title);
          m.person = true;
        }
      }
    }
    if (!m.title.empty()) {
      for (size_t t = 0; t < m.titles.size(); ++t) {
        const std::string& title = m.titles[t];
        if (std::find(m.titles.begin(), m.titles.begin() + t, title) ==
            m.titles.begin() + t) {
          by_title_[title].push_back(k);
        }
      }
      Mention& full = mentions_[m.full];
      if (full.gender == 0) full.gender = m.gender;
    }
  }
}

size_t NameIndex::FirstAtOrAfter(size_t token) const {
  return std::lower_bound(
             mentions_.begin(), mentions_.end(), token,
             [](const Mention& m, size_t t) { return m.first < t; }) -
         mentions_.begin();
}

int32_t NameIndex::LastIn(size_t b, size_t e) const {
  size_t k = FirstAtOrAfter(e);
  while (k-- > 0) {
    if (mentions_[k].last <= b) return -1;
    if (mentions_[k].first >= b && mentions_[k].last <= e) {
      return static_cast<int32_t>(k);
    }
  }
  return -1;
}

int32_t NameIndex::TitledBefore(std::string_view title, size_t before) const {
  const auto it = by_title_.find(std::string(title));
  if (it == by_title_.end()) return -1;
  const std::vector<uint32_t>& list = it->second;  // in token order
  const auto pos = std::lower_bound(
      list.begin(), list.end(), before,
      [&](uint32_t k, size_t t) { return mentions_[k].first < t; });
  return pos == list.begin() ? -1 : static_cast<int32_t>(*(pos - 1));
}

}  // namespace precis::quotes
