// Copyright 2026 The precis Authors.
//
// Character classes for the tokenizer and the sentence splitter: an ASCII
// fast path, and Unicode general categories (utf8proc) beyond it.

#ifndef PRECIS_TEXT_CHAR_CLASS_H_
#define PRECIS_TEXT_CHAR_CLASS_H_

#include <cstddef>
#include <string_view>

#include "base/utf8.h"

namespace precis::text {

enum class CharClass : unsigned char {
  kSpace,        // Unicode White_Space, and the byte-order mark
  kLetter,       // L* and M* (marks stay inside words)
  kDigit,        // Nd
  kPunctuation,  // P*
  kCurrency,     // Sc
  kOther,        // other symbols, controls, U+FFFD
};

CharClass ClassifyNonAscii(char32_t cp);

// The class of `cp`.
inline CharClass Classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'a' && cp <= 'z') return CharClass::kLetter;
    if (cp >= 'A' && cp <= 'Z') return CharClass::kLetter;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (cp == ' ' || (cp >= '\t' && cp <= '\r')) return CharClass::kSpace;
    if (cp == '$') return CharClass::kCurrency;
    if (cp < 0x20 || cp == 0x7F || cp == '+' || cp == '<' || cp == '=' ||
        cp == '>' || cp == '^' || cp == '`' || cp == '|' || cp == '~') {
      return CharClass::kOther;
    }
    return CharClass::kPunctuation;
  }
  return ClassifyNonAscii(cp);
}

// True for upper-case and title-case letters.
bool IsUpperNonAscii(char32_t cp);
inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return IsUpperNonAscii(cp);
}
bool IsLowerNonAscii(char32_t cp);
inline bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return IsLowerNonAscii(cp);
}

// Apostrophes: ' U+2019 U+02BC.
inline bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == U'\u2019' || cp == U'\u02BC';
}
// Hyphens inside words: - U+2010 U+2011.
inline bool IsHyphen(char32_t cp) {
  return cp == '-' || cp == U'\u2010' || cp == U'\u2011';
}

// Decodes the code point at `pos` (or 0 at the end); *len gets its length.
inline char32_t At(std::string_view s, size_t pos, size_t* len) {
  if (pos >= s.size()) {
    *len = 0;
    return 0;
  }
  char32_t cp;
  *len = DecodeUtf8(s, pos, &cp);
  return cp;
}
inline char32_t At(std::string_view s, size_t pos) {
  size_t len;
  return At(s, pos, &len);
}

// The code point ending just before `pos` (0 at the start); *len gets its
// length. Invalid bytes are one-byte U+FFFD, as in DecodeUtf8.
char32_t Before(std::string_view s, size_t pos, size_t* len);
inline char32_t Before(std::string_view s, size_t pos) {
  size_t len;
  return Before(s, pos, &len);
}

}  // namespace precis::text

#endif  // PRECIS_TEXT_CHAR_CLASS_H_
