// Copyright 2026 The precis Authors.
//
// N-gram and skip-bigram counting on token ids, for ROUGE-N and ROUGE-S.
// An n-gram gets a dense id from the pair (id of its first n-1 tokens, id of
// its last token), so n-grams of any order are exact 64-bit keys, and the
// clipped overlap of two texts is one pass over dense count arrays.

#ifndef PRECIS_EVAL_ROUGE_NGRAMS_H_
#define PRECIS_EVAL_ROUGE_NGRAMS_H_

#include <cstdint>
#include <span>
#include <vector>

namespace precis::rouge {

// Interns pairs of 32-bit ids to dense 32-bit ids: an open-addressing hash
// table with linear probing. Not thread-safe.
class PairTable {
 public:
  PairTable() { Clear(); }
  // The id of (a, b), adding it when new; ids are dense from 0.
  uint32_t Intern(uint32_t a, uint32_t b);
  size_t size() const { return size_; }
  // Forgets every pair, keeping the memory.
  void Clear();

 private:
  void Grow();

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t size_ = 0;
  size_t mask_ = 0;
};

// Ids of the n-grams of `tokens` in order (tokens.size() - n + 1 of them, or
// none), for n >= 2 given the ids of the (n-1)-grams of the same tokens.
void ExtendNgrams(std::span<const uint32_t> prev,
                  std::span<const uint32_t> tokens, int n, PairTable* table,
                  std::vector<uint32_t>* out);

// Ids of the skip-bigrams of `tokens` as ROUGE-1.5.5 counts them: every pair
// (i, j), i < j, at most `max_skip` tokens apart (j <= i + max_skip + 1), or
// any distance when max_skip < 0.
void SkipBigrams(std::span<const uint32_t> tokens, int max_skip,
                 PairTable* table, std::vector<uint32_t>* out);

// Counts the clipped overlap sum over x of min(count_a(x), count_b(x)) of two
// bags of dense ids. Keeps its count array between calls. Not thread-safe.
class OverlapCounter {
 public:
  uint64_t Overlap(std::span<const uint32_t> a, std::span<const uint32_t> b);

 private:
  std::vector<uint32_t> counts_;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_NGRAMS_H_
