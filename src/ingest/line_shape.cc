// Copyright 2026 The precis Authors.

#include "ingest/line_shape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "base/simd.h"

namespace precis {
namespace {

// Steps back over one closing quote or bracket ending at *i; true if any.
bool IsClosing(std::string_view s, size_t* i) {
  if (*i == 0) return false;
  const unsigned char c = static_cast<unsigned char>(s[*i - 1]);
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') {
    --*i;
    return true;
  }
  if (*i >= 3 && s.substr(*i - 3, 3) == "\xE2\x80\x9D") {  // ”
    *i -= 3;
    return true;
  }
  if (*i >= 3 && s.substr(*i - 3, 3) == "\xE2\x80\x99") {  // ’
    *i -= 3;
    return true;
  }
  return false;
}

// The parts of the shape read off the ends of the line.
void ShapeEnds(std::string_view line, Shape* s) {
  size_t end = line.size();
  while (IsClosing(line, &end)) {
  }
  if (end > 0) {
    const char last = line[end - 1];
    s->terminated = last == '.' || last == '!' || last == '?';
    if (!s->terminated && end >= 3 &&
        line.substr(end - 3, 3) == "\xE2\x80\xA6") {  // …
      s->terminated = true;
    }
  }
  if (!line.empty()) {
    const unsigned char c0 = static_cast<unsigned char>(line[0]);
    if (c0 == '-' || c0 == '*' || line.substr(0, 3) == "\xE2\x80\xA2") {
      s->list_item = true;
    } else {
      size_t i = 0;
      while (i < line.size() && i < 3 &&
             ((line[i] >= '0' && line[i] <= '9') ||
              (i == 0 && line[i] >= 'a' && line[i] <= 'z'))) {
        ++i;
      }
      s->list_item = i > 0 && i < line.size() &&
                     (line[i] == '.' || line[i] == ')') &&
                     i + 1 < line.size() && line[i + 1] == ' ';
    }
  }
}

// ---------------------------------------------------------------------------
// Scalar: one table lookup and one addition a byte. A table entry, indexed
// by (in a word, byte), holds the increments of seven 9-bit counters and,
// in its top bit, whether the byte leaves the scan in a word; the counters
// are flushed to size_t every kShapeFlush bytes, before a field can
// overflow. (The top bit also lands in the running sum, where its carries
// fall off the end: it is masked out when flushing.)

enum ShapeField : int {
  kVisibleField,    // not ' ', '\t', '\r'
  kLetterField,     // ASCII letter or any byte of a multi-byte character
  kPipeField,       // '|'
  kWordField,       // starts a word: a letter or digit after a non-word
  kCapitalField,    // starts a word with an upper-case ASCII letter
  kLowerWordField,  // starts a word with a lower-case ASCII letter
  kLowerField,      // lower-case ASCII letter
};
constexpr int kShapeFieldBits = 9;
constexpr size_t kShapeFlush = (size_t{1} << kShapeFieldBits) - 1;
constexpr uint64_t kInWordBit = uint64_t{1} << 63;

constexpr uint64_t Field(ShapeField f) {
  return uint64_t{1} << (kShapeFieldBits * f);
}

constexpr std::array<uint64_t, 512> MakeShapeTable() {
  std::array<uint64_t, 512> t{};
  for (int in_word = 0; in_word < 2; ++in_word) {
    for (int c = 0; c < 256; ++c) {
      const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
      const bool letter = upper || lower || c >= 0x80;
      const bool word_byte = letter || (c >= '0' && c <= '9');
      const bool joiner = c == '\'' || c == '-';  // inner ' and - keep a word
      uint64_t e = 0;
      if (c != ' ' && c != '\t' && c != '\r') e += Field(kVisibleField);
      if (letter) e += Field(kLetterField);
      if (c == '|') e += Field(kPipeField);
      if (lower) e += Field(kLowerField);
      if (word_byte && !in_word) {
        e += Field(kWordField);
        if (upper) e += Field(kCapitalField);
        if (lower) e += Field(kLowerWordField);
      }
      if (word_byte || (joiner && in_word)) e |= kInWordBit;
      t[in_word * 256 + c] = e;
    }
  }
  return t;
}
constexpr std::array<uint64_t, 512> kShapeTable = MakeShapeTable();

#if defined(__SSE2__)
// ---------------------------------------------------------------------------
// SSE2: each class of byte becomes a 64-bit mask over 64 bytes, and the
// counts are population counts. Being in a word is a recurrence (a joiner
// continues the word before it), solved for 64 bytes at once by carry
// propagation: adding a run's start bit to a run of joiner bits clears the
// run, so J & ~(J + starts) is every run of joiners that follows a word.

struct Masks {
  uint64_t space = 0, upper = 0, lower = 0, high = 0, digit = 0, pipe = 0,
           joiner = 0;
};

inline Masks MasksOf(const unsigned char* p) {
  Masks m;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = simd::Load16(p + 16 * k);
    const int shift = 16 * k;
    m.space |= uint64_t{simd::Equal(v, ' ') | simd::Equal(v, '\t') | simd::Equal(v, '\r')}
               << shift;
    m.upper |= uint64_t{simd::InRange(v, 'A', 26)} << shift;
    m.lower |= uint64_t{simd::InRange(v, 'a', 26)} << shift;
    m.high |= uint64_t{simd::High(v)} << shift;
    m.digit |= uint64_t{simd::InRange(v, '0', 10)} << shift;
    m.pipe |= uint64_t{simd::Equal(v, '|')} << shift;
    m.joiner |= uint64_t{simd::Equal(v, '\'') | simd::Equal(v, '-')} << shift;
  }
  return m;
}
#endif

}  // namespace

Shape ShapeOfScalar(std::string_view line) {
  Shape s;
  size_t counts[7] = {};
  size_t in_word = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  for (size_t left = line.size(); left > 0;) {
    const size_t n = std::min(left, kShapeFlush);
    uint64_t sum = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t e = kShapeTable[in_word << 8 | p[i]];
      sum += e;
      in_word = e >> 63;
    }
    sum &= ~kInWordBit;
    for (int f = 0; f < 7; ++f) {
      counts[f] += (sum >> (kShapeFieldBits * f)) &
                   ((uint64_t{1} << kShapeFieldBits) - 1);
    }
    p += n;
    left -= n;
  }
  s.visible = counts[kVisibleField];
  s.letters = counts[kLetterField];
  s.words = counts[kWordField];
  s.capitalized = counts[kCapitalField];
  s.lowercase_words = counts[kLowerWordField];
  s.has_lower = counts[kLowerField] > 0;
  s.pipes = counts[kPipeField] >= 2;
  ShapeEnds(line, &s);
  return s;
}

#if defined(__SSE2__) && defined(__x86_64__) && defined(__linux__) && \
    defined(__GLIBC__) && !defined(__SANITIZE_THREAD__)
// Population counts are the POPCNT instruction on the CPUs that have it
// (all since 2008): a second copy of the function, chosen at load time
// (not under TSan, whose runtime is not up yet when the resolver runs).
__attribute__((target_clones("popcnt", "default")))
#endif
Shape ShapeOf(std::string_view line) {
#if defined(__SSE2__)
  Shape s;
  size_t pipes = 0, lower = 0;
  uint64_t in_before = 0;  // 1 when the byte before the block is in a word
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  unsigned char tail[64];
  for (size_t at = 0; at < line.size(); at += 64) {
    const size_t n = std::min<size_t>(64, line.size() - at);
    const unsigned char* block = p + at;
    if (n < 64) {  // the last bytes, padded with spaces (no class of count)
      std::memset(tail, ' ', sizeof tail);
      std::memcpy(tail, block, n);
      block = tail;
    }
    const Masks m = MasksOf(block);
    const uint64_t letter = m.upper | m.lower | m.high;
    const uint64_t word = letter | m.digit;
    const uint64_t starts = ((word << 1) | in_before) & m.joiner;
    const uint64_t in_word = word | (m.joiner & ~(m.joiner + starts));
    const uint64_t word_starts = word & ~((in_word << 1) | in_before);
    s.visible += static_cast<size_t>(std::popcount(~m.space));
    s.letters += static_cast<size_t>(std::popcount(letter));
    s.words += static_cast<size_t>(std::popcount(word_starts));
    s.capitalized += static_cast<size_t>(std::popcount(word_starts & m.upper));
    s.lowercase_words +=
        static_cast<size_t>(std::popcount(word_starts & m.lower));
    pipes += static_cast<size_t>(std::popcount(m.pipe));
    lower += static_cast<size_t>(std::popcount(m.lower));
    in_before = in_word >> 63;
  }
  s.has_lower = lower > 0;
  s.pipes = pipes >= 2;
  ShapeEnds(line, &s);
  return s;
#else
  return ShapeOfScalar(line);
#endif
}

}  // namespace precis
