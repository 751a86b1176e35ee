// Copyright 2026 The precis Authors.

#include "summarize/lexrank.h"

#include <chrono>
#include <cmath>

#include "gtest/gtest.h"
#include "summarize/method_testing.h"
#include "summarize/sentence_graph.h"

namespace precis {
namespace {

using testing::DamStory;
using testing::ExpectValidSelection;
using testing::MethodInput;

// The paper's Algorithm 3 as written: the dense cosine matrix, rows divided
// by their sums, power iteration on p = d/N + (1 - d) M^T p.
std::vector<double> DenseLexRank(const SelectionInput& in, bool self_loops) {
  const std::vector<uint32_t> nodes = CandidateSentences(in, SIZE_MAX);
  const size_t n = nodes.size();
  std::vector<std::vector<double>> m(n, std::vector<double>(n));
  for (size_t a = 0; a < n; ++a) {
    double row = 0;
    for (size_t b = 0; b < n; ++b) {
      m[a][b] = (a == b && !self_loops)
                    ? 0
                    : Cosine(in.vectors[nodes[a]], in.vectors[nodes[b]]);
      row += m[a][b];
    }
    for (size_t b = 0; b < n; ++b) m[a][b] = row > 0 ? m[a][b] / row : 1.0 / n;
  }
  std::vector<double> p(n, 1.0 / n), next(n);
  for (int round = 0; round < 1000; ++round) {
    for (size_t b = 0; b < n; ++b) {
      next[b] = 0.15 / n;
      for (size_t a = 0; a < n; ++a) next[b] += 0.85 * m[a][b] * p[a];
    }
    p.swap(next);
  }
  std::vector<double> score(in.corpus.sentences().size(), 0);
  for (size_t k = 0; k < n; ++k) score[nodes[k]] = p[k] * n;
  return score;
}

TEST(LexRankTest, MatchesTheDenseMatrixAlgorithm) {
  MethodInput input(DamStory());
  for (bool self_loops : {true, false}) {
    LexRankOptions options;
    options.self_loops = self_loops;
    options.tolerance = 1e-12;
    options.max_iterations = 1000;
    const auto fast = LexRankScores(input.In(), options);
    const auto slow = DenseLexRank(input.In(), self_loops);
    ASSERT_EQ(fast.size(), slow.size());
    for (size_t i = 0; i < fast.size(); ++i) {
      EXPECT_NEAR(fast[i], slow[i], 1e-5) << "sentence " << i;
    }
  }
}

TEST(LexRankTest, SentenceToldByThreeOutletsIsMostCentral) {
  MethodInput input(DamStory());
  const auto score = LexRankScores(input.In());
  const auto best = std::max_element(score.begin(), score.end());
  EXPECT_NE(input.Text(best - score.begin()).find("spillway"),
            std::string_view::npos)
      << input.Text(best - score.begin());
  // Only one of the three tellings is chosen: the others are redundant.
  const Selection s = NewLexRankMethod()->Select(input.In());
  ExpectValidSelection(input.In(), s);
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_NE(input.Text(s.sentences[0]).find("spillway"),
            std::string_view::npos);
  int spillway = 0;
  for (uint32_t i : s.sentences) {
    spillway += input.Text(i).find("spillway") != std::string_view::npos;
  }
  EXPECT_EQ(spillway, 1);
}

TEST(LexRankTest, BudgetsInEveryUnitAndDeterminism) {
  MethodInput input(DamStory());
  const auto method = NewLexRankMethod();
  for (Budget b :
       {Budget{Budget::Unit::kWords, 40}, Budget{Budget::Unit::kBytes, 300},
        Budget{Budget::Unit::kSentences, 2}}) {
    const Selection s = method->Select(input.In(b));
    ExpectValidSelection(input.In(b), s);
    EXPECT_FALSE(s.sentences.empty());
    EXPECT_EQ(input.Joined(s), input.Joined(method->Select(input.In(b))));
  }
  // A budget smaller than every sentence selects nothing.
  EXPECT_TRUE(
      method->Select(input.In({Budget::Unit::kWords, 3})).sentences.empty());
}

TEST(LexRankTest, ScoresSumToTheNodeCount) {
  MethodInput input(DamStory());
  const auto score = LexRankScores(input.In());
  double sum = 0;
  for (double x : score) sum += x;
  EXPECT_NEAR(sum, CandidateSentences(input.In(), SIZE_MAX).size(), 1e-6);
}

TEST(LexRankTest, ThousandsOfSentencesInLinearTime) {
  std::vector<std::string> articles;
  for (int a = 0; a < 1000; ++a) {
    std::string text;
    for (int k = 0; k < 20; ++k) {
      text += "Report ";
      text += std::to_string(a);
      text += " line ";
      text += std::to_string(k);
      text += " mentions harbor item";
      text += std::to_string((a * 7 + k) % 97);
      text += " and pier number";
      text += std::to_string(k % 13);
      text += ". ";
    }
    articles.push_back(text);
  }
  MethodInput input(articles);
  const auto start = std::chrono::steady_clock::now();
  const Selection s = NewLexRankMethod()->Select(input.In());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  ExpectValidSelection(input.In(), s);
  EXPECT_FALSE(s.sentences.empty());
  EXPECT_LT(seconds, 10.0);  // 20,000 sentences; the n^2 graph would not fit
}

TEST(LexRankTest, NoCandidatesSelectsNothing) {
  MethodInput input({"Short one. Also short."});
  EXPECT_TRUE(NewLexRankMethod()->Select(input.In()).sentences.empty());
}

}  // namespace
}  // namespace precis
