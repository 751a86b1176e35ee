// Copyright 2026 The precis Authors.
//
// Summarization speed per method, the whole pipeline (clean, split,
// represent, select, attribute, order) on one core, swept over the cluster
// size: 3 articles (Multi-News' median), 10 (DUC), 100, and 1,000 (the
// bad-input case that must not hang). Clusters are synthetic news: every
// article retells some of a pool of event sentences in its own words and
// adds its own, over a Zipf-like vocabulary. BM_MethodDev100 runs the real
// Multi-News development set when ../shared is present.
//
// The quality and the speed on real sets come from `precis eval`, which
// prints clusters/s per method as well.

#include <cmath>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "nlohmann/json.hpp"
#include "precis/summarizer.h"
#include "testing.h"

namespace precis {
namespace {

std::string Word(std::mt19937& rng) {
  static const char* kSuffix[] = {"", "", "", "s", "ed", "ing", "er", "ly"};
  std::uniform_real_distribution<double> u(0, 1);
  const int rank = static_cast<int>(std::pow(5000.0, u(rng)));
  std::string w = "w";
  w += std::to_string(rank);
  w += kSuffix[rng() % 8];
  return w;
}

std::string Sentence(std::mt19937& rng, int words) {
  std::string s = "The";
  for (int k = 0; k < words; ++k) {
    s += ' ';
    s += Word(rng);
  }
  s += ". ";
  return s;
}

// `articles` articles of 20 sentences: a third from a pool of 30 event
// sentences (with one word changed), the rest the outlet's own.
Cluster MakeCluster(int articles, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> events;
  for (int e = 0; e < 30; ++e) events.push_back(Sentence(rng, 12 + rng() % 18));
  Cluster c;
  c.id = "synthetic";
  for (int a = 0; a < articles; ++a) {
    Article article;
    article.id = std::to_string(a);
    for (int k = 0; k < 20; ++k) {
      if (rng() % 3 == 0) {
        std::string s = events[rng() % events.size()];
        s.insert(s.find(' ') + 1, Word(rng) + " ");
        article.text += s;
      } else {
        article.text += Sentence(rng, 10 + rng() % 25);
      }
      if (k % 4 == 3) article.text += "\n\n";
    }
    c.articles.push_back(std::move(article));
  }
  return c;
}

void Run(benchmark::State& state, const std::string& method,
         const std::vector<Cluster>& clusters, size_t words) {
  SummarizeOptions options;
  options.method = method;
  options.budget = {Budget::Unit::kWords, words};
  size_t bytes = 0;
  for (const Cluster& c : clusters) {
    for (const Article& a : c.articles) bytes += a.text.size();
  }
  for (auto _ : state) {
    for (const Cluster& c : clusters) {
      auto summary = Summarize(c, options);
      benchmark::DoNotOptimize(summary);
    }
  }
  state.counters["clusters/s"] =
      benchmark::Counter(static_cast<double>(clusters.size()),
                         benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}

void BM_Method(benchmark::State& state, const std::string& method) {
  Run(state, method, {MakeCluster(state.range(0), 2026)}, 100);
}

void BM_MethodDev100(benchmark::State& state, const std::string& method) {
  const std::string path = testing::SharedPath("data/multinews/dev100.jsonl");
  if (path.empty()) {
    state.SkipWithError("../shared/data/multinews/dev100.jsonl not found");
    return;
  }
  std::vector<Cluster> clusters;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    Cluster c;
    c.id = j.at("id").get<std::string>();
    for (const auto& d : j.at("documents")) {
      Article a;
      a.id = std::to_string(c.articles.size());
      a.text = d.get<std::string>();
      c.articles.push_back(std::move(a));
    }
    clusters.push_back(std::move(c));
  }
  Run(state, method, clusters, 300);
}

#define PRECIS_METHOD_BENCH(name)                              \
  BENCHMARK_CAPTURE(BM_Method, name, std::string(#name))       \
      ->Arg(3)                                                 \
      ->Arg(10)                                                \
      ->Arg(100)                                               \
      ->Arg(1000)                                              \
      ->Unit(benchmark::kMillisecond);                         \
  BENCHMARK_CAPTURE(BM_MethodDev100, name, std::string(#name)) \
      ->Unit(benchmark::kMillisecond)                          \
      ->Iterations(1)

PRECIS_METHOD_BENCH(lead);
PRECIS_METHOD_BENCH(centroid);
PRECIS_METHOD_BENCH(lexrank);
PRECIS_METHOD_BENCH(textrank);
PRECIS_METHOD_BENCH(mmr);
PRECIS_METHOD_BENCH(klsum);
PRECIS_METHOD_BENCH(submodular);
PRECIS_METHOD_BENCH(ilp);

}  // namespace
}  // namespace precis
