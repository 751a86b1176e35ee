// Copyright 2026 The precis Authors.
//
// Puts a pile of articles in the order the story clusterer takes them.

#ifndef PRECIS_CLUSTER_STREAM_H_
#define PRECIS_CLUSTER_STREAM_H_

#include <vector>

#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/stories.h"

namespace precis {

// The articles by publication day, stably (arrival order for ties; an
// article without a readable date, or dated after options.today, keeps its
// place after the article before it, with a warning for the bad date), and
// repeated ids renamed "<id>-<k>" (smallest k >= 2 free) with a warning.
// What FindStories adds, in order; for callers that keep a clusterer.
std::vector<Article> PrepareStream(std::vector<Article> articles,
                                   const StoryOptions& options,
                                   Diagnostics* diagnostics);

}  // namespace precis

#endif  // PRECIS_CLUSTER_STREAM_H_
