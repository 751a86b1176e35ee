// Copyright 2026 The precis Authors.
//
// A fast hash for short strings (words, terms), for the hash tables on the
// hot paths. Not for anything adversarial or persistent: the values may
// change between versions.

#ifndef PRECIS_BASE_HASH_H_
#define PRECIS_BASE_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace precis {

// Reads 8 bytes at a time and mixes each word with a multiply and a
// rotation (in the manner of FxHash), then finalizes with the murmur3 mix.
inline uint64_t HashBytes(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = ((h << 5) | (h >> 59)) ^ w;
    h *= kMul;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = ((h << 5) | (h >> 59)) ^ w;
    h *= kMul;
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return h;
}

// Transparent hasher for unordered containers keyed by std::string (look up
// with a std::string_view without building a string).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return static_cast<size_t>(HashBytes(s));
  }
};

}  // namespace precis

#endif  // PRECIS_BASE_HASH_H_
