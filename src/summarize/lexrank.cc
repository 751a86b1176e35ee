// Copyright 2026 The precis Authors.
//
// Continuous LexRank (Erkan and Radev, "LexRank: Graph-based lexical
// centrality as salience in text summarization", JAIR 22, 2004, section 3.3
// and Algorithm 3). Sentences are nodes; the edge between s and t weighs
// idf-modified-cosine(s, t), i.e. the cosine of their tf-idf vectors, with no
// threshold. Rows are divided by their sums (the node degrees) and the score
// vector is the stationary distribution of
//   p = d/N + (1 - d) M^T p,
// found by power iteration, with the jump probability d = 0.15. The
// redundancy-aware greedy of GreedySelect (MEAD's cosine reranker, as the
// paper used) then fills the budget by descending score.
//
// Departure, in cost only: the N x N matrix is never built. With unit vectors
// v_i, degree_i = v_i . sum_j v_j and (M^T p)_j = v_j . sum_i (p_i/degree_i)
// v_i, so every iteration is two passes over the term occurrences, the same
// numbers in linear rather than quadratic time; clusters with tens of
// thousands of sentences need no sparsification. The nodes are the eligible
// sentences with at least one content term (headlines and fragments neither
// get chosen nor vote).

#include "summarize/lexrank.h"

#include <cmath>

#include "summarize/sentence_graph.h"

namespace precis {
namespace {

// sum_k weight[k] * vectors[nodes[k]], densely over term ids.
void Accumulate(const SelectionInput& in, const std::vector<uint32_t>& nodes,
                const std::vector<double>& weight, std::vector<double>* out) {
  std::fill(out->begin(), out->end(), 0.0);
  for (size_t k = 0; k < nodes.size(); ++k) {
    for (const auto& [t, w] : in.vectors[nodes[k]].entries) {
      (*out)[t] += weight[k] * w;
    }
  }
}

double DotDense(const SparseVector& v, const std::vector<double>& dense) {
  double s = 0;
  for (const auto& [t, w] : v.entries) s += w * dense[t];
  return s;
}

class LexRankMethod : public Method {
 public:
  explicit LexRankMethod(const LexRankOptions& options) : options_(options) {}

  Selection Select(const SelectionInput& in) const override {
    return GreedySelect(in, LexRankScores(in, options_));
  }

 private:
  LexRankOptions options_;
};

}  // namespace

std::vector<double> LexRankScores(const SelectionInput& in,
                                  const LexRankOptions& options) {
  const std::vector<uint32_t> nodes = CandidateSentences(in, SIZE_MAX);
  std::vector<double> score(in.corpus.sentences().size(), 0);
  const size_t n = nodes.size();
  if (n == 0) return score;
  const double self = options.self_loops ? 0.0 : 1.0;  // removed from sums

  std::vector<double> dense(in.corpus.vocabulary().size(), 0);
  std::vector<double> degree(n), p(n, 1.0 / n), next(n), weight(n, 1.0);
  Accumulate(in, nodes, weight, &dense);
  for (size_t k = 0; k < n; ++k) {
    degree[k] = DotDense(in.vectors[nodes[k]], dense) - self;
  }
  const double d = options.jump;
  for (int round = 0; round < options.max_iterations; ++round) {
    // Mass of nodes without edges (possible only without self-loops) jumps
    // uniformly, as in PageRank's handling of dangling nodes.
    double dangling = 0;
    for (size_t k = 0; k < n; ++k) {
      const bool isolated = degree[k] <= 1e-12;
      weight[k] = isolated ? 0.0 : p[k] / degree[k];
      if (isolated) dangling += p[k];
    }
    Accumulate(in, nodes, weight, &dense);
    double change = 0;
    for (size_t k = 0; k < n; ++k) {
      const double flow =
          DotDense(in.vectors[nodes[k]], dense) - self * weight[k];
      next[k] = d / n + (1 - d) * (flow + dangling / n);
      change += std::abs(next[k] - p[k]);
    }
    p.swap(next);
    if (change < options.tolerance) break;
  }
  for (size_t k = 0; k < n; ++k) score[nodes[k]] = p[k] * n;
  return score;
}

std::unique_ptr<Method> NewLexRankMethod(const LexRankOptions& options) {
  return std::make_unique<LexRankMethod>(options);
}

}  // namespace precis
