// Copyright 2026 The precis Authors.
//
// Tokenizer and normalizer throughput, one core, swept over input size (as
// re2's benchmarks are): generated news-like English, generated accented
// French-like text, the raw web-scraped seeds in ../shared/seeds when
// present, and adversarial runs that once made the tokenizer rescan.
// Target: tokenize >= 50 MB/s on news text.
//
//   precis_bench --benchmark_filter='Tokenize|Normalize'

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "precis/normalizer.h"
#include "precis/tokenizer.h"
#include "testing.h"

namespace precis {
namespace {

// Deterministic news-like text of about `bytes` bytes: sentences of 8 to 30
// words with capitals, commas, curly quotes, possessives, dashes, numbers,
// money, percentages, dates, and a rare URL, e-mail address or handle.
std::string NewsText(size_t bytes, bool accented) {
  static const char* kEnglish[] = {
      "the",        "of",        "and",      "to",       "a",
      "in",         "that",      "for",      "on",       "with",
      "said",       "was",       "is",       "by",       "at",
      "it",         "from",      "his",      "her",      "government",
      "officials",  "minister",  "bridge",   "city",     "council",
      "agreement",  "talks",     "week",     "report",   "police",
      "president",  "company",   "market",   "year",     "people",
      "well-known", "don't",     "election", "vote",     "spokesman",
      "announced",  "according", "federal",  "court",    "investigation",
      "Iran's",     "Russia's",  "U.S.",     "decision", "about",
      "would",      "could",     "after",    "before",   "between"};
  static const char* kFrench[] = {
      "le",          "la",       "les",      "de",         "des",
      "et",          "à",        "été",      "déclaré",    "gouvernement",
      "ministre",    "élection", "année",    "première",   "député",
      "sécurité",    "économie", "français", "européenne", "négociations",
      "aujourd'hui", "qu'il",    "l'accord", "très",       "être",
      "après",       "où",       "ça",       "Québec",     "Zürich"};
  const char** words = accented ? kFrench : kEnglish;
  const size_t nwords = accented ? std::size(kFrench) : std::size(kEnglish);
  static const char* kExtras[] = {"$1.2 million",
                                  "3.5%",
                                  "1,000",
                                  "2018-04-10",
                                  "10:30",
                                  "21st",
                                  "\xE2\x80\x94",
                                  "(AP)",
                                  "\xE2\x80\x9CWe",
                                  "it\xE2\x80\x99s",
                                  "https://example.com/news/2018/04/story.html",
                                  "press@example.org",
                                  "@precis_news",
                                  "#vote"};
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> word(0, nwords - 1);
  std::uniform_int_distribution<size_t> extra(0, std::size(kExtras) - 1);
  std::uniform_int_distribution<int> length(8, 30), percent(0, 99);
  std::string s;
  while (s.size() < bytes) {
    const int n = length(rng);
    for (int k = 0; k < n; ++k) {
      std::string w = percent(rng) < 6 ? kExtras[extra(rng)] : words[word(rng)];
      if (k == 0 && w[0] >= 'a' && w[0] <= 'z') w[0] -= 'a' - 'A';
      s += w;
      s += k + 1 == n ? ". " : percent(rng) < 8 ? ", " : " ";
    }
    if (percent(rng) < 15) s += "\n\n";
  }
  return s;
}

std::string SeedsText() {
  const std::string dir = precis::testing::SharedPath("seeds");
  if (dir.empty()) return "";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::string text;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    text += ss.str();
    text += "\n\n";
  }
  return text;
}

// Runs that are cheap only because failed URL and e-mail scans are
// remembered: "1a.1a.1a...", "a_a_a_...", "x@x@x@...", "abc.abc.abc...".
std::string Adversarial(size_t bytes) {
  static const char* kRuns[] = {"1a.", "a_", "x@", "abc.", "a.b.c/", "1-"};
  std::string s;
  for (size_t r = 0; s.size() < bytes; ++r) {
    const std::string run = kRuns[r % std::size(kRuns)];
    for (size_t k = 0; k < 2000 / run.size(); ++k) s += run;
    s += ' ';
  }
  return s;
}

void RunTokenize(benchmark::State& state, const std::string& text) {
  std::vector<Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    Tokenize(text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
  state.counters["tokens"] = double(tokens.size());
}

void RunNormalize(benchmark::State& state, const std::string& text) {
  size_t edits = 0;
  for (auto _ : state) {
    const NormalizedText n = Normalize(text);
    edits = n.map.edit_count();
    benchmark::DoNotOptimize(n.text.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
  state.counters["edits"] = double(edits);
}

void BM_TokenizeNews(benchmark::State& state) {
  RunTokenize(state, NewsText(state.range(0), false));
}
BENCHMARK(BM_TokenizeNews)->RangeMultiplier(16)->Range(1 << 10, 1 << 22);

void BM_TokenizeAccented(benchmark::State& state) {
  RunTokenize(state, NewsText(state.range(0), true));
}
BENCHMARK(BM_TokenizeAccented)->Arg(1 << 20);

void BM_TokenizeSeeds(benchmark::State& state) {
  static const std::string text = SeedsText();
  if (text.empty()) {
    state.SkipWithError("no ../shared/seeds");
    return;
  }
  RunTokenize(state, text);
}
BENCHMARK(BM_TokenizeSeeds);

void BM_TokenizeAdversarial(benchmark::State& state) {
  RunTokenize(state, Adversarial(state.range(0)));
}
BENCHMARK(BM_TokenizeAdversarial)->Arg(1 << 20);

void BM_NormalizeNews(benchmark::State& state) {
  RunNormalize(state, NewsText(state.range(0), false));
}
BENCHMARK(BM_NormalizeNews)->RangeMultiplier(16)->Range(1 << 10, 1 << 22);

void BM_NormalizeAccented(benchmark::State& state) {
  RunNormalize(state, NewsText(state.range(0), true));
}
BENCHMARK(BM_NormalizeAccented)->Arg(1 << 20);

void BM_NormalizeSeeds(benchmark::State& state) {
  static const std::string text = SeedsText();
  if (text.empty()) {
    state.SkipWithError("no ../shared/seeds");
    return;
  }
  RunNormalize(state, text);
}
BENCHMARK(BM_NormalizeSeeds);

}  // namespace
}  // namespace precis
