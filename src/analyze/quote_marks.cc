// Copyright 2026 The precis Authors.

#include "analyze/quote_marks.h"

namespace precis::quotes {
namespace {

constexpr std::string_view kOpenCurly = "\xE2\x80\x9C";   // “
constexpr std::string_view kCloseCurly = "\xE2\x80\x9D";  // ”

// A quotation mark at a token: its kind and length in tokens ('' and ``
// are two apostrophe or backtick tokens).
struct Mark {
  enum Kind : uint8_t { kNone, kOpen, kClose, kStraight } kind = kNone;
  size_t length = 0;
};

class Pairer {
 public:
  Pairer(std::string_view text, std::span<const Token> tokens,
         std::span<const uint32_t> paragraph, uint32_t base)
      : text_(text), tokens_(tokens), paragraph_(paragraph), base_(base) {}

  std::vector<QuotedSpan> Run() {
    std::vector<QuotedSpan> out;
    size_t i = 0;
    while (i < tokens_.size()) {
      if (!Opens(i)) {
        ++i;
        continue;
      }
      i = Scan(i, &out);
    }
    return out;
  }

 private:
  std::string_view Raw(size_t i) const {
    const Span s = tokens_[i].span;
    return text_.substr(s.begin - base_, s.size());
  }
  bool Glued(size_t i) const {  // token i + 1 follows token i directly
    return i + 1 < tokens_.size() &&
           tokens_[i + 1].span.begin == tokens_[i].span.end;
  }
  Mark MarkAt(size_t i) const {
    const std::string_view r = Raw(i);
    if (r == kOpenCurly) return {Mark::kOpen, 1};
    if (r == kCloseCurly) return {Mark::kClose, 1};
    if (r == "\"") return {Mark::kStraight, 1};
    if (r == "`" && Glued(i) && Raw(i + 1) == "`") return {Mark::kOpen, 2};
    if (r == "'" && Glued(i) && Raw(i + 1) == "'") {
      return {Mark::kStraight, 2};
    }
    return {};
  }
  // The byte before token i and after token i + length - 1, or ' '.
  char Before(size_t i) const {
    const uint32_t b = tokens_[i].span.begin - base_;
    return b == 0 ? ' ' : text_[b - 1];
  }
  char After(size_t i, size_t length) const {
    const uint32_t e = tokens_[i + length - 1].span.end - base_;
    return e >= text_.size() ? ' ' : text_[e];
  }
  static bool Space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }
  // A straight mark opens when it follows a space or an opening bracket
  // and precedes a non-space.
  bool Opens(size_t i) const {
    const Mark m = MarkAt(i);
    if (m.kind == Mark::kOpen) return true;
    if (m.kind != Mark::kStraight) return false;
    const char b = Before(i), a = After(i, m.length);
    return (Space(b) || b == '(' || b == '[' || b == '-' ||
            static_cast<unsigned char>(b) >= 0x80) &&
           !Space(a);
  }
  bool NewParagraph(size_t i) const {
    return i > 0 && paragraph_[i] != paragraph_[i - 1];
  }

  // Scans the quote opened at token `open`; appends its span(s) and returns
  // the token to continue from.
  size_t Scan(size_t open, std::vector<QuotedSpan>* out) const {
    const size_t begin = open + MarkAt(open).length;
    for (size_t j = begin; j < tokens_.size(); ++j) {
      if (NewParagraph(j)) {
        // Unclosed at its paragraph's end; the quote runs on when the next
        // paragraph opens with a mark.
        out->push_back({open, begin, j, j, j, false, Opens(j)});
        return j;
      }
      const Mark m = MarkAt(j);
      if (m.kind == Mark::kClose || m.kind == Mark::kStraight) {
        out->push_back({open, begin, j, j, j + m.length, true, false});
        return j + m.length;
      }
      if (m.kind == Mark::kOpen) {  // unbalanced: a new quote starts here
        out->push_back({open, begin, j, j, j, false, false});
        return j;
      }
    }
    const size_t n = tokens_.size();
    out->push_back({open, begin, n, n, n, false, false});
    return n;
  }

  std::string_view text_;
  std::span<const Token> tokens_;
  std::span<const uint32_t> paragraph_;
  uint32_t base_;
};

}  // namespace

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text,
                                        std::span<const Token> tokens,
                                        std::span<const uint32_t> paragraph,
                                        uint32_t base) {
  return Pairer(text, tokens, paragraph, base).Run();
}

std::vector<uint32_t> TokenParagraphs(std::string_view text,
                                      std::span<const Token> tokens,
                                      uint32_t base) {
  std::vector<uint32_t> out(tokens.size(), 0);
  uint32_t p = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const uint32_t gap_begin = tokens[i - 1].span.end - base;
    const uint32_t gap_end = tokens[i].span.begin - base;
    int newlines = 0;
    for (uint32_t k = gap_begin; k < gap_end && newlines < 2; ++k) {
      newlines += text[k] == '\n';
    }
    if (newlines >= 2) ++p;
    out[i] = p;
  }
  return out;
}

}  // namespace precis::quotes
