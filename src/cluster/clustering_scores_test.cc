// Copyright 2026 The precis Authors.

#include "cluster/clustering_scores.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(ClusteringScores, PerfectClustering) {
  const auto s = ScoreClustering({"x", "x", "y"}, {"a", "a", "b"});
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 1.0);
  EXPECT_DOUBLE_EQ(s.pairwise_f1, 1.0);
  EXPECT_EQ(s.predicted_clusters, 2u);
  EXPECT_EQ(s.gold_clusters, 2u);
}

// Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}. By hand:
// BCubed P = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15;
// BCubed R = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15;
// pairs together: {1,2} {4,5} = 2; predicted pairs 1 + 3 = 4; gold 3 + 1 = 4.
TEST(ClusteringScores, HandComputed) {
  const auto s =
      ScoreClustering({"p", "p", "q", "q", "q"}, {"a", "a", "a", "b", "b"});
  EXPECT_NEAR(s.bcubed_precision, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed_recall, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed_f1, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.pairwise_precision, 0.5, 1e-12);
  EXPECT_NEAR(s.pairwise_recall, 0.5, 1e-12);
}

// Every item alone: BCubed P = 1, R = (1/2 + 1/2 + 1) / 3 = 2/3; no pair
// predicted: pairwise P = 1 by convention, R = 0.
TEST(ClusteringScores, Singletons) {
  const auto s = ScoreClustering({"1", "2", "3"}, {"a", "a", "b"});
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 1.0);
  EXPECT_NEAR(s.bcubed_recall, 2.0 / 3, 1e-12);
  EXPECT_NEAR(s.bcubed_f1, 0.8, 1e-12);
  EXPECT_DOUBLE_EQ(s.pairwise_precision, 1.0);
  EXPECT_DOUBLE_EQ(s.pairwise_recall, 0.0);
  EXPECT_DOUBLE_EQ(s.pairwise_f1, 0.0);
}

// All in one: BCubed P = (2/3 + 2/3 + 1/3) / 3 = 5/9, R = 1.
TEST(ClusteringScores, OneCluster) {
  const auto s = ScoreClustering({"x", "x", "x"}, {"a", "a", "b"});
  EXPECT_NEAR(s.bcubed_precision, 5.0 / 9, 1e-12);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 1.0);
  EXPECT_NEAR(s.pairwise_precision, 1.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(s.pairwise_recall, 1.0);
}

TEST(ClusteringScores, Empty) {
  const auto s = ScoreClustering({}, {});
  EXPECT_EQ(s.items, 0u);
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 0.0);
}

}  // namespace
}  // namespace precis
