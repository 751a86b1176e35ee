// Copyright 2026 The precis Authors.
//
// The summarizer end to end on one core (clean, split, represent, select,
// order, attribute): clusters per second over the Multi-News development
// set when ../shared is present, else the bundled example cluster. The
// target for the default method is 1,000 clusters/s or more.

#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "precis/reader.h"
#include "precis/summarizer.h"
#include "testing.h"

namespace precis {
namespace {

const std::vector<Cluster>& Clusters() {
  static const std::vector<Cluster>* clusters = [] {
    std::string path =
        precis::testing::SharedPath("data/multinews/dev100.jsonl");
    if (path.empty()) {
      path = precis::testing::SourcePath("examples/harbor-bridge");
    }
    auto read = ReadClusters({path}, ReadOptions(), nullptr);
    return new std::vector<Cluster>(read.ok() ? std::move(*read)
                                              : std::vector<Cluster>());
  }();
  return *clusters;
}

void BM_Summarize(benchmark::State& state, const std::string& method) {
  SummarizeOptions options;
  options.method = method;
  options.budget = {Budget::Unit::kWords, 300};
  size_t bytes = 0;
  for (const Cluster& c : Clusters()) {
    for (const Article& a : c.articles) bytes += a.text.size();
  }
  for (auto _ : state) {
    for (const Cluster& c : Clusters()) {
      benchmark::DoNotOptimize(Summarize(c, options));
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * Clusters().size());
  state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
}

// One benchmark a method (SummarizerMethods()); ilp, whose exact solver
// takes seconds a set, runs one iteration.
const bool kRegistered = [] {
  for (const std::string& method : SummarizerMethods()) {
    auto* b = benchmark::RegisterBenchmark(
        ("BM_Summarize/" + method).c_str(),
        [method](benchmark::State& state) { BM_Summarize(state, method); });
    b->Unit(benchmark::kMillisecond);
    if (method == "ilp") b->Iterations(1);
  }
  return true;
}();

}  // namespace
}  // namespace precis
