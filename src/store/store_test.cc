// Copyright 2026 The precis Authors.

#include "precis/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "precis/reader.h"

namespace precis {
namespace {

std::string TempDb(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("precis_store_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  for (const char* ext : {"", "-wal", "-shm"}) {
    std::filesystem::remove(path + ext);
  }
  return path;
}

std::vector<Article> Example() {
  auto clusters =
      ReadClusters({std::string(PRECIS_SOURCE_DIR) + "/examples/harbor-bridge"},
                   {}, nullptr);
  EXPECT_TRUE(clusters.ok());
  return clusters.ok() ? (*clusters)[0].articles : std::vector<Article>{};
}

std::vector<IngestResult> Ingest(Store* store, std::span<const Article> a) {
  std::vector<IngestResult> out;
  Status s = store->Ingest(a, [&](std::span<const IngestResult> batch) {
    out.insert(out.end(), batch.begin(), batch.end());
  });
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

TEST(StoreTest, IngestIsIdempotentByIdAndByUrlAndHash) {
  const std::string db = TempDb("idem.db");
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok()) << store.status().message();
  const std::vector<Article> articles = Example();
  ASSERT_EQ(articles.size(), 5u);
  auto first = Ingest(store->get(), articles);
  ASSERT_EQ(first.size(), 5u);
  for (const auto& r : first) EXPECT_TRUE(r.added) << r.id;
  auto again = Ingest(store->get(), articles);
  for (const auto& r : again) {
    EXPECT_FALSE(r.added) << r.id;
    EXPECT_EQ(r.existing, r.id);
    EXPECT_FALSE(r.assignment.story.empty());
  }
  // Another id, same URL and text: the same article.
  Article copy = articles[2];
  copy.id = "renamed";
  auto renamed = Ingest(store->get(), std::span<const Article>(&copy, 1));
  EXPECT_FALSE(renamed[0].added);
  EXPECT_EQ(renamed[0].existing, articles[2].id);
  auto counts = (*store)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->articles, 5);
}

TEST(StoreTest, KeepsTextAndMetadataAndCachesBriefs) {
  const std::string db = TempDb("keep.db");
  const std::vector<Article> articles = Example();
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok());
    Ingest(store->get(), articles);
  }
  StoreOptions ro;
  ro.read_only = true;
  auto store = Store::Open(db, ro);
  ASSERT_TRUE(store.ok()) << store.status().message();
  for (const Article& a : articles) {
    auto got = (*store)->GetArticle(a.id);
    ASSERT_TRUE(got.ok()) << a.id;
    EXPECT_EQ(got->article.text, a.text);
    EXPECT_EQ(got->article.title, a.title);
    EXPECT_EQ(got->article.source, a.source);
    EXPECT_EQ(got->article.url, a.url);
    EXPECT_EQ(got->article.published, a.published);
    EXPECT_EQ(got->article.body_begin, a.body_begin);
    EXPECT_EQ(got->content_hash, ContentHash(a.text));
  }
  auto stories = (*store)->ListStories({});
  ASSERT_TRUE(stories.ok());
  int64_t total = 0;
  for (const StoryRow& s : *stories) {
    total += s.articles;
    auto brief = (*store)->StoryBrief(s.id);
    ASSERT_TRUE(brief.ok());
    EXPECT_NE(brief->find("\"summary\""), std::string::npos) << s.id;
    auto events = (*store)->StoryEvents(s.id);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->size(), static_cast<size_t>(s.events));
  }
  EXPECT_EQ(total, 5);
  EXPECT_EQ((*store)->GetStory("nope").status().code(),
            Status::Code::kNotFound);
  EXPECT_EQ((*store)->GetArticle("nope").status().code(),
            Status::Code::kNotFound);
  EXPECT_FALSE((*store)->Ingest(articles, {}).ok());  // read-only
  auto all = (*store)->AllStories();
  ASSERT_TRUE(all.ok());
  size_t in_stories = 0;
  for (const Story& s : *all) in_stories += s.articles.size();
  EXPECT_EQ(in_stories, 5u);
}

TEST(StoreTest, ALaterIngestContinuesTheStories) {
  const std::string db = TempDb("continue.db");
  const std::vector<Article> articles = Example();
  std::vector<IngestResult> first, second;
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok());
    first = Ingest(store->get(), std::span(articles).first(3));
  }
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok());
  second = Ingest(store->get(), std::span(articles).subspan(3));
  std::set<std::string> ids;
  for (const auto& r : first) ids.insert(r.assignment.story);
  for (const auto& r : second) {
    ASSERT_TRUE(r.added);
    // A story the first run opened is not opened again under its id.
    if (r.assignment.new_story) {
      EXPECT_FALSE(ids.count(r.assignment.story));
    }
  }
  auto counts = (*store)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->articles, 5);
}

TEST(StoreTest, RecordsMigrationsAndRefusesNewerSchemas) {
  const std::string db = TempDb("schema.db");
  { ASSERT_TRUE(Store::Open(db).ok()); }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(raw, "SELECT version FROM schema_migrations", -1, &st,
                     nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), kStoreSchemaVersion);
  sqlite3_finalize(st);
  ASSERT_EQ(
      sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(raw);
  auto store = Store::Open(db);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer"), std::string::npos);
}

}  // namespace
}  // namespace precis
