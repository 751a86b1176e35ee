// Copyright 2026 The precis Authors.
//
// Span: a [begin, end) byte range into one article's text. Every token,
// sentence, entity, quote and summary sentence in precis is a Span, so that
// anything shown to a user can be traced back to the exact source bytes.
//
// Invariant kept by every producer of spans (and tested on each):
//   text.substr(span.begin, span.size()) is the surface form.

#ifndef PRECIS_SPAN_H_
#define PRECIS_SPAN_H_

#include <cstdint>
#include <string_view>

namespace precis {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;  // one past the last byte; begin <= end

  constexpr uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return begin == end; }
  constexpr bool Contains(const Span& o) const {
    return begin <= o.begin && o.end <= end;
  }
  constexpr bool Overlaps(const Span& o) const {
    return begin < o.end && o.begin < end;
  }
  // The bytes this span covers. REQUIRES: end <= text.size().
  std::string_view In(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend constexpr bool operator==(const Span&, const Span&) = default;
  friend constexpr auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace precis

#endif  // PRECIS_SPAN_H_
