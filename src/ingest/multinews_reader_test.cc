// Copyright 2026 The precis Authors.

#include "ingest/multinews_reader.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace precis {
namespace {

struct DecodeCase {
  const char* in;
  const char* want;
};

const DecodeCase kDecode[] = {
    {"a NEWLINE_CHAR NEWLINE_CHAR b", "a\n\nb"},
    {"a NEWLINE_CHAR b", "a\nb"},
    {"aNEWLINE_CHARb", "a\nb"},
    {"  a \t NEWLINE_CHAR\tb  ", "a\nb"},
    {"NEWLINE_CHAR NEWLINE_CHAR a NEWLINE_CHAR", "a"},
    {" NEWLINE_CHAR ", ""},
    {"", ""},
    {"no markers here.", "no markers here."},
    {"x NEWLINE_CHARNEWLINE_CHAR y", "x\n\ny"},
    {"NEWLINE_CHA", "NEWLINE_CHA"},
    {"caf\xC3\xA9 NEWLINE_CHAR \xE2\x80\x94", "caf\xC3\xA9\n\xE2\x80\x94"},
};

TEST(DecodeMultiNewsDocument, Table) {
  for (const auto& c : kDecode) {
    EXPECT_EQ(DecodeMultiNewsDocument(c.in), c.want) << c.in;
  }
}

TEST(ParseMultiNewsLine, SplitsDocumentsAndSkipsEmptyOnes) {
  Diagnostics d;
  const Cluster c = ParseMultiNewsLine(
      "First doc. NEWLINE_CHAR NEWLINE_CHAR More. ||||| |||||  Third doc. "
      "|||||",
      "train.src", 7, &d);
  EXPECT_EQ(c.id, "train.src:7");
  EXPECT_EQ(c.origin, "train.src:7");
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].text, "First doc.\n\nMore.");
  EXPECT_EQ(c.articles[0].id, "train.src:7-1");
  EXPECT_EQ(c.articles[1].text, "Third doc.");
  EXPECT_EQ(c.articles[1].id, "train.src:7-3");  // positions count skips
  EXPECT_EQ(c.articles[1].body_begin, 0u);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].ToString(),
            "train.src:7: note: skipped 2 empty document(s)");
}

TEST(ParseMultiNewsLine, OnlySeparatorsGiveNoArticles) {
  Diagnostics d;
  const Cluster c = ParseMultiNewsLine(" ||||| NEWLINE_CHAR |||||", "f", 1, &d);
  EXPECT_TRUE(c.articles.empty());
}

TEST(ParseMultiNewsLine, RepairsUtf8AndSaysWhere) {
  Diagnostics d;
  const Cluster c =
      ParseMultiNewsLine("bad \xFF\xFE byte ||||| ok", "f.src", 3, &d);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].text, "bad \xEF\xBF\xBD\xEF\xBF\xBD byte");
  EXPECT_TRUE(IsValidUtf8(c.articles[0].text));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].ToString(),
            "f.src:3: warning: replaced 2 invalid UTF-8 byte(s) with U+FFFD");
}

TEST(LooksLikeMultiNews, Markers) {
  EXPECT_TRUE(LooksLikeMultiNews("a ||||| b"));
  EXPECT_TRUE(LooksLikeMultiNews("a NEWLINE_CHAR b"));
  EXPECT_FALSE(LooksLikeMultiNews("a || b | c"));
}

}  // namespace
}  // namespace precis
