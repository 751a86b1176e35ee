// Copyright 2026 The precis Authors.
//
// Scores of a clustering against a gold one: BCubed precision, recall and
// F1 (Bagga and Baldwin 1998; Amigo, Gonzalo, Artiles and Verdejo 2009,
// "A comparison of extrinsic clustering evaluation metrics based on formal
// constraints"), and pairwise precision, recall and F1 over the pairs of
// items put together.

#ifndef PRECIS_CLUSTER_CLUSTERING_SCORES_H_
#define PRECIS_CLUSTER_CLUSTERING_SCORES_H_

#include <cstddef>
#include <string>
#include <vector>

namespace precis {

struct ClusteringScores {
  double bcubed_precision = 0, bcubed_recall = 0, bcubed_f1 = 0;
  double pairwise_precision = 0, pairwise_recall = 0, pairwise_f1 = 0;
  size_t items = 0;             // items scored (in both clusterings)
  size_t predicted_clusters = 0, gold_clusters = 0;
  size_t missing = 0;           // gold items the prediction lacks
};

// `predicted[i]` and `gold[i]` are the cluster labels of item i. BCubed:
// for each item, precision is the share of its predicted cluster that
// shares its gold cluster, recall the share of its gold cluster that shares
// its predicted cluster, both averaged over items; F1 is the harmonic mean
// of the averages. Pairwise precision is 1 when no pair is predicted
// together, recall 1 when no gold pair exists. REQUIRES: equal sizes.
ClusteringScores ScoreClustering(const std::vector<std::string>& predicted,
                                 const std::vector<std::string>& gold);

}  // namespace precis

#endif  // PRECIS_CLUSTER_CLUSTERING_SCORES_H_
