// Copyright 2026 The precis Authors.
//
// The scores of Google's rouge-score package (v0.1.2) for one candidate.

#ifndef PRECIS_EVAL_ROUGE_SCORE_STYLE_H_
#define PRECIS_EVAL_ROUGE_SCORE_STYLE_H_

#include <span>
#include <string_view>
#include <vector>

#include "eval/rouge_lcs.h"
#include "eval/rouge_ngrams.h"
#include "eval/rouge_tokenize.h"
#include "precis/rouge.h"

namespace precis::rouge {

// Scores as rouge-score's RougeScorer does, taking for each metric the
// reference with the best F (the first on ties), as its score_multi does.
// Not thread-safe.
class RougeScoreStyleScorer {
 public:
  explicit RougeScoreStyleScorer(const RougeOptions& options);

  RougeScores Score(std::string_view candidate,
                    std::span<const std::string_view> references);

 private:
  struct Text {
    std::vector<uint32_t> tokens;
    TokenSeq lines;  // rougeLsum's newline-separated sentences
    std::vector<std::vector<uint32_t>> ngrams;  // [n] for n = 2..max_n
  };

  void Prepare(std::string_view text, Text* t);
  void Compare(const Text& ref, const Text& cand, RougeScores* out);
  RougeValue SummaryLcs(const Text& ref, const Text& cand);

  RougeOptions options_;
  TokenMapper mapper_;
  std::string scratch_;
  std::vector<PairTable> tables_;
  OverlapCounter overlap_;
  LcsWorkspace lcs_;
  std::vector<int32_t> ref_counts_, cand_counts_;
  Text cand_, ref_;
  std::vector<std::string> names_;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_SCORE_STYLE_H_
