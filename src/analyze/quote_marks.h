// Copyright 2026 The precis Authors.
//
// Pairing quotation marks: the quoted stretches of a text, from curly
// (U+201C, U+201D) and straight (") double marks, and the doubled
// apostrophes and backticks of some newswire ('' and ``), tolerant of what news
// text does to them: a quote that runs over paragraphs reopens each one
// and closes only in the last; an opening mark without a closing one
// quotes to the end of its paragraph; a stray closing mark is ignored.

#ifndef PRECIS_ANALYZE_QUOTE_MARKS_H_
#define PRECIS_ANALYZE_QUOTE_MARKS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "precis/tokenizer.h"

namespace precis::quotes {

// One quoted stretch, in token indexes.
struct QuotedSpan {
  size_t open = 0;       // the opening mark
  size_t begin = 0;      // first token inside
  size_t end = 0;        // one past the last token inside
  size_t close = 0;      // the closing mark; == end when unclosed
  size_t after = 0;      // the token after the closing mark (== end when
                         // unclosed)
  bool closed = true;    // a closing mark was found
  bool runs_on = false;  // unclosed, and the next span reopens in the
                         // next paragraph: the same quote continues
};

// The quoted stretches of `text`, in order and disjoint. `tokens` are
// Tokenize()'s tokens of `text` (offsets relative to text plus `base`);
// `paragraph[i]` is the paragraph of token i (non-decreasing). Linear.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text,
                                        std::span<const Token> tokens,
                                        std::span<const uint32_t> paragraph,
                                        uint32_t base = 0);

// Paragraph numbers of tokens: a blank line between two tokens starts a
// new paragraph.
std::vector<uint32_t> TokenParagraphs(std::string_view text,
                                      std::span<const Token> tokens,
                                      uint32_t base = 0);

}  // namespace precis::quotes

#endif  // PRECIS_ANALYZE_QUOTE_MARKS_H_
