// Copyright 2026 The precis Authors.

#include <algorithm>
#include <numeric>

#include "summarize/method.h"

namespace precis {

size_t SentenceCost(const CorpusSentence& s, Budget::Unit unit) {
  switch (unit) {
    case Budget::Unit::kWords:
      return s.words;
    case Budget::Unit::kBytes:
      return s.span.size();
    case Budget::Unit::kSentences:
      return 1;
  }
  return 1;
}

Selection GreedySelect(const SelectionInput& in,
                       std::span<const double> score) {
  const auto& sentences = in.corpus.sentences();
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    if (in.eligible[i]) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return score[a] > score[b]; });
  Selection out;
  size_t left = in.budget.amount;
  for (uint32_t i : order) {
    const size_t cost = SentenceCost(sentences[i], in.budget.unit);
    if (cost > left) continue;
    const bool redundant = std::any_of(
        out.sentences.begin(), out.sentences.end(), [&](uint32_t j) {
          return in.vectors[i].Dot(in.vectors[j]) >= in.redundancy;
        });
    if (redundant) continue;
    out.sentences.push_back(i);
    out.scores.push_back(score[i]);
    left -= cost;
    if (left == 0) break;
  }
  return out;
}

}  // namespace precis
