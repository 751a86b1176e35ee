// Copyright 2026 The precis Authors.
//
// Word classes that the English sentence splitter consults around a period:
// titles, abbreviations, sentence openers, times, verbs of saying. Read once
// from data/abbreviations/en.txt (embedded).

#ifndef PRECIS_TEXT_ABBREVIATIONS_H_
#define PRECIS_TEXT_ABBREVIATIONS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace precis::text {

// Bit flags; a word may have several. Sections of the data file.
enum WordClass : uint32_t {
  kTitle = 1u << 0,         // [title]: precedes a name ("Gen.", "Mr.")
  kAbbreviation = 1u << 1,  // [abbreviation]: may end a sentence ("Inc.")
  kBeforeNumber = 1u << 2,  // [number]: abbreviation only before a number
  kStateWord = 1u << 3,     // [state]: abbreviation only after , - (
  kEndsFreely = 1u << 4,    // [ends]: ends before any capital ("etc.")
  kTime = 1u << 5,          // [time]: "a.m", "p.m"
  kTimeFollower = 1u << 6,  // [time-follower]: "Sunday", "EST", "local"
  kOpener = 1u << 7,        // [opener] (and every strong opener)
  kStrongOpener = 1u << 8,  // [strong-opener]: "The", "He", "Did"
  kSpeechVerb = 1u << 9,    // [speech-verb]: "said", "asked"
  kJoiner = 1u << 10,       // [joiner]: "the", "of": cannot end a line unit
  kPlace = 1u << 11,        // [place]: "Calif", "n.y": ends a place name
};

// The classes of `word`, compared ASCII case-insensitively; dotted
// abbreviations are looked up without their final period ("u.s", "a.m").
// 0 for other words (and for words longer than 15 bytes). Thread-safe; the
// first call parses the data file.
uint32_t EnglishWordClasses(std::string_view word);

// The classes of a data file's text in the format of
// data/abbreviations/en.txt, looked up the same way (for tests).
class WordClassTable {
 public:
  explicit WordClassTable(std::string_view data);
  uint32_t Lookup(std::string_view word) const;
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key[2] = {0, 0};
    uint32_t classes = 0;
  };
  // The lower-cased word in 16 bytes, zero padded; false if it is empty
  // or longer than 15 bytes.
  static bool MakeKey(std::string_view word, uint64_t key[2]);
  size_t Find(const uint64_t key[2]) const;  // its slot or an empty one

  std::vector<Slot> slots_;  // open addressing; a power of two many
  size_t size_ = 0;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_ABBREVIATIONS_H_
