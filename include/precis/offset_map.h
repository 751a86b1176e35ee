// Copyright 2026 The precis Authors.
//
// OffsetMap: maps byte offsets of a transformed text (the output) back to the
// text it was made from (the input), for transformations that rewrite a few
// pieces and copy the rest: UTF-8 repair, normalization for matching, marker
// decoding. Pieces are recorded as edits; between edits the map is a shift.

#ifndef PRECIS_OFFSET_MAP_H_
#define PRECIS_OFFSET_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "precis/span.h"

namespace precis {

class OffsetMap {
 public:
  // Records that output bytes [out_begin, out_begin + out_len) replace input
  // bytes [in_begin, in_begin + in_len). REQUIRES: edits are added in
  // increasing, non-overlapping order on both sides, and the unedited bytes
  // between two edits have the same length on both sides.
  void AddEdit(uint32_t out_begin, uint32_t out_len, uint32_t in_begin,
               uint32_t in_len);

  // Input offset of an output offset used as a span begin: a position inside
  // an edited piece maps to the start of the input piece.
  uint32_t MapBegin(uint32_t out) const;
  // Input offset of an output offset used as a span end: a position inside an
  // edited piece maps to the end of the input piece.
  uint32_t MapEnd(uint32_t out) const;
  // The smallest input span that produced `out`.
  Span Map(Span out) const { return {MapBegin(out.begin), MapEnd(out.end)}; }

  bool identity() const { return edits_.empty(); }
  size_t edit_count() const { return edits_.size(); }

 private:
  struct Edit {
    uint32_t out_begin, out_len, in_begin, in_len;
  };
  // Index of the last edit starting at or before `out`, or -1.
  std::ptrdiff_t Find(uint32_t out) const;

  std::vector<Edit> edits_;
};

}  // namespace precis

#endif  // PRECIS_OFFSET_MAP_H_
