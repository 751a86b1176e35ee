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

// One sentence reporting an event, in one article.
struct EventMention {
  uint32_t article = 0;  // index of the article in its cluster
  Span sentence;         // bytes of that article's text
  Span expression;       // the date expression inside the sentence
};

struct TimelineEvent {
  std::string date;      // TIMEX3 value of a DATE: "2018-04-10", "2018-04",
                         // "2018", "2018-W15", "2018-Q3", "2018-SU"; a TIME's
                         // date part ("2018-04-10" for "3 p.m. Tuesday")
  uint32_t article = 0;  // the article the sentence is taken from: the
                         // first to report the event
  Span sentence;         // the sentence, bytes of that article's text
  Span expression;       // the date expression inside it
  std::vector<uint32_t> sources;       // every article reporting the event,
                                       // ascending (`article` among them)
  std::vector<EventMention> mentions;  // every sentence merged into it, by
                                       // article then position
};

struct TimelineOptions {
  CleanOptions clean;             // boilerplate removal first
  double merge_similarity = 0.3;  // Jaccard similarity of content words at
                                  // which two sentences with the same date
                                  // are one event
  size_t min_words = 6;           // shorter sentences are not events
  bool years = true;              // events dated by a year alone ("in 1987")
  // An article without a publication date takes the first full date of
  // its first `dateline_bytes` bytes of body (a byline's "Apr 10, 2018")
  // as its reference; 0 leaves such articles' relative dates unresolved.
  uint32_t dateline_bytes = 600;
  // Only dates that can be the event's date a sentence: not a year or month
  // that modifies a noun ("the 2015 nuclear deal"), a clock time without
  // its day ("at 4:20 a.m."), or any date in a photo caption. False dates
  // by any resolved expression, as before these rules (for measuring them).
  bool event_dates = true;
};

// The events of a cluster, ordered by the start of their date's period
// (a year before its months, a month before its days when they start
// together), then by first source and position. Relative dates need the
// article's publication date; without one only absolute dates count.
// Deterministic; linear in the text apart from sorting and the merging of
// sentences that share a date.
std::vector<TimelineEvent> BuildTimeline(const Cluster& cluster,
                                         const TimelineOptions& options = {});

// The first day of the period a DATE value names and its granularity rank
// (0 for a year ... 5 for a day), for ordering: "2018-W15" starts on
// 2018-04-09. False for values that name no calendar period ("PAST_REF",
// "XXXX-04", "P2Y", decades).
bool DatePeriodStart(const std::string& value, int64_t* first_day, int* rank);

// The bytes `sentence` of `article`'s text with each relative expression
// that resolves to a day followed by that day as ReadableDate says it: "on
// Monday (9 April 2018)", "yesterday (8 April 2018)". Expressions are
// resolved as BuildTimeline resolves them (against the publication date,
// "the next day" from the date before it); absolute dates, coarser ones and
// unresolved ones stay as written. For display only: offsets into the text
// are those of `sentence`, not of the result.
std::string WithResolvedDays(const Article& article, Span sentence);

// A DATE value as a reader says it: "9 April 2018", "April 2018", "2018",
// "week of 13 August 2018" (the Monday it starts), "third quarter of 2018",
// "first half of 2018", "summer 2018"; a TIME's date part likewise; any
// other value ("PAST_REF", "XXXX-04", "199") as it is.
std::string ReadableDate(const std::string& value);

}  // namespace precis

#endif  // PRECIS_TIMELINE_H_
