// Copyright 2026 The precis Authors.
//
// Sentence splitter throughput, one core, swept over input size:
// generated news-like English (datelines, headlines, abbreviations,
// initials, times, quotes with attributions, ellipses, lists), the raw
// web-scraped seeds and the Multi-News dev documents in ../shared when
// present, and adversarial inputs (periods everywhere, one word a line).
// Tokenize() on the same text is the baseline: the splitter runs it once.
// Target: >= 20 MB/s on news text.
//
//   precis_bench --benchmark_filter='Split|TokenizeBaseline'

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "nlohmann/json.hpp"
#include "precis/sentence_splitter.h"
#include "precis/tokenizer.h"
#include "testing.h"

namespace precis {
namespace {

// Deterministic news-like text of about `bytes` bytes, in paragraphs.
std::string SplitterNewsText(size_t bytes) {
  static const char* kWords[] = {
      "the",      "of",       "and",    "to",         "a",
      "in",       "that",     "for",    "on",         "with",
      "was",      "is",       "by",     "at",         "it",
      "from",     "his",      "her",    "government", "officials",
      "minister", "bridge",   "city",   "council",    "agreement",
      "talks",    "week",     "report", "police",     "president",
      "company",  "market",   "year",   "people",     "well-known",
      "don't",    "election", "vote",   "spokesman",  "announced",
      "federal",  "court",    "Iran's", "Russia's",   "decision",
      "about",    "would",    "could",  "after",      "before"};
  // Pieces that exercise the rules; some end a sentence.
  static const char* kPieces[] = {"U.S.",
                                  "Gen. Holt",
                                  "Sen. Ruiz (D-N.Y.)",
                                  "Apple Inc.",
                                  "Jan. 5",
                                  "5 p.m. Sunday",
                                  "John F. Kennedy",
                                  "No. 3",
                                  "3.14",
                                  "$1.2 million",
                                  "e.g.",
                                  "Springfield, Ill.",
                                  "etc.",
                                  "example.com",
                                  "\xE2\x80\x94",
                                  "(AP)",
                                  "vs.",
                                  "St. Louis",
                                  "the U.N.",
                                  "Ph.D."};
  static const char* kEnds[] = {". ",
                                ". ",
                                ". ",
                                ". ",
                                "? ",
                                "! ",
                                "... ",
                                ".\" ",
                                "!\" Smith shouted. ",
                                ",\xE2\x80\x9D she said. ",
                                " in the U.S. ",
                                " at 6 a.m. "};
  std::mt19937 rng(7);
  auto pick = [&](size_t n) {
    return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
  };
  std::string s;
  while (s.size() < bytes) {
    if (pick(10) == 0) s += "WASHINGTON (AP) \xE2\x80\x94 ";
    if (pick(12) == 0) s += "Bridge Closes After Storm\nBy Ana Ruiz\n";
    if (pick(15) == 0) s += "1. First point.\n2. Second point\n";
    const size_t sentences = 1 + pick(5);
    for (size_t k = 0; k < sentences; ++k) {
      const size_t n = 8 + pick(22);
      for (size_t w = 0; w < n; ++w) {
        std::string word = pick(100) < 8 ? kPieces[pick(std::size(kPieces))]
                                         : kWords[pick(std::size(kWords))];
        if (w == 0 && word[0] >= 'a' && word[0] <= 'z') word[0] -= 'a' - 'A';
        s += word;
        s += w + 1 == n ? "" : pick(100) < 8 ? ", " : " ";
      }
      s += kEnds[pick(std::size(kEnds))];
    }
    s += "\n\n";
  }
  return s;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The seeds, or "" when ../shared is absent.
const std::string& Seeds() {
  static const std::string* text = [] {
    auto* s = new std::string;
    const std::string dir = precis::testing::SharedPath("seeds");
    if (dir.empty()) return s;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) *s += ReadFile(f) + "\n\n";
    return s;
  }();
  return *text;
}

// The documents of Multi-News dev100, or none when ../shared is absent.
const std::vector<std::string>& MultiNews() {
  static const std::vector<std::string>* docs = [] {
    auto* d = new std::vector<std::string>;
    const std::string path =
        precis::testing::SharedPath("data/multinews/dev100.jsonl");
    if (path.empty()) return d;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("documents")) continue;
      for (const auto& doc : j["documents"]) {
        if (doc.is_string()) d->push_back(doc.get<std::string>());
      }
    }
    return d;
  }();
  return *docs;
}

// Adversarial: "a. b. c. ...", "U.S. U.S. ...", ". . . .", one word a line.
std::string Adversarial(size_t bytes, int kind) {
  static const char* kUnits[] = {"a. ", "U.S. ", ". ", "Word\n", "Mr.", "..."};
  std::string s;
  while (s.size() < bytes) s += kUnits[kind];
  return s;
}

void RunSplit(benchmark::State& state, const std::string& text) {
  size_t sentences = 0;
  for (auto _ : state) {
    const auto out = SplitSentences(text);
    sentences = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
  state.counters["sentences"] = double(sentences);
}

void BM_SplitNews(benchmark::State& state) {
  RunSplit(state, SplitterNewsText(state.range(0)));
}
BENCHMARK(BM_SplitNews)->RangeMultiplier(16)->Range(1 << 10, 1 << 22);

// The baseline: tokenizing the same text.
void BM_TokenizeBaselineNews(benchmark::State& state) {
  const std::string text = SplitterNewsText(state.range(0));
  std::vector<Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    Tokenize(text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}
BENCHMARK(BM_TokenizeBaselineNews)->Arg(1 << 20);

void BM_SplitSeeds(benchmark::State& state) {
  if (Seeds().empty()) {
    state.SkipWithError("no ../shared/seeds");
    return;
  }
  RunSplit(state, Seeds());
}
BENCHMARK(BM_SplitSeeds);

void BM_SplitMultiNewsDev(benchmark::State& state) {
  const auto& docs = MultiNews();
  if (docs.empty()) {
    state.SkipWithError("no ../shared/data/multinews/dev100.jsonl");
    return;
  }
  size_t bytes = 0, sentences = 0;
  for (const auto& d : docs) bytes += d.size();
  for (auto _ : state) {
    sentences = 0;
    for (const auto& d : docs) sentences += SplitSentences(d).size();
    benchmark::DoNotOptimize(sentences);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
  state.counters["docs"] = double(docs.size());
  state.counters["sentences"] = double(sentences);
}
BENCHMARK(BM_SplitMultiNewsDev)->Unit(benchmark::kMillisecond);

void BM_SplitAdversarial(benchmark::State& state) {
  RunSplit(state, Adversarial(1 << 20, static_cast<int>(state.range(0))));
}
BENCHMARK(BM_SplitAdversarial)->DenseRange(0, 5);

}  // namespace
}  // namespace precis
