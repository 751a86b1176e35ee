// Copyright 2026 The precis Authors.
//
// Developments: a story's events told one by one, dated, in date order.

#ifndef PRECIS_ANALYZE_DEVELOPMENTS_H_
#define PRECIS_ANALYZE_DEVELOPMENTS_H_

#include <cstdint>
#include <vector>

#include "precis/brief.h"

namespace precis {

// One Development per group of `events` (indexes into cluster.articles;
// out-of-range indexes and empty groups are ignored). Each is summarized
// on its own articles with `options` (budget: `sentences` sentences) and
// dated by the earliest publication date of its articles; a group without
// any takes the first full date near the top of an article's body (its
// dateline or byline) or, failing that, the latest full date its articles
// mention, and is marked inferred. Ordered by date, undated ones last in
// the order given. Deterministic.
std::vector<Development> BuildDevelopments(
    const Cluster& cluster, const std::vector<std::vector<uint32_t>>& events,
    const SummarizeOptions& options, size_t sentences);

}  // namespace precis

#endif  // PRECIS_ANALYZE_DEVELOPMENTS_H_
