// Copyright 2026 The precis Authors.

#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace precis {
namespace {

Result<JsonlRecord> Parse(std::string_view line, Diagnostics* d = nullptr) {
  Diagnostics local;
  return ParseJsonlLine(line, "in/news.jsonl", 4, d != nullptr ? d : &local);
}

TEST(ParseJsonlLine, Article) {
  auto r = Parse(
      R"({"id": "a1", "title": "T", "text": "Body.\nMore.", "source": "AP",)"
      R"( "url": "http://x", "published": "Apr 10, 2018", "extra": [1]})");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Article& a = std::get<Article>(*r);
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "Body.\nMore.");
  EXPECT_EQ(a.source, "AP");
  EXPECT_EQ(a.url, "http://x");
  EXPECT_EQ(a.published, "2018-04-10");
  EXPECT_EQ(a.origin, "in/news.jsonl:4");
  EXPECT_EQ(a.body_begin, 0u);
}

TEST(ParseJsonlLine, ByteOrderMarkIsSkipped) {
  auto r = Parse(
      "\xEF\xBB\xBF"
      R"({"id": "b", "text": "Body."})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(std::get<Article>(*r).id, "b");
}

// JSON allows integers of any size; a line holding one is not lost.
TEST(ParseJsonlLine, IntegersBeyond64BitsAreRead) {
  auto r = Parse(
      R"({"id": "big", "text": "Body.", "views": 123456789012345678901234})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(std::get<Article>(*r).text, "Body.");
  EXPECT_FALSE(Parse(R"({"text": "a", "n": 01})").ok());  // still malformed
}

TEST(ParseJsonlLine, ArticleDefaultsAndAliases) {
  auto r = Parse(R"({"body": "B", "date": null, "id": null, "title": null})");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Article& a = std::get<Article>(*r);
  EXPECT_EQ(a.text, "B");
  EXPECT_EQ(a.id, "news-4");
  EXPECT_EQ(a.title, "");
  auto n = Parse(R"({"id": 17, "content": "C"})");
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(std::get<Article>(*n).id, "17");
  EXPECT_EQ(std::get<Article>(*n).text, "C");
}

TEST(ParseJsonlLine, ClusterWithStringsAndObjects) {
  Diagnostics d;
  auto r =
      Parse(R"({"id": "c9", "documents": ["First.", "", {"text": "Second.",)"
            R"( "title": "S"}, {"id": "x", "text": "Third."}, {"id": "x",)"
            R"( "text": "Fourth."}], "summary": "Sum.", "references": ["R2"]})",
            &d);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Cluster& c = std::get<Cluster>(*r);
  EXPECT_EQ(c.id, "c9");
  EXPECT_EQ(c.origin, "in/news.jsonl:4");
  ASSERT_EQ(c.articles.size(), 4u);
  EXPECT_EQ(c.articles[0].id, "c9-1");
  EXPECT_EQ(c.articles[0].text, "First.");
  EXPECT_EQ(c.articles[1].id, "c9-3");
  EXPECT_EQ(c.articles[1].title, "S");
  EXPECT_EQ(c.articles[2].id, "x");
  EXPECT_EQ(c.articles[3].id, "x-2");
  // "references" wins over "summary": DUC 2003 lines repeat one reference
  // as "summary", and it must not count twice.
  EXPECT_EQ(c.references, (std::vector<std::string>{"R2"}));
  std::string all;
  for (const auto& item : d.items()) all += item.ToString() + "\n";
  EXPECT_EQ(all,
            "in/news.jsonl:4: note: skipped 1 empty document(s)\n"
            "in/news.jsonl:4: note: renamed 1 repeated article id(s)\n");
}

TEST(ParseJsonlLine, ClusterSummaryList) {
  auto r = Parse(R"({"documents": ["D."], "summary": ["A", "B"]})");
  ASSERT_TRUE(r.ok());
  const Cluster& c = std::get<Cluster>(*r);
  EXPECT_EQ(c.id, "news-4");
  EXPECT_EQ(c.articles[0].id, "news-4-1");
  EXPECT_EQ(c.references, (std::vector<std::string>{"A", "B"}));
}

TEST(ParseJsonlLine, BlankAndEmptyRecordsAreSkipped) {
  Diagnostics d;
  auto blank = Parse("  \r", &d);
  ASSERT_TRUE(blank.ok());
  EXPECT_TRUE(std::holds_alternative<std::monostate>(*blank));
  EXPECT_TRUE(d.empty());
  auto empty_text = Parse(R"({"text": "  "})", &d);
  ASSERT_TRUE(empty_text.ok());
  EXPECT_TRUE(std::holds_alternative<std::monostate>(*empty_text));
  auto no_docs = Parse(R"({"id": "c", "documents": ["", " "]})", &d);
  ASSERT_TRUE(no_docs.ok());
  EXPECT_TRUE(std::holds_alternative<std::monostate>(*no_docs));
  ASSERT_EQ(d.items().size(), 3u);
  EXPECT_EQ(d.items()[0].ToString(),
            "in/news.jsonl:4: warning: article has empty text; skipped");
  EXPECT_EQ(d.items()[2].ToString(),
            "in/news.jsonl:4: warning: cluster 'c' has no documents; skipped");
}

struct ErrorCase {
  const char* line;
  const char* message;  // expected to appear in the status message
};

const ErrorCase kErrors[] = {
    {R"({"text": "a")", "in/news.jsonl:4: malformed JSON: "},
    {R"({"text": "a"} trailing)", "in/news.jsonl:4: malformed JSON: "},
    {"not json", "in/news.jsonl:4: malformed JSON: "},
    {R"(["text"])", "in/news.jsonl:4: expected a JSON object, found array"},
    {R"("text")", "in/news.jsonl:4: expected a JSON object, found string"},
    {"42", "in/news.jsonl:4: expected a JSON object, found number"},
    {R"({"title": "T"})", "in/news.jsonl:4: missing \"text\""},
    {R"({"text": 5})", "field \"text\" should be a string, not number"},
    {R"({"text": "a", "title": ["x"]})",
     "field \"title\" should be a string, not array"},
    {R"({"documents": "abc"})",
     "field \"documents\" should be a list, not string"},
    {R"({"documents": [3]})",
     "documents[0] should be a string or an object, not number"},
    {R"({"documents": ["a", {"title": "t"}]})",
     "in/news.jsonl:4: missing \"documents[1].text\""},
    {R"({"documents": ["a"], "summary": 3})",
     "field \"summary\" should be a string or a list of strings, not number"},
    {R"({"documents": ["a"], "references": ["a", 1]})",
     "field \"references[1]\" should be a string, not number"},
    {R"({"text": "bad \ud800 surrogate"})", "in/news.jsonl:4: malformed JSON"},
};

TEST(ParseJsonlLine, Errors) {
  for (const auto& c : kErrors) {
    auto r = Parse(c.line);
    ASSERT_FALSE(r.ok()) << c.line;
    EXPECT_EQ(r.status().code(), Status::Code::kBadInput);
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << c.line << " -> " << r.status().message();
    EXPECT_EQ(r.status().message().find("[json.exception"), std::string::npos)
        << r.status().message();
  }
}

TEST(ParseJsonlLine, RepairsInvalidUtf8BeforeParsing) {
  Diagnostics d;
  auto r = Parse("{\"text\": \"caf\xE9 \xF0\x9F\x98\x80\"}", &d);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Article& a = std::get<Article>(*r);
  EXPECT_EQ(a.text, "caf\xEF\xBF\xBD \xF0\x9F\x98\x80");
  EXPECT_TRUE(IsValidUtf8(a.text));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].ToString(),
            "in/news.jsonl:4: warning: replaced 1 invalid UTF-8 byte(s) with "
            "U+FFFD");
}

TEST(ParseJsonlLine, JsonEscapesAreDecoded) {
  auto r = Parse(R"({"text": "a\u00e9\n\"q\" \ud83d\ude00"})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(std::get<Article>(*r).text, "a\xC3\xA9\n\"q\" \xF0\x9F\x98\x80");
}

TEST(LooksLikeJsonl, FirstByte) {
  EXPECT_TRUE(LooksLikeJsonl("\n  {\"a\": 1}"));
  EXPECT_TRUE(LooksLikeJsonl("\xEF\xBB\xBF{}"));
  EXPECT_FALSE(LooksLikeJsonl("[1]"));
  EXPECT_FALSE(LooksLikeJsonl("Title: x"));
  EXPECT_FALSE(LooksLikeJsonl(""));
}

}  // namespace
}  // namespace precis
