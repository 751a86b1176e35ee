// Copyright 2026 The precis Authors.

#include "summarize/ilp_solver.h"

#include <algorithm>
#include <random>

#include "gtest/gtest.h"

namespace precis {
namespace {

// Exhaustive search: the best feasible subset of at most 16 sentences.
double BruteForceOptimum(const CoverageProgram& p) {
  const size_t n = p.sentence_cost.size();
  double best = 0;
  for (uint32_t mask = 0; mask < (1u << n); ++mask) {
    std::vector<uint32_t> s;
    for (uint32_t j = 0; j < n; ++j) {
      if (mask >> j & 1) s.push_back(j);
    }
    if (IsFeasible(p, s)) best = std::max(best, CoverageValue(p, s));
  }
  return best;
}

CoverageProgram RandomProgram(std::mt19937& rng) {
  CoverageProgram p;
  const int concepts = 4 + rng() % 20, sentences = 3 + rng() % 12;
  for (int i = 0; i < concepts; ++i) p.concept_weight.push_back(1 + rng() % 9);
  for (int j = 0; j < sentences; ++j) {
    p.sentence_cost.push_back(5 + rng() % 25);
    std::vector<uint32_t> held;
    for (int i = 0; i < concepts; ++i) {
      if (rng() % 4 == 0) held.push_back(i);
    }
    p.sentence_concepts.push_back(held);
  }
  for (int k = 0; k < sentences / 3; ++k) {
    const uint32_t a = rng() % sentences, b = rng() % sentences;
    if (a != b) p.conflicts.emplace_back(a, b);
  }
  p.budget = 20 + rng() % 60;
  return p;
}

TEST(CoverageIlpTest, MatchesExhaustiveSearchOnRandomPrograms) {
  std::mt19937 rng(20090605);
  for (int trial = 0; trial < 200; ++trial) {
    const CoverageProgram p = RandomProgram(rng);
    const double optimum = BruteForceOptimum(p);
    const CoverageSolution ilp = SolveCoverageIlp(p);
    ASSERT_EQ(ilp.status, CoverageSolution::Status::kOptimal) << trial;
    EXPECT_TRUE(IsFeasible(p, ilp.chosen));
    EXPECT_DOUBLE_EQ(ilp.value, optimum) << trial;
    EXPECT_DOUBLE_EQ(ilp.value, CoverageValue(p, ilp.chosen));
    const CoverageSolution greedy = SolveCoverageGreedy(p);
    EXPECT_TRUE(IsFeasible(p, greedy.chosen));
    EXPECT_LE(greedy.value, optimum + 1e-9);
    EXPECT_DOUBLE_EQ(greedy.value, CoverageValue(p, greedy.chosen));
    // Starting from the greedy answer changes nothing but speed.
    EXPECT_DOUBLE_EQ(SolveCoverageIlp(p, {}, greedy.chosen).value, optimum);
  }
}

// Greedy by value per cost takes the cheap sentence first and then cannot
// fit the two that together are best.
CoverageProgram GreedyTrap() {
  CoverageProgram p;
  p.concept_weight = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  p.sentence_concepts = {
      {0, 1, 2, 3}, {4, 5, 6, 7, 8, 9}, {10, 11, 12, 13, 14, 15}};
  p.sentence_cost = {6, 10, 10};
  p.budget = 20;
  return p;
}

TEST(CoverageIlpTest, BeatsTheGreedyWhereTheGreedyIsTrapped) {
  const CoverageProgram p = GreedyTrap();
  const CoverageSolution greedy = SolveCoverageGreedy(p);
  EXPECT_EQ(greedy.chosen, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(greedy.value, 10);
  const CoverageSolution ilp = SolveCoverageIlp(p);
  EXPECT_EQ(ilp.status, CoverageSolution::Status::kOptimal);
  EXPECT_EQ(ilp.chosen, (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(ilp.value, 12);
}

TEST(CoverageIlpTest, ConflictsAreNeverBothChosen) {
  CoverageProgram p = GreedyTrap();
  p.conflicts = {{1, 2}};
  const CoverageSolution ilp = SolveCoverageIlp(p);
  EXPECT_EQ(ilp.status, CoverageSolution::Status::kOptimal);
  EXPECT_EQ(ilp.chosen, (std::vector<uint32_t>{0, 1}));
}

// Local search never loses what it starts from, stays feasible, and on
// small programs mostly reaches the optimum the greedy misses.
TEST(CoverageFastTest, FeasibleNeverWorseThanItsStartAndMostlyOptimal) {
  std::mt19937 rng(20100601);
  int optimal = 0, greedy_optimal = 0;
  const int trials = 300;
  for (int trial = 0; trial < trials; ++trial) {
    const CoverageProgram p = RandomProgram(rng);
    const double optimum = BruteForceOptimum(p);
    const CoverageSolution greedy = SolveCoverageGreedy(p);
    const CoverageSolution improved = ImproveCoverage(p, greedy);
    ASSERT_TRUE(IsFeasible(p, improved.chosen)) << trial;
    EXPECT_DOUBLE_EQ(improved.value, CoverageValue(p, improved.chosen));
    EXPECT_GE(improved.value, greedy.value - 1e-9) << trial;
    const CoverageSolution fast = SolveCoverageFast(p);
    ASSERT_TRUE(IsFeasible(p, fast.chosen)) << trial;
    EXPECT_DOUBLE_EQ(fast.value, CoverageValue(p, fast.chosen));
    EXPECT_GE(fast.value, improved.value - 1e-9) << trial;
    EXPECT_LE(fast.value, optimum + 1e-9) << trial;
    optimal += fast.value >= optimum - 1e-9;
    greedy_optimal += greedy.value >= optimum - 1e-9;
  }
  EXPECT_GT(optimal, greedy_optimal);
  EXPECT_GE(optimal, trials * 95 / 100);
}

// Pruning swaps by their bound changes nothing: the same local optimum as
// trying every swap, also with sentences that cost nothing (a bound that
// scaled only the budget left by a gain per cost missed their gains) and
// budgets used exactly.
TEST(CoverageFastTest, PruningSwapsKeepsTheSameResult) {
  std::mt19937 rng(20240229);
  for (int trial = 0; trial < 3000; ++trial) {
    CoverageProgram p = RandomProgram(rng);
    for (double& c : p.sentence_cost) {
      if (rng() % 4 == 0) c = 0;                    // free sentences
      if (rng() % 3 == 0) c = 5 * (1 + rng() % 4);  // budgets used exactly
    }
    p.budget = 5 * (2 + rng() % 8);
    CoverageSolution start;  // by gain alone: lands next to free sentences
    std::vector<uint32_t> order(p.sentence_cost.size());
    for (uint32_t j = 0; j < order.size(); ++j) order[j] = j;
    std::shuffle(order.begin(), order.end(), rng);
    for (uint32_t j : order) {
      start.chosen.push_back(j);
      if (!IsFeasible(p, start.chosen)) start.chosen.pop_back();
    }
    start.value = CoverageValue(p, start.chosen);
    const CoverageSolution pruned = ImproveCoverage(p, start, 16, 6, 16, true);
    const CoverageSolution full = ImproveCoverage(p, start, 16, 6, 16, false);
    ASSERT_EQ(pruned.chosen, full.chosen) << trial;
    ASSERT_EQ(pruned.value, full.value) << trial;
  }
}

TEST(CoverageFastTest, EscapesTheGreedyTrapAndRespectsConflicts) {
  CoverageProgram p = GreedyTrap();
  CoverageSolution fast = SolveCoverageFast(p);
  std::sort(fast.chosen.begin(), fast.chosen.end());
  EXPECT_EQ(fast.chosen, (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(fast.value, 12);
  p.conflicts = {{1, 2}};
  fast = SolveCoverageFast(p);
  std::sort(fast.chosen.begin(), fast.chosen.end());
  EXPECT_EQ(fast.chosen, (std::vector<uint32_t>{0, 1}));
}

// An infeasible start is returned as it is, not "improved".
TEST(CoverageFastTest, InfeasibleStartIsLeftAlone) {
  const CoverageProgram p = GreedyTrap();
  CoverageSolution start;
  start.chosen = {0, 1, 2};  // over the budget
  const CoverageSolution out = ImproveCoverage(p, start);
  EXPECT_EQ(out.chosen, start.chosen);
}

TEST(CoverageIlpTest, LimitsStopTheSearchWithAFeasibleAnswer) {
  std::mt19937 rng(7);
  CoverageProgram p;
  for (int i = 0; i < 400; ++i) p.concept_weight.push_back(1 + rng() % 5);
  for (int j = 0; j < 150; ++j) {
    p.sentence_cost.push_back(10 + rng() % 30);
    std::vector<uint32_t> held;
    for (int i = 0; i < 400; ++i) {
      if (rng() % 25 == 0) held.push_back(i);
    }
    p.sentence_concepts.push_back(held);
  }
  p.budget = 100;
  const CoverageSolution greedy = SolveCoverageGreedy(p);
  IlpLimits tight;
  tight.nodes = 2;
  const CoverageSolution ilp = SolveCoverageIlp(p, tight, greedy.chosen);
  ASSERT_NE(ilp.status, CoverageSolution::Status::kFailed);
  EXPECT_TRUE(IsFeasible(p, ilp.chosen));
  EXPECT_GE(ilp.value, greedy.value);  // the start is an incumbent
  tight.seconds = 0.001;
  tight.nodes = 1 << 30;
  const CoverageSolution timed = SolveCoverageIlp(p, tight);
  if (timed.status != CoverageSolution::Status::kFailed) {
    EXPECT_TRUE(IsFeasible(p, timed.chosen));
  }
}

TEST(CoverageIlpTest, MalformedOrEmptyProgramsDoNotReachTheSolver) {
  CoverageProgram p = GreedyTrap();
  p.sentence_concepts[0] = {1, 1};  // repeated concept
  EXPECT_EQ(SolveCoverageIlp(p).status, CoverageSolution::Status::kFailed);
  p = GreedyTrap();
  p.conflicts = {{2, 2}};
  EXPECT_EQ(SolveCoverageIlp(p).status, CoverageSolution::Status::kFailed);
  p = GreedyTrap();
  p.sentence_concepts[1] = {99};
  EXPECT_EQ(SolveCoverageIlp(p).status, CoverageSolution::Status::kFailed);
  EXPECT_EQ(SolveCoverageIlp(CoverageProgram{}).status,
            CoverageSolution::Status::kOptimal);
  EXPECT_TRUE(SolveCoverageGreedy(CoverageProgram{}).chosen.empty());
}

}  // namespace
}  // namespace precis
