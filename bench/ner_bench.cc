// Copyright 2026 The precis Authors.
//
// Named entities, one core: the tagger on CoNLL-2003 dev (pre-tokenized
// words, as `precis ner eval` measures it) at beam widths 1, 4 and 8; the
// tagger on real articles from their precis tokens (Multi-News dev when
// ../shared is present, else the bundled example cluster), with and
// without tokenization; and entity linking of whole clusters. Counters
// report words/s. Target: >= 100,000 words/s.

#include <string>
#include <vector>

#include "analyze/conll.h"
#include "analyze/ner_train.h"
#include "benchmark/benchmark.h"
#include "precis/entities.h"
#include "precis/reader.h"
#include "precis/tokenizer.h"
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
    return new std::vector<Cluster>(read.ok() ? std::move(read).value()
                                              : std::vector<Cluster>());
  }();
  return *clusters;
}

const conll::Corpus* Dev() {
  static const conll::Corpus* dev = []() -> const conll::Corpus* {
    const std::string path =
        precis::testing::SharedPath("data/conll2003/eng.testa");
    if (path.empty()) return nullptr;
    auto corpus = conll::ReadCorpus(path);
    return corpus.ok() ? new conll::Corpus(std::move(corpus).value()) : nullptr;
  }();
  return dev;
}

void BM_NerConllDev(benchmark::State& state) {
  const conll::Corpus* dev = Dev();
  if (dev == nullptr) {
    state.SkipWithError("no CoNLL-2003 data");
    return;
  }
  const NerTagger::Model& model = NerTagger::Default().model();
  double f1 = 0;
  for (auto _ : state) {
    const ner::Evaluation e = ner::Evaluate(model, *dev, int(state.range(0)));
    f1 = e.scores.F1();
  }
  state.counters["words/s"] = benchmark::Counter(
      double(dev->tokens()) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["F1"] = 100 * f1;
}
BENCHMARK(BM_NerConllDev)
    ->Arg(1)
    ->Arg(4)
    ->Arg(8)
    ->Unit(benchmark::kMillisecond);

// Words (tokens that are words or numbers) of the articles.
size_t Words(const std::vector<std::vector<Token>>& tokens) {
  size_t n = 0;
  for (const auto& ts : tokens) n += ts.size();
  return n;
}

void BM_NerTagArticles(benchmark::State& state) {
  const bool tokenize = state.range(0) != 0;
  std::vector<const Article*> articles;
  std::vector<std::vector<Token>> tokens;
  for (const Cluster& c : Clusters()) {
    for (const Article& a : c.articles) {
      articles.push_back(&a);
      tokens.emplace_back();
      Tokenize(a.text, &tokens.back());
    }
  }
  const NerTagger& tagger = NerTagger::Default();
  std::vector<EntityMention> out;
  std::vector<Token> scratch;
  for (auto _ : state) {
    out.clear();
    for (size_t i = 0; i < articles.size(); ++i) {
      if (tokenize) {
        scratch.clear();
        Tokenize(articles[i]->text, &scratch);
        tagger.Tag(articles[i]->text, scratch, &out);
      } else {
        tagger.Tag(articles[i]->text, tokens[i], &out);
      }
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["words/s"] = benchmark::Counter(
      double(Words(tokens)) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["mentions"] = double(out.size());
}
BENCHMARK(BM_NerTagArticles)
    ->Arg(0)
    ->Arg(1)
    ->ArgName("tokenize")
    ->Unit(benchmark::kMillisecond);

void BM_FindEntities(benchmark::State& state) {
  size_t words = 0;
  for (const Cluster& c : Clusters()) {
    for (const Article& a : c.articles) {
      std::vector<Token> t;
      Tokenize(a.text, &t);
      words += t.size();
    }
  }
  size_t entities = 0;
  for (auto _ : state) {
    entities = 0;
    for (const Cluster& c : Clusters()) {
      entities += FindEntities(c.articles).size();
    }
  }
  state.counters["words/s"] = benchmark::Counter(
      double(words) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["entities"] = double(entities);
}
BENCHMARK(BM_FindEntities)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace precis
