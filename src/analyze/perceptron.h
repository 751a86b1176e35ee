// Copyright 2026 The precis Authors.
//
// The averaged multiclass perceptron (Collins 2002, "Discriminative training
// methods for hidden Markov models") over hashed feature keys, as used to
// train the named-entity tagger. Averaging uses the accumulator trick of
// Daumé III (2006, "Practical structured learning techniques for natural
// language processing", §2.1.1): besides the weights w it keeps u, the sum
// of every update times the example counter c when it was made; the
// average of w over all examples is then w - u / c, with no per-example
// work for features that did not change.

#ifndef PRECIS_ANALYZE_PERCEPTRON_H_
#define PRECIS_ANALYZE_PERCEPTRON_H_

#include <cstdint>
#include <span>
#include <vector>

#include "analyze/ner_flat_map.h"

namespace precis {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes) : classes_(num_classes) {}

  int classes() const { return classes_; }
  size_t features() const { return index_.size(); }

  // Adds to scores[0..classes) the current weights of `keys`; keys never
  // updated add nothing.
  void Score(std::span<const uint64_t> keys, float* scores) const {
    for (uint64_t k : keys) {
      const uint32_t* row = index_.Find(k);
      if (row == nullptr) continue;
      const float* w = &w_[size_t(*row - 1) * classes_];
      for (int c = 0; c < classes_; ++c) scores[c] += w[c];
    }
  }

  // The perceptron update for one example: +1 to `gold`, -1 to
  // `predicted` on every key; nothing when they are equal. Call Tick()
  // after every example, updated or not.
  void Update(std::span<const uint64_t> keys, int gold, int predicted) {
    if (gold == predicted) return;
    Add(keys, gold, 1);
    Add(keys, predicted, -1);
  }
  // Adds `delta` to the weight of class `c` for every key (the structured
  // perceptron's update is a sum of these).
  void Add(std::span<const uint64_t> keys, int c, float delta) {
    for (uint64_t k : keys) {
      uint32_t& row = index_[k];
      if (row == 0) {  // rows are stored 1-based so that 0 means new
        row = uint32_t(w_.size() / classes_) + 1;
        w_.resize(w_.size() + classes_, 0.0f);
        u_.resize(u_.size() + classes_, 0.0);
      }
      const size_t base = size_t(row - 1) * classes_;
      w_[base + c] += delta;
      u_[base + c] += double(time_) * delta;
    }
  }
  void Tick() { ++time_; }

  // Calls f(key, averaged) with the averaged weights of every feature
  // (averaged[0..classes)), in slot order.
  template <typename F>
  void ForEachAveraged(F f) const {
    std::vector<float> avg(classes_);
    index_.ForEach([&](uint64_t key, uint32_t row) {
      const size_t base = size_t(row - 1) * classes_;
      for (int c = 0; c < classes_; ++c) {
        avg[c] = float(double(w_[base + c]) - u_[base + c] / double(time_));
      }
      f(key, avg.data());
    });
  }

 private:
  int classes_;
  uint64_t time_ = 1;
  ner::FlatMap<uint32_t> index_;  // key -> row + 1
  std::vector<float> w_;
  std::vector<double> u_;
};

}  // namespace precis

#endif  // PRECIS_ANALYZE_PERCEPTRON_H_
