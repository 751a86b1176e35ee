// Copyright 2026 The precis Authors.

#include "represent/vocabulary.h"

namespace precis {

uint32_t Vocabulary::Intern(std::string_view term) {
  auto it = ids_.find(term);
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(terms_.size());
  terms_.emplace_back(term);
  ids_.emplace(terms_.back(), id);
  return id;
}

uint32_t Vocabulary::Find(std::string_view term) const {
  auto it = ids_.find(term);
  return it == ids_.end() ? kNone : it->second;
}

}  // namespace precis
