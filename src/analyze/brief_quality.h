// Copyright 2026 The precis Authors.
//
// What an editor checks in a brief, made countable (issue 17): summary
// sentences whose first words point back to a sentence the summary does
// not carry right before them, quotes whose speaker is only a pronoun,
// articles whose outlet is named, and timeline entries dated by a date the
// sentence merely mentions. bench/brief_quality.cc prints them over the
// development clusters.

#ifndef PRECIS_ANALYZE_BRIEF_QUALITY_H_
#define PRECIS_ANALYZE_BRIEF_QUALITY_H_

#include <cstddef>

#include "precis/brief.h"

namespace precis {

struct BriefCounts {
  size_t clusters = 0;
  size_t summary_sentences = 0;
  size_t dangling = 0;  // opener (coherence.h) or pronoun subject, and the
                        // summary sentence before it is not the one before
                        // it in its article
  size_t quotes = 0;
  size_t pronoun_speakers = 0;  // speaker is "he", "she", "they", ...
  size_t articles = 0;
  size_t named_outlets = 0;  // Article::source not empty
  size_t timeline = 0;

  BriefCounts& operator+=(const BriefCounts& o);
};

// Counts one brief of `cluster`.
BriefCounts CountBrief(const Cluster& cluster, const Brief& brief);

}  // namespace precis

#endif  // PRECIS_ANALYZE_BRIEF_QUALITY_H_
