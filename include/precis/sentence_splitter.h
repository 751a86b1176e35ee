// Copyright 2026 The precis Authors.
//
// Sentence splitter: finds the sentences of a text as Spans into it. Rule
// based and our own: abbreviations, initials, decimals, ellipses, quotes and
// parentheses after the final mark, lists, and line units without final
// punctuation (headlines, bylines) that stand on their own.

#ifndef PRECIS_SENTENCE_SPLITTER_H_
#define PRECIS_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/span.h"
#include "precis/tokenizer.h"

namespace precis {

struct Sentence {
  Span span;               // trimmed of surrounding white space; never empty
  uint32_t paragraph = 0;  // index of its paragraph (blank-line separated)
  bool terminated = true;  // ends in sentence-final punctuation (possibly
                           // followed by closing quotes or brackets); false
                           // for headlines, list items and other fragments
};

struct SplitterOptions {
  std::string language = "en";  // only English rules exist so far
  // A single line break ends a sentence only when the line looks complete
  // (or the next line starts a new unit); a blank line always does.
  bool single_newline_is_boundary = true;
};

// Splits `text` into sentences in order. Offsets are relative to `text` plus
// `base`. Total; works in time linear in text.size().
std::vector<Sentence> SplitSentences(std::string_view text,
                                     const SplitterOptions& options = {},
                                     uint32_t base = 0);

// The same, also appending to *tokens the tokens of `text` (Tokenize()'s,
// with the same offsets as the sentences), so that callers need not
// tokenize twice. Every sentence covers a contiguous run of them.
std::vector<Sentence> SplitSentences(std::string_view text,
                                     const SplitterOptions& options,
                                     uint32_t base, std::vector<Token>* tokens);

}  // namespace precis

#endif  // PRECIS_SENTENCE_SPLITTER_H_
