// Copyright 2026 The precis Authors.

#include "eval/rouge_lcs.h"

#include <random>
#include <vector>

#include "gtest/gtest.h"

namespace precis::rouge {
namespace {

using Ids = std::vector<uint32_t>;

// The oracle: the longest common subsequence by trying every subset of `a`.
size_t BruteForceLcs(const Ids& a, const Ids& b) {
  size_t best = 0;
  for (uint32_t set = 0; set < (1u << a.size()); ++set) {
    size_t j = 0, len = 0;
    bool ok = true;
    for (size_t i = 0; i < a.size() && ok; ++i) {
      if (!(set >> i & 1)) continue;
      while (j < b.size() && b[j] != a[i]) ++j;
      if (j == b.size()) ok = false;
      ++j, ++len;
    }
    if (ok) best = std::max(best, len);
  }
  return best;
}

Ids RandomIds(std::mt19937& rng, size_t max_len, uint32_t alphabet) {
  std::uniform_int_distribution<size_t> len(0, max_len);
  std::uniform_int_distribution<uint32_t> tok(0, alphabet - 1);
  Ids ids(len(rng));
  for (auto& t : ids) t = tok(rng);
  return ids;
}

TEST(RougeLcsTest, LengthAndMarksAgreeWithBruteForce) {
  std::mt19937 rng(7);
  LcsWorkspace ws;
  for (int trial = 0; trial < 2000; ++trial) {
    const Ids a = RandomIds(rng, 10, 4), b = RandomIds(rng, 12, 4);
    const size_t want = BruteForceLcs(a, b);
    ASSERT_EQ(ws.Length(a, b), want);
    // The marked tokens of `a` are a common subsequence of that length.
    std::vector<char> mask(a.size(), 0);
    ws.MarkLcs(a, b, mask);
    Ids marked;
    for (size_t i = 0; i < a.size(); ++i) {
      if (mask[i]) marked.push_back(a[i]);
    }
    ASSERT_EQ(marked.size(), want);
    ASSERT_EQ(BruteForceLcs(marked, b), want);
  }
}

TEST(RougeLcsTest, TiesGoUpFirst) {
  // ref "a b", cand "b a": both tokens are an LCS of length 1; going up on
  // ties drops ref tokens from the end first, so "a" is the one marked.
  LcsWorkspace ws;
  const Ids ref = {1, 2}, cand = {2, 1};
  std::vector<char> mask(2, 0);
  ws.MarkLcs(ref, cand, mask);
  EXPECT_EQ(mask[0], 1);
  EXPECT_EQ(mask[1], 0);
}

TokenSeq Seq(std::initializer_list<Ids> sentences) {
  TokenSeq s;
  for (const Ids& ids : sentences) {
    s.ids.insert(s.ids.end(), ids.begin(), ids.end());
    s.EndSentence();
  }
  return s;
}

TEST(RougeLcsTest, UnionLcsOfTheRougePaper) {
  // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8,
  // c2 = w1 w3 w8 w9 w5: the union LCS is w1 w2 w3 w5, 4 hits.
  const TokenSeq ref = Seq({{1, 2, 3, 4, 5}});
  const TokenSeq cand = Seq({{1, 2, 6, 7, 8}, {1, 3, 8, 9, 5}});
  std::vector<int32_t> rc(10, 0), cc(10, 0);
  for (uint32_t t : ref.ids) ++rc[t];
  for (uint32_t t : cand.ids) ++cc[t];
  LcsWorkspace ws;
  EXPECT_EQ(ws.UnionLcsHits(ref, cand, rc, cc), 4u);
}

TEST(RougeLcsTest, UnionHitsAreClippedByUnigramCounts) {
  // Two reference sentences both match the one "a" of the candidate: only
  // the first gets the hit.
  const TokenSeq ref = Seq({{1}, {1}});
  const TokenSeq cand = Seq({{1, 2}});
  std::vector<int32_t> rc = {0, 2, 0}, cc = {0, 1, 1};
  LcsWorkspace ws;
  EXPECT_EQ(ws.UnionLcsHits(ref, cand, rc, cc), 1u);
  EXPECT_EQ(cc[1], 0);
}

TEST(RougeLcsTest, WeightedHitsCountRunsOfTheReference) {
  // Lin (2004), section 3.3: X = A B C D E F G, Y1 = A B C D H I K,
  // Y2 = A H B K C I D. ROUGE-1.5.5 adds run^weight over runs of consecutive
  // marked *reference* tokens, so Y2's scattered matches of A B C D count as
  // one run of 4 too: 4^2 for both.
  const TokenSeq x = Seq({{1, 2, 3, 4, 5, 6, 7}});
  const TokenSeq y1 = Seq({{1, 2, 3, 4, 8, 9, 10}});
  const TokenSeq y2 = Seq({{1, 8, 2, 10, 3, 9, 4}});
  LcsWorkspace ws;
  std::vector<int32_t> rc(11, 1), cc(11, 1);
  EXPECT_DOUBLE_EQ(ws.UnionWeightedLcsHits(x, y1, 2.0, rc, cc), 16.0);
  std::vector<int32_t> rc2(11, 1), cc2(11, 1);
  EXPECT_DOUBLE_EQ(ws.UnionWeightedLcsHits(x, y2, 2.0, rc2, cc2), 16.0);
  // A gap in the reference splits the run: A B | C D -> 2^2 + 2^2.
  const TokenSeq gapped = Seq({{1, 2, 9, 3, 4}});
  const TokenSeq y = Seq({{1, 2, 3, 4}});
  std::vector<int32_t> rc3(11, 1), cc3(11, 1);
  EXPECT_DOUBLE_EQ(ws.UnionWeightedLcsHits(gapped, y, 2.0, rc3, cc3), 8.0);
}

TEST(RougeLcsTest, EmptyInputs) {
  LcsWorkspace ws;
  EXPECT_EQ(ws.Length({}, Ids{1, 2}), 0u);
  std::vector<char> mask;
  ws.MarkLcs({}, Ids{1}, mask);
  const TokenSeq empty;
  std::vector<int32_t> rc(3, 0), cc(3, 0);
  EXPECT_EQ(ws.UnionLcsHits(empty, Seq({{1}}), rc, cc), 0u);
}

}  // namespace
}  // namespace precis::rouge
