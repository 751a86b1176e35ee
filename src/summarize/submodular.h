// Copyright 2026 The precis Authors.
//
// Submodular selection: saturated coverage plus a diversity reward, budgeted
// greedy.

#ifndef PRECIS_SUMMARIZE_SUBMODULAR_H_
#define PRECIS_SUMMARIZE_SUBMODULAR_H_

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "represent/sparse_vector.h"
#include "summarize/method.h"

namespace precis {

struct SubmodularOptions {
  double saturation = 10;         // a in alpha = a / N: a sentence counts as
                                  // covered once the summary gives it a times
                                  // its average similarity to the cluster
  double diversity = 6;           // lambda, the weight of the reward R(S)
  double cost_scaling = 0.3;      // r: gains are divided by cost^r
  double cluster_fraction = 0.2;  // K = this * N clusters for R(S)
  size_t max_clusters = 200;      // and never more than this
  size_t max_candidates = 1500;   // larger clusters: the sentences first in
                                  // lead order compete (CandidateSentences)
};

// Spherical k-means of unit vectors into at most `k` clusters, deterministic
// (k-means++ seeding from a pinned generator, ties to the lower index).
// Returns each vector's cluster id, all below the returned cluster count.
std::vector<uint32_t> SphericalKMeans(std::span<const SparseVector> vectors,
                                      size_t k, int max_iterations = 10);

std::unique_ptr<Method> NewSubmodularMethod(
    const SubmodularOptions& options = {});

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_SUBMODULAR_H_
