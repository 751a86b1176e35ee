// Copyright 2026 The precis Authors.
//
// ROUGE speed: scoring a set of clusters (candidate + references of news-
// summary length) with the common presets, bootstrap included, swept over
// the set size and the summary length. ROUGE-1.5.5 itself takes about 45 s
// for 300 Multi-News clusters with the pyrouge preset.

#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "fmt/core.h"
#include "precis/rouge.h"

namespace precis {
namespace {

struct Cluster {
  std::string id, candidate;
  std::vector<std::string> references;
};

// A summary of about `words` words in sentences of 12 to 30, drawn from a
// Zipf-like vocabulary of 5000 word forms (with inflections for the stemmer).
std::string Summary(std::mt19937& rng, int words) {
  static const char* kSuffix[] = {"", "", "", "s", "ed", "ing", "ation", "ly"};
  std::uniform_real_distribution<double> u(0, 1);
  std::uniform_int_distribution<int> sentence(12, 30), suffix(0, 7);
  std::string out;
  int in_sentence = sentence(rng);
  for (int w = 0; w < words; ++w) {
    const int rank = static_cast<int>(std::pow(5000.0, u(rng)));
    out += fmt::format("w{}{}", rank, kSuffix[suffix(rng)]);
    if (--in_sentence == 0 || w + 1 == words) {
      out += ".\n";
      in_sentence = sentence(rng);
    } else {
      out += w % 9 == 4 ? ", " : " ";
    }
  }
  return out;
}

std::vector<Cluster> MakeSet(int clusters, int words) {
  std::mt19937 rng(20260101);
  std::vector<Cluster> set(clusters);
  for (int i = 0; i < clusters; ++i) {
    set[i].id = fmt::format("c{}", i);
    set[i].candidate = Summary(rng, words);
    set[i].references = {Summary(rng, words)};
  }
  return set;
}

void ScoreSet(benchmark::State& state, const RougeOptions& options) {
  const auto set = MakeSet(state.range(0), state.range(1));
  size_t bytes = 0;
  for (const Cluster& c : set)
    bytes += c.candidate.size() + c.references[0].size();
  for (auto _ : state) {
    RougeScorer scorer(options);
    std::vector<RougeCase> cases;
    for (const Cluster& c : set) {
      cases.push_back({c.id, scorer.Score(c.candidate, c.references)});
    }
    auto summary = AggregateRouge(cases, options);
    benchmark::DoNotOptimize(summary);
  }
  state.counters["clusters/s"] =
      benchmark::Counter(static_cast<double>(set.size()),
                         benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}

void BM_Rouge155Pyrouge(benchmark::State& state) {
  // Multi-News' setting: ROUGE-1..4, L, W-1.2, S* and SU* (unlimited skips).
  ScoreSet(state,
           *ParseRouge155Options("-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a"));
}
BENCHMARK(BM_Rouge155Pyrouge)
    ->Args({300, 260})
    ->Args({30, 260})
    ->Args({300, 100})
    ->Args({300, 500})
    ->Unit(benchmark::kMillisecond);

void BM_Rouge155Su4Stem(benchmark::State& state) {
  ScoreSet(state,
           *ParseRouge155Options("-c 95 -2 4 -U -r 1000 -n 4 -w 1.2 -a -m"));
}
BENCHMARK(BM_Rouge155Su4Stem)->Args({300, 260})->Unit(benchmark::kMillisecond);

void BM_RougeScoreStem(benchmark::State& state) {
  RougeOptions o;
  o.style = RougeStyle::kRougeScore;
  o.summary_lcs = true;
  o.stem = true;
  ScoreSet(state, o);
}
BENCHMARK(BM_RougeScoreStem)->Args({300, 260})->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace precis
