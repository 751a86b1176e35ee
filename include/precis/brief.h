// Copyright 2026 The precis Authors.
//
// The story brief: for one cluster of articles, the attributed summary, the
// people, organizations and places, the quotes with their speakers, the
// dated timeline, the near-duplicate articles, and which outlets report
// what. Every item points back to its articles and bytes. `precis brief`
// prints it; docs/brief.schema.json documents its JSON form.

#ifndef PRECIS_BRIEF_H_
#define PRECIS_BRIEF_H_

#include <cstdint>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/entities.h"
#include "precis/headline.h"
#include "precis/quotes.h"
#include "precis/status.h"
#include "precis/summarizer.h"
#include "precis/timeline.h"

namespace precis {

// One development of a story: an event (one happening over hours or days,
// as the story clusterer groups them: stories.h), dated, told in one or two
// attributed sentences of its own articles.
struct Development {
  std::string date;   // ISO day ("2018-04-09") of the event: the earliest
                      // publication date among its articles, else a date
                      // inferred from their text; "" when none can be
  bool inferred = false;           // the date comes from the text
  std::vector<uint32_t> articles;  // its articles (Cluster::articles indexes)
  Summary summary;                 // its sentences; indexes into
                                   // Cluster::articles
  std::vector<std::string> outlets;  // its articles' outlets, sorted
};

struct BriefOptions {
  SummarizeOptions summary;  // method, budget, language, cleaning; the
                             // brief's summary always leaves out quotes
                             // whose speaker is only a pronoun (its quotes
                             // section names them): pronoun_quotes is
                             // ignored
  TimelineOptions timeline;
  bool entities = true;  // tag and link names (entities.h)
  // The story's events, as groups of article indexes (StoryEvent in
  // stories.h gives them); with two or more, the brief tells each as a
  // development, in date order (undated ones last).
  std::vector<std::vector<uint32_t>> events;
  size_t development_sentences = 2;  // sentences a development is told in
};

// A quote as the brief shows it: one per distinct content, with every
// article that carries it. quote.entity indexes Brief::entities when the
// speaker is one of them.
struct BriefQuote {
  uint32_t article = 0;           // where it was first found
  Quote quote;                    // spans into that article's text
  std::vector<uint32_t> sources;  // ascending, `article` among them
};

// What each outlet carries: summary sentences and timeline events.
struct OutletCoverage {
  std::string outlet;              // source name, or article id
  std::vector<uint32_t> articles;  // its articles, ascending
  std::vector<uint32_t> summary;   // indexes of summary sentences it has
  std::vector<uint32_t> events;    // indexes of timeline events it has
};

struct Brief {
  Headline headline;  // the title that stands for the cluster (headline.h)
  std::vector<Development> developments;  // in date order; empty without
                                          // BriefOptions::events
  Summary summary;
  std::vector<Entity> entities;    // by salience rank
  std::vector<BriefQuote> quotes;  // in order of first appearance
  std::vector<TimelineEvent> timeline;
  std::vector<std::vector<uint32_t>> duplicates;  // near-duplicate groups
  std::vector<OutletCoverage> coverage;
};

// Builds the brief of a cluster. Fails like Summarize() when the cluster
// has no sentence fit for a summary.
Result<Brief> BuildBrief(const Cluster& cluster, const BriefOptions& options);

// The brief as one JSON object (see docs/brief.schema.json), on one line.
std::string BriefToJson(const Cluster& cluster, const Brief& brief);

}  // namespace precis

#endif  // PRECIS_BRIEF_H_
