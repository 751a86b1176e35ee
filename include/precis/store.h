// Copyright 2026 The precis Authors.
//
// The store: where articles, the stories and events they join, and the
// briefs of those stories live between runs. `precis ingest` writes it,
// `precis serve` reads it (and writes what is POSTed). SQLite is the one
// backend (src/store/sqlite_store.cc), hidden behind this interface as
// leveldb hides its Env, so that a second one can come later without
// touching callers.
//
// The contract:
//  - Ingest is idempotent: an article whose id is stored already, or whose
//    (non-empty) URL and content hash are, adds nothing and is reported as
//    such. Identical texts without a URL under other ids are added (the
//    clusterer marks them duplicate_of): wire copies in DUC 2003, 13 of 280.
//  - Each article keeps its original text and metadata, so every span of a
//    brief (summary sentence, quote, mention) can be shown in its source.
//  - Articles go to the story clusterer (stories.h) one at a time; its state
//    is kept in the database, so a later ingest (in this process or
//    another) continues the same stories.
//  - Crash-safe: WAL journal, one transaction per batch holding the
//    articles, their stories and events, the rebuilt briefs and the
//    clusterer's state. A batch reported committed survives a SIGKILL; a
//    killed batch leaves nothing behind, and ingesting again completes it.
//  - A brief is cached per story (JSON, docs/brief.schema.json) and rebuilt
//    in the batch that changes the story, so reading a story page costs one
//    indexed row read.
//  - Schema changes are numbered migrations, recorded in the
//    schema_migrations table; a database written by a newer precis is
//    refused.
//
// Thread-safety: a Store is one connection; use it from one thread at a
// time. Any number of Stores (threads, processes) may open the same file:
// readers never wait for a writer (WAL), writers take turns.

#ifndef PRECIS_STORE_H_
#define PRECIS_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/brief.h"
#include "precis/status.h"
#include "precis/stories.h"

namespace precis {

struct StoreOptions {
  bool read_only = false;       // open for reading only (the server's
                                // readers); the file must exist
  size_t batch_articles = 64;   // articles per transaction in Ingest
  int busy_timeout_ms = 10000;  // how long a writer waits for another
  BriefOptions brief;           // how cached briefs are built
  StoryOptions stories;         // the clusterer, when the store has none
                                // saved yet
};

// What happened to one article given to Ingest.
struct IngestResult {
  std::string id;              // the article's id
  bool added = false;          // false: it was stored already
  std::string existing;        // when !added: the stored article it matches
  StoryAssignment assignment;  // when added: its story and event; when not,
                               // the story and event of `existing`
};

// One story as lists show it.
struct StoryRow {
  std::string id;
  std::string title;
  std::string first_published, last_published;  // ISO dates, "" unknown
  std::vector<std::string> outlets;             // sorted
  int64_t articles = 0;
  int64_t events = 0;
  int64_t updated_seq = 0;  // the store's change counter when it last grew
  std::string updated_at;   // UTC time it last grew, "YYYY-MM-DDTHH:MM:SSZ"
  bool dormant = false;     // left the clusterer's active window
  std::string lede;         // the brief's first summary sentence, or ""
};

struct EventRow {
  std::string id, story, title, date;
  std::vector<std::string> articles;  // in order of addition
};

struct StoredArticle {
  Article article;
  std::string story, event;  // what it joined
  std::string duplicate_of;  // a near-identical earlier article, or ""
  std::string content_hash;  // 16 hex digits of the text's pinned hash
  std::string added_at;      // UTC, as StoryRow::updated_at
};

struct StoryQuery {
  std::string since, until;  // ISO dates bounding last_published
                             // (inclusive; "" = open)
  std::string q;             // words that must all appear in the title,
                             // outlets or an article title ("" = any)
  size_t limit = 50;         // at most 500
  size_t offset = 0;
};

struct StoreCounts {
  int64_t articles = 0, stories = 0, events = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (creating and migrating unless read_only) the database at `path`.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});

  // Adds the articles in order, options.batch_articles a transaction.
  // After each commit, calls on_commit (may be empty) with the results of
  // that batch, in order. Stops at the first failure: the batches before it
  // stay committed.
  using CommitCallback =
      std::function<void(std::span<const IngestResult> batch)>;
  virtual Status Ingest(std::span<const Article> articles,
                        const CommitCallback& on_commit) = 0;

  // Stories by newest activity first (updated_seq, then id).
  virtual Result<std::vector<StoryRow>> ListStories(const StoryQuery& q) = 0;
  // NotFound for an unknown id.
  virtual Result<StoryRow> GetStory(std::string_view id) = 0;
  // The story's events in date order (undated last, then by id).
  virtual Result<std::vector<EventRow>> StoryEvents(std::string_view id) = 0;
  // The cached brief JSON; "null" when the story had no sentence fit for a
  // summary. NotFound for an unknown id.
  virtual Result<std::string> StoryBrief(std::string_view id) = 0;
  // The story's articles, in order of addition.
  virtual Result<std::vector<Article>> StoryArticles(std::string_view id) = 0;
  virtual Result<StoredArticle> GetArticle(std::string_view id) = 0;
  virtual Result<StoreCounts> Counts() = 0;
  // Every story with its events and articles, in order of creation: what
  // `precis stories --db` prints.
  virtual Result<std::vector<Story>> AllStories() = 0;
};

// The schema version this precis writes.
inline constexpr int kStoreSchemaVersion = 1;

// The brief JSON the store caches for a story: the one place that renders
// it, so that moving the renderer changes one line.
std::string RenderBriefJson(const Cluster& cluster, const Brief& brief);

// 16 hex digits of the pinned hash of `text` (StoredArticle::content_hash).
std::string ContentHash(std::string_view text);

}  // namespace precis

#endif  // PRECIS_STORE_H_
