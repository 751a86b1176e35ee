// Copyright 2026 The precis Authors.

#include "summarize/submodular.h"

#include <cmath>
#include <set>

#include "gtest/gtest.h"
#include "summarize/method_testing.h"
#include "summarize/sentence_graph.h"

namespace precis {
namespace {

using testing::DamStory;
using testing::ExpectValidSelection;
using testing::MethodInput;

SparseVector Unit(std::vector<std::pair<uint32_t, float>> entries) {
  SparseVector v{std::move(entries)};
  v.Normalize();
  return v;
}

TEST(SphericalKMeansTest, SeparatesObviousGroupsDeterministically) {
  std::vector<SparseVector> v = {
      Unit({{0, 1}, {1, 1}}),
      Unit({{0, 1}, {1, 0.9f}}),
      Unit({{5, 1}, {6, 1}}),
      Unit({{5, 0.8f}, {6, 1}, {7, 0.1f}}),
      Unit({{10, 1}, {11, 1}}),
      Unit({{10, 1}, {11, 1.2f}}),
      Unit({{0, 1}, {1, 1}, {2, 0.1f}}),
  };
  const auto a = SphericalKMeans(v, 3);
  ASSERT_EQ(a.size(), v.size());
  EXPECT_EQ(a[0], a[1]);
  EXPECT_EQ(a[0], a[6]);
  EXPECT_EQ(a[2], a[3]);
  EXPECT_EQ(a[4], a[5]);
  EXPECT_EQ((std::set<uint32_t>{a[0], a[2], a[4]}).size(), 3u);
  EXPECT_EQ(a, SphericalKMeans(v, 3));
  // More clusters asked than distinct points: no empty ids beyond need.
  const auto b = SphericalKMeans(v, 50);
  for (uint32_t id : b) EXPECT_LT(id, v.size());
  EXPECT_TRUE(SphericalKMeans({}, 3).empty());
}

// The objective of Lin and Bilmes computed from scratch for a set S.
struct SlowObjective {
  std::vector<std::vector<double>> w;
  std::vector<uint32_t> part;
  SubmodularOptions o;

  double operator()(const std::vector<uint32_t>& s) const {
    const size_t n = w.size();
    double l = 0;
    for (size_t i = 0; i < n; ++i) {
      double ci = 0, cv = 0;
      for (uint32_t j : s) ci += w[i][j];
      for (size_t j = 0; j < n; ++j) cv += w[i][j];
      l += std::min(ci, o.saturation / n * cv);
    }
    std::vector<double> mass(n, 0);
    for (uint32_t j : s) {
      double r = 0;
      for (size_t i = 0; i < n; ++i) r += w[i][j];
      mass[part[j]] += r / n;
    }
    double r = 0;
    for (double m : mass) r += std::sqrt(m);
    return l + o.diversity * r;
  }
};

// The paper's Algorithm 1 without lazy evaluation, over pool indices.
std::vector<uint32_t> SlowGreedy(const SelectionInput& in,
                                 const std::vector<uint32_t>& pool,
                                 const SlowObjective& f) {
  std::vector<uint32_t> s, left(pool.size());
  for (uint32_t k = 0; k < pool.size(); ++k) left[k] = k;
  size_t used = 0;
  auto cost = [&](uint32_t k) {
    return SentenceCost(in.corpus.sentences()[pool[k]], in.budget.unit);
  };
  while (!left.empty()) {
    size_t best = 0;
    double best_key = -1;
    const double base = f(s);
    for (size_t m = 0; m < left.size(); ++m) {
      auto with = s;
      with.push_back(left[m]);
      const double key =
          (f(with) - base) / std::pow(std::max<double>(1, cost(left[m])), 0.3);
      if (key > best_key + 1e-12) best = m, best_key = key;
    }
    const uint32_t k = left[best];
    left.erase(left.begin() + best);
    std::vector<uint32_t> chosen;
    for (uint32_t x : s) chosen.push_back(pool[x]);
    if (Fits(used, cost(k), in.budget) && !IsRedundant(in, pool[k], chosen)) {
      s.push_back(k);
      used += cost(k);
    }
  }
  double best_single = f(s);
  std::vector<uint32_t> out = s;
  for (uint32_t k = 0; k < pool.size(); ++k) {
    if (Fits(0, cost(k), in.budget) && f({k}) > best_single + 1e-12) {
      best_single = f({k});
      out = {k};
    }
  }
  for (uint32_t& x : out) x = pool[x];
  return out;
}

TEST(SubmodularTest, LazyGreedyMatchesThePlainAlgorithm) {
  MethodInput input(DamStory());
  const SubmodularOptions o;
  for (Budget b :
       {Budget{Budget::Unit::kWords, 15}, Budget{Budget::Unit::kWords, 40},
        Budget{Budget::Unit::kWords, 80}, Budget{Budget::Unit::kBytes, 400}}) {
    const auto in = input.In(b);
    const auto pool = CandidateSentences(in, o.max_candidates);
    std::vector<SparseVector> local;
    for (uint32_t i : pool) local.push_back(in.vectors[i]);
    SlowObjective f;
    f.o = o;
    f.part = SphericalKMeans(
        local,
        std::max<size_t>(1, std::lround(o.cluster_fraction * pool.size())));
    f.w.assign(pool.size(), std::vector<double>(pool.size()));
    for (size_t a = 0; a < pool.size(); ++a) {
      for (size_t c = 0; c < pool.size(); ++c) {
        f.w[a][c] = a == c ? 1.0 : local[a].Dot(local[c]);
      }
    }
    const Selection s = NewSubmodularMethod(o)->Select(in);
    ExpectValidSelection(in, s);
    auto expected = SlowGreedy(in, pool, f);
    auto got = s.sentences;
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, expected) << "budget " << b.amount;
  }
}

TEST(SubmodularTest, CoversTheSharedStoryOnceAndIsDeterministic) {
  MethodInput input(DamStory());
  const auto method = NewSubmodularMethod();
  const Selection s = method->Select(input.In({Budget::Unit::kWords, 60}));
  ExpectValidSelection(input.In({Budget::Unit::kWords, 60}), s);
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_NE(input.Text(s.sentences[0]).find("Korvel dam"),
            std::string_view::npos);
  EXPECT_EQ(input.Joined(s),
            input.Joined(method->Select(input.In({Budget::Unit::kWords, 60}))));
  for (Budget b : {Budget{Budget::Unit::kSentences, 2},
                   Budget{Budget::Unit::kBytes, 200}}) {
    ExpectValidSelection(input.In(b), method->Select(input.In(b)));
  }
}

TEST(SubmodularTest, UnlimitedBudgetRanksEveryCandidate) {
  MethodInput input(DamStory());
  const auto in = input.In({Budget::Unit::kWords, SIZE_MAX}, 1.01);
  const Selection s = NewSubmodularMethod()->Select(in);
  EXPECT_EQ(s.sentences.size(), CandidateSentences(in, SIZE_MAX).size());
}

}  // namespace
}  // namespace precis
