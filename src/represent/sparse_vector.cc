// Copyright 2026 The precis Authors.

#include "represent/sparse_vector.h"

#include <algorithm>
#include <cmath>

namespace precis {

double SparseVector::Norm() const {
  double s = 0;
  for (const auto& [id, w] : entries) s += double{w} * w;
  return std::sqrt(s);
}

void SparseVector::Normalize() {
  const double n = Norm();
  if (n == 0) return;
  for (auto& e : entries) e.second = static_cast<float>(e.second / n);
}

double SparseVector::Dot(const SparseVector& other) const {
  double s = 0;
  auto a = entries.begin(), b = other.entries.begin();
  while (a != entries.end() && b != other.entries.end()) {
    if (a->first < b->first) {
      ++a;
    } else if (b->first < a->first) {
      ++b;
    } else {
      s += double{a->second} * b->second;
      ++a, ++b;
    }
  }
  return s;
}

double Cosine(const SparseVector& a, const SparseVector& b) {
  const double na = a.Norm(), nb = b.Norm();
  if (na == 0 || nb == 0) return 0;
  return a.Dot(b) / (na * nb);
}

namespace {

// CountVector with the caller's scratch buffer for the sorted ids.
SparseVector CountVector(std::span<const uint32_t> terms,
                         std::span<const double> weights,
                         std::vector<uint32_t>* sorted) {
  SparseVector v;
  sorted->assign(terms.begin(), terms.end());
  std::sort(sorted->begin(), sorted->end());
  const std::vector<uint32_t>& ids = *sorted;
  size_t distinct = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    distinct += i == 0 || ids[i] != ids[i - 1];
  }
  v.entries.reserve(distinct);
  for (size_t i = 0; i < ids.size();) {
    size_t j = i;
    while (j < ids.size() && ids[j] == ids[i]) ++j;
    double w = static_cast<double>(j - i);
    if (!weights.empty()) w *= weights[ids[i]];
    if (w != 0) v.entries.emplace_back(ids[i], static_cast<float>(w));
    i = j;
  }
  return v;
}

}  // namespace

SparseVector CountVector(std::span<const uint32_t> terms,
                         std::span<const double> weights) {
  std::vector<uint32_t> sorted;
  return CountVector(terms, weights, &sorted);
}

std::vector<double> SentenceIdf(const Corpus& corpus) {
  const size_t v = corpus.vocabulary().size();
  std::vector<uint32_t> df(v, 0), last(v, UINT32_MAX);
  const auto& sentences = corpus.sentences();
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    for (uint32_t t : corpus.Terms(sentences[i])) {
      if (last[t] != i) last[t] = i, ++df[t];
    }
  }
  std::vector<double> idf(v, 0);
  const double n = static_cast<double>(sentences.size());
  for (size_t t = 0; t < v; ++t) {
    if (df[t] > 0) idf[t] = std::log(n / df[t]);
  }
  return idf;
}

std::vector<uint32_t> ArticleFrequency(const Corpus& corpus) {
  const size_t v = corpus.vocabulary().size();
  std::vector<uint32_t> df(v, 0), last(v, UINT32_MAX);
  for (const CorpusSentence& s : corpus.sentences()) {
    for (uint32_t t : corpus.Terms(s)) {
      if (last[t] != s.article) last[t] = s.article, ++df[t];
    }
  }
  return df;
}

std::vector<SparseVector> SentenceVectors(const Corpus& corpus,
                                          std::span<const double> idf) {
  std::vector<SparseVector> out;
  out.reserve(corpus.sentences().size());
  std::vector<uint32_t> sorted;
  for (const CorpusSentence& s : corpus.sentences()) {
    out.push_back(CountVector(corpus.Terms(s), idf, &sorted));
    out.back().Normalize();
  }
  return out;
}

}  // namespace precis
