// Copyright 2026 The precis Authors.
//
// The timeline of a story: the dated events its articles report, each the
// sentence that carries a resolved date expression (time_expressions.h),
// merged across articles when they say much the same of the same date,
// and ordered by date.

#ifndef PRECIS_TIMELINE_H_
#define PRECIS_TIMELINE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/boilerplate.h"
#include "precis/span.h"

namespace precis {

struct TimelineEvent {
  std::string date;      // TIMEX3 value: "2018-04-10", "2018-04", "2018",
                         // "2018-W15", "2018-Q3"
  uint32_t article = 0;  // the article the sentence is taken from
  Span sentence;         // the sentence, bytes of that article's text
  Span expression;       // the date expression inside it
  std::vector<uint32_t> sources;  // every article reporting the event,
                                  // ascending (`article` among them)
};

struct TimelineOptions {
  CleanOptions clean;             // boilerplate removal first
  double merge_similarity = 0.3;  // word-set Jaccard at which two sentences
                                  // with the same date are one event
  size_t min_words = 6;           // shorter sentences are not events
};

// The events of a cluster, ordered by date (a year before its months, a
// month before its days), then by first source and position. Relative
// dates need the article's publication date; without one only absolute
// dates count. Deterministic.
std::vector<TimelineEvent> BuildTimeline(const Cluster& cluster,
                                         const TimelineOptions& options = {});

}  // namespace precis

#endif  // PRECIS_TIMELINE_H_
