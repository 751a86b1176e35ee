// Copyright 2026 The precis Authors.

#include "base/string_interner.h"

#include <cstring>

#include "base/hash.h"

namespace precis {
namespace {

constexpr size_t kChunkSize = 16 * 1024;  // strings longer than a quarter
                                          // of it get a chunk of their own

// The hash of a string of up to 16 bytes held in words a and b: two
// multiplies and the murmur3 finalizer.
uint64_t HashInline(uint64_t a, uint64_t b, size_t n) {
  uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ ((b + n) * 0xC2B2AE3D27D4EB4Full);
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return h;
}

}  // namespace

StringInterner::Key StringInterner::KeyOf(std::string_view s) {
  Key k{0, 0, 0, static_cast<uint32_t>(s.size())};
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  if (n > kInline) {
    k.a = k.hash = HashBytes(s);
    return k;
  }
  // Loads of 1 to 16 bytes that never read past the string: overlapping
  // words for 4 to 16, three bytes for 1 to 3.
  if (n >= 8) {
    std::memcpy(&k.a, p, 8);
    if (n > 8) {
      uint64_t last;
      std::memcpy(&last, p + n - 8, 8);
      k.b = last >> (8 * (16 - n));
    }
  } else if (n >= 4) {
    uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    k.a = first | uint64_t{last} << (8 * (n - 4));
  } else if (n > 0) {
    k.a = uint64_t{p[0]} | uint64_t{p[n / 2]} << (8 * (n / 2)) |
          uint64_t{p[n - 1]} << (8 * (n - 1));
  }
  k.hash = HashInline(k.a, k.b, n);
  return k;
}

size_t StringInterner::Find(const Key& key, std::string_view s) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = key.hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == 0) return i;
    if (slot.a == key.a && slot.b == key.b && slot.size == key.size &&
        (key.size <= kInline || views_[slot.id - 1] == s)) {
      return i;
    }
  }
}

uint32_t StringInterner::Find(std::string_view s) const {
  if (slots_.empty()) return kNone;
  const Slot& slot = slots_[Find(KeyOf(s), s)];
  return slot.id == 0 ? kNone : slot.id - 1;
}

uint32_t StringInterner::Intern(std::string_view s) {
  if (2 * (views_.size() + 1) > slots_.size()) Grow();
  const Key key = KeyOf(s);
  Slot& slot = slots_[Find(key, s)];
  if (slot.id != 0) return slot.id - 1;
  const auto id = static_cast<uint32_t>(views_.size());
  views_.push_back(Store(s));
  slot = {key.a, key.b, key.size, id + 1};
  return id;
}

void StringInterner::Reserve(size_t n) {
  views_.reserve(n);
  if (2 * n > slots_.size()) Rehash(2 * n);
}

void StringInterner::Grow() { Rehash(slots_.empty() ? 64 : 2 * slots_.size()); }

void StringInterner::Rehash(size_t at_least) {
  size_t size = 64;
  while (size < at_least) size <<= 1;
  std::vector<Slot> slots(size);
  const size_t mask = size - 1;
  for (const Slot& old : slots_) {
    if (old.id == 0) continue;
    const uint64_t hash =
        old.size > kInline ? old.a : HashInline(old.a, old.b, old.size);
    size_t i = hash & mask;
    while (slots[i].id != 0) i = (i + 1) & mask;
    slots[i] = old;
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
