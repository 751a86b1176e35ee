// Copyright 2026 The precis Authors.

#include "summarize/sentence_graph.h"

#include <random>

#include "gtest/gtest.h"
#include "summarize/method_testing.h"

namespace precis {
namespace {

using testing::DamStory;
using testing::MethodInput;

TEST(SimilarityGraphTest, MatchesAllPairsDotProducts) {
  std::mt19937 rng(42);
  std::vector<SparseVector> v(60);
  for (SparseVector& x : v) {
    for (uint32_t t = 0; t < 40; ++t) {
      if (rng() % 6 == 0)
        x.entries.emplace_back(t, 0.1f + (rng() % 100) / 50.f);
    }
  }
  const auto graph = SimilarityGraph(v);
  ASSERT_EQ(graph.size(), v.size());
  for (uint32_t a = 0; a < v.size(); ++a) {
    std::vector<Neighbor> expected;
    for (uint32_t b = 0; b < v.size(); ++b) {
      const double d = v[a].Dot(v[b]);
      if (a != b && d > 0) expected.push_back({b, static_cast<float>(d)});
    }
    ASSERT_EQ(graph[a].size(), expected.size()) << a;
    for (size_t k = 0; k < expected.size(); ++k) {
      EXPECT_EQ(graph[a][k].node, expected[k].node);
      EXPECT_NEAR(graph[a][k].weight, expected[k].weight, 1e-5);
    }
  }
  EXPECT_TRUE(SimilarityGraph({}).empty());
}

TEST(CandidateSentencesTest, EligibleWithTermsAndCappedInLeadOrder) {
  MethodInput input(DamStory());
  const auto in = input.In();
  const auto all = CandidateSentences(in, SIZE_MAX);
  EXPECT_EQ(all.size(), 12u);  // every sentence of the story
  const auto capped = CandidateSentences(in, 5);
  ASSERT_EQ(capped.size(), 5u);
  // The four first sentences, then the second sentence of article 0.
  for (uint32_t i : capped) {
    const auto& s = input.corpus().sentences()[i];
    EXPECT_TRUE(s.position == 0 || (s.position == 1 && s.article == 0)) << i;
  }
  EXPECT_TRUE(std::is_sorted(capped.begin(), capped.end()));
}

TEST(FitsTest, NeverOverflows) {
  const Budget b{Budget::Unit::kWords, 10};
  EXPECT_TRUE(Fits(4, 6, b));
  EXPECT_FALSE(Fits(5, 6, b));
  EXPECT_FALSE(Fits(0, 11, b));
  EXPECT_FALSE(Fits(SIZE_MAX, 1, b));
  EXPECT_TRUE(Fits(SIZE_MAX - 1, 1, {Budget::Unit::kWords, SIZE_MAX}));
}

}  // namespace
}  // namespace precis
