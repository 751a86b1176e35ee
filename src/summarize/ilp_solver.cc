// Copyright 2026 The precis Authors.
//
// The only file that talks to GLPK. The program handed to it drops the
// constraints s_j <= c_i of Gillick and Favre's formulation: with
// non-negative weights and a maximized objective they never bind, and the
// smaller LP solves faster. Concept variables are continuous in [0, 1]; at
// an optimum with binary s they are integral anyway.

#include "summarize/ilp_solver.h"

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <queue>

namespace precis {

double CoverageValue(const CoverageProgram& program,
                     std::span<const uint32_t> chosen) {
  std::vector<bool> covered(program.concept_weight.size(), false);
  double value = 0;
  for (uint32_t j : chosen) {
    for (uint32_t i : program.sentence_concepts[j]) {
      if (!covered[i]) covered[i] = true, value += program.concept_weight[i];
    }
  }
  return value;
}

bool IsFeasible(const CoverageProgram& program,
                std::span<const uint32_t> chosen) {
  std::vector<bool> in(program.sentence_cost.size(), false);
  double cost = 0;
  for (uint32_t j : chosen) {
    if (in[j]) return false;
    in[j] = true;
    cost += program.sentence_cost[j];
  }
  if (cost > program.budget + 1e-9) return false;
  return std::none_of(
      program.conflicts.begin(), program.conflicts.end(),
      [&](const auto& c) { return in[c.first] && in[c.second]; });
}

namespace {

// Whether GLPK may be handed the program: ids in range, no repeated concept
// in a sentence, no self-conflict, finite numbers (GLPK aborts the process
// on a malformed matrix rather than returning an error).
bool IsWellFormed(const CoverageProgram& p) {
  const size_t s = p.sentence_cost.size(), c = p.concept_weight.size();
  if (p.sentence_concepts.size() != s || !std::isfinite(p.budget)) {
    return false;
  }
  auto finite = [](double x) { return std::isfinite(x); };
  if (!std::all_of(p.sentence_cost.begin(), p.sentence_cost.end(), finite) ||
      !std::all_of(p.concept_weight.begin(), p.concept_weight.end(), finite)) {
    return false;
  }
  std::vector<uint32_t> seen(c, UINT32_MAX);
  for (uint32_t j = 0; j < s; ++j) {
    for (uint32_t i : p.sentence_concepts[j]) {
      if (i >= c || seen[i] == j) return false;
      seen[i] = j;
    }
  }
  return std::all_of(p.conflicts.begin(), p.conflicts.end(), [&](auto& x) {
    return x.first != x.second && x.first < s && x.second < s;
  });
}

struct Search {
  int nodes;                  // node limit
  std::vector<double> start;  // 1-based column values of a known solution
  bool offered = false;
};

// Offers the known solution once, then stops the branch and bound after the
// node limit.
void Callback(glp_tree* tree, void* info) {
  auto* search = static_cast<Search*>(info);
  switch (glp_ios_reason(tree)) {
    case GLP_IHEUR:
      if (!search->offered && !search->start.empty()) {
        search->offered = true;
        glp_ios_heur_sol(tree, search->start.data());
      }
      break;
    case GLP_ISELECT: {
      int active = 0, current = 0, total = 0;
      glp_ios_tree_size(tree, &active, &current, &total);
      if (total > search->nodes) glp_ios_terminate(tree);
      break;
    }
    default:
      break;
  }
}

// Column values (1-based, GLPK's layout) of the sentences `chosen`.
std::vector<double> Columns(const CoverageProgram& p,
                            std::span<const uint32_t> chosen) {
  const size_t s = p.sentence_cost.size();
  std::vector<double> x(1 + s + p.concept_weight.size(), 0.0);
  for (uint32_t j : chosen) {
    x[1 + j] = 1;
    for (uint32_t i : p.sentence_concepts[j]) x[1 + s + i] = 1;
  }
  return x;
}

// Builds the GLPK problem: columns 1..S are sentences, S+1..S+C concepts.
glp_prob* BuildProblem(const CoverageProgram& p) {
  const int s = static_cast<int>(p.sentence_cost.size());
  const int c = static_cast<int>(p.concept_weight.size());
  glp_prob* lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  glp_add_cols(lp, s + c);
  for (int j = 1; j <= s; ++j) glp_set_col_kind(lp, j, GLP_BV);
  for (int i = 1; i <= c; ++i) {
    glp_set_col_bnds(lp, s + i, GLP_DB, 0.0, 1.0);
    glp_set_obj_coef(lp, s + i, p.concept_weight[i - 1]);
  }
  // Rows: 1 budget, then one per concept, then one per conflict.
  const int rows = 1 + c + static_cast<int>(p.conflicts.size());
  glp_add_rows(lp, rows);
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  auto put = [&](int row, int col, double v) {
    ia.push_back(row), ja.push_back(col), ar.push_back(v);
  };
  glp_set_row_bnds(lp, 1, GLP_UP, 0.0, p.budget);
  for (int j = 1; j <= s; ++j) put(1, j, p.sentence_cost[j - 1]);
  for (int i = 1; i <= c; ++i) {
    glp_set_row_bnds(lp, 1 + i, GLP_UP, 0.0, 0.0);  // c_i - sum s_j <= 0
    put(1 + i, s + i, 1.0);
  }
  for (int j = 1; j <= s; ++j) {
    for (uint32_t i : p.sentence_concepts[j - 1]) {
      put(2 + static_cast<int>(i), j, -1.0);
    }
  }
  int row = 1 + c;
  for (const auto& [a, b] : p.conflicts) {
    glp_set_row_bnds(lp, ++row, GLP_UP, 0.0, 1.0);
    put(row, static_cast<int>(a) + 1, 1.0);
    put(row, static_cast<int>(b) + 1, 1.0);
  }
  glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(),
                  ar.data());
  return lp;
}

}  // namespace

CoverageSolution SolveCoverageIlp(const CoverageProgram& program,
                                  const IlpLimits& limits,
                                  std::span<const uint32_t> start) {
  CoverageSolution out;
  if (!IsWellFormed(program)) return out;
  if (program.sentence_cost.empty()) {
    out.status = CoverageSolution::Status::kOptimal;
    return out;
  }
  using Clock = std::chrono::steady_clock;
  const auto deadline =
      Clock::now() + std::chrono::duration_cast<Clock::duration>(
                         std::chrono::duration<double>(limits.seconds));
  auto ms_left = [&] {
    const double ms =
        std::chrono::duration<double, std::milli>(deadline - Clock::now())
            .count();
    return static_cast<int>(std::clamp(ms, 1.0, 1e9));
  };
  glp_term_out(GLP_OFF);
  glp_prob* lp = BuildProblem(program);
  // The root relaxation first, without presolving, so that the tree keeps
  // the original columns and can take the known solution.
  glp_smcp simplex;
  glp_init_smcp(&simplex);
  simplex.msg_lev = GLP_MSG_OFF;
  simplex.tm_lim = ms_left();
  if (glp_simplex(lp, &simplex) == 0 && glp_get_status(lp) == GLP_OPT) {
    Search search{limits.nodes, {}};
    if (!start.empty() && IsFeasible(program, start)) {
      search.start = Columns(program, start);
    }
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.tm_lim = ms_left();
    parm.cb_func = Callback;
    parm.cb_info = &search;
    glp_intopt(lp, &parm);
    const int status = glp_mip_status(lp);
    if (status == GLP_OPT || status == GLP_FEAS) {
      for (int j = 1; j <= static_cast<int>(program.sentence_cost.size());
           ++j) {
        if (glp_mip_col_val(lp, j) > 0.5) out.chosen.push_back(j - 1);
      }
      // Trust nothing: the solution must be feasible to be used.
      if (IsFeasible(program, out.chosen)) {
        out.status = status == GLP_OPT ? CoverageSolution::Status::kOptimal
                                       : CoverageSolution::Status::kStopped;
        out.value = CoverageValue(program, out.chosen);
      } else {
        out.chosen.clear();
      }
    }
  }
  glp_delete_prob(lp);
  glp_free_env();  // this thread's GLPK state; nothing else here uses it
  return out;
}

CoverageSolution SolveCoverageGreedy(const CoverageProgram& program) {
  const size_t n = program.sentence_cost.size();
  std::vector<bool> covered(program.concept_weight.size(), false);
  std::vector<bool> blocked(n, false);
  std::vector<std::vector<uint32_t>> conflicts_of(n);
  for (const auto& [a, b] : program.conflicts) {
    conflicts_of[a].push_back(b), conflicts_of[b].push_back(a);
  }
  auto gain = [&](uint32_t j) {
    double g = 0;
    for (uint32_t i : program.sentence_concepts[j]) {
      if (!covered[i]) g += program.concept_weight[i];
    }
    return g;
  };
  auto ratio = [&](uint32_t j, double g) {
    return g / std::max(program.sentence_cost[j], 1e-9);
  };
  struct Entry {
    double key;
    uint32_t j, round;
    bool operator<(const Entry& o) const {
      return key != o.key ? key < o.key : j > o.j;
    }
  };
  std::priority_queue<Entry> heap;
  for (uint32_t j = 0; j < n; ++j) heap.push({ratio(j, gain(j)), j, 0});
  CoverageSolution out;
  out.status = CoverageSolution::Status::kStopped;
  double used = 0;
  while (!heap.empty()) {
    const Entry top = heap.top();
    heap.pop();
    const uint32_t j = top.j;
    if (blocked[j] || used + program.sentence_cost[j] > program.budget) {
      continue;
    }
    const double g = gain(j);
    if (g <= 0) continue;  // coverage gains only fall: never useful again
    const auto round = static_cast<uint32_t>(out.chosen.size());
    if (top.round != round) {
      heap.push({ratio(j, g), j, round});
      continue;
    }
    out.chosen.push_back(j);
    out.value += g;
    used += program.sentence_cost[j];
    blocked[j] = true;
    for (uint32_t b : conflicts_of[j]) blocked[b] = true;
    for (uint32_t i : program.sentence_concepts[j]) covered[i] = true;
  }
  // The best single sentence, which bounds the greedy's worst case.
  std::fill(covered.begin(), covered.end(), false);
  for (uint32_t j = 0; j < n; ++j) {
    if (program.sentence_cost[j] > program.budget) continue;
    const double g = gain(j);
    if (g > out.value) out.chosen = {j}, out.value = g;
  }
  return out;
}

namespace {

// What every search state of one program shares, built once: for each
// concept the sentences holding it and for each sentence its conflicts
// (flat arrays, no allocation per concept or sentence), the sentences
// cheapest first, and each sentence's gain with nothing chosen.
struct CoverageIndex {
  explicit CoverageIndex(const CoverageProgram& p)
      : holder_begin(p.concept_weight.size() + 1, 0),
        conflict_begin(p.sentence_cost.size() + 1, 0),
        initial_gain(p.sentence_cost.size(), 0) {
    for (const auto& concepts : p.sentence_concepts) {
      for (uint32_t c : concepts) ++holder_begin[c + 1];
    }
    for (const auto& [a, b] : p.conflicts) {
      ++conflict_begin[a + 1];
      ++conflict_begin[b + 1];
    }
    for (size_t c = 1; c < holder_begin.size(); ++c) {
      holder_begin[c] += holder_begin[c - 1];
    }
    for (size_t j = 1; j < conflict_begin.size(); ++j) {
      conflict_begin[j] += conflict_begin[j - 1];
    }
    holders.resize(holder_begin.back());
    conflicts.resize(conflict_begin.back());
    std::vector<uint32_t> fill(holder_begin.begin(), holder_begin.end() - 1);
    for (uint32_t j = 0; j < p.sentence_concepts.size(); ++j) {
      for (uint32_t c : p.sentence_concepts[j]) {
        holders[fill[c]++] = j;
        initial_gain[j] += p.concept_weight[c];
      }
    }
    fill.assign(conflict_begin.begin(), conflict_begin.end() - 1);
    for (const auto& [a, b] : p.conflicts) {
      conflicts[fill[a]++] = b;
      conflicts[fill[b]++] = a;
    }
    by_cost.resize(p.sentence_cost.size());
    for (uint32_t j = 0; j < by_cost.size(); ++j) by_cost[j] = j;
    std::stable_sort(by_cost.begin(), by_cost.end(),
                     [&](uint32_t a, uint32_t b) {
                       return p.sentence_cost[a] < p.sentence_cost[b];
                     });
  }

  std::span<const uint32_t> Holders(uint32_t c) const {
    return {holders.data() + holder_begin[c],
            holders.data() + holder_begin[c + 1]};
  }
  std::span<const uint32_t> Conflicts(uint32_t j) const {
    return {conflicts.data() + conflict_begin[j],
            conflicts.data() + conflict_begin[j + 1]};
  }

  std::vector<uint32_t> holder_begin, holders;      // per concept
  std::vector<uint32_t> conflict_begin, conflicts;  // per sentence
  std::vector<uint32_t> by_cost;                    // sentences
  std::vector<double> initial_gain;                 // per sentence
};

// The state of a candidate solution: how many chosen sentences cover each
// concept, each sentence's gain (the weight of its concepts not yet
// covered, kept current through the index's holders, so a step of the
// search costs the postings of the concepts that change state, not a
// rescan), which sentences are ruled out by a conflict, the budget used.
class CoverageState {
 public:
  CoverageState(const CoverageProgram& p, const CoverageIndex& index)
      : p_(p),
        index_(index),
        count_(p.concept_weight.size(), 0),
        gain_(index.initial_gain),
        blocks_(p.sentence_cost.size(), 0) {}

  void Add(uint32_t j) {
    for (uint32_t c : p_.sentence_concepts[j]) {
      if (count_[c]++ == 0) {
        value_ += p_.concept_weight[c];
        for (uint32_t h : index_.Holders(c)) gain_[h] -= p_.concept_weight[c];
      }
    }
    ++blocks_[j];
    for (uint32_t b : index_.Conflicts(j)) ++blocks_[b];
    used_ += p_.sentence_cost[j];
  }
  void Remove(uint32_t j) {
    for (uint32_t c : p_.sentence_concepts[j]) {
      if (--count_[c] == 0) {
        value_ -= p_.concept_weight[c];
        for (uint32_t h : index_.Holders(c)) gain_[h] += p_.concept_weight[c];
      }
    }
    --blocks_[j];
    for (uint32_t b : index_.Conflicts(j)) --blocks_[b];
    used_ -= p_.sentence_cost[j];
  }
  // Weights are sums of counts in practice, so gains stay exact; below
  // kEpsilon a gain is none.
  double Gain(uint32_t j) const { return gain_[j]; }
  bool CanAdd(uint32_t j) const {
    return blocks_[j] == 0 && used_ + p_.sentence_cost[j] <= p_.budget + 1e-9;
  }
  double value() const { return value_; }
  double used() const { return used_; }

  // Adds, while one fits, the sentence of largest gain / cost^exponent
  // (ties: lower index); appends them to *added.
  void Refill(std::vector<uint32_t>* added, double exponent = 1) {
    // cost^exponent, computed once a call rather than once a candidate and
    // step.
    std::vector<double> scaled;
    if (exponent != 1) {
      scaled.resize(p_.sentence_cost.size());
      for (size_t j = 0; j < scaled.size(); ++j) {
        scaled[j] = std::pow(std::max(p_.sentence_cost[j], 1e-9), exponent);
      }
    }
    for (;;) {
      int64_t best = -1;
      double best_ratio = 0;
      ForEachFitting([&](uint32_t j) {
        const double g = Gain(j);
        if (g <= kEpsilon) return;
        const double r = g / (exponent == 1 ? std::max(p_.sentence_cost[j], 1e-9)
                                            : scaled[j]);
        if (best < 0 || r > best_ratio || (r == best_ratio && j < best)) {
          best = j, best_ratio = r;
        }
      });
      if (best < 0) return;
      Add(static_cast<uint32_t>(best));
      added->push_back(static_cast<uint32_t>(best));
    }
  }

  // Calls f(j) for every sentence j that CanAdd, cheapest first: the scan
  // stops at the first that does not fit the free budget, which after a
  // swap is a few words.
  template <typename F>
  void ForEachFitting(F f) const {
    const double free = p_.budget + 1e-9 - used_;
    for (uint32_t j : index_.by_cost) {
      if (p_.sentence_cost[j] > free) break;
      if (blocks_[j] == 0) f(j);
    }
  }

 private:
  static constexpr double kEpsilon = 1e-9;

  const CoverageProgram& p_;
  const CoverageIndex& index_;
  std::vector<uint32_t> count_;   // per concept
  std::vector<double> gain_;      // per sentence
  std::vector<uint32_t> blocks_;  // per sentence: chosen conflicts, itself
  double value_ = 0;
  double used_ = 0;
};

// ImproveCoverage over a prebuilt index.
CoverageSolution ImproveWith(const CoverageProgram& program,
                             const CoverageIndex& index, CoverageSolution start,
                             int max_rounds, size_t pair_limit,
                             size_t swap_candidates, bool prune) {
  CoverageSolution best = std::move(start);
  best.status = CoverageSolution::Status::kStopped;
  if (!IsFeasible(program, best.chosen)) return best;
  CoverageState state(program, index);
  for (uint32_t j : best.chosen) state.Add(j);
  {
    std::vector<uint32_t> added;  // fill what the start left free
    state.Refill(&added);
    best.chosen.insert(best.chosen.end(), added.begin(), added.end());
  }
  best.value = state.value();
  std::vector<uint32_t> added;
  std::vector<std::pair<double, uint32_t>> by_gain;  // of one swap
  for (int round = 0; round < max_rounds; ++round) {
    std::vector<uint32_t> best_out, best_in;
    double best_value = best.value;
    auto try_removing = [&](std::span<const uint32_t> out) {
      for (uint32_t j : out) state.Remove(j);
      added.clear();
      state.Refill(&added);
      if (state.value() > best_value + 1e-9) {
        best_value = state.value();
        best_out.assign(out.begin(), out.end());
        best_in = added;
      }
      for (uint32_t j : added) state.Remove(j);
      for (uint32_t j : out) state.Add(j);
    };
    // Swaps: one chosen sentence out, one of the `swap_candidates` of
    // largest gain in, the rest refilled.
    //
    // A swap is skipped when even its bound cannot beat the best change so
    // far: the value without `out`, plus the gain of `in`, plus what the
    // refill could add, at most the budget left after `in` times the best
    // gain per cost of a sentence that fits now (gains only fall as
    // sentences are added), or nothing when no such sentence is that short,
    // plus the gains of the sentences that cost nothing (they always fit).
    // The bound never undercuts a swap's value, so the search returns what
    // it would without it, at a fraction of the work.
    auto try_swapping = [&](uint32_t out) {
      state.Remove(out);
      by_gain.clear();
      double best_ratio = 0, cheapest = HUGE_VAL, free_gain = 0;
      state.ForEachFitting([&](uint32_t j) {
        const double g = state.Gain(j);
        if (g <= 1e-9) return;
        const double cost = program.sentence_cost[j];
        if (cost <= 1e-9) {
          free_gain += g;
        } else {
          best_ratio = std::max(best_ratio, g / cost);
          cheapest = std::min(cheapest, cost);
        }
        if (j != out) by_gain.emplace_back(-g, j);
      });
      const double value_without = state.value();
      const double free = program.budget - state.used();
      const size_t m = std::min(swap_candidates, by_gain.size());
      std::partial_sort(by_gain.begin(), by_gain.begin() + m, by_gain.end());
      for (size_t k = 0; k < m; ++k) {
        const uint32_t in = by_gain[k].second;
        const double left = free - program.sentence_cost[in] + 1e-9;
        const double bound = value_without - by_gain[k].first + free_gain +
                             (left >= cheapest ? left * best_ratio : 0);
        if (prune && bound + 1e-6 < best_value) continue;
        state.Add(in);
        added.clear();
        state.Refill(&added);
        if (state.value() > best_value + 1e-9) {
          best_value = state.value();
          best_out = {out};
          best_in = added;
          best_in.insert(best_in.begin(), in);
        }
        for (uint32_t j : added) state.Remove(j);
        state.Remove(in);
      }
      state.Add(out);
    };
    const std::vector<uint32_t> chosen = best.chosen;
    for (size_t a = 0; a < chosen.size(); ++a) {
      const uint32_t one[] = {chosen[a]};
      try_removing(one);
      try_swapping(chosen[a]);
      if (chosen.size() > pair_limit) continue;
      for (size_t b = a + 1; b < chosen.size(); ++b) {
        const uint32_t two[] = {chosen[a], chosen[b]};
        try_removing(two);
      }
    }
    if (best_out.empty()) break;
    for (uint32_t j : best_out) {
      state.Remove(j);
      best.chosen.erase(std::find(best.chosen.begin(), best.chosen.end(), j));
    }
    for (uint32_t j : best_in) {
      state.Add(j);
      best.chosen.push_back(j);
    }
    best.value = state.value();
  }
  return best;
}

}  // namespace

CoverageSolution ImproveCoverage(const CoverageProgram& program,
                                 CoverageSolution start, int max_rounds,
                                 size_t pair_limit, size_t swap_candidates,
                                 bool prune) {
  const CoverageIndex index(program);
  return ImproveWith(program, index, std::move(start), max_rounds, pair_limit,
                     swap_candidates, prune);
}

CoverageSolution SolveCoverageFast(const CoverageProgram& program,
                                   const FastCoverageOptions& options) {
  const CoverageIndex index(program);
  CoverageSolution best = SolveCoverageGreedy(program);
  best = ImproveWith(program, index, std::move(best), options.max_rounds,
                     options.pair_limit, options.swap_candidates, true);
  for (const double exponent : options.cost_exponents) {
    CoverageState state(program, index);
    CoverageSolution start;
    state.Refill(&start.chosen, exponent);
    start.value = state.value();
    CoverageSolution local =
        ImproveWith(program, index, std::move(start), options.max_rounds,
                    options.pair_limit, options.swap_candidates, true);
    if (local.value > best.value + 1e-9) best = std::move(local);
  }
  return best;
}

}  // namespace precis
