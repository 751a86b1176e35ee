// Copyright 2026 The precis Authors.
//
// Helpers the selection methods share: which sentences compete (bounded, so
// that quadratic methods stay fast on clusters of thousands of sentences),
// the sparse similarity graph between them, and the redundancy test.

#ifndef PRECIS_SUMMARIZE_SENTENCE_GRAPH_H_
#define PRECIS_SUMMARIZE_SENTENCE_GRAPH_H_

#include <cstdint>
#include <span>
#include <vector>

#include "represent/sparse_vector.h"
#include "summarize/method.h"

namespace precis {

// Eligible sentences with at least one content term, ascending. When there
// are more than `cap`, keeps the `cap` that come first in lead order (by
// position in their article, then by article): on huge clusters the opening
// sentences of every article compete, the tails do not.
std::vector<uint32_t> CandidateSentences(const SelectionInput& in, size_t cap);

struct Neighbor {
  uint32_t node;  // index into the node list the graph was built from
  float weight;   // dot product, > 0
};

// For each node k (vectors[k]), the other nodes whose vector has a positive
// dot product with it, ascending by node, self excluded. Built through an
// inverted index: time is the sum over terms of the squared number of nodes
// holding the term, not n² dot products.
std::vector<std::vector<Neighbor>> SimilarityGraph(
    std::span<const SparseVector> vectors);

// A candidate filter for similarity joins over sparse vectors with non-
// negative weights: for a query, the indexed vectors whose dot product with
// it can reach a threshold. This is the prefix filtering of Chaudhuri,
// Ganti and Kaushik ("A primitive operator for similarity joins in data
// cleaning", ICDE 2006) with the weight bound of Bayardo, Ma and Srikant
// ("Scaling up all pairs similarity search", WWW 2007): with maxw(t) the
// largest weight of term t among the indexed vectors, the query's terms are
// skipped, those with the longest postings first, while the sum of
// query weight x maxw over the skipped terms stays below the threshold. A
// vector that shares none of the other terms has a dot product below the
// threshold, so the postings of the others hold every vector that reaches
// it. Candidates still need their dot product computed.
class SimilarityIndex {
 public:
  // Indexes vectors[ids[k]] as item k; with `ids` empty, every vector, item
  // k being vectors[k]. Keeps no reference to `vectors`.
  explicit SimilarityIndex(std::span<const SparseVector> vectors,
                           std::span<const uint32_t> ids = {});

  // Sets *out to the items that may have a dot product of at least
  // `threshold` (minus 1e-6, so that a product rounded up to the threshold
  // as a float is not lost) with `query`, ascending, each once. A threshold
  // that low rules nothing out: every item.
  void Candidates(const SparseVector& query, double threshold,
                  std::vector<uint32_t>* out) const;

 private:
  std::vector<uint32_t> begin_;     // per term + 1: offsets into items_
  std::vector<uint32_t> items_;     // postings, by term
  std::vector<float> max_weight_;   // per term
  uint32_t size_ = 0;               // items
};

// Whether sentence `i` says the same as one of `chosen`: tf-idf cosine of at
// least in.redundancy (SummarizeOptions::redundancy).
bool IsRedundant(const SelectionInput& in, uint32_t i,
                 std::span<const uint32_t> chosen);

// Whether a sentence costing `cost` fits in what is left after `used`.
inline bool Fits(size_t used, size_t cost, const Budget& budget) {
  return cost <= budget.amount && used <= budget.amount - cost;
}

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_SENTENCE_GRAPH_H_
