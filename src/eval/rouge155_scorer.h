// Copyright 2026 The precis Authors.
//
// ROUGE-1.5.5's scores of one candidate against its references.

#ifndef PRECIS_EVAL_ROUGE155_SCORER_H_
#define PRECIS_EVAL_ROUGE155_SCORER_H_

#include <span>
#include <string_view>
#include <vector>

#include "eval/rouge155_text.h"
#include "eval/rouge_lcs.h"
#include "eval/rouge_ngrams.h"
#include "eval/rouge_tokenize.h"
#include "precis/rouge.h"

namespace precis::rouge {

// ROUGE-1.5.5's way of rounding: sprintf("%7.5f"), read back.
double Round5(double x);

// Scores as ROUGE-1.5.5 does. Not thread-safe.
class Rouge155Scorer {
 public:
  explicit Rouge155Scorer(const RougeOptions& options);

  RougeScores Score(std::string_view candidate,
                    std::span<const std::string_view> references);

 private:
  // A summary as the script reads it, with its n-gram and skip-bigram ids.
  struct Summary {
    TokenSeq joined;     // readText's tokens, as one sentence
    TokenSeq sentences;  // readText_LCS's tokens
    std::vector<std::vector<uint32_t>> ngrams;  // [n] for n = 1..max_n
    std::vector<uint32_t> skip_bigrams;
  };
  // Hits and counts pooled over the references (-f A), or of the best (-f B).
  struct Pool {
    double hits = 0, ref_count = 0, cand_count = 0;
    double best = -1;
    void Add(RougeCombine combine, double score, double h, double r, double c);
  };

  void Prepare(std::string_view text, Summary* s);
  void Compare(const Summary& ref, const Summary& cand,
               std::vector<Pool>* pools);
  RougeValue Finish(const Pool& pool, bool weighted) const;
  double LcsHits(const Summary& ref, const Summary& cand, bool weighted);

  RougeOptions options_;
  TokenMapper mapper_;
  Rouge155Text reader_;
  std::string scratch_;
  std::vector<PairTable> tables_;  // [n]: n-grams of order n (2: also skips)
  OverlapCounter overlap_;
  LcsWorkspace lcs_;
  std::vector<int32_t> ref_counts_, cand_counts_;
  Summary cand_;
  std::vector<Summary> refs_;
  std::vector<std::string> names_;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE155_SCORER_H_
