// Copyright 2026 The precis Authors.
//
// The summarizer end to end on one core (clean, split, represent, select,
// order, attribute): clusters per second over the Multi-News development
// set when ../shared is present, else the bundled example cluster. The
// target for the default method is 1,000 clusters/s or more.

#include <string>
#include <vector>

#include "base/heap.h"
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

// What `precis summarize --words 300 dev100.jsonl` does, in process: read
// the Multi-News development set as a stream (one JSONL line at a time),
// summarize each cluster with the default method and render the text
// output, once over the file an iteration. The first pass meets every word
// for the first time; later ones find the per-thread stem cache warm, as a
// long-running process reading a news stream would.
void BM_SummarizeFile(benchmark::State& state) {
  const std::string path =
      precis::testing::SharedPath("data/multinews/dev100.jsonl");
  if (path.empty()) {
    state.SkipWithError("../shared/data/multinews/dev100.jsonl not found");
    return;
  }
  SummarizeOptions options;
  options.budget = {Budget::Unit::kWords, 300};
  int64_t clusters = 0;
  std::string out;
  for (auto _ : state) {
    auto stream = OpenClusterStream(path, ReadOptions(), nullptr);
    if (!stream.ok()) {
      state.SkipWithError(stream.status().ToString().c_str());
      return;
    }
    Cluster c;
    for (;;) {
      auto more = (*stream)->Next(&c);
      if (!more.ok() || !*more) break;
      auto summary = Summarize(c, options);
      if (!summary.ok()) continue;
      out.clear();
      for (const SummarySentence& x : summary->sentences) {
        out += x.span.In(c.articles[x.article].text);
        out += " [";
        out += std::to_string(x.article + 1);
        out += "]\n";
      }
      benchmark::DoNotOptimize(out);
      ++clusters;
    }
  }
  state.counters["clusters/s"] = benchmark::Counter(
      static_cast<double>(clusters), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SummarizeFile)->Unit(benchmark::kMillisecond);

// The benchmarks run with the heap the CLI has (see base/heap.h).
const bool kHeapTuned = [] {
  TuneHeapForBatches();
  return true;
}();

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
