// Copyright 2026 The precis Authors.
//
// Centroid: MEAD's centroid-based summarizer (Radev, Jing, Stys and Tam,
// "Centroid-based summarization of multiple documents", Information
// Processing and Management 40, 2004). A sentence scores
//   S_i = w_c * C_i + w_p * P_i,
// where C_i sums the centroid values of the sentence's distinct terms and
// P_i = (n - i) / n * C_max rewards early positions in its article (n
// sentences, i from 0). The reranker then skips sentences too similar to
// those already chosen (GreedySelect's cosine threshold).
//
// Departures from the paper: the centroid's idf comes from the cluster's own
// sentences, since precis ships no background corpus; centroid values are
// averaged over articles, so a term counts more when more outlets use it.

#include <algorithm>
#include <vector>

#include "summarize/method.h"

namespace precis {
namespace {

constexpr double kCentroidWeight = 1.0;  // w_c, MEAD's default
constexpr double kPositionWeight = 1.0;  // w_p, MEAD's default

class CentroidMethod : public Method {
 public:
  Selection Select(const SelectionInput& in) const override {
    const Corpus& corpus = in.corpus;
    const auto& sentences = corpus.sentences();
    const double articles = std::max<size_t>(1, corpus.article_count());
    std::vector<double> centroid(corpus.vocabulary().size(), 0);
    for (const CorpusSentence& s : sentences) {
      for (uint32_t t : corpus.Terms(s)) centroid[t] += in.idf[t] / articles;
    }
    std::vector<double> score(sentences.size(), 0);
    std::vector<uint32_t> seen(centroid.size(), UINT32_MAX);
    double c_max = 0;
    for (uint32_t i = 0; i < sentences.size(); ++i) {
      for (uint32_t t : corpus.Terms(sentences[i])) {
        if (seen[t] != i) seen[t] = i, score[i] += centroid[t];
      }
      c_max = std::max(c_max, score[i]);
    }
    const auto& starts = corpus.article_starts();
    for (uint32_t i = 0; i < sentences.size(); ++i) {
      const uint32_t a = sentences[i].article;
      const double n = starts[a + 1] - starts[a];
      const double p = (n - sentences[i].position) / n * c_max;
      score[i] = kCentroidWeight * score[i] + kPositionWeight * p;
    }
    return GreedySelect(in, score);
  }
};

}  // namespace

std::unique_ptr<Method> NewCentroidMethod() {
  return std::make_unique<CentroidMethod>();
}

}  // namespace precis
