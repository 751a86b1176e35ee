// Copyright 2026 The precis Authors.
//
// Budgeted maximum coverage of weighted concepts by sentences, the integer
// program of concept-based summarization, solved exactly (GLPK, behind this
// header only) or greedily.

#ifndef PRECIS_SUMMARIZE_ILP_SOLVER_H_
#define PRECIS_SUMMARIZE_ILP_SOLVER_H_

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace precis {

// maximize   sum_i weight_i c_i
// subject to sum_j cost_j s_j <= budget,
//            c_i <= sum_{j : i in concepts_j} s_j,
//            s_a + s_b <= 1 for every conflict (a, b),
//            s, c binary.
struct CoverageProgram {
  std::vector<double> concept_weight;                    // >= 0, finite
  std::vector<double> sentence_cost;                     // >= 0, finite
  std::vector<std::vector<uint32_t>> sentence_concepts;  // distinct ids
  std::vector<std::pair<uint32_t, uint32_t>> conflicts;  // never both chosen
  double budget = 0;
};

struct CoverageSolution {
  enum class Status {
    kOptimal,  // proven optimal
    kStopped,  // a feasible solution, search stopped by a limit
    kFailed,   // no solution from the solver
  };
  Status status = Status::kFailed;
  std::vector<uint32_t> chosen;  // sentences, ascending
  double value = 0;              // objective of `chosen`
};

struct IlpLimits {
  double seconds = 2.0;  // wall-clock limit of the whole solve
  int nodes = 1000;      // branch-and-bound nodes: a deterministic limit,
                         // reached first on all but very slow machines (the
                         // hardest DUC 2003 cluster takes 0.4 s for 1000)
};

// The objective of a set of sentences (covered concepts counted once).
double CoverageValue(const CoverageProgram& program,
                     std::span<const uint32_t> chosen);

// Whether `chosen` respects the budget and the conflicts.
bool IsFeasible(const CoverageProgram& program,
                std::span<const uint32_t> chosen);

// Branch and bound with GLPK under `limits`, starting from the feasible
// sentence set `start` when given (a greedy answer prunes most of the tree).
// Fails (kFailed) on a malformed program. Thread-safe (GLPK keeps its state
// per thread). Never prints.
CoverageSolution SolveCoverageIlp(const CoverageProgram& program,
                                  const IlpLimits& limits = {},
                                  std::span<const uint32_t> start = {});

// The cost-effectiveness greedy of budgeted maximum coverage (Khuller, Moss
// and Naor 1999): repeatedly the feasible sentence with the largest new
// weight per unit cost, compared at the end with the best single sentence.
// Status kStopped. Deterministic; ties go to the lower index.
CoverageSolution SolveCoverageGreedy(const CoverageProgram& program);

// Local search from the feasible set `start` (the greedy's answer, say):
// each round tries, for every chosen sentence (and, while at most
// `pair_limit` are chosen, every pair of them), taking it out and refilling
// the freed budget with the cost-effectiveness greedy, and keeps the best
// change that raises the objective; stops at a local optimum or after
// `max_rounds` rounds. The result is never worse than `start`. Status
// kStopped. Deterministic. A fast stand-in for SolveCoverageIlp: time is
// about rounds x chosen x candidates x concepts a sentence. `prune` skips
// swaps whose upper bound cannot beat the best change found (same result;
// false tries them all, for tests).
CoverageSolution ImproveCoverage(const CoverageProgram& program,
                                 CoverageSolution start, int max_rounds = 16,
                                 size_t pair_limit = 6,
                                 size_t swap_candidates = 16,
                                 bool prune = true);

struct FastCoverageOptions {
  // Extra greedy starts ranking by gain / cost^e (Lin and Bilmes 2010
  // scale the cost so): 1 favours short sentences, 0 long ones.
  std::vector<double> cost_exponents = {0.5, 0.0};
  int max_rounds = 16;          // local search rounds per start
  size_t pair_limit = 6;        // pairs taken out while at most this many
  size_t swap_candidates = 16;  // sentences tried in each swap
};

// The best of local search (ImproveCoverage) from the cost-effectiveness
// greedy and from the greedy starts of options.cost_exponents.
CoverageSolution SolveCoverageFast(const CoverageProgram& program,
                                   const FastCoverageOptions& options = {});

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_ILP_SOLVER_H_
