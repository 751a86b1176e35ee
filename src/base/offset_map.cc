// Copyright 2026 The precis Authors.

#include "precis/offset_map.h"

#include <algorithm>
#include <cassert>

namespace precis {

void OffsetMap::AddEdit(uint32_t out_begin, uint32_t out_len,
                        uint32_t in_begin, uint32_t in_len) {
  if (!edits_.empty()) {
    [[maybe_unused]] const Edit& last = edits_.back();
    assert(out_begin >= last.out_begin + last.out_len);
    // A shared, unedited run between edits keeps its length on both sides.
    assert(out_begin - (last.out_begin + last.out_len) ==
           in_begin - (last.in_begin + last.in_len));
  }
  edits_.push_back({out_begin, out_len, in_begin, in_len});
}

std::ptrdiff_t OffsetMap::Find(uint32_t out) const {
  auto it = std::upper_bound(
      edits_.begin(), edits_.end(), out,
      [](uint32_t o, const Edit& e) { return o < e.out_begin; });
  return (it - edits_.begin()) - 1;
}

uint32_t OffsetMap::MapBegin(uint32_t out) const {
  const std::ptrdiff_t i = Find(out);
  if (i < 0) return out;
  const Edit& e = edits_[i];
  const uint32_t out_end = e.out_begin + e.out_len;
  if (out < out_end) return e.in_begin;
  return e.in_begin + e.in_len + (out - out_end);
}

uint32_t OffsetMap::MapEnd(uint32_t out) const {
  const std::ptrdiff_t i = Find(out);
  if (i < 0) return out;
  const Edit& e = edits_[i];
  const uint32_t out_end = e.out_begin + e.out_len;
  // An end at an edit's first byte excludes the edit.
  if (out == e.out_begin) return e.in_begin;
  if (out <= out_end) return e.in_begin + e.in_len;
  return e.in_begin + e.in_len + (out - out_end);
}

}  // namespace precis
