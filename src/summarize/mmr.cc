// Copyright 2026 The precis Authors.
//
// Maximal Marginal Relevance (Carbonell and Goldstein, "The use of MMR,
// diversity-based reranking for reordering documents and producing
// summaries", SIGIR 1998). Sentences are chosen one at a time by
//   MMR = argmax_{D_i in R \ S} [ lambda Sim1(D_i, Q)
//                                 - (1 - lambda) max_{D_j in S} Sim2(D_i, D_j)
//                                 ],
// with lambda = 0.7. For generic multi-document summarization there is no
// user query: Q is the cluster's centroid, the normalized sum of the unit
// tf-idf vectors of all its sentences, and both similarities are tf-idf
// cosines. A sentence that does not fit the remaining budget, or whose cosine
// with a chosen one reaches the redundancy threshold, is skipped.
//
// Cost: each choice updates every candidate's maximum similarity to the
// summary with one sparse dot product, so selection is O(candidates x chosen).

#include "summarize/mmr.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "summarize/sentence_graph.h"

namespace precis {
namespace {

// The centroid direction: sum of all sentence vectors, as a dense array.
std::vector<double> Centroid(const SelectionInput& in) {
  std::vector<double> q(in.corpus.vocabulary().size(), 0);
  for (const SparseVector& v : in.vectors) {
    for (const auto& [t, w] : v.entries) q[t] += w;
  }
  double norm = 0;
  for (double x : q) norm += x * x;
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (double& x : q) x /= norm;
  }
  return q;
}

class MmrMethod : public Method {
 public:
  explicit MmrMethod(const MmrOptions& options) : options_(options) {}

  Selection Select(const SelectionInput& in) const override {
    const auto& sentences = in.corpus.sentences();
    const std::vector<uint32_t> pool =
        CandidateSentences(in, options_.max_candidates);
    const std::vector<double> q = Centroid(in);
    std::vector<double> relevance(pool.size()), closest(pool.size(), 0);
    for (size_t k = 0; k < pool.size(); ++k) {
      for (const auto& [t, w] : in.vectors[pool[k]].entries) {
        relevance[k] += w * q[t];
      }
    }
    std::vector<bool> open(pool.size(), true);
    const double lambda = options_.lambda;
    Selection out;
    size_t used = 0;
    while (true) {
      size_t best = pool.size();
      double best_score = -std::numeric_limits<double>::infinity();
      for (size_t k = 0; k < pool.size(); ++k) {
        if (!open[k]) continue;
        const size_t cost = SentenceCost(sentences[pool[k]], in.budget.unit);
        if (!Fits(used, cost, in.budget) || closest[k] >= in.redundancy) {
          open[k] = false;  // never fits or is redundant again
          continue;
        }
        const double mmr = lambda * relevance[k] - (1 - lambda) * closest[k];
        if (mmr > best_score) best = k, best_score = mmr;
      }
      if (best == pool.size()) break;
      const uint32_t i = pool[best];
      open[best] = false;
      out.sentences.push_back(i);
      out.scores.push_back(best_score);
      used += SentenceCost(sentences[i], in.budget.unit);
      for (size_t k = 0; k < pool.size(); ++k) {
        if (open[k]) {
          closest[k] =
              std::max(closest[k], in.vectors[pool[k]].Dot(in.vectors[i]));
        }
      }
    }
    return out;
  }

 private:
  MmrOptions options_;
};

}  // namespace

std::unique_ptr<Method> NewMmrMethod(const MmrOptions& options) {
  return std::make_unique<MmrMethod>(options);
}

}  // namespace precis
