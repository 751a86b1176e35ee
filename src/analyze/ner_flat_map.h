// Copyright 2026 The precis Authors.
//
// FlatMap: an open-addressing hash table from 64-bit keys that are already
// hashes (feature keys, word hashes) to small values, for the tagger's hot
// paths: one probe sequence in one array, no allocation per insertion
// beyond amortized growth, Reset() between documents that keeps the memory.

#ifndef PRECIS_ANALYZE_NER_FLAT_MAP_H_
#define PRECIS_ANALYZE_NER_FLAT_MAP_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis::ner {

// Keys are used as their own hash (their low bits pick the slot), so they
// must be well mixed. Key 0 is reserved for empty slots: it is stored as 1.
// Iteration order is slot order: never let it reach an output.
template <typename V>
class FlatMap {
 public:
  explicit FlatMap(size_t expected = 8) { Reset(expected); }

  // Empties the map, sized for `expected` keys.
  void Reset(size_t expected) {
    size_t cap = 16;
    while (cap < 2 * expected) cap <<= 1;
    if (keys_.size() == cap ||
        (keys_.size() > cap && keys_.size() <= 4 * cap)) {
      std::fill(keys_.begin(), keys_.end(), 0);
    } else {
      keys_.assign(cap, 0);
      values_.assign(cap, V{});
    }
    size_ = 0;
  }

  size_t size() const { return size_; }

  const V* Find(uint64_t key) const {
    key = key == 0 ? 1 : key;
    const size_t mask = keys_.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) return &values_[i];
      if (keys_[i] == 0) return nullptr;
    }
  }
  V* Find(uint64_t key) {
    return const_cast<V*>(static_cast<const FlatMap*>(this)->Find(key));
  }

  // The value of `key`, inserted as V{} when absent.
  V& operator[](uint64_t key) {
    key = key == 0 ? 1 : key;
    if (2 * (size_ + 1) > keys_.size()) Grow();
    const size_t mask = keys_.size() - 1;
    size_t i = key & mask;
    for (; keys_[i] != 0; i = (i + 1) & mask) {
      if (keys_[i] == key) return values_[i];
    }
    keys_[i] = key;
    values_[i] = V{};
    ++size_;
    return values_[i];
  }

  // Calls f(key, value) for every entry, in slot order.
  template <typename F>
  void ForEach(F f) const {
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != 0) f(keys_[i], values_[i]);
    }
  }

 private:
  void Grow() {
    std::vector<uint64_t> keys(keys_.size() * 2, 0);
    std::vector<V> values(keys.size());
    const size_t mask = keys.size() - 1;
    for (size_t j = 0; j < keys_.size(); ++j) {
      if (keys_[j] == 0) continue;
      size_t i = keys_[j] & mask;
      while (keys[i] != 0) i = (i + 1) & mask;
      keys[i] = keys_[j];
      values[i] = values_[j];
    }
    keys_.swap(keys);
    values_.swap(values);
  }

  std::vector<uint64_t> keys_;
  std::vector<V> values_;
  size_t size_ = 0;
};

}  // namespace precis::ner

#endif  // PRECIS_ANALYZE_NER_FLAT_MAP_H_
