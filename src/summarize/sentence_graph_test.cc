// Copyright 2026 The precis Authors.

#include "summarize/sentence_graph.h"

#include <algorithm>
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

// Random unit vectors over `terms` terms, a few terms each, some terms
// much more frequent than others (as words are).
std::vector<SparseVector> RandomUnitVectors(size_t n, uint32_t terms,
                                            uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<SparseVector> v(n);
  for (SparseVector& x : v) {
    std::vector<uint32_t> ids;
    const size_t k = 1 + rng() % 8;
    for (size_t i = 0; i < k; ++i) {
      // Squaring a uniform draw favours low ids: frequent terms.
      const double u = std::uniform_real_distribution<>(0, 1)(rng);
      ids.push_back(static_cast<uint32_t>(u * u * terms));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (uint32_t t : ids) x.entries.emplace_back(t, 0.05f + (rng() % 100) / 40.f);
    x.Normalize();
  }
  return v;
}

TEST(SimilarityIndexTest, CandidatesHoldEveryVectorReachingTheThreshold) {
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    const auto v = RandomUnitVectors(150, 30, seed);
    const SimilarityIndex index(v);
    std::vector<uint32_t> candidates;
    size_t pruned = 0;
    for (const double threshold : {0.1, 0.5, 0.7, 0.95}) {
      for (uint32_t q = 0; q < v.size(); ++q) {
        index.Candidates(v[q], threshold, &candidates);
        ASSERT_TRUE(std::is_sorted(candidates.begin(), candidates.end()));
        ASSERT_EQ(std::adjacent_find(candidates.begin(), candidates.end()),
                  candidates.end());
        for (uint32_t j = 0; j < v.size(); ++j) {
          const bool candidate = std::binary_search(
              candidates.begin(), candidates.end(), j);
          if (v[q].Dot(v[j]) >= threshold - 1e-6) {
            EXPECT_TRUE(candidate) << seed << " " << q << " " << j;
          }
          pruned += !candidate;
        }
      }
    }
    EXPECT_GT(pruned, 0u) << "the filter never ruled anything out";
  }
}

TEST(SimilarityIndexTest, IndexesASubsetByPosition) {
  const auto v = RandomUnitVectors(80, 20, 7);
  std::vector<uint32_t> ids;
  for (uint32_t i = 0; i < v.size(); i += 3) ids.push_back(i);
  const SimilarityIndex index(v, ids);
  std::vector<uint32_t> candidates;
  for (uint32_t q = 0; q < v.size(); ++q) {
    index.Candidates(v[q], 0.5, &candidates);
    for (uint32_t item : candidates) ASSERT_LT(item, ids.size());
    for (uint32_t k = 0; k < ids.size(); ++k) {
      if (v[q].Dot(v[ids[k]]) >= 0.5) {
        EXPECT_TRUE(std::binary_search(candidates.begin(), candidates.end(),
                                       k));
      }
    }
  }
  // A query of terms no indexed vector holds has no candidates, unless the
  // threshold is so low that a dot product of 0 reaches it.
  SparseVector stranger;
  stranger.entries = {{1000, 1.0f}};
  index.Candidates(stranger, 0.1, &candidates);
  EXPECT_TRUE(candidates.empty());
  index.Candidates(stranger, 0, &candidates);
  EXPECT_EQ(candidates.size(), ids.size());
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
