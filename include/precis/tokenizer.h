// Copyright 2026 The precis Authors.
//
// Tokenizer: splits text into words, numbers, URLs and other units, each a
// Span into the input. Total: any bytes are accepted (invalid UTF-8 is
// treated as a symbol of one byte), nothing allocates per token.

#ifndef PRECIS_TOKENIZER_H_
#define PRECIS_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/span.h"

namespace precis {

enum class TokenKind : uint8_t {
  kWord,         // letters, with inner hyphens/apostrophes: "well-known",
                 // "don't", "Iran's" (possessive kept in the word)
  kNumber,       // 42, 3.14, 1,000, 50%, $1.2, 1st, 10:30, 2018-04-10
  kPunctuation,  // . , ; : ! ? quotes dashes brackets ...
  kSymbol,       // anything else: &, +, emoji, U+FFFD
  kUrl,          // http://..., https://..., www.example.com/...
  kEmail,        // name@example.com
  kHandle,       // @user, #tag
};

const char* TokenKindName(TokenKind kind);

struct Token {
  Span span;  // [begin, end) bytes of the input; never empty
  TokenKind kind;
};

struct TokenizerOptions {
  // Split "Iran's" into "Iran" and "'s" (Penn Treebank style) rather than
  // keeping the possessive inside the word.
  bool split_possessives = false;
};

// Appends the tokens of `text` to *out in order. Offsets are relative to
// `text` plus `base` (pass a sentence's begin to get article offsets).
// White space separates tokens and is never part of one.
void Tokenize(std::string_view text, std::vector<Token>* out,
              const TokenizerOptions& options = {}, uint32_t base = 0);

}  // namespace precis

#endif  // PRECIS_TOKENIZER_H_
