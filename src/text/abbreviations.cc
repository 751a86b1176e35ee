// Copyright 2026 The precis Authors.

#include "text/abbreviations.h"

#include <cstring>

namespace precis {
namespace data {
extern const std::string_view kAbbreviationsEn;
}  // namespace data

namespace text {
namespace {

struct Section {
  std::string_view name;
  uint32_t classes;
};

constexpr Section kSections[] = {
    {"title", kTitle},
    {"abbreviation", kAbbreviation},
    {"number", kBeforeNumber},
    {"state", kStateWord},
    {"ends", kEndsFreely},
    {"time", kTime},
    {"time-follower", kTimeFollower},
    {"opener", kOpener},
    {"strong-opener", kOpener | kStrongOpener},
    {"speech-verb", kSpeechVerb},
    {"joiner", kJoiner},
    {"place", kPlace},
};

uint32_t SectionClasses(std::string_view name) {
  for (const Section& s : kSections) {
    if (s.name == name) return s.classes;
  }
  return 0;  // an unknown section: its words get no class
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Calls f(word, classes) for each word of the data file.
template <typename F>
void ForEachWord(std::string_view data, F f) {
  uint32_t classes = 0;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && IsBlank(line.front())) line.remove_prefix(1);
    while (!line.empty() && IsBlank(line.back())) line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line.front() == '[' && line.back() == ']') {
      classes = SectionClasses(line.substr(1, line.size() - 2));
      continue;
    }
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && IsBlank(line[i])) ++i;
      size_t j = i;
      while (j < line.size() && !IsBlank(line[j])) ++j;
      if (j > i) f(line.substr(i, j - i), classes);
      i = j;
    }
  }
}

uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull);
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

}  // namespace

bool WordClassTable::MakeKey(std::string_view word, uint64_t key[2]) {
  char buf[16] = {0};
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (word.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’ reads as '
      c = '\'';
      i += 2;
    }
    if (n == 15) return false;
    buf[n++] = c;
  }
  if (n == 0) return false;
  std::memcpy(key, buf, 16);
  return true;
}

size_t WordClassTable::Find(const uint64_t key[2]) const {
  const size_t mask = slots_.size() - 1;
  size_t i = Mix(key[0], key[1]) & mask;
  while (slots_[i].classes != 0 &&
         (slots_[i].key[0] != key[0] || slots_[i].key[1] != key[1])) {
    i = (i + 1) & mask;
  }
  return i;
}

WordClassTable::WordClassTable(std::string_view data) {
  size_t words = 0;
  ForEachWord(data, [&](std::string_view, uint32_t) { ++words; });
  size_t capacity = 16;
  while (capacity < 4 * words) capacity *= 2;  // load <= 1/4
  slots_.resize(capacity);
  ForEachWord(data, [&](std::string_view word, uint32_t classes) {
    uint64_t key[2];
    if (classes == 0 || !MakeKey(word, key)) return;
    Slot& slot = slots_[Find(key)];
    if (slot.classes == 0) ++size_;
    slot.key[0] = key[0];
    slot.key[1] = key[1];
    slot.classes |= classes;
  });
}

uint32_t WordClassTable::Lookup(std::string_view word) const {
  uint64_t key[2];
  if (!MakeKey(word, key)) return 0;
  return slots_[Find(key)].classes;
}

uint32_t EnglishWordClasses(std::string_view word) {
  static const WordClassTable* const table =
      new WordClassTable(data::kAbbreviationsEn);
  return table->Lookup(word);
}

}  // namespace text
}  // namespace precis
