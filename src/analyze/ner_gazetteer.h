// Copyright 2026 The precis Authors.
//
// Gazetteer: the names of the training data with their types, matched as
// whole word sequences (lower case) in a document. Built from the training
// set itself; during training each document sees only the names of the
// other folds (jackknifing), so that the tagger learns how far a gazetteer
// match can be trusted on text it has not seen.

#ifndef PRECIS_ANALYZE_NER_GAZETTEER_H_
#define PRECIS_ANALYZE_NER_GAZETTEER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/ner_flat_map.h"
#include "precis/entities.h"
#include "precis/status.h"

namespace precis::ner {

class Gazetteer {
 public:
  static constexpr int kMaxWords = 6;  // longer names are not kept
  static constexpr int kMaxFolds = 8;

  // Adds a name given by the lower-case hashes of its words, of entity
  // type `type`, seen in fold `fold` (0 <= fold < kMaxFolds).
  void Add(std::span<const uint64_t> lower, int type, int fold);

  // For each word of a document (lower-case hashes; sentence_start[i] = 1
  // where a sentence begins), sets bits[i] to the matches covering it: bit
  // 4 * type + position (BILOU: 0 first word, 1 inside, 2 last, 3 a
  // one-word name). Names seen only in `exclude_fold` do not match (-1:
  // all match). Matches stay within sentences.
  void Match(std::span<const uint64_t> lower,
             std::span<const uint8_t> sentence_start, int exclude_fold,
             uint16_t* bits) const;

  size_t size() const { return names_.size(); }

  // Serialization: entries sorted by key, the folds collapsed (a loaded
  // gazetteer matches everything it holds).
  void AppendTo(std::string* out) const;
  // Reads what AppendTo wrote at `*pos`, advancing it.
  Status ReadFrom(std::string_view in, size_t* pos);

 private:
  // Per name key: 8 fold bits per type.
  FlatMap<uint32_t> names_;
};

}  // namespace precis::ner

#endif  // PRECIS_ANALYZE_NER_GAZETTEER_H_
