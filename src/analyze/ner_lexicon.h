// Copyright 2026 The precis Authors.
//
// CaseLexicon: how the training text writes each word where case carries
// information (not at a sentence start): always in lower case ("leader",
// "channel"), mostly capitalized ("Rouhani"), or both. It tells the tagger
// that a capitalized "Leader" before a name is a title, not part of the
// name, from the training text alone and without labels. During training
// each document sees the counts of the other folds only, as with the
// gazetteer, so that rare words look at training time as unseen ones do
// at run time.

#ifndef PRECIS_ANALYZE_NER_LEXICON_H_
#define PRECIS_ANALYZE_NER_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "analyze/ner_flat_map.h"
#include "precis/status.h"

namespace precis::ner {

class CaseLexicon {
 public:
  static constexpr int kMaxFolds = 8;
  // Buckets of Bucket(): 0 unseen; 1 only capitalized, seen once or twice;
  // 2 only capitalized, more often; 3-6 lower case in under 10%, 50%, 90%,
  // or at least 90% of its occurrences.
  static constexpr int kBuckets = 7;

  // Counts one occurrence (not at a sentence start) of the word with
  // lower-case hash `lower`, capitalized or not, in fold `fold`.
  void Add(uint64_t lower, bool capitalized, int fold);
  // The bucket of a word, leaving out fold `exclude_fold` (-1: none).
  int Bucket(uint64_t lower, int exclude_fold) const;
  size_t size() const { return words_.size() + loaded_.size(); }

  // Serialization: each word's bucket over all folds, sorted by key; a
  // loaded lexicon answers Bucket() with it for any fold.
  void AppendTo(std::string* out) const;
  Status ReadFrom(std::string_view in, size_t* pos);

 private:
  struct Counts {
    std::array<uint16_t, kMaxFolds> lower{}, capital{};
  };
  static int BucketOf(uint32_t lower, uint32_t capital);
  FlatMap<Counts> words_;    // when built from training text
  FlatMap<uint8_t> loaded_;  // when read: the buckets
};

}  // namespace precis::ner

#endif  // PRECIS_ANALYZE_NER_LEXICON_H_
