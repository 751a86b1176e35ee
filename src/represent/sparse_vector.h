// Copyright 2026 The precis Authors.
//
// Sparse term vectors and the tf-idf weighting of a cluster's sentences.

#ifndef PRECIS_REPRESENT_SPARSE_VECTOR_H_
#define PRECIS_REPRESENT_SPARSE_VECTOR_H_

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "represent/corpus.h"

namespace precis {

// Entries sorted by term id, no duplicates, no zero weights.
struct SparseVector {
  std::vector<std::pair<uint32_t, float>> entries;

  double Norm() const;
  // Scales to unit length (no-op for the zero vector).
  void Normalize();
  double Dot(const SparseVector& other) const;
};

// Cosine similarity; 0 when either vector is zero.
double Cosine(const SparseVector& a, const SparseVector& b);

// Term counts of `terms` (unsorted ids, repeats allowed) as a vector, each
// count multiplied by weights[id] when weights is not empty.
SparseVector CountVector(std::span<const uint32_t> terms,
                         std::span<const double> weights = {});

// Inverse document frequency of every vocabulary term, with the cluster's
// sentences as documents: log(N / df). Terms in every sentence get 0.
std::vector<double> SentenceIdf(const Corpus& corpus);

// Number of articles each vocabulary term appears in.
std::vector<uint32_t> ArticleFrequency(const Corpus& corpus);

// One unit-length tf-idf vector per corpus sentence, in corpus order.
std::vector<SparseVector> SentenceVectors(const Corpus& corpus,
                                          std::span<const double> idf);

}  // namespace precis

#endif  // PRECIS_REPRESENT_SPARSE_VECTOR_H_
