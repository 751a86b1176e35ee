// Copyright 2026 The precis Authors.

#include "represent/sparse_vector.h"

#include <cmath>
#include <vector>

#include "gtest/gtest.h"

namespace precis {
namespace {

TEST(SparseVectorTest, CountVectorSortsAndCounts) {
  const std::vector<uint32_t> terms = {5, 1, 5, 3, 5};
  const SparseVector v = CountVector(terms);
  ASSERT_EQ(v.entries.size(), 3u);
  EXPECT_EQ(v.entries[0], (std::pair<uint32_t, float>{1, 1}));
  EXPECT_EQ(v.entries[2], (std::pair<uint32_t, float>{5, 3}));
}

TEST(SparseVectorTest, WeightsScaleAndZeroWeightsDrop) {
  const std::vector<uint32_t> terms = {0, 1, 1};
  const std::vector<double> w = {0.0, 2.0};
  const SparseVector v = CountVector(terms, w);
  ASSERT_EQ(v.entries.size(), 1u);
  EXPECT_FLOAT_EQ(v.entries[0].second, 4.0f);
}

// Brute-force cosine over dense vectors: the oracle.
double DenseCosine(const std::vector<double>& a, const std::vector<double>& b) {
  double d = 0, na = 0, nb = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    d += a[i] * b[i], na += a[i] * a[i], nb += b[i] * b[i];
  }
  return na == 0 || nb == 0 ? 0 : d / std::sqrt(na * nb);
}

TEST(SparseVectorTest, CosineMatchesDenseOracle) {
  uint32_t seed = 7;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 200; ++round) {
    std::vector<uint32_t> ta, tb;
    std::vector<double> da(20, 0), db(20, 0);
    for (int i = 0; i < 8; ++i) {
      const uint32_t x = (next() >> 8) % 20, y = (next() >> 8) % 20;
      ta.push_back(x), da[x] += 1;
      tb.push_back(y), db[y] += 1;
    }
    EXPECT_NEAR(Cosine(CountVector(ta), CountVector(tb)), DenseCosine(da, db),
                1e-6);
  }
  EXPECT_EQ(Cosine(SparseVector{}, CountVector(std::vector<uint32_t>{1})), 0);
}

}  // namespace
}  // namespace precis
