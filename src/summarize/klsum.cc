// Copyright 2026 The precis Authors.
//
// KLSum (Haghighi and Vanderwende, "Exploring content models for
// multi-document summarization", NAACL 2009, section 3): the summary S*
// minimizing KL(P_D || P_S), where P_D is the unigram distribution of the
// cluster's content terms and P_S that of the summary, found greedily: add
// the sentence that brings the divergence lowest, while one fits the budget.
// P_S is Lidstone-smoothed,
//   P_S(w) = (c_S(w) + delta) / (|S| + delta V),
// V the cluster's vocabulary, so that it is positive wherever P_D is.
//
// Cost: KL(P_D || P_S) = sum P_D log P_D - sum_w P_D(w) log(c_S(w) + delta)
// + log(|S| + delta V); adding a sentence changes only its own terms and the
// normalizer, so each candidate is scored in time linear in its length and a
// step costs one pass over the candidates' term occurrences.
//
// Departures from the paper: the greedy fills the budget instead of stopping
// once no sentence lowers the divergence, since the smoothed empty summary
// (uniform over V) can be closer to P_D than any single sentence; sentences
// whose cosine with a chosen one reaches the redundancy threshold are
// skipped; terms are stemmed with stop words removed.

#include "summarize/klsum.h"

#include <cmath>
#include <limits>
#include <vector>

#include "summarize/sentence_graph.h"

namespace precis {
namespace {

class KlSumMethod : public Method {
 public:
  explicit KlSumMethod(const KlSumOptions& options) : options_(options) {}

  Selection Select(const SelectionInput& in) const override {
    const Corpus& corpus = in.corpus;
    const auto& sentences = corpus.sentences();
    // P_D over all sentences, chosen or not.
    std::vector<double> p(corpus.vocabulary().size(), 0);
    double total = 0;
    for (const CorpusSentence& s : sentences) {
      for (uint32_t t : corpus.Terms(s)) p[t] += 1, total += 1;
    }
    if (total == 0) return {};
    for (double& x : p) x /= total;

    const std::vector<uint32_t> pool =
        CandidateSentences(in, options_.max_candidates);
    std::vector<SparseVector> counts(pool.size());
    for (size_t k = 0; k < pool.size(); ++k) {
      counts[k] = CountVector(corpus.Terms(sentences[pool[k]]));
    }
    const double delta = options_.smoothing;
    const double smoothed_vocabulary = delta * static_cast<double>(p.size());
    std::vector<double> c(p.size(), 0);  // c_S(w)
    double length = 0;                   // |S|
    std::vector<bool> open(pool.size(), true);
    Selection out;
    size_t used = 0;
    while (true) {
      // The rise of sum P_D log(c + delta) - log(|S| + delta V) that adding
      // each candidate would bring: the fall of the divergence.
      size_t best = pool.size();
      double best_gain = -std::numeric_limits<double>::infinity();
      const double base = std::log(length + smoothed_vocabulary);
      for (size_t k = 0; k < pool.size(); ++k) {
        if (!open[k]) continue;
        const uint32_t i = pool[k];
        const size_t cost = SentenceCost(sentences[i], in.budget.unit);
        if (!Fits(used, cost, in.budget)) {
          open[k] = false;
          continue;
        }
        double gain = 0, added = 0;
        for (const auto& [t, n] : counts[k].entries) {
          gain += p[t] * (std::log(c[t] + n + delta) - std::log(c[t] + delta));
          added += n;
        }
        gain -= std::log(length + added + smoothed_vocabulary) - base;
        if (gain > best_gain) best = k, best_gain = gain;
      }
      if (best == pool.size()) break;  // nothing fits
      open[best] = false;
      out.sentences.push_back(pool[best]);
      out.scores.push_back(best_gain);
      used += SentenceCost(sentences[pool[best]], in.budget.unit);
      for (const auto& [t, n] : counts[best].entries) c[t] += n, length += n;
      // Close what now repeats the summary: one dot product a candidate.
      const SparseVector& chosen = in.vectors[pool[best]];
      for (size_t k = 0; k < pool.size(); ++k) {
        if (open[k] && in.vectors[pool[k]].Dot(chosen) >= in.redundancy) {
          open[k] = false;
        }
      }
    }
    return out;
  }

 private:
  KlSumOptions options_;
};

}  // namespace

std::unique_ptr<Method> NewKlSumMethod(const KlSumOptions& options) {
  return std::make_unique<KlSumMethod>(options);
}

}  // namespace precis
