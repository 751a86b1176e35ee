// Copyright 2026 The precis Authors.
//
// The named-entity model: quantized perceptron weights per feature key and
// the gazetteer, its file format, and greedy BILOU decoding.
//
// File format (version 2), all integers little-endian:
//   "precis-ner 2\n"                       magic and format version
//   u32 feature version (kFeatureVersion)
//   f32 scale: weight = stored / scale
//   u32 n, then n features sorted by key:
//     u64 key, u16 mask (bit t-1 for tag t = 1..16), one i16 per set bit
//   the gazetteer (Gazetteer::AppendTo)
//   the case lexicon (CaseLexicon::AppendTo)
// The O tag's weight is 0 for every feature: rows are stored minus their O
// weight, which changes no decision since every tag of a word shares the
// same features.

#ifndef PRECIS_ANALYZE_NER_MODEL_H_
#define PRECIS_ANALYZE_NER_MODEL_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/ner_features.h"
#include "analyze/ner_flat_map.h"
#include "analyze/ner_gazetteer.h"
#include "analyze/ner_lexicon.h"
#include "analyze/perceptron.h"
#include "precis/entities.h"
#include "precis/status.h"

namespace precis {

struct NerTagger::Model {
  static constexpr int kRow = ner::kNumTags - 1;  // weights of tags 1..16

  ner::Gazetteer gazetteer;
  ner::CaseLexicon lexicon;
  float scale = 1;
  ner::FlatMap<uint32_t> index;  // key -> row
  std::vector<int16_t> rows;     // kRow per row

  // The mean of the averaged weights of `perceptrons` (ner::kNumTags
  // classes each), quantized; features whose weights all round to zero are
  // dropped.
  static std::unique_ptr<Model> FromPerceptrons(
      std::span<const AveragedPerceptron> perceptrons, ner::Gazetteer gazetteer,
      ner::CaseLexicon lexicon);

  size_t features() const { return rows.size() / kRow; }
  std::string Serialize() const;
  static Result<std::unique_ptr<Model>> Parse(std::string_view bytes);

  // scores[t - 1] += weight of tag t, for t = 1..16, over `keys`.
  void Score(std::span<const uint64_t> keys, int32_t* scores) const {
    for (uint64_t k : keys) {
      const uint32_t* row = index.Find(k);
      if (row == nullptr) continue;
      const int16_t* w = &rows[size_t(*row) * kRow];
      for (int t = 0; t < kRow; ++t) scores[t] += w[t];
    }
  }
};

namespace ner {

// The beam NerTagger decodes with.
inline constexpr int kDefaultBeam = 4;

// Left-to-right beam search (beam 1: the greedy decoding of Ratinov &
// Roth 2009) over each sentence: each word takes a tag allowed after the
// previous one (CanFollow), the last one a tag that closes the sentence
// (CanEnd); a sequence scores the sum of its words' scores, and states with
// the same two last tags are recombined. The prediction history is updated
// after each sentence. REQUIRES: featurizer prepared for the document.
// Sets (*tags)[i] for every word; `keys` is scratch.
void Decode(const NerTagger::Model& model, Featurizer* featurizer, int beam,
            std::vector<uint64_t>* keys, std::vector<uint8_t>* tags);

// The entities of a tag sequence, as [begin, end) word ranges with types.
struct WordChunk {
  uint32_t begin, end;
  int type;
};
void ChunksOf(std::span<const uint8_t> tags, std::vector<WordChunk>* out);

}  // namespace ner
}  // namespace precis

#endif  // PRECIS_ANALYZE_NER_MODEL_H_
