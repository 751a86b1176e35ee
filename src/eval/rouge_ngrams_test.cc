// Copyright 2026 The precis Authors.

#include "eval/rouge_ngrams.h"

#include <map>
#include <random>
#include <vector>

#include "gtest/gtest.h"

namespace precis::rouge {
namespace {

using Ids = std::vector<uint32_t>;

TEST(RougeNgramsTest, PairTableGivesDenseStableIds) {
  PairTable t;
  EXPECT_EQ(t.Intern(1, 2), 0u);
  EXPECT_EQ(t.Intern(2, 1), 1u);
  EXPECT_EQ(t.Intern(1, 2), 0u);
  for (uint32_t i = 0; i < 20000; ++i) t.Intern(i, i * 7 + 3);  // grows
  EXPECT_EQ(t.Intern(1, 2), 0u);
  EXPECT_EQ(t.Intern(19999, 19999 * 7 + 3), t.size() - 1);
  t.Clear();
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.Intern(5, 5), 0u);
}

TEST(RougeNgramsTest, NgramsOfEachOrder) {
  PairTable t2, t3;
  const Ids tokens = {1, 2, 1, 2, 1};
  Ids bi, tri;
  ExtendNgrams(tokens, tokens, 2, &t2, &bi);
  EXPECT_EQ(bi, (Ids{0, 1, 0, 1}));  // "1 2", "2 1", "1 2", "2 1"
  ExtendNgrams(bi, tokens, 3, &t3, &tri);
  EXPECT_EQ(tri, (Ids{0, 1, 0}));
  ExtendNgrams(tri, Ids{1, 2}, 4, &t3, &tri);
  EXPECT_TRUE(tri.empty());
}

TEST(RougeNgramsTest, SkipBigramCounts) {
  PairTable t;
  Ids out;
  const Ids five = {1, 2, 3, 4, 5};
  SkipBigrams(five, -1, &t, &out);
  EXPECT_EQ(out.size(), 10u);  // C(5, 2)
  SkipBigrams(five, 0, &t, &out);
  EXPECT_EQ(out.size(), 4u);  // plain bigrams
  SkipBigrams(five, 1, &t, &out);
  EXPECT_EQ(out.size(), 7u);
  SkipBigrams(five, 4, &t, &out);
  EXPECT_EQ(out.size(), 10u);
  SkipBigrams(Ids{1}, 4, &t, &out);
  EXPECT_TRUE(out.empty());
}

TEST(RougeNgramsTest, OverlapIsTheClippedCount) {
  std::mt19937 rng(3);
  std::uniform_int_distribution<uint32_t> tok(0, 6);
  OverlapCounter counter;
  for (int trial = 0; trial < 500; ++trial) {
    Ids a(rng() % 15), b(rng() % 15);
    for (auto& x : a) x = tok(rng);
    for (auto& x : b) x = tok(rng);
    std::map<uint32_t, int> ca, cb;
    for (auto x : a) ++ca[x];
    for (auto x : b) ++cb[x];
    uint64_t want = 0;
    for (auto [x, n] : ca) want += std::min(n, cb[x]);
    ASSERT_EQ(counter.Overlap(a, b), want);
    ASSERT_EQ(counter.Overlap(b, a), want);
  }
}

}  // namespace
}  // namespace precis::rouge
