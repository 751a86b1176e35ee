// Copyright 2026 The precis Authors.
//
// The public ROUGE API: behaviour beyond the golden values.

#include "precis/rouge.h"

#include <random>

#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

RougeOptions Rouge155(const char* s) {
  auto o = ParseRouge155Options(s);
  EXPECT_TRUE(o.ok()) << s;
  return *o;
}

TEST(RougeTest, NamesInTheScriptsOrder) {
  RougeScorer scorer(Rouge155("-n 2 -w 1.2 -2 4 -U"));
  const RougeScores s = scorer.Score("a b c", "a b c");
  std::vector<std::string> names;
  for (const auto& m : s) names.push_back(m.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"ROUGE-1", "ROUGE-2", "ROUGE-L",
                                      "ROUGE-W-1.2", "ROUGE-S4", "ROUGE-SU4"}));
  for (const auto& m : s) {
    if (m.name == "ROUGE-W-1.2") continue;
    EXPECT_DOUBLE_EQ(m.value.f, 1.0) << m.name;
  }
  // The script raises the reference count to the weight twice, so ROUGE-W
  // recall stays below 1 even for identical texts: (3^1.2 / 3^1.44)^(1/1.2).
  EXPECT_DOUBLE_EQ(s[3].value.precision, 1.0);
  EXPECT_DOUBLE_EQ(s[3].value.recall, 0.80274);
}

TEST(RougeTest, EmptyOrNoReferenceScoresZero) {
  for (RougeStyle style : {RougeStyle::kRouge155, RougeStyle::kRougeScore}) {
    RougeOptions o;
    o.style = style;
    RougeScorer scorer(o);
    for (const auto& m : scorer.Score("", "The mayor resigned.")) {
      EXPECT_EQ(m.value.f, 0) << m.name;
    }
    for (const auto& m :
         scorer.Score("The mayor resigned.", std::span<const std::string>())) {
      EXPECT_EQ(m.value.recall, 0) << m.name;
    }
  }
}

TEST(RougeTest, AverageAndBestOfSeveralReferences) {
  const std::vector<std::string> refs = {"the cat sat on the mat",
                                         "a dog ran in the park"};
  const std::string cand = "the cat sat in the park";
  RougeScorer average(Rouge155("-n 1"));
  RougeScorer best(Rouge155("-n 1 -f B"));
  // -f A pools: (4 + 3) hits over 12 reference tokens.
  EXPECT_DOUBLE_EQ(average.Score(cand, refs)[0].value.recall, 0.58333);
  // -f B keeps the reference with the best recall: 4 of 6.
  EXPECT_DOUBLE_EQ(best.Score(cand, refs)[0].value.recall, 0.66667);
}

TEST(RougeTest, ReusedScorerMatchesFreshOne) {
  std::mt19937 rng(11);
  const RougeOptions o = Rouge155("-c 95 -2 4 -U -r 1000 -n 4 -w 1.2 -a -m -s");
  RougeScorer reused(o);
  for (int i = 0; i < 50; ++i) {
    const std::string cand = testing::RandomJunk(rng, 200);
    const std::vector<std::string> refs = {testing::RandomJunk(rng, 300),
                                           testing::RandomJunk(rng, 100)};
    const RougeScores a = reused.Score(cand, refs);
    const RougeScores b = ScoreRouge(cand, refs, o);
    ASSERT_EQ(a.size(), b.size());
    for (size_t k = 0; k < a.size(); ++k) {
      EXPECT_EQ(a[k].value.f, b[k].value.f) << a[k].name;
      EXPECT_GE(a[k].value.f, 0);
      EXPECT_LE(a[k].value.f, 1);
    }
  }
}

TEST(RougeTest, JunkNeverBreaksEitherStyle) {
  std::mt19937 rng(5);
  RougeOptions score_style;
  score_style.style = RougeStyle::kRougeScore;
  score_style.summary_lcs = true;
  score_style.stem = true;
  RougeScorer a(score_style);
  RougeScorer b(Rouge155("-n 4 -m -b 75 -2 -1 -U -w 1.5 -f B"));
  for (int i = 0; i < 200; ++i) {
    const std::string cand = testing::RandomJunk(rng, rng() % 400);
    const std::string ref = testing::RandomJunk(rng, rng() % 400);
    for (auto* s : {&a, &b}) {
      for (const auto& m : s->Score(cand, ref)) {
        EXPECT_GE(m.value.recall, 0);
        EXPECT_LE(m.value.recall, 1);
      }
    }
  }
}

TEST(RougeTest, RougeLIsNeverAboveRouge1) {
  // The clipping of ROUGE-1.5.5 1.4.1 keeps summary-level LCS hits within
  // the unigram overlap.
  RougeScorer scorer(Rouge155("-n 1"));
  const RougeScores s = scorer.Score("a b a b\nb a b a", "a b\nb a\na b");
  EXPECT_LE(s[1].value.recall, s[0].value.recall);
}

}  // namespace
}  // namespace precis
