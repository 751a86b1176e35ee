// Copyright 2026 The precis Authors.
//
// LexRank: sentence centrality in the cosine similarity graph.

#ifndef PRECIS_SUMMARIZE_LEXRANK_H_
#define PRECIS_SUMMARIZE_LEXRANK_H_

#include <memory>
#include <vector>

#include "summarize/method.h"

namespace precis {

struct LexRankOptions {
  double jump = 0.15;        // the paper's d: probability of a random jump
  double tolerance = 1e-7;   // stop when the L1 change falls below this
  int max_iterations = 200;  // and in any case after this many rounds
  bool self_loops = true;    // the paper's matrix keeps cos(s, s) = 1
};

// Continuous LexRank scores of every corpus sentence, summing to the number
// of graph nodes (eligible sentences with content terms); 0 for the others.
// Linear in the number of term occurrences per iteration.
std::vector<double> LexRankScores(const SelectionInput& in,
                                  const LexRankOptions& options = {});

std::unique_ptr<Method> NewLexRankMethod(const LexRankOptions& options = {});

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_LEXRANK_H_
