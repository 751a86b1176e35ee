// Copyright 2026 The precis Authors.

#include "analyze/perceptron.h"

#include <map>
#include <random>
#include <vector>

#include "gtest/gtest.h"

namespace precis {
namespace {

// The accumulator trick against its definition: the average of the weight
// vectors before the first example and after each one.
TEST(PerceptronTest, AveragingMatchesTheNaiveAverage) {
  constexpr int kClasses = 3;
  AveragedPerceptron p(kClasses);
  std::map<uint64_t, std::vector<double>> w, sum;  // naive bookkeeping
  std::mt19937_64 rng(11);
  const int kExamples = 500;
  for (int e = 0; e < kExamples; ++e) {
    std::vector<uint64_t> keys;
    for (int k = 0; k < 3; ++k) keys.push_back(1 + rng() % 20);
    const int gold = int(rng() % kClasses), predicted = int(rng() % kClasses);
    p.Update(keys, gold, predicted);
    p.Tick();
    if (gold != predicted) {
      for (uint64_t k : keys) {
        auto& v = w.try_emplace(k, kClasses, 0.0).first->second;
        v[gold] += 1;
        v[predicted] -= 1;
      }
    }
    for (auto& [k, v] : w) {
      auto& s = sum.try_emplace(k, kClasses, 0.0).first->second;
      for (int c = 0; c < kClasses; ++c) s[c] += v[c];
    }
  }
  size_t seen = 0;
  p.ForEachAveraged([&](uint64_t key, const float* avg) {
    ++seen;
    for (int c = 0; c < kClasses; ++c) {
      EXPECT_NEAR(avg[c], sum.at(key)[c] / (kExamples + 1), 1e-4);
    }
  });
  EXPECT_EQ(seen, w.size());
  EXPECT_EQ(p.features(), w.size());
}

// A separable problem: the class is given by one of three indicator
// features; a bias feature fires always.
TEST(PerceptronTest, LearnsASeparableProblem) {
  AveragedPerceptron p(3);
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int c = 0; c < 3; ++c) {
      const std::vector<uint64_t> keys = {100, uint64_t(c + 1)};
      float scores[3] = {};
      p.Score(keys, scores);
      const int predicted = int(std::max_element(scores, scores + 3) - scores);
      p.Update(keys, c, predicted);
      p.Tick();
    }
  }
  for (int c = 0; c < 3; ++c) {
    const std::vector<uint64_t> keys = {100, uint64_t(c + 1), 999};
    float scores[3] = {};
    p.Score(keys, scores);
    EXPECT_EQ(std::max_element(scores, scores + 3) - scores, c);
  }
  // No update when right; unknown keys score nothing.
  const size_t n = p.features();
  p.Update(std::vector<uint64_t>{555}, 1, 1);
  EXPECT_EQ(p.features(), n);
  float zero[3] = {};
  p.Score(std::vector<uint64_t>{555}, zero);
  EXPECT_EQ(zero[0], 0.0f);
}

}  // namespace
}  // namespace precis
