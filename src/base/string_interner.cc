// Copyright 2026 The precis Authors.

#include "base/string_interner.h"

#include <cstring>

#include "base/hash.h"

namespace precis {
namespace {

constexpr size_t kChunkSize = 16 * 1024;  // strings longer than a quarter
                                          // of it get a chunk of their own

}  // namespace

size_t StringInterner::Slot(std::string_view s, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  const uint64_t tag = h >> 32 << 32;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const uint64_t entry = slots_[i];
    if (entry == 0) return i;
    if ((entry & ~uint64_t{0xFFFFFFFF}) == tag &&
        views_[static_cast<uint32_t>(entry) - 1] == s) {
      return i;
    }
  }
}

uint32_t StringInterner::Find(std::string_view s) const {
  if (slots_.empty()) return kNone;
  const uint64_t entry = slots_[Slot(s, HashBytes(s))];
  return entry == 0 ? kNone : static_cast<uint32_t>(entry) - 1;
}

uint32_t StringInterner::Intern(std::string_view s) {
  if (2 * (views_.size() + 1) > slots_.size()) Grow();
  const uint64_t h = HashBytes(s);
  const size_t slot = Slot(s, h);
  if (slots_[slot] != 0) return static_cast<uint32_t>(slots_[slot]) - 1;
  const auto id = static_cast<uint32_t>(views_.size());
  views_.push_back(Store(s));
  hashes_.push_back(h);
  slots_[slot] = (h >> 32 << 32) | (uint64_t{id} + 1);
  return id;
}

void StringInterner::Reserve(size_t n) {
  views_.reserve(n);
  hashes_.reserve(n);
  if (2 * n > slots_.size()) Rehash(2 * n);
}

void StringInterner::Grow() { Rehash(slots_.empty() ? 64 : 2 * slots_.size()); }

void StringInterner::Rehash(size_t at_least) {
  size_t size = 64;
  while (size < at_least) size <<= 1;
  std::vector<uint64_t> slots(size, 0);
  const size_t mask = size - 1;
  for (uint32_t id = 0; id < views_.size(); ++id) {
    size_t i = hashes_[id] & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = (hashes_[id] >> 32 << 32) | (uint64_t{id} + 1);
  }
  slots_.swap(slots);
}

std::string_view StringInterner::Store(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > kChunkSize / 4) {
    chunks_.emplace_back(new char[s.size()]);  // not zeroed
    std::memcpy(chunks_.back().get(), s.data(), s.size());
    return {chunks_.back().get(), s.size()};
  }
  if (s.size() > free_size_) {
    chunks_.emplace_back(new char[kChunkSize]);  // not zeroed
    free_ = chunks_.back().get();
    free_size_ = kChunkSize;
  }
  std::memcpy(free_, s.data(), s.size());
  const std::string_view out(free_, s.size());
  free_ += s.size();
  free_size_ -= s.size();
  return out;
}

}  // namespace precis
