// Copyright 2026 The precis Authors.
//
// libFuzzer target for SplitSentences: any bytes, both line-break modes,
// a base offset. Aborts when a sentence breaks the contract: spans in
// order, disjoint, non-empty, inside [base, base + size), trimmed of white
// space; tokens contiguous runs covering each sentence exactly.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "precis/sentence_splitter.h"
#include "precis/tokenizer.h"

namespace {

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

void Check(std::string_view text, bool single_newline, uint32_t base) {
  precis::SplitterOptions options;
  options.single_newline_is_boundary = single_newline;
  std::vector<precis::Token> tokens;
  const auto sentences = precis::SplitSentences(text, options, base, &tokens);
  uint32_t last = base;
  uint32_t paragraph = 0;
  size_t t = 0;
  for (const precis::Sentence& s : sentences) {
    if (s.span.begin < last || s.span.end <= s.span.begin) std::abort();
    if (s.span.end > base + text.size()) std::abort();
    if (s.paragraph < paragraph) std::abort();
    const auto first = static_cast<unsigned char>(text[s.span.begin - base]);
    const auto end = static_cast<unsigned char>(text[s.span.end - 1 - base]);
    if (IsAsciiSpace(first) || IsAsciiSpace(end)) std::abort();
    while (t < tokens.size() && tokens[t].span.begin < s.span.begin) ++t;
    if (t == tokens.size() || tokens[t].span.begin != s.span.begin) {
      std::abort();
    }
    while (t < tokens.size() && tokens[t].span.end < s.span.end) ++t;
    if (t == tokens.size() || tokens[t].span.end != s.span.end) std::abort();
    last = s.span.end;
    paragraph = s.paragraph;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Check(text, true, 0);
  Check(text, false, 1000);
  return 0;
}
