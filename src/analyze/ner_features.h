// Copyright 2026 The precis Authors.
//
// What the named-entity tagger sees: a document as a sequence of words in
// the CoNLL-2003 tokenization, the BILOU tag set, and the features of each
// word (after Ratinov & Roth 2009, "Design challenges and misconceptions
// in named entity recognition"): the word and its neighbours, shapes,
// affixes, capitalization patterns, the previous decisions, a gazetteer
// and document-level evidence (how the same word is cased elsewhere in the
// document, and how it was tagged before).
//
// Features are 64-bit keys hashed from a template number and values, never
// strings; the hash is pinned (see StableHash) because keys are stored in
// model files.

#ifndef PRECIS_ANALYZE_NER_FEATURES_H_
#define PRECIS_ANALYZE_NER_FEATURES_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/ner_flat_map.h"
#include "analyze/ner_gazetteer.h"
#include "analyze/ner_lexicon.h"
#include "precis/entities.h"

namespace precis::ner {

// Bumped whenever a feature template or the hash changes: models record
// it and are refused by a tagger computing other features.
inline constexpr uint32_t kFeatureVersion = 2;

// ---- Tags: O, and B I L U of each entity type (BILOU, Ratinov & Roth).
inline constexpr int kNumTags = 1 + 4 * kNumEntityTypes;
inline constexpr int kOutside = 0;
enum Position : int { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
constexpr int MakeTag(int type, int position) {
  return 1 + 4 * type + position;
}
// REQUIRES: tag > 0.
constexpr int TagType(int tag) { return (tag - 1) / 4; }
constexpr int TagPosition(int tag) { return (tag - 1) % 4; }
// True when `tag` may follow `prev` in a well-formed sequence; prev < 0 at
// the start of a sentence.
constexpr bool CanFollow(int prev, int tag) {
  const bool open =
      prev > 0 && (TagPosition(prev) == kBegin || TagPosition(prev) == kInside);
  if (!open)
    return tag == kOutside || TagPosition(tag) == kBegin ||
           TagPosition(tag) == kUnit;
  return tag > 0 && TagType(tag) == TagType(prev) &&
         (TagPosition(tag) == kInside || TagPosition(tag) == kLast);
}
// True when a sentence may end with `tag`.
constexpr bool CanEnd(int tag) {
  return tag == kOutside || TagPosition(tag) == kLast ||
         TagPosition(tag) == kUnit;
}
// "O", "B-PER", ...
std::string TagName(int tag);

// ---- Pinned hashing. The values are part of the model format: changing
// them requires a new kFeatureVersion.
inline uint64_t Fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  return h;
}
inline uint64_t Mix(uint64_t a, uint64_t b) {
  return Fmix64(a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2)));
}
uint64_t StableHash(std::string_view s);

// ---- A document.
struct Sequence {
  // Words as in CoNLL-2003: possessive "'s" and "n't" separate, ASCII
  // quotes and dashes. Views into storage the caller keeps alive.
  std::vector<std::string_view> words;
  std::vector<uint8_t> sentence_start;  // 1 where a sentence begins; the
                                        // first word always begins one
  size_t size() const { return words.size(); }
  void clear() {
    words.clear();
    sentence_start.clear();
  }
};

// Capitalization classes.
enum WordClass : uint8_t {
  kBoundaryClass,  // outside the sentence
  kLowerClass,     // letters, all lower case: "talks"
  kTitleClass,     // "Rouhani", "O'neil"
  kUpperClass,     // two or more letters, all upper case: "NATO"
  kInitialClass,   // one letter, upper case: "A", "J."
  kMixedClass,     // "McDonald", "iPhone"
  kAlnumClass,     // letters and digits: "G7", "1990s"
  kNumberClass,    // digits, no letters: "1996-08-22", "3.5"
  kPunctClass,     // no letters or digits: ",", "--"
};

struct WordInfo {
  uint64_t form = 0, lower = 0, shape = 0, short_shape = 0;
  std::array<uint64_t, 4> prefix{}, suffix{};  // lower case, 1-4 code
                                               // points; 0 when shorter
  WordClass cls = kBoundaryClass;
  bool has_letter = false;
};

// Computes the WordInfo of `word`. `scratch` is working memory.
void DescribeWord(std::string_view word, std::string* scratch, WordInfo* out);

// Feature extraction over one document. Prepare() once; then, sentence by
// sentence, for each word: Static() and History() give the features that
// do not depend on the sentence's tags, Dynamic() those that do; once the
// sentence is decided, Decide() records its words' tags (the prediction
// history that History() reads for later sentences). Not thread-safe;
// reuse one per thread (it keeps its buffers between documents).
class Featurizer {
 public:
  // `gazetteer` and `lexicon` may be null (no features from them); they
  // must outlive this.
  explicit Featurizer(const Gazetteer* gazetteer,
                      const CaseLexicon* lexicon = nullptr)
      : gazetteer_(gazetteer), lexicon_(lexicon) {}

  // REQUIRES: seq outlives the use of this featurizer on it. Names of the
  // gazetteer and counts of the lexicon from `exclude_fold` are ignored
  // (jackknifing; -1: none).
  void Prepare(const Sequence& seq, int exclude_fold = -1);
  size_t size() const { return info_.size(); }
  const WordInfo& info(size_t i) const { return info_[i]; }
  bool SentenceStarts(size_t i) const { return sentence_start_[i] != 0; }
  // One past the last word of the sentence of word i.
  size_t SentenceEnd(size_t i) const { return sent_end_[i]; }

  // Appends the features of word i that depend on nothing decided.
  void Static(size_t i, std::vector<uint64_t>* keys) const;
  // Appends the features of how the same word was tagged in earlier
  // sentences of the document (Decide()).
  void History(size_t i, std::vector<uint64_t>* keys) const;
  // Appends the features of the tags of words i-1 and i-2 (-1 before the
  // sentence).
  void Dynamic(size_t i, int prev, int prev2,
               std::vector<uint64_t>* keys) const;
  // Records the tag chosen for word i.
  void Decide(size_t i, int tag);

 private:
  const WordInfo& At(size_t i, int offset) const;

  struct CaseCounts {
    uint16_t lower = 0, capital = 0;  // not at a sentence start
  };
  struct TagCounts {
    std::array<uint16_t, kNumEntityTypes + 1> counts{};  // O, then types
  };

  const Gazetteer* gazetteer_;
  const CaseLexicon* lexicon_;
  std::string scratch_;
  std::vector<WordInfo> info_;
  std::vector<uint32_t> sent_begin_, sent_end_;
  std::vector<uint8_t> sentence_start_;
  std::vector<uint16_t> gazetteer_bits_;
  std::vector<uint8_t> case_bucket_;  // CaseLexicon::Bucket of each word
  std::vector<uint64_t> lower_scratch_;
  FlatMap<CaseCounts> case_counts_;
  FlatMap<TagCounts> history_;
};

}  // namespace precis::ner

#endif  // PRECIS_ANALYZE_NER_FEATURES_H_
