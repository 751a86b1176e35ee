// Copyright 2026 The precis Authors.

#include "ingest/unique_ids.h"

#include <unordered_map>
#include <unordered_set>

namespace precis {

size_t MakeUnique(std::vector<std::string*> ids) {
  // Every original id is reserved first, so that a renamed "x-2" never takes
  // the id of a later article that is really called "x-2".
  std::unordered_set<std::string> taken;
  for (const std::string* id : ids) taken.insert(*id);
  std::unordered_set<std::string> seen;
  std::unordered_map<std::string, size_t> next_k;  // linear time on repeats
  size_t renamed = 0;
  for (std::string* id : ids) {
    if (seen.insert(*id).second) continue;
    for (size_t& k = next_k.try_emplace(*id, 2).first->second;; ++k) {
      std::string candidate = *id + "-" + std::to_string(k);
      if (taken.insert(candidate).second) {
        seen.insert(candidate);
        *id = std::move(candidate);
        break;
      }
    }
    ++renamed;
  }
  return renamed;
}

size_t MakeIdsUnique(std::vector<Article>* articles) {
  std::vector<std::string*> ids;
  ids.reserve(articles->size());
  for (Article& a : *articles) ids.push_back(&a.id);
  return MakeUnique(std::move(ids));
}

}  // namespace precis
