// Copyright 2026 The precis Authors.

#include "cluster/clustering_scores.h"

#include <cassert>
#include <map>
#include <utility>

namespace precis {
namespace {

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

double Pairs(size_t n) { return static_cast<double>(n) * (n - 1) / 2; }

}  // namespace

ClusteringScores ScoreClustering(const std::vector<std::string>& predicted,
                                 const std::vector<std::string>& gold) {
  assert(predicted.size() == gold.size());
  ClusteringScores s;
  s.items = predicted.size();
  if (s.items == 0) return s;
  std::map<std::string, size_t> p_size, g_size;
  std::map<std::pair<std::string, std::string>, size_t> both;
  for (size_t i = 0; i < s.items; ++i) {
    ++p_size[predicted[i]];
    ++g_size[gold[i]];
    ++both[{predicted[i], gold[i]}];
  }
  s.predicted_clusters = p_size.size();
  s.gold_clusters = g_size.size();
  double p = 0, r = 0;
  for (size_t i = 0; i < s.items; ++i) {
    const double n = static_cast<double>(both[{predicted[i], gold[i]}]);
    p += n / static_cast<double>(p_size[predicted[i]]);
    r += n / static_cast<double>(g_size[gold[i]]);
  }
  s.bcubed_precision = p / static_cast<double>(s.items);
  s.bcubed_recall = r / static_cast<double>(s.items);
  s.bcubed_f1 = F1(s.bcubed_precision, s.bcubed_recall);
  double together = 0, predicted_pairs = 0, gold_pairs = 0;
  for (const auto& [key, n] : both) together += Pairs(n);
  for (const auto& [key, n] : p_size) predicted_pairs += Pairs(n);
  for (const auto& [key, n] : g_size) gold_pairs += Pairs(n);
  s.pairwise_precision = predicted_pairs > 0 ? together / predicted_pairs : 1;
  s.pairwise_recall = gold_pairs > 0 ? together / gold_pairs : 1;
  s.pairwise_f1 = F1(s.pairwise_precision, s.pairwise_recall);
  return s;
}

}  // namespace precis
