// Copyright 2026 The precis Authors.
//
// Throughput of the text pipeline on real news: tokenizer, sentence
// splitter, normalizer and boilerplate removal, in bytes per second on one
// core. The text is the articles of the Multi-News development set when
// ../shared is present, else the bundled example cluster repeated.
// Targets: tokenize >= 50 MB/s, split >= 20 MB/s.

#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "precis/boilerplate.h"
#include "precis/normalizer.h"
#include "precis/reader.h"
#include "precis/sentence_splitter.h"
#include "precis/tokenizer.h"
#include "testing.h"

namespace precis {
namespace {

const std::vector<Article>& Articles() {
  static const std::vector<Article>* articles = [] {
    auto* out = new std::vector<Article>();
    std::string path =
        precis::testing::SharedPath("data/multinews/dev100.jsonl");
    if (path.empty())
      path = precis::testing::SourcePath("examples/harbor-bridge");
    auto clusters = ReadClusters({path}, ReadOptions(), nullptr);
    if (!clusters.ok()) return out;
    size_t bytes = 0;
    while (bytes < 2'000'000) {
      for (const Cluster& c : *clusters) {
        for (const Article& a : c.articles) {
          out->push_back(a);
          bytes += a.text.size();
        }
      }
      if (bytes == 0) break;
    }
    return out;
  }();
  return *articles;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const Article& a : Articles()) n += a.text.size();
  return n;
}

void BM_Tokenize(benchmark::State& state) {
  std::vector<Token> tokens;
  for (auto _ : state) {
    for (const Article& a : Articles()) {
      tokens.clear();
      Tokenize(a.text, &tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * TotalBytes());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  for (auto _ : state) {
    for (const Article& a : Articles()) {
      benchmark::DoNotOptimize(SplitSentences(a.text));
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * TotalBytes());
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state) {
    for (const Article& a : Articles()) {
      benchmark::DoNotOptimize(Normalize(a.text));
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * TotalBytes());
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_CleanArticles(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(CleanArticles(Articles()));
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * TotalBytes());
}
BENCHMARK(BM_CleanArticles)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace precis
