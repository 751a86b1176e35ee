// Copyright 2026 The precis Authors.

#include "summarize/klsum.h"

#include <cmath>
#include <limits>

#include "gtest/gtest.h"
#include "summarize/method_testing.h"
#include "summarize/sentence_graph.h"

namespace precis {
namespace {

using testing::DamStory;
using testing::ExpectValidSelection;
using testing::MethodInput;

// KL(P_D || P_S) computed from scratch over the whole vocabulary.
double Divergence(const SelectionInput& in, const std::vector<uint32_t>& s,
                  double delta) {
  const size_t v = in.corpus.vocabulary().size();
  std::vector<double> p(v, 0), q(v, 0);
  double np = 0, nq = 0;
  for (const CorpusSentence& x : in.corpus.sentences()) {
    for (uint32_t t : in.corpus.Terms(x)) p[t] += 1, np += 1;
  }
  for (uint32_t i : s) {
    for (uint32_t t : in.corpus.Terms(in.corpus.sentences()[i])) {
      q[t] += 1, nq += 1;
    }
  }
  double kl = 0;
  for (size_t t = 0; t < v; ++t) {
    if (p[t] == 0) continue;
    kl +=
        p[t] / np * std::log((p[t] / np) / ((q[t] + delta) / (nq + delta * v)));
  }
  return kl;
}

// The greedy as the paper states it: each step, the fitting non-redundant
// sentence giving the smallest divergence, recomputed from scratch.
std::vector<uint32_t> SlowGreedy(const SelectionInput& in, double delta) {
  std::vector<uint32_t> chosen;
  size_t used = 0;
  const auto pool = CandidateSentences(in, SIZE_MAX);
  while (true) {
    uint32_t best = UINT32_MAX;
    double best_kl = std::numeric_limits<double>::infinity();
    for (uint32_t i : pool) {
      if (std::find(chosen.begin(), chosen.end(), i) != chosen.end()) continue;
      const size_t cost =
          SentenceCost(in.corpus.sentences()[i], in.budget.unit);
      if (!Fits(used, cost, in.budget) || IsRedundant(in, i, chosen)) continue;
      auto with = chosen;
      with.push_back(i);
      const double kl = Divergence(in, with, delta);
      if (kl < best_kl - 1e-12) best = i, best_kl = kl;
    }
    if (best == UINT32_MAX) return chosen;
    chosen.push_back(best);
    used += SentenceCost(in.corpus.sentences()[best], in.budget.unit);
  }
}

TEST(KlSumTest, IncrementalGreedyMatchesDivergenceFromScratch) {
  MethodInput input(DamStory());
  for (double delta : {0.01, 0.5, 2.0}) {
    for (size_t words : {20, 45, 90, 1000}) {
      const auto in = input.In({Budget::Unit::kWords, words});
      KlSumOptions options;
      options.smoothing = delta;
      const Selection s = NewKlSumMethod(options)->Select(in);
      ExpectValidSelection(in, s);
      EXPECT_EQ(s.sentences, SlowGreedy(in, delta))
          << "delta " << delta << " words " << words;
    }
  }
}

TEST(KlSumTest, ChoosesTheClusterVocabularyOverRareWords) {
  // Rain and the valley run through the cluster; the concert sentence is as
  // long, and all its words are new, which a count of distinct words (or a
  // tiny smoothing constant) would reward.
  MethodInput input({
      "Heavy rain flooded the valley overnight. Heavy rain closed the valley "
      "roads.",
      "Rain kept falling on the valley towns all night long.",
      "Quartet violinists rehearsed baroque sonatas beneath ornate crystal "
      "chandeliers.",
      "Rising rivers kept the valley towns flooded after the heavy rain.",
  });
  const Selection s =
      NewKlSumMethod()->Select(input.In({Budget::Unit::kWords, 11}));
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_NE(input.Text(s.sentences[0]).find("rain"), std::string_view::npos)
      << input.Text(s.sentences[0]);
  // The first choice is the single sentence closest to the cluster.
  const auto in = input.In({Budget::Unit::kWords, 11});
  for (uint32_t i : CandidateSentences(in, SIZE_MAX)) {
    if (input.corpus().sentences()[i].words > 11) continue;
    EXPECT_LE(Divergence(in, {s.sentences[0]}, 0.5), Divergence(in, {i}, 0.5));
  }
}

}  // namespace
}  // namespace precis
