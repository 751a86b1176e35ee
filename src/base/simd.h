// Copyright 2026 The precis Authors.
//
// The few SSE2 helpers the byte scanners share: byte classes of 16 bytes as
// 16-bit masks (bit i for byte i). Only where __SSE2__ is defined (every
// x86-64); callers keep a scalar path for other targets.

#ifndef PRECIS_BASE_SIMD_H_
#define PRECIS_BASE_SIMD_H_

#if defined(__SSE2__)
#include <emmintrin.h>

#include <cstdint>

namespace precis::simd {

inline __m128i Load16(const void* p) {
  return _mm_loadu_si128(static_cast<const __m128i*>(p));
}

// Bytes of v in [lo, lo + n), as unsigned values (a signed compare after
// moving the range to the bottom).
inline uint32_t InRange(__m128i v, char lo, char n) {
  const __m128i shifted = _mm_sub_epi8(v, _mm_set1_epi8(lo));
  const __m128i biased = _mm_xor_si128(shifted, _mm_set1_epi8(-128));
  return static_cast<uint32_t>(_mm_movemask_epi8(
      _mm_cmplt_epi8(biased, _mm_set1_epi8(static_cast<char>(-128 + n)))));
}

// Bytes of v equal to c.
inline uint32_t Equal(__m128i v, char c) {
  return static_cast<uint32_t>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))));
}

// Bytes of v at or above 0x80.
inline uint32_t High(__m128i v) {
  return static_cast<uint32_t>(_mm_movemask_epi8(v));
}

}  // namespace precis::simd

#endif  // __SSE2__
#endif  // PRECIS_BASE_SIMD_H_
