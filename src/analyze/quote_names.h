// Copyright 2026 The precis Authors.
//
// Name mentions for speaker resolution: runs of capitalized words with the
// titles that precede them ("Iranian President Hassan Rouhani") or follow
// them in apposition ("Ruth Adeyemi, the mayor,"), classified as people or
// not, and indexed so that a surname ("Rouhani"), a title ("the Iranian
// president") or a pronoun ("she") finds the full name it stands for.
// Either found here with heuristics, or handed in by a named-entity tagger
// (QuoteOptions::names), in which case its entity ids carry through.

#ifndef PRECIS_ANALYZE_QUOTE_NAMES_H_
#define PRECIS_ANALYZE_QUOTE_NAMES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/quotes.h"
#include "precis/tokenizer.h"

namespace precis::quotes {

struct Mention {
  size_t first = 0, last = 0;  // the name's tokens [first, last), no title
  Span span;                   // its bytes, without a possessive "'s"
  std::string title;           // lower-case title word, or ""
  // Every title word of the phrase before the name, in order ("Defense
  // Minister Brigadier General Amir Hatami": minister, brigadier, general),
  // so that "the defense minister" finds him too; `title` is the last.
  std::vector<std::string> titles;
  bool person = false;
  int8_t gender = 0;    // +1 male (Mr.), -1 female (Mrs., Ms.), 0 unknown
  int32_t entity = -1;  // from QuoteOptions::names
  uint32_t full = 0;    // the mention with the fullest form of the name
};

// The mentions of one text, in token order.
class NameIndex {
 public:
  // `folded` is the text with ASCII letters lower-cased (same offsets).
  // With `given` names (offsets relative to text plus base), those are the
  // mentions; otherwise capitalized runs are.
  NameIndex(std::string_view text, std::string_view folded,
            std::span<const Token> tokens, std::span<const uint32_t> sentence,
            uint32_t base, std::span<const NameMention> given);

  const Mention& at(size_t k) const { return mentions_[k]; }
  size_t size() const { return mentions_.size(); }
  // The last mention inside tokens [b, e), or -1.
  int32_t LastIn(size_t b, size_t e) const;
  // The latest person mention before token `before`, at most `window`
  // mentions back, compatible with `gender` (0: any); skips mentions for
  // which skip(k) is true. -1 when none.
  template <typename Skip>
  int32_t PersonBefore(size_t before, int gender, size_t window,
                       Skip skip) const {
    size_t k = FirstAtOrAfter(before);
    for (size_t seen = 0; k-- > 0 && seen < window; ++seen) {
      const Mention& m = mentions_[k];
      if (!m.person || skip(k)) continue;
      const int8_t g = mentions_[m.full].gender;
      if (gender != 0 && g != 0 && g != gender) continue;
      return static_cast<int32_t>(k);
    }
    return -1;
  }
  // The latest person mention before token `before` that came with the
  // title word `title` ("president"), or -1.
  int32_t TitledBefore(std::string_view title, size_t before) const;

 private:
  size_t FirstAtOrAfter(size_t token) const;
  void FindRuns();
  void TakeGiven(std::span<const NameMention> given);
  void AddRun(size_t b, size_t e);
  void Link();  // sets full, person for surnames, appositive titles
  std::string_view W(size_t i) const;
  bool Cap(size_t i) const;

  std::string_view text_, folded_;
  std::span<const Token> tokens_;
  std::span<const uint32_t> sentence_;
  uint32_t base_;
  std::vector<Mention> mentions_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_title_;
};

}  // namespace precis::quotes

#endif  // PRECIS_ANALYZE_QUOTE_NAMES_H_
