// Copyright 2026 The precis Authors.

#include "ingest/unique_ids.h"

#include <unordered_map>
#include <unordered_set>

namespace precis {

bool UniqueIds::Take(std::string* id) {
  taken_.insert(*id);
  if (seen_.insert(*id).second) return false;
  for (size_t& k = next_k_.try_emplace(*id, 2).first->second;; ++k) {
    std::string candidate = *id + "-" + std::to_string(k);
    if (taken_.insert(candidate).second) {
      seen_.insert(candidate);
      *id = std::move(candidate);
      return true;
    }
  }
}

size_t MakeUnique(std::vector<std::string*> ids) {
  // Every original id is reserved first, so that a renamed "x-2" never takes
  // the id of a later article that is really called "x-2".
  UniqueIds unique;
  for (const std::string* id : ids) unique.Reserve(*id);
  size_t renamed = 0;
  for (std::string* id : ids) renamed += unique.Take(id);
  return renamed;
}

size_t MakeIdsUnique(std::vector<Article>* articles) {
  std::vector<std::string*> ids;
  ids.reserve(articles->size());
  for (Article& a : *articles) ids.push_back(&a.id);
  return MakeUnique(std::move(ids));
}

}  // namespace precis
