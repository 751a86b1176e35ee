// Copyright 2026 The precis Authors.

#include "eval/rouge_ngrams.h"

#include <algorithm>

namespace precis::rouge {
namespace {

constexpr uint64_t kEmpty = UINT64_MAX;  // (UINT32_MAX, UINT32_MAX): no id

uint64_t Mix(uint64_t x) {  // splitmix64's finalizer: pinned, deterministic
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

void PairTable::Clear() {
  if (keys_.empty()) {
    keys_.assign(1024, kEmpty);
    values_.assign(1024, 0);
  } else {
    std::fill(keys_.begin(), keys_.end(), kEmpty);
  }
  mask_ = keys_.size() - 1;
  size_ = 0;
}

uint32_t PairTable::Intern(uint32_t a, uint32_t b) {
  const uint64_t key = (static_cast<uint64_t>(a) << 32) | b;
  for (size_t i = Mix(key) & mask_;; i = (i + 1) & mask_) {
    if (keys_[i] == key) return values_[i];
    if (keys_[i] == kEmpty) {
      keys_[i] = key;
      values_[i] = static_cast<uint32_t>(size_++);
      if (2 * size_ > keys_.size()) Grow();
      return static_cast<uint32_t>(size_ - 1);
    }
  }
}

void PairTable::Grow() {
  std::vector<uint64_t> keys(keys_.size() * 2, kEmpty);
  std::vector<uint32_t> values(keys.size(), 0);
  const size_t mask = keys.size() - 1;
  for (size_t j = 0; j < keys_.size(); ++j) {
    if (keys_[j] == kEmpty) continue;
    size_t i = Mix(keys_[j]) & mask;
    while (keys[i] != kEmpty) i = (i + 1) & mask;
    keys[i] = keys_[j];
    values[i] = values_[j];
  }
  keys_.swap(keys);
  values_.swap(values);
  mask_ = mask;
}

void ExtendNgrams(std::span<const uint32_t> prev,
                  std::span<const uint32_t> tokens, int n, PairTable* table,
                  std::vector<uint32_t>* out) {
  out->clear();
  if (tokens.size() < static_cast<size_t>(n)) return;
  const size_t count = tokens.size() - n + 1;
  for (size_t i = 0; i < count; ++i) {
    out->push_back(table->Intern(prev[i], tokens[i + n - 1]));
  }
}

void SkipBigrams(std::span<const uint32_t> tokens, int max_skip,
                 PairTable* table, std::vector<uint32_t>* out) {
  out->clear();
  const size_t n = tokens.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    const size_t last =
        max_skip < 0 ? n - 1 : std::min(n - 1, i + max_skip + 1);
    for (size_t j = i + 1; j <= last; ++j) {
      out->push_back(table->Intern(tokens[i], tokens[j]));
    }
  }
}

uint64_t OverlapCounter::Overlap(std::span<const uint32_t> a,
                                 std::span<const uint32_t> b) {
  uint32_t max_id = 0;
  for (uint32_t id : a) max_id = std::max(max_id, id);
  if (counts_.size() <= max_id) counts_.resize(max_id + 1, 0);
  for (uint32_t id : a) ++counts_[id];
  uint64_t hits = 0;
  for (uint32_t id : b) {
    if (id < counts_.size() && counts_[id] > 0) {
      --counts_[id];
      ++hits;
    }
  }
  for (uint32_t id : a) counts_[id] = 0;
  return hits;
}

}  // namespace precis::rouge
