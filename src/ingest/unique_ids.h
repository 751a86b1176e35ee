// Copyright 2026 The precis Authors.
//
// Article ids are unique within their cluster: readers give every article
// an id, and this makes repeated ones distinct.

#ifndef PRECIS_INGEST_UNIQUE_IDS_H_
#define PRECIS_INGEST_UNIQUE_IDS_H_

#include <string>
#include <vector>

#include "precis/article.h"

namespace precis {

// Renames every article whose id was already used by an earlier one to
// "<id>-<k>" with the smallest k >= 2 not yet taken, in order, so the result
// depends only on the sequence of ids. Returns the number of renames.
size_t MakeIdsUnique(std::vector<Article>* articles);

// The same for any list of ids (cluster ids).
size_t MakeUnique(std::vector<std::string*> ids);

}  // namespace precis

#endif  // PRECIS_INGEST_UNIQUE_IDS_H_
