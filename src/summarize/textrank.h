// Copyright 2026 The precis Authors.
//
// TextRank: weighted PageRank over a word-overlap sentence graph.

#ifndef PRECIS_SUMMARIZE_TEXTRANK_H_
#define PRECIS_SUMMARIZE_TEXTRANK_H_

#include <memory>
#include <vector>

#include "summarize/method.h"

namespace precis {

struct TextRankOptions {
  double damping = 0.85;     // the paper's d
  double tolerance = 1e-4;   // the paper's convergence threshold, per node
  int max_iterations = 200;  // and in any case after this many rounds
  size_t max_nodes = 2000;   // larger clusters: the sentences first in lead
                             // order (CandidateSentences); bounds the
                             // quadratic graph
};

// TextRank scores of every corpus sentence (PageRank values, 1 - d at the
// least for a graph node), 0 for sentences outside the graph.
std::vector<double> TextRankScores(const SelectionInput& in,
                                   const TextRankOptions& options = {});

std::unique_ptr<Method> NewTextRankMethod(const TextRankOptions& options = {});

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_TEXTRANK_H_
