// Copyright 2026 The precis Authors.
//
// Longest common subsequences on token ids, for ROUGE-L and ROUGE-W: the
// plain length, and the summary-level "union LCS" hit counts of ROUGE-1.5.5
// and rouge-score, which mark the tokens of each reference sentence that lie
// on an LCS path with some candidate sentence and clip them by unigram counts.

#ifndef PRECIS_EVAL_ROUGE_LCS_H_
#define PRECIS_EVAL_ROUGE_LCS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "eval/rouge_tokenize.h"

namespace precis::rouge {

// Scratch memory reused across calls; one per thread.
class LcsWorkspace {
 public:
  // The length of an LCS of `a` and `b`: O(|a|·|b|) time, two rolling rows.
  size_t Length(std::span<const uint32_t> a, std::span<const uint32_t> b);

  // Sets mask[i] for each token ref[i] on the LCS path from the end of the DP
  // table back to its start, taking the diagonal on a match, else going up
  // (dropping a ref token) when that keeps at least as long an LCS, else
  // left: the path both reference implementations follow.
  // REQUIRES: mask.size() == ref.size().
  void MarkLcs(std::span<const uint32_t> ref, std::span<const uint32_t> cand,
               std::span<char> mask);

  // The same for ROUGE-W's weighted LCS, where a run of k consecutive matches
  // is worth k^weight (ROUGE-1.5.5's wlcs_inner).
  void MarkWeightedLcs(std::span<const uint32_t> ref,
                       std::span<const uint32_t> cand, double weight,
                       std::span<char> mask);

  // Summary-level hits: for each reference sentence, the union of its LCS
  // marks against every candidate sentence, counted in order while both
  // unigram counts (by token id) stay positive, each hit decrementing both.
  // `ref_counts` and `cand_counts` are consumed.
  uint64_t UnionLcsHits(const TokenSeq& ref, const TokenSeq& cand,
                        std::span<int32_t> ref_counts,
                        std::span<int32_t> cand_counts);

  // ROUGE-1.5.5's weighted variant: the same marks from MarkWeightedLcs, each
  // run of consecutive marked, counted tokens adding run^weight.
  double UnionWeightedLcsHits(const TokenSeq& ref, const TokenSeq& cand,
                              double weight, std::span<int32_t> ref_counts,
                              std::span<int32_t> cand_counts);

 private:
  void Backtrack(size_t m, size_t n, std::span<char> mask) const;

  std::vector<uint32_t> row_a_, row_b_;
  std::vector<double> wrow_a_, wrow_b_;
  std::vector<uint32_t> run_a_, run_b_;
  std::vector<uint8_t> moves_;  // (m+1) x (n+1) backtracking moves
  std::vector<char> mask_;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_LCS_H_
