// Copyright 2026 The precis Authors.
//
// Near-duplicate articles (syndicated copies, updates of one wire story),
// by MinHash signatures of word shingles (Broder 1997): the share of equal
// signature slots estimates the Jaccard similarity of two articles' sets of
// 5-word shingles.

#ifndef PRECIS_DUPLICATES_H_
#define PRECIS_DUPLICATES_H_

#include <cstdint>
#include <span>
#include <vector>

#include "precis/article.h"

namespace precis {

struct DuplicateOptions {
  int shingle_words = 5;   // words per shingle
  int hashes = 128;        // signature length
  double threshold = 0.7;  // estimated Jaccard at which two are duplicates
};

// Groups of near-duplicate articles: indexes into `articles`, each group
// sorted, with at least two members, groups ordered by their first member.
// Articles are compared on their bodies (from body_begin). Deterministic.
std::vector<std::vector<uint32_t>> FindNearDuplicates(
    std::span<const Article> articles, const DuplicateOptions& options = {});

}  // namespace precis

#endif  // PRECIS_DUPLICATES_H_
