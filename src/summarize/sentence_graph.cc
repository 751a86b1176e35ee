// Copyright 2026 The precis Authors.

#include "summarize/sentence_graph.h"

#include <algorithm>
#include <tuple>

namespace precis {

std::vector<uint32_t> CandidateSentences(const SelectionInput& in, size_t cap) {
  const auto& sentences = in.corpus.sentences();
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    if (in.eligible[i] && !in.vectors[i].entries.empty()) out.push_back(i);
  }
  if (out.size() <= cap) return out;
  auto lead_order = [&](uint32_t a, uint32_t b) {
    return std::tuple(sentences[a].position, sentences[a].article, a) <
           std::tuple(sentences[b].position, sentences[b].article, b);
  };
  std::nth_element(out.begin(), out.begin() + cap, out.end(), lead_order);
  out.resize(cap);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::vector<Neighbor>> SimilarityGraph(
    std::span<const SparseVector> vectors) {
  // postings[t]: (node, weight) of every node holding term t, by node.
  uint32_t max_term = 0;
  for (const SparseVector& v : vectors) {
    if (!v.entries.empty()) {
      max_term = std::max(max_term, v.entries.back().first + 1);
    }
  }
  std::vector<uint32_t> starts(max_term + 1, 0);
  for (const SparseVector& v : vectors) {
    for (const auto& e : v.entries) ++starts[e.first + 1];
  }
  for (uint32_t t = 0; t < max_term; ++t) starts[t + 1] += starts[t];
  std::vector<Neighbor> postings(starts.back());
  std::vector<uint32_t> fill(starts.begin(), starts.end() - 1);
  for (uint32_t k = 0; k < vectors.size(); ++k) {
    for (const auto& [t, w] : vectors[k].entries) postings[fill[t]++] = {k, w};
  }

  std::vector<std::vector<Neighbor>> graph(vectors.size());
  std::vector<double> acc(vectors.size(), 0);
  std::vector<uint32_t> touched;
  for (uint32_t k = 0; k < vectors.size(); ++k) {
    touched.clear();
    for (const auto& [t, w] : vectors[k].entries) {
      for (uint32_t p = starts[t]; p < starts[t + 1]; ++p) {
        const Neighbor& n = postings[p];
        if (n.node == k) continue;
        if (acc[n.node] == 0) touched.push_back(n.node);
        acc[n.node] += double{w} * n.weight;
      }
    }
    std::sort(touched.begin(), touched.end());
    auto& row = graph[k];
    row.reserve(touched.size());
    for (uint32_t j : touched) {
      if (acc[j] > 0) row.push_back({j, static_cast<float>(acc[j])});
      acc[j] = 0;
    }
  }
  return graph;
}

SimilarityIndex::SimilarityIndex(std::span<const SparseVector> vectors,
                                 std::span<const uint32_t> ids) {
  const size_t n = ids.empty() ? vectors.size() : ids.size();
  size_ = static_cast<uint32_t>(n);
  auto vector_of = [&](size_t k) -> const SparseVector& {
    return ids.empty() ? vectors[k] : vectors[ids[k]];
  };
  uint32_t terms = 0;
  for (size_t k = 0; k < n; ++k) {
    const auto& e = vector_of(k).entries;
    if (!e.empty()) terms = std::max(terms, e.back().first + 1);
  }
  begin_.assign(terms + 1, 0);
  max_weight_.assign(terms, 0);
  for (size_t k = 0; k < n; ++k) {
    for (const auto& [t, w] : vector_of(k).entries) {
      ++begin_[t + 1];
      max_weight_[t] = std::max(max_weight_[t], w);
    }
  }
  for (uint32_t t = 0; t < terms; ++t) begin_[t + 1] += begin_[t];
  items_.resize(begin_.back());
  std::vector<uint32_t> fill(begin_.begin(), begin_.end() - 1);
  for (size_t k = 0; k < n; ++k) {
    for (const auto& e : vector_of(k).entries) {
      items_[fill[e.first]++] = static_cast<uint32_t>(k);
    }
  }
}

void SimilarityIndex::Candidates(const SparseVector& query, double threshold,
                                 std::vector<uint32_t>* out) const {
  out->clear();
  const double skip_below = threshold - 1e-6;
  if (skip_below <= 0) {  // vectors sharing no term qualify too
    for (uint32_t k = 0; k < size_; ++k) out->push_back(k);
    return;
  }
  struct Term {
    uint32_t postings, term;
    double bound;  // query weight x maxw
  };
  thread_local std::vector<Term> terms;
  terms.clear();
  const auto indexed = static_cast<uint32_t>(max_weight_.size());
  for (const auto& [t, w] : query.entries) {
    if (t >= indexed || begin_[t] == begin_[t + 1]) continue;
    terms.push_back({begin_[t + 1] - begin_[t], t,
                     double{w} * max_weight_[t]});
  }
  std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
    return a.postings != b.postings ? a.postings > b.postings
                                    : a.term < b.term;
  });
  double skipped = 0;
  size_t k = 0;
  while (k < terms.size() && skipped + terms[k].bound < skip_below) {
    skipped += terms[k++].bound;
  }
  for (; k < terms.size(); ++k) {
    const uint32_t t = terms[k].term;
    out->insert(out->end(), items_.begin() + begin_[t],
                items_.begin() + begin_[t + 1]);
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

bool IsRedundant(const SelectionInput& in, uint32_t i,
                 std::span<const uint32_t> chosen) {
  return std::any_of(chosen.begin(), chosen.end(), [&](uint32_t j) {
    return in.vectors[i].Dot(in.vectors[j]) >= in.redundancy;
  });
}

}  // namespace precis
