// Copyright 2026 The precis Authors.
//
// Article ids are unique within their cluster: readers give every article
// an id, and this makes repeated ones distinct.

#ifndef PRECIS_INGEST_UNIQUE_IDS_H_
#define PRECIS_INGEST_UNIQUE_IDS_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "precis/article.h"

namespace precis {

// Renames every article whose id was already used by an earlier one to
// "<id>-<k>" with the smallest k >= 2 not yet taken, in order, so the result
// depends only on the sequence of ids. Returns the number of renames.
size_t MakeIdsUnique(std::vector<Article>* articles);

// The same for any list of ids (cluster ids).
size_t MakeUnique(std::vector<std::string*> ids);

// The renaming of MakeUnique, one id at a time, for ids that come as a
// stream: ids of later items cannot be kept clear of, so a renamed "x-2"
// may take the id a later item really has (which is then renamed in turn).
class UniqueIds {
 public:
  // Marks `id` as taken without using it (MakeUnique reserves every
  // original id so).
  void Reserve(const std::string& id) { taken_.insert(id); }
  // Keeps *id if no earlier call kept it, else renames it "<id>-<k>" with
  // the smallest k >= 2 not taken; true when renamed.
  bool Take(std::string* id);

 private:
  std::unordered_set<std::string> taken_, seen_;
  std::unordered_map<std::string, size_t> next_k_;  // linear time on repeats
};

}  // namespace precis

#endif  // PRECIS_INGEST_UNIQUE_IDS_H_
