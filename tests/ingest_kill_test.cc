// Copyright 2026 The precis Authors.
//
// Crash safety of `precis ingest`: a run killed with SIGKILL midway leaves a
// database that opens, holds every article the run reported committed, and
// that a second run completes.

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "precis/store.h"
#include "serve_testing.h"

namespace precis {
namespace {

constexpr int kArticles = 600;

// Articles on 60 invented subjects, each with words of its own, dated in
// order, one JSON line each.
std::string WriteStream(const std::string& dir) {
  const std::string path = dir + "/stream.jsonl";
  std::ofstream out(path);
  static const char* kWhat[] = {"council", "harbor",   "school",  "bridge",
                                "market",  "hospital", "railway", "stadium",
                                "library", "airport"};
  for (int i = 0; i < kArticles; ++i) {
    const int topic = i % 60;
    const std::string name =
        "Zorv" + std::string(1, 'a' + topic % 26) + std::to_string(topic);
    const std::string what = kWhat[topic % 10];
    std::ostringstream text;
    text << "The " << what << " of " << name << " was in the news again on "
         << "day " << i << ". Officials in " << name << " said the " << what
         << " plan for " << name << " would cost more than expected. "
         << "Residents of " << name << " met on Monday to discuss the " << what
         << ", and the mayor of " << name << " promised answers.";
    char date[16];
    std::snprintf(date, sizeof date, "2026-%02d-%02d", 1 + i / 280,
                  1 + (i / 10) % 28);
    out << nlohmann::json{{"id", "k" + std::to_string(i)},
                          {"title", "The " + what + " of " + name},
                          {"source", "Outlet " + std::to_string(i % 7)},
                          {"published", date},
                          {"text", text.str()}}
               .dump()
        << "\n";
  }
  return path;
}

// Runs `precis ingest`; with kill_after > 0, SIGKILLs it once that many
// articles were reported. Returns the ids reported added and the exit code
// (-SIGKILL when killed).
std::pair<std::set<std::string>, int> Ingest(const std::string& db,
                                             const std::string& input,
                                             int kill_after) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    const std::string bin = std::string(PRECIS_BINARY_DIR) + "/precis";
    execl(bin.c_str(), bin.c_str(), "ingest", "--db", db.c_str(), "--batch",
          "5", input.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  FILE* in = fdopen(fds[0], "r");
  std::set<std::string> added;
  char line[512];
  bool killed = false;
  int reported = 0;
  while (fgets(line, sizeof line, in) != nullptr) {
    std::istringstream words(line);
    std::string verb, id;
    words >> verb >> id;
    ++reported;
    if (verb == "added") added.insert(id);
    if (kill_after > 0 && reported >= kill_after && !killed) {
      kill(pid, SIGKILL);
      killed = true;
    }
  }
  fclose(in);
  int status = 0;
  waitpid(pid, &status, 0);
  return {added, WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status)};
}

TEST(IngestKillTest, KilledMidwayLosesNothingCommittedAndReRunCompletes) {
  const std::string dir = testing::FreshDir("precis_kill");
  const std::string input = WriteStream(dir);
  const std::string db = dir + "/news.db";
  auto [first, code] = Ingest(db, input, /*kill_after=*/40);
  ASSERT_EQ(code, -SIGKILL) << "the run ended before it was killed";
  ASSERT_GE(first.size(), 40u);
  ASSERT_LT(first.size(), static_cast<size_t>(kArticles));

  // The database opens, is intact, and holds all that was reported.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
  sqlite3_close(raw);
  int64_t stored = 0;
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().message();
    for (const std::string& id : first) {
      EXPECT_TRUE((*store)->GetArticle(id).ok()) << id;
    }
    stored = (*store)->Counts()->articles;
    EXPECT_GE(stored, static_cast<int64_t>(first.size()));
    EXPECT_EQ(stored % 5, 0) << "a batch was half written";
  }

  // A second run adds the rest, and only the rest.
  auto [second, code2] = Ingest(db, input, 0);
  EXPECT_EQ(code2, 0);
  EXPECT_EQ(static_cast<int64_t>(second.size()), kArticles - stored);
  for (const std::string& id : first) EXPECT_FALSE(second.count(id)) << id;
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->Counts()->articles, kArticles);
  auto stories = (*store)->AllStories();
  ASSERT_TRUE(stories.ok());
  size_t members = 0;
  for (const Story& s : *stories) members += s.articles.size();
  EXPECT_EQ(members, static_cast<size_t>(kArticles));
  store->reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace precis
