// Copyright 2026 The precis Authors.
//
// UTF-8 decoding and repair. Total functions: any byte sequence is accepted.

#ifndef PRECIS_BASE_UTF8_H_
#define PRECIS_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "precis/offset_map.h"

namespace precis {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at s[pos]. Returns its length in bytes (1 to
// 4) and sets *cp. An invalid or truncated sequence (overlong forms,
// surrogates, values past U+10FFFF, stray continuation bytes) yields
// kReplacementChar with length 1, so iteration always advances.
// REQUIRES: pos < s.size().
inline size_t DecodeUtf8(std::string_view s, size_t pos, char32_t* cp) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t len;
  char32_t c, min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, c = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, c = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, c = b0 & 0x07, min = 0x10000;
  } else {
    *cp = kReplacementChar;
    return 1;
  }
  if (pos + len > s.size()) {
    *cp = kReplacementChar;
    return 1;
  }
  for (size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) {
      *cp = kReplacementChar;
      return 1;
    }
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    *cp = kReplacementChar;
    return 1;
  }
  *cp = c;
  return len;
}

// Appends the UTF-8 encoding of cp (U+FFFD if cp is not a scalar value).
void AppendUtf8(char32_t cp, std::string* out);

// Writes the UTF-8 encoding of `cp` (U+FFFD for a surrogate or a value past
// U+10FFFF) at `out`, which has room for 4 bytes; returns the end. For
// loops that write through a pointer into a buffer sized in advance.
char* EncodeUtf8(char32_t cp, char* out);

// Drops a leading UTF-8 byte-order mark from *s; true if there was one.
inline bool SkipByteOrderMark(std::string_view* s) {
  if (s->substr(0, 3) != "\xEF\xBB\xBF") return false;
  s->remove_prefix(3);
  return true;
}

// True when s is entirely valid UTF-8.
bool IsValidUtf8(std::string_view s);

// Copies `in` to *out with every invalid byte replaced by U+FFFD (one per
// invalid byte, as WHATWG decoders do for most cases). Returns the number of
// replacements. When `map` is not null it receives the edits, so that a span
// of *out maps back to the bytes of `in` it came from.
size_t RepairUtf8(std::string_view in, std::string* out,
                  OffsetMap* map = nullptr);

}  // namespace precis

#endif  // PRECIS_BASE_UTF8_H_
