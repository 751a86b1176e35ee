// Copyright 2026 The precis Authors.

#include "eval/rouge_input.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace precis {
namespace {

using ::testing::HasSubstr;

TEST(RougeInputTest, PairsById) {
  const auto cases = ParseRougeJsonl(
      "{\"id\": \"b\", \"summary\": \"B text\"}\n\n"
      "{\"id\": \"a\", \"summary\": \"A text\"}\n",
      "c.jsonl",
      "{\"id\": \"a\", \"references\": [\"A1\", \"A2\"]}\n"
      "{\"id\": \"b\", \"summary\": \"B1\"}\n",
      "r.jsonl");
  ASSERT_TRUE(cases.ok()) << cases.status().message();
  ASSERT_EQ(cases->size(), 2u);
  EXPECT_EQ((*cases)[0].id, "b");
  EXPECT_EQ((*cases)[0].references, std::vector<std::string>{"B1"});
  EXPECT_EQ((*cases)[1].references.size(), 2u);
}

std::string Error(std::string_view cands, std::string_view refs) {
  const auto r = ParseRougeJsonl(cands, "c.jsonl", refs, "r.jsonl");
  EXPECT_FALSE(r.ok());
  if (r.ok()) return "";
  EXPECT_EQ(r.status().code(), Status::Code::kBadInput);
  return r.status().message();
}

TEST(RougeInputTest, BadInputNamesFileAndLine) {
  const std::string ok_ref = "{\"id\": \"a\", \"summary\": \"x\"}\n";
  const std::string ok_cand = "{\"id\": \"a\", \"summary\": \"y\"}\n";
  EXPECT_THAT(Error(ok_cand + "{oops\n", ok_ref),
              HasSubstr("c.jsonl:2: not a JSON"));
  EXPECT_THAT(Error(ok_cand, ok_ref + "[1]\n"),
              HasSubstr("r.jsonl:2: not a JSON"));
  EXPECT_THAT(
      Error(ok_cand + "{\"id\": \"b\", \"summary\": \"\\xff\"}\n", ok_ref),
      HasSubstr("c.jsonl:2"));
  EXPECT_THAT(Error("{\"summary\": \"y\"}\n", ok_ref),
              HasSubstr("c.jsonl:1: no \"id\""));
  EXPECT_THAT(Error("{\"id\": \"a\", \"summary\": \"  \"}\n", ok_ref),
              HasSubstr("c.jsonl:1: empty summary"));
  EXPECT_THAT(Error(ok_cand, "{\"id\": \"a\", \"references\": []}\n"),
              HasSubstr("r.jsonl:1"));
  EXPECT_THAT(Error(ok_cand + ok_cand, ok_ref),
              HasSubstr("c.jsonl:2: id \"a\" repeats line 1"));
  EXPECT_THAT(Error(ok_cand + "{\"id\": \"b\", \"summary\": \"z\"}\n", ok_ref),
              HasSubstr("c.jsonl:2: id \"b\" has no reference in r.jsonl"));
  EXPECT_THAT(Error(ok_cand, ok_ref + "{\"id\": \"z\", \"summary\": \"z\"}\n"),
              HasSubstr("r.jsonl:2: id \"z\" has no candidate in c.jsonl"));
  EXPECT_THAT(Error("{\"id\": \"q\", \"summary\": \"y\"}\n", ok_ref),
              HasSubstr("nothing to score"));
  EXPECT_THAT(Error("", ok_ref), HasSubstr("c.jsonl: no summaries"));
  // Non-UTF-8 bytes raw in the line.
  EXPECT_THAT(
      Error(ok_cand + "{\"id\": \"b\", \"summary\": \"\xff\"}\n", ok_ref),
      HasSubstr("c.jsonl:2: not valid UTF-8"));
}

TEST(RougeInputTest, SingleCase) {
  auto c = MakeRougeCase("Cand.\n", "cand.txt", {"Ref one.", "Ref two."},
                         {"r1.txt", "r2.txt"});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->references.size(), 2u);
  auto bad = MakeRougeCase("ok\nok\n\xC3(\n", "cand.txt", {"r"}, {"r.txt"});
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("cand.txt:3: not valid UTF-8"));
  auto empty = MakeRougeCase("x", "cand.txt", {" \n"}, {"r.txt"});
  ASSERT_FALSE(empty.ok());
  EXPECT_THAT(empty.status().message(), HasSubstr("r.txt: empty summary"));
}

}  // namespace
}  // namespace precis
