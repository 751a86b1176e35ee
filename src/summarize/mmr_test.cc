// Copyright 2026 The precis Authors.

#include "summarize/mmr.h"

#include <cmath>

#include "gtest/gtest.h"
#include "summarize/method_testing.h"

namespace precis {
namespace {

using testing::DamStory;
using testing::ExpectValidSelection;
using testing::MethodInput;

// Two near-identical sentences about the dam, most central; the others
// differ from them and from each other.
std::vector<std::string> EchoStory() {
  return {
      "The Korvel dam spillway opened on Tuesday after heavy rain raised the "
      "reservoir level.",
      "The Korvel dam spillway opened on Tuesday after heavy rain raised the "
      "reservoir level sharply.",
      "Farmers below the Korvel dam moved cattle after heavy rain flooded the "
      "pastures.",
      "The governor promised emergency funds for villages along the reservoir "
      "shore.",
  };
}

// Cosine of each sentence with the normalized sum of all sentence vectors.
std::vector<double> Relevance(const MethodInput& input) {
  std::vector<double> dense(input.corpus().vocabulary().size(), 0);
  for (const SparseVector& v : input.vectors()) {
    for (const auto& [t, w] : v.entries) dense[t] += w;
  }
  double norm = 0;
  for (double x : dense) norm += x * x;
  for (double& x : dense) x /= std::sqrt(norm);
  std::vector<double> out;
  for (const SparseVector& v : input.vectors()) {
    double dot = 0;
    for (const auto& [t, w] : v.entries) dot += w * dense[t];
    out.push_back(dot);
  }
  return out;
}

TEST(MmrTest, LambdaOneIsPureRelevanceOrder) {
  MethodInput input(DamStory());
  MmrOptions options;
  options.lambda = 1;
  const Selection s = NewMmrMethod(options)->Select(
      input.In({Budget::Unit::kSentences, 100}, 1.01));
  const auto relevance = Relevance(input);
  ASSERT_GE(s.sentences.size(), 5u);
  for (size_t k = 1; k < s.sentences.size(); ++k) {
    EXPECT_GE(relevance[s.sentences[k - 1]], relevance[s.sentences[k]]);
  }
}

TEST(MmrTest, NoveltyTermSkipsTheEchoEvenWithoutAThreshold) {
  MethodInput input(EchoStory());
  const auto in = input.In({Budget::Unit::kSentences, 2}, 1.01);
  MmrOptions relevance_only;
  relevance_only.lambda = 1;
  const Selection pure = NewMmrMethod(relevance_only)->Select(in);
  ASSERT_EQ(pure.sentences.size(), 2u);
  EXPECT_EQ(input.Text(pure.sentences[0]).substr(0, 30),
            input.Text(pure.sentences[1]).substr(0, 30));  // the echo pair

  const Selection mmr = NewMmrMethod()->Select(in);  // lambda 0.7
  ASSERT_EQ(mmr.sentences.size(), 2u);
  EXPECT_EQ(mmr.sentences[0], pure.sentences[0]);
  EXPECT_NE(input.Text(mmr.sentences[1]).substr(0, 30),
            input.Text(mmr.sentences[0]).substr(0, 30));
  // The score is lambda * relevance - (1 - lambda) * max similarity.
  const auto relevance = Relevance(input);
  const double sim =
      input.vectors()[mmr.sentences[1]].Dot(input.vectors()[mmr.sentences[0]]);
  EXPECT_NEAR(mmr.scores[1], 0.7 * relevance[mmr.sentences[1]] - 0.3 * sim,
              1e-6);
}

TEST(MmrTest, BudgetsRedundancyAndDeterminism) {
  MethodInput input(DamStory());
  const auto method = NewMmrMethod();
  for (Budget b :
       {Budget{Budget::Unit::kWords, 45}, Budget{Budget::Unit::kBytes, 260},
        Budget{Budget::Unit::kSentences, 4}}) {
    const Selection s = method->Select(input.In(b));
    ExpectValidSelection(input.In(b), s);
    EXPECT_FALSE(s.sentences.empty());
    EXPECT_EQ(input.Joined(s), input.Joined(method->Select(input.In(b))));
  }
  EXPECT_TRUE(
      method->Select(input.In({Budget::Unit::kWords, 2})).sentences.empty());
}

}  // namespace
}  // namespace precis
