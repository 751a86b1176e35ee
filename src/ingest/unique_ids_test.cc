// Copyright 2026 The precis Authors.

#include "ingest/unique_ids.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

std::string Renamed(std::vector<std::string> ids) {
  std::vector<std::string*> ptrs;
  for (auto& id : ids) ptrs.push_back(&id);
  MakeUnique(ptrs);
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out.push_back('|');
    out.append(ids[i]);
  }
  return out;
}

TEST(MakeUnique, Table) {
  EXPECT_EQ(Renamed({"a", "b"}), "a|b");
  EXPECT_EQ(Renamed({"a", "a", "a"}), "a|a-2|a-3");
  // A later article really called "a-2" keeps its id.
  EXPECT_EQ(Renamed({"a", "a", "a-2"}), "a|a-3|a-2");
  EXPECT_EQ(Renamed({"", ""}), "|-2");
  EXPECT_EQ(Renamed({}), "");
}

TEST(MakeIdsUnique, CountsRenames) {
  std::vector<Article> articles;
  for (const char* id : {"x", "x", "x", "y"}) articles.push_back({.id = id});
  EXPECT_EQ(MakeIdsUnique(&articles), 2u);
  EXPECT_EQ(articles[1].id, "x-2");
  EXPECT_EQ(articles[2].id, "x-3");
  EXPECT_EQ(articles[3].id, "y");
}

TEST(MakeUnique, ManyRepeatsStayFast) {
  std::vector<std::string> ids(20000, "same");
  std::vector<std::string*> ptrs;
  for (auto& id : ids) ptrs.push_back(&id);
  EXPECT_EQ(MakeUnique(ptrs), 19999u);
  EXPECT_EQ(ids.back(), "same-20000");
}

// One at a time, as a stream: later ids are not known, so "x-2" renamed
// from a repeat takes the id a later item really has, which moves on.
TEST(UniqueIds, TakesIdsAsTheyCome) {
  UniqueIds ids;
  std::vector<std::string> got;
  size_t renamed = 0;
  for (std::string id : {"x", "x", "x-2", "y", "x"}) {
    renamed += ids.Take(&id);
    got.push_back(id);
  }
  EXPECT_EQ(got,
            (std::vector<std::string>{"x", "x-2", "x-2-2", "y", "x-3"}));
  EXPECT_EQ(renamed, 3u);
}

}  // namespace
}  // namespace precis
