// Copyright 2026 The precis Authors.

#include "summarize/textrank.h"

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

// The paper's formulas computed pair by pair: overlap of distinct terms over
// log|S_i| + log|S_j|, then WS(V_i) = (1 - d) + d sum_j w_ji/out_j WS(V_j)
// iterated to convergence.
std::vector<double> SlowTextRank(const SelectionInput& in) {
  const std::vector<uint32_t> nodes = CandidateSentences(in, SIZE_MAX);
  const size_t n = nodes.size();
  std::vector<std::set<uint32_t>> words(n);
  std::vector<double> length(n);
  for (size_t k = 0; k < n; ++k) {
    const auto terms = in.corpus.Terms(in.corpus.sentences()[nodes[k]]);
    words[k].insert(terms.begin(), terms.end());
    length[k] = static_cast<double>(terms.size());
  }
  std::vector<std::vector<double>> w(n, std::vector<double>(n, 0));
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      if (a == b) continue;
      double overlap = 0;
      for (uint32_t t : words[a]) overlap += words[b].count(t);
      const double d = std::log(length[a]) + std::log(length[b]);
      if (d > 0) w[a][b] = overlap / d;
    }
  }
  std::vector<double> out(n, 0), ws(n, 1), next(n);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) out[a] += w[a][b];
  }
  for (int round = 0; round < 500; ++round) {
    for (size_t i = 0; i < n; ++i) {
      next[i] = 0.15;
      for (size_t j = 0; j < n; ++j) {
        if (w[j][i] > 0) next[i] += 0.85 * w[j][i] / out[j] * ws[j];
      }
    }
    ws.swap(next);
  }
  std::vector<double> score(in.corpus.sentences().size(), 0);
  for (size_t k = 0; k < n; ++k) score[nodes[k]] = ws[k];
  return score;
}

TEST(TextRankTest, MatchesThePaperFormulasPairByPair) {
  MethodInput input(DamStory());
  TextRankOptions options;
  options.tolerance = 1e-12;
  options.max_iterations = 500;
  const auto fast = TextRankScores(input.In(), options);
  const auto slow = SlowTextRank(input.In());
  ASSERT_EQ(fast.size(), slow.size());
  for (size_t i = 0; i < fast.size(); ++i) {
    EXPECT_NEAR(fast[i], slow[i], 1e-6) << input.Text(i);
  }
}

TEST(TextRankTest, SharedStoryRanksFirstAndIsTakenOnce) {
  MethodInput input(DamStory());
  const auto score = TextRankScores(input.In());
  const auto best = std::max_element(score.begin(), score.end());
  EXPECT_NE(input.Text(best - score.begin()).find("Korvel dam"),
            std::string_view::npos);
  const Selection s = NewTextRankMethod()->Select(input.In());
  ExpectValidSelection(input.In(), s);
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_NE(input.Text(s.sentences[0]).find("Korvel dam"),
            std::string_view::npos);
}

TEST(TextRankTest, IsolatedSentenceGetsTheFloorScore) {
  MethodInput input(DamStory());
  const auto score = TextRankScores(input.In());
  // The football sentence shares no content word with any other.
  const uint32_t football = input.Find("football");
  ASSERT_NE(football, UINT32_MAX);
  EXPECT_DOUBLE_EQ(score[football], 0.15);
}

TEST(TextRankTest, NodeCapKeepsLeadSentencesAndStaysFast) {
  std::vector<std::string> articles;
  for (int a = 0; a < 300; ++a) {
    std::string text;
    for (int k = 0; k < 20; ++k) {
      text += "Dispatch ";
      text += std::to_string(a);
      text += " notes that ferry boats ran late again on route ";
      text += std::to_string(k % 5);
      text += ". ";
    }
    articles.push_back(text);
  }
  MethodInput input(articles);
  TextRankOptions options;
  options.max_nodes = 500;
  const auto score = TextRankScores(input.In(), options);
  size_t scored = 0;
  for (uint32_t i = 0; i < score.size(); ++i) {
    if (score[i] > 0) {
      ++scored;
      EXPECT_LT(input.corpus().sentences()[i].position, 2u);
    }
  }
  EXPECT_EQ(scored, 500u);
  const Selection s = NewTextRankMethod(options)->Select(input.In());
  ExpectValidSelection(input.In(), s);
  EXPECT_FALSE(s.sentences.empty());
}

TEST(TextRankTest, BudgetsAndDeterminism) {
  MethodInput input(DamStory());
  const auto method = NewTextRankMethod();
  for (Budget b :
       {Budget{Budget::Unit::kWords, 30}, Budget{Budget::Unit::kBytes, 250},
        Budget{Budget::Unit::kSentences, 3}}) {
    const Selection s = method->Select(input.In(b));
    ExpectValidSelection(input.In(b), s);
    EXPECT_FALSE(s.sentences.empty());
    EXPECT_EQ(input.Joined(s), input.Joined(method->Select(input.In(b))));
  }
}

}  // namespace
}  // namespace precis
