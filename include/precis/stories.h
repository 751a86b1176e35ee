// Copyright 2026 The precis Authors.
//
// Stories: online grouping of a stream of articles into stories (an ongoing
// subject over weeks) and, inside each story, events (one happening over
// hours or days), after the single-pass detection of TDT (Allan, Papka and
// Lavrenko 1998) with centroids retrieved through an inverted index
// (Miranda et al. 2018). src/cluster/ holds the implementation and says where
// it departs from those papers.
//
// The contract the store and the service build on:
//  - Articles are added one at a time, in publication order (arrival order
//    where there is no date). Each joins an existing story and event or opens
//    new ones; Add() says which.
//  - Every article added is in exactly one story and one event of it; none is
//    dropped (an empty article opens a story of its own).
//  - Ids are stable strings ("s1", "s1.e2", ...) assigned in order of
//    creation; the same input in the same order gives the same ids and
//    stories, whatever the thread count.
//  - Stories idle for longer than StoryOptions::dormant_days go dormant: they
//    leave the index and memory, and are handed to the caller once through
//    TakeDormant(), so memory is bounded by the active window, not the
//    stream.
//  - SaveState() and StoryClusterer::Load() carry the active state (stories,
//    events, the index, document frequencies, id counters); running a stream
//    in two halves with a save and a load between them gives the same
//    stories as one run.

#ifndef PRECIS_STORIES_H_
#define PRECIS_STORIES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/status.h"

namespace precis {

struct StoryOptions {
  std::string language = "english";  // stemmer and stop words
  // Further thresholds, weights and windows are documented where they are
  // defined; every default is the one measured in the README.

  // An article joins the most similar active story when its time-decayed
  // cosine with the story's centroid reaches this, else opens a story.
  double story_threshold = 0.14;  // best on DUC 2003 of 0.10-0.20
  // Inside its story, it joins the most similar event at this, else opens
  // one. Events are tighter than stories.
  double event_threshold = 0.15;  // of 0.15-0.40 on both streams
  // Time decay of similarity, exp(-days apart / scale): the days between the
  // article and the story's (event's) latest article. 0 turns it off.
  double story_decay_days = 30.0;
  double event_decay_days = 3.0;
  // A story idle this many days (by publication date) goes dormant.
  double dormant_days = 30.0;
  // ... or idle for this many added articles (streams without dates).
  uint64_t dormant_articles = 200000;
  // Term weights: a title word counts as title_weight body words, a word of
  // the first lead_bytes of the body as lead_weight (without a title the lead
  // takes the title's weight), a capitalized word inside a sentence (a name,
  // mostly) name_weight times more.
  double title_weight = 3.0;
  double lead_weight = 2.0;
  uint32_t lead_bytes = 400;
  double name_weight = 1.5;
  // Centroids keep their heaviest terms only (story, event).
  uint32_t story_terms = 300;
  uint32_t event_terms = 150;
  // An article's heaviest terms look up candidate stories in the index.
  uint32_t query_terms = 30;
  // Near-duplicates (MinHash of 5-word shingles, estimated Jaccard at least
  // this) join the earlier article's event directly. 0 or less: off.
  double duplicate_threshold = 0.7;
  // Today, in days since 1970-01-01: later dates are taken for mistakes
  // (ignored, with a warning). 0: the system clock.
  int64_t today = 0;
};

// One event of a story: articles about the same happening.
struct StoryEvent {
  std::string id;                     // "s3.e2"
  std::string title;                  // the most representative title/lead
  std::string date;                   // ISO date of the event, "" unknown
  std::vector<std::string> articles;  // article ids, in order of addition
};

struct Story {
  std::string id;                     // "s3"
  std::string title;                  // the most representative title/lead
  std::string first_published;        // ISO dates, "" when no article has one
  std::string last_published;
  std::vector<std::string> articles;  // article ids, in order of addition
  std::vector<std::string> outlets;   // distinct Article::source, sorted
  std::vector<StoryEvent> events;     // in order of their dates
};

// Where an added article went.
struct StoryAssignment {
  std::string story;          // Story::id
  std::string event;          // StoryEvent::id
  bool new_story = false;     // it opened the story
  bool new_event = false;     // it opened the event
  std::string duplicate_of;   // id of a near-identical earlier article, or ""
  std::string warning;        // what was wrong with the article, or ""
};

class StoryClusterer {
 public:
  explicit StoryClusterer(const StoryOptions& options = {});
  ~StoryClusterer();
  StoryClusterer(StoryClusterer&&) noexcept;
  StoryClusterer& operator=(StoryClusterer&&) noexcept;

  // Adds one article. Fails with InvalidArgument on an id already added
  // (while its story is active). Never drops an article.
  Result<StoryAssignment> Add(const Article& article);

  // The active stories, in order of creation.
  std::vector<Story> ActiveStories() const;

  // Stories that went dormant since the last call, in the order they did;
  // each is handed out once and forgotten.
  std::vector<Story> TakeDormant();

  // Ends the stream: every active story goes dormant (TakeDormant() then
  // returns them all).
  void Flush();

  // The active state, as bytes to keep in a file or a database.
  std::string SaveState() const;
  // A clusterer that continues from SaveState()'s bytes. Fails with BadInput
  // on bytes it did not write (or of another version).
  static Result<StoryClusterer> Load(std::string_view state,
                                     const StoryOptions& options = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Groups a pile of articles: orders them by publication date (arrival order
// for ties and for articles without a date, with a warning in *diagnostics
// for dates that cannot be read or lie in the future), adds each and returns
// every story, in order of creation.
Result<std::vector<Story>> FindStories(const std::vector<Article>& articles,
                                       const StoryOptions& options,
                                       Diagnostics* diagnostics);

}  // namespace precis

#endif  // PRECIS_STORIES_H_
