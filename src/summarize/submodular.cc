// Copyright 2026 The precis Authors.
//
// Submodular summarization (Lin and Bilmes, "A class of submodular functions
// for document summarization", ACL 2011). The summary S maximizes
//   F(S) = L(S) + lambda R(S),
//   L(S) = sum_{i in V} min(C_i(S), alpha C_i(V)),   C_i(S) = sum_{j in S}
//   w_ij, R(S) = sum_{k=1..K} sqrt(sum_{j in P_k cap S} r_j),  r_j = 1/N sum_i
//   w_ij,
// where w_ij is the tf-idf cosine of sentences i and j, alpha = a/N, and
// P_1..P_K partition the sentences by k-means (K = 0.2 N). The budgeted
// greedy of the paper (their Algorithm 1) repeatedly takes the sentence with
// the largest gain / cost^r (r = 0.3, cost in budget units), dropping those
// that no longer fit, and in the end returns the better of that set and the
// best single sentence, which guarantees a constant-factor approximation.
// Defaults are the paper's DUC settings (lambda = 6, r = 0.3), but a = 10: a =
// 5 scored 1 point of ROUGE-2 lower on DUC 2003, the development set of the
// paper too.
//
// Implementation notes: the gains are computed on the sparse similarity
// graph (only pairs sharing a term), and the greedy is lazy (Minoux's
// accelerated greedy: a gain computed earlier bounds the current one, since
// F is submodular), which gives the same selection as the plain greedy up to
// ties. Additions: sentences whose cosine with a chosen one reaches the
// redundancy threshold are skipped; the ground set is the eligible sentences
// with content terms (at most max_candidates of them).

#include "summarize/submodular.h"

#include <algorithm>
#include <cmath>
#include <queue>

#include "summarize/sentence_graph.h"

namespace precis {
namespace {

// SplitMix64: a pinned generator, the same numbers on every platform.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return (Next() >> 11) * 0x1.0p-53; }  // [0, 1)

 private:
  uint64_t state_;
};

// k-means++ seeding: each next center drawn with probability proportional
// to the squared distance (1 - cosine) to the nearest center so far.
std::vector<uint32_t> SeedCenters(std::span<const SparseVector> vectors,
                                  size_t k) {
  const size_t n = vectors.size();
  Random random(0x5EED0000ULL + n);
  std::vector<uint32_t> centers{static_cast<uint32_t>(random.Next() % n)};
  std::vector<double> nearest(n, 0);  // best cosine to a center
  while (true) {
    const SparseVector& c = vectors[centers.back()];
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
      nearest[i] = std::max(nearest[i], vectors[i].Dot(c));
      const double d = std::max(0.0, 1 - nearest[i]);
      total += d * d;
    }
    if (centers.size() >= k || total <= 1e-12) break;
    double u = random.Uniform() * total;
    size_t pick = n - 1;
    for (size_t i = 0; i < n; ++i) {
      const double d = std::max(0.0, 1 - nearest[i]);
      if (d > 0 && (u -= d * d) <= 0) {
        pick = i;
        break;
      }
    }
    centers.push_back(static_cast<uint32_t>(pick));
  }
  return centers;
}

}  // namespace

std::vector<uint32_t> SphericalKMeans(std::span<const SparseVector> vectors,
                                      size_t k, int max_iterations) {
  const size_t n = vectors.size();
  if (n == 0) return {};
  const std::vector<uint32_t> seeds =
      SeedCenters(vectors, std::max<size_t>(1, k));
  const size_t clusters = seeds.size();
  // Terms to dense local ids; centroids as a [local term][cluster] table.
  std::vector<uint32_t> terms;
  for (const SparseVector& v : vectors) {
    for (const auto& e : v.entries) terms.push_back(e.first);
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  auto local = [&](uint32_t t) {
    return std::lower_bound(terms.begin(), terms.end(), t) - terms.begin();
  };
  std::vector<std::vector<std::pair<uint32_t, float>>> rows(n);
  for (size_t i = 0; i < n; ++i) {
    for (const auto& [t, w] : vectors[i].entries) {
      rows[i].emplace_back(static_cast<uint32_t>(local(t)), w);
    }
  }
  std::vector<float> centroid(terms.size() * clusters, 0);
  auto set_centroid_to = [&](size_t c, const auto& row, float scale) {
    for (const auto& [t, w] : row) centroid[t * clusters + c] += scale * w;
  };
  for (size_t c = 0; c < clusters; ++c) set_centroid_to(c, rows[seeds[c]], 1);

  std::vector<uint32_t> assign(n, UINT32_MAX);
  std::vector<double> sim(clusters), norm(clusters);
  for (int round = 0; round < max_iterations; ++round) {
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      std::fill(sim.begin(), sim.end(), 0.0);
      for (const auto& [t, w] : rows[i]) {
        const float* row = &centroid[t * clusters];
        for (size_t c = 0; c < clusters; ++c) sim[c] += w * row[c];
      }
      const auto best = static_cast<uint32_t>(
          std::max_element(sim.begin(), sim.end()) - sim.begin());
      changed |= best != assign[i];
      assign[i] = best;
    }
    if (!changed) break;
    // New centroids: normalized sums of the members; an emptied cluster
    // keeps nothing and attracts no one.
    std::fill(centroid.begin(), centroid.end(), 0.0f);
    for (size_t i = 0; i < n; ++i) set_centroid_to(assign[i], rows[i], 1);
    std::fill(norm.begin(), norm.end(), 0.0);
    for (size_t t = 0; t < terms.size(); ++t) {
      for (size_t c = 0; c < clusters; ++c) {
        norm[c] +=
            double{centroid[t * clusters + c]} * centroid[t * clusters + c];
      }
    }
    for (size_t t = 0; t < terms.size(); ++t) {
      for (size_t c = 0; c < clusters; ++c) {
        if (norm[c] > 0) centroid[t * clusters + c] /= std::sqrt(norm[c]);
      }
    }
  }
  return assign;
}

namespace {

// The objective's state for one cluster and its incremental gains.
class Objective {
 public:
  Objective(const std::vector<std::vector<Neighbor>>& graph,
            std::vector<uint32_t> partition, const SubmodularOptions& o)
      : graph_(graph), partition_(std::move(partition)), lambda_(o.diversity) {
    const size_t n = graph.size();
    cover_.assign(n, 0);
    saturation_.resize(n);
    reward_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      double total = 1;  // w_ii: the cosine of a unit vector with itself
      for (const Neighbor& e : graph[i]) total += e.weight;
      saturation_[i] = o.saturation / n * total;
      reward_[i] = total / n;
    }
    mass_.assign(*std::max_element(partition_.begin(), partition_.end()) + 1,
                 0);
  }

  // F(S + k) - F(S).
  double Gain(uint32_t k) const {
    double l = Saturated(k, 1);
    for (const Neighbor& e : graph_[k]) l += Saturated(e.node, e.weight);
    const double m = mass_[partition_[k]];
    return l + lambda_ * (std::sqrt(m + reward_[k]) - std::sqrt(m));
  }
  // F({k}).
  double Singleton(uint32_t k) const {
    double l = std::min(1.0, saturation_[k]);
    for (const Neighbor& e : graph_[k]) {
      l += std::min<double>(e.weight, saturation_[e.node]);
    }
    return l + lambda_ * std::sqrt(reward_[k]);
  }
  void Add(uint32_t k) {
    cover_[k] += 1;
    for (const Neighbor& e : graph_[k]) cover_[e.node] += e.weight;
    mass_[partition_[k]] += reward_[k];
  }

 private:
  double Saturated(uint32_t i, double w) const {
    return std::min(cover_[i] + w, saturation_[i]) -
           std::min(cover_[i], saturation_[i]);
  }

  const std::vector<std::vector<Neighbor>>& graph_;
  std::vector<uint32_t> partition_;
  double lambda_;
  std::vector<double> cover_, saturation_, reward_, mass_;
};

class SubmodularMethod : public Method {
 public:
  explicit SubmodularMethod(const SubmodularOptions& options)
      : options_(options) {}

  Selection Select(const SelectionInput& in) const override {
    const std::vector<uint32_t> pool =
        CandidateSentences(in, options_.max_candidates);
    if (pool.empty()) return {};
    std::vector<SparseVector> local;
    local.reserve(pool.size());
    for (uint32_t i : pool) local.push_back(in.vectors[i]);
    const auto graph = SimilarityGraph(local);
    const size_t k = std::min<size_t>(
        options_.max_clusters,
        std::max<size_t>(1,
                         std::lround(options_.cluster_fraction * pool.size())));
    Objective f(graph, SphericalKMeans(local, k), options_);
    Selection greedy = LazyGreedy(in, pool, &f);
    return BestSingletonIfBetter(in, pool, f, std::move(greedy));
  }

 private:
  double Scaled(double gain, size_t cost) const {
    return gain / std::pow(std::max<double>(1, cost), options_.cost_scaling);
  }

  Selection LazyGreedy(const SelectionInput& in,
                       const std::vector<uint32_t>& pool, Objective* f) const {
    struct Entry {
      double key;      // scaled gain when computed: an upper bound now
      uint32_t k;      // index into pool
      uint32_t round;  // number of chosen sentences when computed
      bool operator<(const Entry& o) const {  // max-heap: key, then low k
        return key != o.key ? key < o.key : k > o.k;
      }
    };
    const auto& sentences = in.corpus.sentences();
    std::priority_queue<Entry> heap;
    for (uint32_t k = 0; k < pool.size(); ++k) {
      const size_t cost = SentenceCost(sentences[pool[k]], in.budget.unit);
      heap.push({Scaled(f->Gain(k), cost), k, 0});
    }
    Selection out;
    size_t used = 0;
    std::vector<bool> closed(pool.size(), false);  // redundant with a choice
    while (!heap.empty()) {
      const Entry top = heap.top();
      heap.pop();
      const uint32_t i = pool[top.k];
      const size_t cost = SentenceCost(sentences[i], in.budget.unit);
      if (!Fits(used, cost, in.budget) || closed[top.k]) {
        continue;  // dropped for good, as in the paper's Algorithm 1
      }
      const auto round = static_cast<uint32_t>(out.sentences.size());
      if (top.round != round) {
        heap.push({Scaled(f->Gain(top.k), cost), top.k, round});
        continue;
      }
      out.sentences.push_back(i);
      out.scores.push_back(f->Gain(top.k));
      f->Add(top.k);
      used += cost;
      // Close the sentences that now repeat the summary.
      for (uint32_t k = 0; k < pool.size(); ++k) {
        if (!closed[k] &&
            in.vectors[pool[k]].Dot(in.vectors[i]) >= in.redundancy) {
          closed[k] = true;
        }
      }
    }
    return out;
  }

  Selection BestSingletonIfBetter(const SelectionInput& in,
                                  const std::vector<uint32_t>& pool,
                                  const Objective& f, Selection greedy) const {
    double total = 0;  // F(greedy): the sum of its gains
    for (double g : greedy.scores) total += g;
    uint32_t best = UINT32_MAX;
    double best_value = total;
    for (uint32_t k = 0; k < pool.size(); ++k) {
      const size_t cost =
          SentenceCost(in.corpus.sentences()[pool[k]], in.budget.unit);
      if (!Fits(0, cost, in.budget)) continue;
      const double value = f.Singleton(k);
      if (value > best_value) best = k, best_value = value;
    }
    if (best == UINT32_MAX) return greedy;
    return {{pool[best]}, {best_value}};
  }

  SubmodularOptions options_;
};

}  // namespace

std::unique_ptr<Method> NewSubmodularMethod(const SubmodularOptions& options) {
  return std::make_unique<SubmodularMethod>(options);
}

}  // namespace precis
