// Copyright 2026 The precis Authors.
//
// Throughput of the story analyses on real news, in bytes per second on
// one core: time expressions, quotes, and the timeline of a cluster, over
// the articles of the Multi-News development set when ../shared is
// present, else the bundled example cluster repeated. Also a sweep over
// the size of one text, to show that the cost stays linear (a 5,000-word
// quote, thousands of paragraphs of quotes).

#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "precis/quotes.h"
#include "precis/reader.h"
#include "precis/time_expressions.h"
#include "precis/timeline.h"
#include "testing.h"

namespace precis {
namespace {

const std::vector<Cluster>& Clusters() {
  static const std::vector<Cluster>* clusters = [] {
    auto* out = new std::vector<Cluster>();
    std::string path =
        precis::testing::SharedPath("data/multinews/dev100.jsonl");
    if (path.empty()) {
      path = precis::testing::SourcePath("examples/harbor-bridge");
    }
    auto read = ReadClusters({path}, ReadOptions(), nullptr);
    if (!read.ok()) return out;
    size_t bytes = 0;
    while (bytes < 2'000'000) {
      for (Cluster& c : *read) {
        for (Article& a : c.articles) {
          if (a.published.empty()) a.published = "2018-04-11";
          bytes += a.text.size();
        }
        out->push_back(c);
      }
      if (bytes == 0) break;
    }
    return out;
  }();
  return *clusters;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const Cluster& c : Clusters()) {
    for (const Article& a : c.articles) n += a.text.size();
  }
  return n;
}

void BM_TimeExpressions(benchmark::State& state) {
  size_t found = 0;
  for (auto _ : state) {
    for (const Cluster& c : Clusters()) {
      for (const Article& a : c.articles) {
        found +=
            FindTimeExpressions(a.text, CivilDate::Parse(a.published)).size();
      }
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          TotalBytes());
}
BENCHMARK(BM_TimeExpressions)->Unit(benchmark::kMillisecond);

void BM_Quotes(benchmark::State& state) {
  size_t found = 0;
  for (auto _ : state) {
    for (const Cluster& c : Clusters()) {
      for (const Article& a : c.articles) found += FindQuotes(a.text).size();
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          TotalBytes());
}
BENCHMARK(BM_Quotes)->Unit(benchmark::kMillisecond);

void BM_Timeline(benchmark::State& state) {
  size_t events = 0;
  for (auto _ : state) {
    for (const Cluster& c : Clusters()) events += BuildTimeline(c).size();
  }
  benchmark::DoNotOptimize(events);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          TotalBytes());
}
BENCHMARK(BM_Timeline)->Unit(benchmark::kMillisecond);

// One text of `paragraphs` quoted paragraphs with attributions, dates and
// reported speech; time should grow linearly with it.
std::string Synthetic(int64_t paragraphs) {
  std::string text;
  for (int64_t i = 0; i < paragraphs; ++i) {
    text +=
        "\"We will rebuild the bridge by next spring,\" Mayor Ann Lee "
        "said on Tuesday. She said the work began on March 3, 2018, "
        "according to the city.\n\n";
  }
  return text;
}

void BM_QuotesBySize(benchmark::State& state) {
  const std::string text = Synthetic(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(FindQuotes(text).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          text.size());
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_QuotesBySize)
    ->RangeMultiplier(4)
    ->Range(16, 16384)
    ->Complexity(benchmark::oN);

void BM_TimeExpressionsBySize(benchmark::State& state) {
  const std::string text = Synthetic(state.range(0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        FindTimeExpressions(text, CivilDate{2018, 4, 11}).size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          text.size());
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_TimeExpressionsBySize)
    ->RangeMultiplier(4)
    ->Range(16, 16384)
    ->Complexity(benchmark::oN);

// A single quote of n words, unclosed or closed.
void BM_LongQuote(benchmark::State& state) {
  std::string text = "\xE2\x80\x9C";
  for (int64_t i = 0; i < state.range(0); ++i) text += "word ";
  text += "\xE2\x80\x9D she said.";
  for (auto _ : state) benchmark::DoNotOptimize(FindQuotes(text).size());
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_LongQuote)
    ->RangeMultiplier(8)
    ->Range(64, 262144)
    ->Complexity(benchmark::oN);

}  // namespace
}  // namespace precis
