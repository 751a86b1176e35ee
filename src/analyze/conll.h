// Copyright 2026 The precis Authors.
//
// The CoNLL-2003 named-entity data (Tjong Kim Sang & De Meulder 2003): one
// token a line with its columns (word first, NER tag last), blank lines
// between sentences, "-DOCSTART-" lines between documents; and its scoring
// as conlleval.pl does it: an entity counts as correct only when its span
// and its type both match, precision, recall and F1 pooled over entities.

#ifndef PRECIS_ANALYZE_CONLL_H_
#define PRECIS_ANALYZE_CONLL_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/entities.h"
#include "precis/status.h"

namespace precis::conll {

// A run of tokens [begin, end) of one document with an entity type.
struct Chunk {
  uint32_t begin = 0, end = 0;
  EntityType type = EntityType::kPerson;
  friend bool operator==(const Chunk&, const Chunk&) = default;
};

struct Document {
  std::vector<std::string_view> words;  // views into Corpus::text
  std::vector<std::string_view> tags;   // the last column, as written
  // Token index where each sentence begins, in order; sentence s ends where
  // s + 1 begins (or at words.size()).
  std::vector<uint32_t> sentences;
  // The gold entities, read from the tags with conlleval's rules.
  std::vector<Chunk> entities;

  uint32_t SentenceEnd(size_t s) const {
    return s + 1 < sentences.size() ? sentences[s + 1] : words.size();
  }
};

struct Corpus {
  std::string text;  // the file's bytes; Document views point into it
  std::vector<Document> documents;
  size_t tokens() const;
};

// Parses the data. Every line is blank, "-DOCSTART-..." or has at least two
// white-space separated columns; the tags are O or [BIESLU]-TYPE with TYPE
// one of PER, ORG, LOC, MISC. Text without -DOCSTART- is one document.
// Fails with BadInput naming `name` and the line.
Result<Corpus> Parse(std::string text, const std::string& name);
Result<Corpus> ReadCorpus(const std::string& path);

// The entities of one sentence's tags (O, B-X, I-X, E-X/L-X, S-X/U-X) as
// conlleval reads them: IOB1, IOB2 and IOBES/BILOU all work, and an ill-
// formed sequence is read the way conlleval reads it. Token offsets are
// relative to the sentence plus `base`. Tags of unknown types end a chunk
// and start none. Appends to *out.
void ChunksFromTags(std::span<const std::string_view> tags, uint32_t base,
                    std::vector<Chunk>* out);

// conlleval's counts, per type and pooled.
struct Scores {
  std::array<size_t, kNumEntityTypes> gold{}, predicted{}, correct{};

  // Adds the scores of one document's (or sentence's) predictions. Chunks
  // need not be sorted.
  void Add(std::span<const Chunk> gold_chunks,
           std::span<const Chunk> predicted_chunks);
  size_t Gold() const;
  size_t Predicted() const;
  size_t Correct() const;
  // In [0, 1]; 0 when undefined.
  double Precision() const;
  double Recall() const;
  double F1() const;
  double Precision(EntityType t) const;
  double Recall(EntityType t) const;
  double F1(EntityType t) const;
  // A conlleval-like table: one line per type and one for all, P R F1 in
  // percent with two decimals.
  std::string Table() const;
};

}  // namespace precis::conll

#endif  // PRECIS_ANALYZE_CONLL_H_
