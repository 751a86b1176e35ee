// Copyright 2026 The precis Authors.
//
// ROUGE-L and ROUGE-W as defined by C.-Y. Lin, "ROUGE: A Package for
// Automatic Evaluation of Summaries" (ACL workshop, 2004), sections 3 and 4,
// with the summary-level union LCS and the unigram clipping that ROUGE-1.5.5
// (since 1.4.1) and rouge-score apply. Lengths use two rolling DP rows; the
// marking keeps one byte of backtracking move per cell, in a buffer reused
// from call to call.

#include "eval/rouge_lcs.h"

#include <algorithm>
#include <cmath>

namespace precis::rouge {
namespace {

enum Move : uint8_t { kDiagonal = 0, kUp = 1, kLeft = 2 };

}  // namespace

size_t LcsWorkspace::Length(std::span<const uint32_t> a,
                            std::span<const uint32_t> b) {
  if (a.empty() || b.empty()) return 0;
  row_a_.assign(b.size() + 1, 0);
  row_b_.assign(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    const uint32_t* up = row_a_.data();
    uint32_t* cur = row_b_.data();
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] =
          a[i - 1] == b[j - 1] ? up[j - 1] + 1 : std::max(up[j], cur[j - 1]);
    }
    row_a_.swap(row_b_);
  }
  return row_a_[b.size()];
}

void LcsWorkspace::MarkLcs(std::span<const uint32_t> ref,
                           std::span<const uint32_t> cand,
                           std::span<char> mask) {
  const size_t m = ref.size(), n = cand.size();
  if (m == 0 || n == 0) return;
  row_a_.assign(n + 1, 0);
  row_b_.assign(n + 1, 0);
  moves_.resize((m + 1) * (n + 1));
  for (size_t i = 1; i <= m; ++i) {
    const uint32_t* up = row_a_.data();
    uint32_t* cur = row_b_.data();
    uint8_t* move = moves_.data() + i * (n + 1);
    for (size_t j = 1; j <= n; ++j) {
      if (ref[i - 1] == cand[j - 1]) {
        cur[j] = up[j - 1] + 1;
        move[j] = kDiagonal;
      } else if (up[j] >= cur[j - 1]) {
        cur[j] = up[j];
        move[j] = kUp;
      } else {
        cur[j] = cur[j - 1];
        move[j] = kLeft;
      }
    }
    row_a_.swap(row_b_);
  }
  Backtrack(m, n, mask);
}

void LcsWorkspace::MarkWeightedLcs(std::span<const uint32_t> ref,
                                   std::span<const uint32_t> cand,
                                   double weight, std::span<char> mask) {
  const size_t m = ref.size(), n = cand.size();
  if (m == 0 || n == 0) return;
  wrow_a_.assign(n + 1, 0.0);
  wrow_b_.assign(n + 1, 0.0);
  run_a_.assign(n + 1, 0);
  run_b_.assign(n + 1, 0);
  moves_.resize((m + 1) * (n + 1));
  for (size_t i = 1; i <= m; ++i) {
    const double* up = wrow_a_.data();
    double* cur = wrow_b_.data();
    const uint32_t* up_run = run_a_.data();
    uint32_t* cur_run = run_b_.data();
    uint8_t* move = moves_.data() + i * (n + 1);
    for (size_t j = 1; j <= n; ++j) {
      if (ref[i - 1] == cand[j - 1]) {
        const double k = up_run[j - 1];
        // As ROUGE-1.5.5 adds it, so that ties break the same way.
        cur[j] = up[j - 1] + std::pow(k + 1, weight) - std::pow(k, weight);
        cur_run[j] = up_run[j - 1] + 1;
        move[j] = kDiagonal;
      } else if (up[j] >= cur[j - 1]) {
        cur[j] = up[j];
        cur_run[j] = 0;
        move[j] = kUp;
      } else {
        cur[j] = cur[j - 1];
        cur_run[j] = 0;
        move[j] = kLeft;
      }
    }
    wrow_a_.swap(wrow_b_);
    run_a_.swap(run_b_);
  }
  Backtrack(m, n, mask);
}

void LcsWorkspace::Backtrack(size_t i, size_t j, std::span<char> mask) const {
  const size_t stride = j + 1;
  while (i != 0 && j != 0) {
    switch (moves_[i * stride + j]) {
      case kDiagonal:
        --i, --j;
        mask[i] = 1;
        break;
      case kUp:
        --i;
        break;
      default:
        --j;
        break;
    }
  }
}

uint64_t LcsWorkspace::UnionLcsHits(const TokenSeq& ref, const TokenSeq& cand,
                                    std::span<int32_t> ref_counts,
                                    std::span<int32_t> cand_counts) {
  uint64_t hits = 0;
  for (size_t r = 0; r < ref.sentences(); ++r) {
    const auto sentence = ref.Sentence(r);
    mask_.assign(sentence.size(), 0);
    for (size_t c = 0; c < cand.sentences(); ++c) {
      MarkLcs(sentence, cand.Sentence(c), mask_);
    }
    for (size_t k = 0; k < sentence.size(); ++k) {
      const uint32_t t = sentence[k];
      if (mask_[k] && ref_counts[t] > 0 && cand_counts[t] > 0) {
        --ref_counts[t];
        --cand_counts[t];
        ++hits;
      }
    }
  }
  return hits;
}

double LcsWorkspace::UnionWeightedLcsHits(const TokenSeq& ref,
                                          const TokenSeq& cand, double weight,
                                          std::span<int32_t> ref_counts,
                                          std::span<int32_t> cand_counts) {
  double hits = 0;
  for (size_t r = 0; r < ref.sentences(); ++r) {
    const auto sentence = ref.Sentence(r);
    mask_.assign(sentence.size(), 0);
    for (size_t c = 0; c < cand.sentences(); ++c) {
      MarkWeightedLcs(sentence, cand.Sentence(c), weight, mask_);
    }
    // A run ends at a token whose successor is unmarked, or at the end; a
    // marked token that fails the clip neither extends nor ends it.
    uint32_t run = 0;
    for (size_t k = 0; k < sentence.size(); ++k) {
      const uint32_t t = sentence[k];
      if (!mask_[k] || ref_counts[t] <= 0 || cand_counts[t] <= 0) continue;
      ++run;
      if (k + 1 == sentence.size() || !mask_[k + 1]) {
        hits += std::pow(static_cast<double>(run), weight);
        run = 0;
      }
      --ref_counts[t];
      --cand_counts[t];
    }
  }
  return hits;
}

}  // namespace precis::rouge
