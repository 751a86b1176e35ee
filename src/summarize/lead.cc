// Copyright 2026 The precis Authors.
//
// Lead: the first sentences of each article, taken in rounds (every
// article's first, then every article's second, ...), the baseline every
// multi-document paper reports ("First-k" in Fabbri et al., ACL 2019).

#include <vector>

#include "summarize/method.h"

namespace precis {
namespace {

class LeadMethod : public Method {
 public:
  Selection Select(const SelectionInput& in) const override {
    const auto& sentences = in.corpus.sentences();
    std::vector<double> score(sentences.size());
    // Rank by round, then by article order: score falls with both.
    const double articles = static_cast<double>(in.corpus.article_count());
    for (size_t i = 0; i < sentences.size(); ++i) {
      score[i] = -(sentences[i].position * articles + sentences[i].article);
    }
    return GreedySelect(in, score);
  }
};

}  // namespace

std::unique_ptr<Method> NewLeadMethod() {
  return std::make_unique<LeadMethod>();
}

}  // namespace precis
