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
// normalizer. Each candidate keeps the sum over its terms up to date through
// an inverted index, so a step costs the postings of the chosen sentence's
// terms plus one comparison per candidate.
//
// Departures from the paper: the greedy fills the budget instead of stopping
// once no sentence lowers the divergence, since the smoothed empty summary
// (uniform over V) can be closer to P_D than any single sentence; sentences
// whose cosine with a chosen one reaches the redundancy threshold are
// skipped; terms are stemmed with stop words removed.

#include "summarize/klsum.h"

#include <cmath>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include "summarize/sentence_graph.h"

namespace precis {
namespace {

// Postings of the candidates: for each term, (candidate, count) pairs.
struct Postings {
  std::vector<uint32_t> starts;  // per term, into entries; one past the end
  std::vector<std::pair<uint32_t, float>> entries;

  Postings(const std::vector<SparseVector>& counts, size_t terms)
      : starts(terms + 1, 0) {
    for (const SparseVector& v : counts) {
      for (const auto& e : v.entries) ++starts[e.first + 1];
    }
    for (size_t t = 0; t < terms; ++t) starts[t + 1] += starts[t];
    entries.resize(starts.back());
    std::vector<uint32_t> fill(starts.begin(), starts.end() - 1);
    for (uint32_t k = 0; k < counts.size(); ++k) {
      for (const auto& [t, n] : counts[k].entries) entries[fill[t]++] = {k, n};
    }
  }
  std::span<const std::pair<uint32_t, float>> Of(uint32_t t) const {
    return {entries.data() + starts[t], starts[t + 1] - starts[t]};
  }
};

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
    std::vector<uint32_t> added(pool.size(), 0);  // |s| in terms
    uint32_t longest = 0;
    for (size_t k = 0; k < pool.size(); ++k) {
      const auto terms = corpus.Terms(sentences[pool[k]]);
      counts[k] = CountVector(terms);
      added[k] = static_cast<uint32_t>(terms.size());
      longest = std::max(longest, added[k]);
    }
    const Postings postings(counts, p.size());
    const double delta = options_.smoothing;
    const double smoothed_vocabulary = delta * static_cast<double>(p.size());
    // rise(t, n): what adding n occurrences of t adds to
    // sum_w P_D(w) log(c_S(w) + delta), given the current c_S(t).
    std::vector<double> c(p.size(), 0);
    auto rise = [&](uint32_t t, double n, double ct) {
      return p[t] * (std::log(ct + n + delta) - std::log(ct + delta));
    };
    // term_gain[k]: the sum of rise over candidate k's terms, kept current
    // as c_S changes (only for candidates sharing a term with a choice).
    std::vector<double> term_gain(pool.size(), 0);
    for (size_t k = 0; k < pool.size(); ++k) {
      for (const auto& [t, n] : counts[k].entries) {
        term_gain[k] += rise(t, n, 0);
      }
    }
    std::vector<bool> open(pool.size(), true);
    std::vector<double> normalizer(longest + 1);
    double length = 0;  // |S|
    Selection out;
    size_t used = 0;
    while (true) {
      // The fall of the divergence that each candidate would bring.
      const double base = std::log(length + smoothed_vocabulary);
      for (uint32_t a = 0; a <= longest; ++a) {
        normalizer[a] = std::log(length + a + smoothed_vocabulary) - base;
      }
      size_t best = pool.size();
      double best_gain = -std::numeric_limits<double>::infinity();
      for (size_t k = 0; k < pool.size(); ++k) {
        if (!open[k]) continue;
        if (!Fits(used, SentenceCost(sentences[pool[k]], in.budget.unit),
                  in.budget)) {
          open[k] = false;
          continue;
        }
        const double gain = term_gain[k] - normalizer[added[k]];
        if (gain > best_gain) best = k, best_gain = gain;
      }
      if (best == pool.size()) break;  // nothing fits
      open[best] = false;
      out.sentences.push_back(pool[best]);
      out.scores.push_back(best_gain);
      used += SentenceCost(sentences[pool[best]], in.budget.unit);
      length += added[best];
      for (const auto& [t, nb] : counts[best].entries) {
        const double before = c[t], after = c[t] + nb;
        for (const auto& [k, n] : postings.Of(t)) {
          if (open[k]) term_gain[k] += rise(t, n, after) - rise(t, n, before);
        }
        c[t] = after;
      }
      CloseRedundant(in, pool, postings, counts[best], pool[best], &open);
    }
    return out;
  }

 private:
  // Closes the open candidates whose cosine with the chosen sentence reaches
  // the threshold; only those sharing a term can, unless it is not positive.
  static void CloseRedundant(const SelectionInput& in,
                             const std::vector<uint32_t>& pool,
                             const Postings& postings,
                             const SparseVector& chosen_counts, uint32_t chosen,
                             std::vector<bool>* open) {
    auto check = [&](uint32_t k) {
      if ((*open)[k] &&
          in.vectors[pool[k]].Dot(in.vectors[chosen]) >= in.redundancy) {
        (*open)[k] = false;
      }
    };
    if (in.redundancy <= 0) {
      for (uint32_t k = 0; k < pool.size(); ++k) check(k);
      return;
    }
    for (const auto& e : chosen_counts.entries) {
      for (const auto& [k, n] : postings.Of(e.first)) check(k);
    }
  }

  KlSumOptions options_;
};

}  // namespace

std::unique_ptr<Method> NewKlSumMethod(const KlSumOptions& options) {
  return std::make_unique<KlSumMethod>(options);
}

}  // namespace precis
