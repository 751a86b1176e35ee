// Copyright 2026 The precis Authors.
//
// Evaluation of the story clusterer on a stream with gold clusters: runs
// FindStories over the stream and scores both levels (stories, events)
// against the gold with ScoreClustering, with the speed and peak memory.

#ifndef PRECIS_CLUSTER_STORY_EVAL_H_
#define PRECIS_CLUSTER_STORY_EVAL_H_

#include <cstddef>
#include <string>

#include "cluster/clustering_scores.h"
#include "precis/diagnostics.h"
#include "precis/status.h"
#include "precis/stories.h"

namespace precis {

struct StoryEvalReport {
  ClusteringScores stories;  // precis's stories against the gold
  ClusteringScores events;   // precis's events against the gold
  size_t articles = 0;
  double seconds = 0;           // reading excluded
  double articles_per_second = 0;
  size_t peak_rss_bytes = 0;    // of the whole process, at the end
};

// Reads the articles of `data_path` (any reader format) and the gold of
// `gold_path` (JSONL, one {"id", "story"} a line) and scores. Fails on an
// unreadable file, a malformed gold line, or a gold without any article of
// the data; articles without gold are left out of the scores (counted in
// ClusteringScores::missing the other way round) with a warning.
Result<StoryEvalReport> EvaluateStories(const std::string& data_path,
                                        const std::string& gold_path,
                                        const StoryOptions& options,
                                        Diagnostics* diagnostics);

// The report as one JSON object on one line.
std::string StoryEvalToJson(const StoryEvalReport& report);
// The report as a small table for people.
std::string StoryEvalToText(const StoryEvalReport& report);

}  // namespace precis

#endif  // PRECIS_CLUSTER_STORY_EVAL_H_
