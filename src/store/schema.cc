// Copyright 2026 The precis Authors.

#include "store/schema.h"

namespace precis::store {
namespace {

// Version 1, the first release.
//  meta:     key/value: "clusterer" (StoryClusterer::SaveState bytes),
//            "generation" (bumped by every committed batch, so a writer
//            knows when another process moved the clusterer on).
//  articles: every article as read, seq in order of addition, with the
//            story and event it joined (the membership).
//  stories:  one row a story, with its cached brief, its lede (the
//            brief's first summary sentence) and a lower-cased search
//            text (title, outlets, article titles).
//  events:   one row an event; `articles` is a JSON array of ids.
constexpr char kV1[] = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE articles(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL,
  published TEXT NOT NULL, text TEXT NOT NULL, body_begin INTEGER NOT NULL,
  origin TEXT NOT NULL, content_hash TEXT NOT NULL, added_at TEXT NOT NULL,
  story TEXT NOT NULL, event TEXT NOT NULL, duplicate_of TEXT NOT NULL);
CREATE INDEX articles_url_hash ON articles(url, content_hash);
CREATE INDEX articles_story ON articles(story, seq);
CREATE TABLE stories(
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL, first_published TEXT NOT NULL,
  last_published TEXT NOT NULL, outlets TEXT NOT NULL,
  articles INTEGER NOT NULL, events INTEGER NOT NULL,
  updated_seq INTEGER NOT NULL, updated_at TEXT NOT NULL,
  dormant INTEGER NOT NULL DEFAULT 0,
  brief TEXT NOT NULL DEFAULT 'null', search TEXT NOT NULL DEFAULT '',
  lede TEXT NOT NULL DEFAULT '');
CREATE INDEX stories_updated ON stories(updated_seq DESC, id);
CREATE TABLE events(
  id TEXT PRIMARY KEY, story TEXT NOT NULL, ord INTEGER NOT NULL,
  title TEXT NOT NULL, date TEXT NOT NULL, articles TEXT NOT NULL);
CREATE INDEX events_story ON events(story, ord);
)sql";

constexpr Migration kMigrations[] = {
    {1, "articles, stories, events, cached briefs, clusterer state", kV1},
};

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

}  // namespace precis::store
