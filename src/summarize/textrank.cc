// Copyright 2026 The precis Authors.
//
// TextRank for sentence extraction (Mihalcea and Tarau, "TextRank: Bringing
// order into texts", EMNLP 2004, section 4). Sentences are nodes of an
// undirected graph; two sentences are joined with the weight
//   Similarity(S_i, S_j) = |{w : w in S_i and w in S_j}| /
//                          (log |S_i| + log |S_j|),
// and the score is weighted PageRank,
//   WS(V_i) = (1 - d) + d * sum_j w_ji / (sum_k w_jk) * WS(V_j),
// with d = 0.85, iterated from 1 until no node changes by more than 1e-4.
// The best sentences then fill the budget (GreedySelect, which also skips
// near-duplicates).
//
// Choices the paper leaves open: words are the content terms (stop words
// removed, stemmed), counted once each in the overlap; |S| counts their
// occurrences; a pair whose denominator is not positive (two one-word
// sentences) gets no edge. Nodes are the eligible sentences with content
// terms, at most TextRankOptions::max_nodes of them.

#include "summarize/textrank.h"

#include <cmath>

#include "summarize/sentence_graph.h"

namespace precis {
namespace {

class TextRankMethod : public Method {
 public:
  explicit TextRankMethod(const TextRankOptions& options) : options_(options) {}

  Selection Select(const SelectionInput& in) const override {
    return GreedySelect(in, TextRankScores(in, options_));
  }

 private:
  TextRankOptions options_;
};

// The edge weights of the paper's overlap similarity, from the graph of
// binary term vectors (whose dot products are the overlaps).
std::vector<std::vector<Neighbor>> OverlapGraph(
    const SelectionInput& in, const std::vector<uint32_t>& nodes) {
  std::vector<SparseVector> sets(nodes.size());
  std::vector<double> log_length(nodes.size());
  for (size_t k = 0; k < nodes.size(); ++k) {
    const CorpusSentence& s = in.corpus.sentences()[nodes[k]];
    sets[k] = CountVector(in.corpus.Terms(s));
    for (auto& e : sets[k].entries) e.second = 1;
    log_length[k] = std::log(static_cast<double>(s.terms_end - s.terms_begin));
  }
  std::vector<std::vector<Neighbor>> graph = SimilarityGraph(sets);
  for (size_t k = 0; k < graph.size(); ++k) {
    auto& row = graph[k];
    size_t kept = 0;
    for (const Neighbor& n : row) {
      const double denominator = log_length[k] + log_length[n.node];
      if (denominator <= 0) continue;
      row[kept++] = {n.node, static_cast<float>(n.weight / denominator)};
    }
    row.resize(kept);
  }
  return graph;
}

}  // namespace

std::vector<double> TextRankScores(const SelectionInput& in,
                                   const TextRankOptions& options) {
  const std::vector<uint32_t> nodes = CandidateSentences(in, options.max_nodes);
  const std::vector<std::vector<Neighbor>> graph = OverlapGraph(in, nodes);
  const size_t n = nodes.size();
  std::vector<double> out_weight(n, 0);
  for (size_t k = 0; k < n; ++k) {
    for (const Neighbor& e : graph[k]) out_weight[k] += e.weight;
  }
  const double d = options.damping;
  std::vector<double> ws(n, 1.0), next(n);
  for (int round = 0; round < options.max_iterations; ++round) {
    double change = 0;
    for (size_t k = 0; k < n; ++k) {
      double in_flow = 0;  // the graph is symmetric: in-edges = out-edges
      for (const Neighbor& e : graph[k]) {
        in_flow += e.weight / out_weight[e.node] * ws[e.node];
      }
      next[k] = (1 - d) + d * in_flow;
      change = std::max(change, std::abs(next[k] - ws[k]));
    }
    ws.swap(next);
    if (change < options.tolerance) break;
  }
  std::vector<double> score(in.corpus.sentences().size(), 0);
  for (size_t k = 0; k < n; ++k) score[nodes[k]] = ws[k];
  return score;
}

std::unique_ptr<Method> NewTextRankMethod(const TextRankOptions& options) {
  return std::make_unique<TextRankMethod>(options);
}

}  // namespace precis
