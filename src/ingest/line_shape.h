// Copyright 2026 The precis Authors.
//
// The shape of a line of text, as the boilerplate cleaner judges it: how
// many words, letters and capitalized words it has, whether it ends like a
// sentence, whether it looks like a list item. Computed for every line of
// every article, so it is written for speed: 64 bytes at a time with SSE2
// where available.

#ifndef PRECIS_INGEST_LINE_SHAPE_H_
#define PRECIS_INGEST_LINE_SHAPE_H_

#include <cstddef>
#include <string_view>

namespace precis {

struct Shape {
  size_t words = 0;        // runs of letters and digits, ' and - inside a
                           // run keeping it whole
  size_t letters = 0;      // letter bytes (non-ASCII bytes count as letters)
  size_t visible = 0;      // bytes other than ' ', '\t', '\r'
  size_t capitalized = 0;  // words starting with an upper-case ASCII letter
  size_t lowercase_words = 0;  // words starting with a lower-case one
  bool has_lower = false;      // a lower-case ASCII letter anywhere
  bool terminated = false;  // . ! ? or … (before closing quotes or brackets)
  bool list_item = false;   // starts with a bullet or "1." / "a)"
  bool pipes = false;       // two or more '|'
};

Shape ShapeOf(std::string_view line);

// The same by a byte-at-a-time table walk: the portable implementation,
// used where SSE2 is not, and the reference ShapeOf is tested against.
Shape ShapeOfScalar(std::string_view line);

}  // namespace precis

#endif  // PRECIS_INGEST_LINE_SHAPE_H_
