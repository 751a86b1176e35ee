// Copyright 2026 The precis Authors.
//
// Vocabulary: interns term strings to dense ids, so that everything above
// works on integers. Lookups take string_view and do not allocate; adding a
// term costs no allocation of its own (StringInterner).

#ifndef PRECIS_REPRESENT_VOCABULARY_H_
#define PRECIS_REPRESENT_VOCABULARY_H_

#include <cstdint>
#include <string_view>

#include "base/string_interner.h"

namespace precis {

class Vocabulary {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id of `term`, adding it when new. Ids are dense, in order of first
  // appearance, so they are deterministic for a given input order.
  uint32_t Intern(std::string_view term) { return terms_.Intern(term); }
  // The id of `term`, or kNone.
  uint32_t Find(std::string_view term) const { return terms_.Find(term); }
  // REQUIRES: id < size(). The view lives as long as the Vocabulary.
  std::string_view Term(uint32_t id) const { return terms_.Get(id); }
  size_t size() const { return terms_.size(); }

 private:
  StringInterner terms_;
};

}  // namespace precis

#endif  // PRECIS_REPRESENT_VOCABULARY_H_
