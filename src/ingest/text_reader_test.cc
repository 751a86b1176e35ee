// Copyright 2026 The precis Authors.

#include "ingest/text_reader.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace precis {
namespace {

Article Parse(std::string_view bytes, Diagnostics* d = nullptr) {
  Diagnostics local;
  return ParseTextArticle(bytes, "id", "dir/id.txt", "dir/id.txt",
                          d != nullptr ? d : &local);
}

std::string Body(const Article& a) { return a.text.substr(a.body_begin); }

TEST(ParseTextArticle, HeaderLines) {
  const std::string in =
      "Title: Rome's sad tree\n"
      "source:  The Times \n"
      "URL: https://example.com/a?b=c:d\n"
      "DATE: April 10, 2018\n"
      "\n"
      "ROME - The tree is gray.\n";
  const Article a = Parse(in);
  EXPECT_EQ(a.title, "Rome's sad tree");
  EXPECT_EQ(a.source, "The Times");
  EXPECT_EQ(a.url, "https://example.com/a?b=c:d");
  EXPECT_EQ(a.published, "2018-04-10");
  EXPECT_EQ(a.text, in);  // headers stay in the text
  EXPECT_EQ(Body(a), "ROME - The tree is gray.\n");
  EXPECT_EQ(a.id, "id");
  EXPECT_EQ(a.origin, "dir/id.txt");
}

TEST(ParseTextArticle, HeaderWithoutBlankLineAndCrlf) {
  const std::string in = "Source: AP\r\nDate: 2018/04/10\r\nThe body.\r\n";
  const Article a = Parse(in);
  EXPECT_EQ(a.source, "AP");
  EXPECT_EQ(a.published, "2018-04-10");
  EXPECT_EQ(a.text, in);  // CRLF kept
  EXPECT_EQ(Body(a), "The body.\r\n");
  EXPECT_EQ(a.title, "");  // "The body." ends with a period
}

TEST(ParseTextArticle, UnknownDateKeptWithNote) {
  Diagnostics d;
  const Article a = Parse("Date: last Tuesday\n\nBody text.", &d);
  EXPECT_EQ(a.published, "last Tuesday");
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].severity, Diagnostic::Severity::kNote);
  EXPECT_NE(d.items()[0].message.find("last Tuesday"), std::string::npos);
  EXPECT_EQ(d.items()[0].file, "dir/id.txt");
}

TEST(ParseTextArticle, HeadlineAfterHeaders) {
  const Article a =
      Parse("Source: AP\n\nStorm Hits Coast\n\nThe storm came ashore.");
  EXPECT_EQ(a.source, "AP");
  EXPECT_EQ(a.title, "Storm Hits Coast");
  EXPECT_EQ(Body(a), "The storm came ashore.");
}

struct TitleCase {
  const char* in;
  const char* title;  // "" when the first line is not taken as a title
  const char* body;
};

const TitleCase kTitles[] = {
    {"Storm hits coast\nThe storm came ashore.", "Storm hits coast",
     "The storm came ashore."},
    {"Storm hits coast\r\n\r\nThe storm came.", "Storm hits coast",
     "The storm came."},
    {"Who won the vote?\n\nNobody knows.", "Who won the vote?",
     "Nobody knows."},
    {"3 killed in crash\nPolice said.", "3 killed in crash", "Police said."},
    {"\"Fake news,\" he says\nBody.", "\"Fake news,\" he says", "Body."},
    {"\xC3\x89tat d'urgence\nBody.", "\xC3\x89tat d'urgence", "Body."},
    // A page title with the site's name, the headline repeated below it.
    {"Channel 24 - Putin meets Rouhani\n\nPutin meets Rouhani\n\nBody.",
     "Putin meets Rouhani", "Body."},
    {"Putin meets Rouhani | Reuters\nPutin meets Rouhani\nBody.",
     "Putin meets Rouhani", "Body."},
    {"Putin meets Rouhani \xE2\x80\x94 Reuters\nPutin meets Rouhani\nBody.",
     "Putin meets Rouhani", "Body."},
    // ... but not a second line that merely begins the first.
    {"Putin meets Rouhani in Sochi\nPutin meets\nBody.",
     "Putin meets Rouhani in Sochi", "Putin meets\nBody."},
    {"Putin meets Rouhani\nPutin meets Rouhani\n", "Putin meets Rouhani",
     "Putin meets Rouhani\n"},
    // Not titles.
    {"The storm came ashore.\nMore.", "", "The storm came ashore.\nMore."},
    {"lowercase start\nBody.", "", "lowercase start\nBody."},
    {"Only one line", "", "Only one line"},
    {"Headline then nothing\n\n  \n", "", "Headline then nothing\n\n  \n"},
    {"Said the mayor:\nBody.", "", "Said the mayor:\nBody."},
    {"\n\nStorm\nBody.", "", "\n\nStorm\nBody."},
};

TEST(ParseTextArticle, PublishedDateFromByline) {
  const struct {
    const char* in;
    const char* published;
  } kCases[] = {
      {"Putin meets Rouhani\n\nBy Jane Roe | Fellow - Some Institute | Apr "
       "10, 2018\n\nThe two leaders met.",
       "2018-04-10"},
      {"Putin meets Rouhani\nPublished: April 10, 2018 10:32 am\nThe two "
       "leaders met.",
       "2018-04-10"},
      {"Putin meets Rouhani\nBy Jane Roe \xC2\xB7 2018-04-10\nBody.",
       "2018-04-10"},
      {"Putin meets Rouhani\nUpdated on 10 April 2018\nBody.", "2018-04-10"},
      {"Putin meets Rouhani\nTuesday, April 10, 2018\nBody.", "2018-04-10"},
      // Headers win; a date inside a sentence is the story's, not the
      // article's; a byline with no date gives none.
      {"Date: 2019-01-02\n\nHeadline\nApril 10, 2018\nBody.", "2019-01-02"},
      {"Putin meets Rouhani\nThe two leaders met on Apr 10, 2018 in Sochi.",
       ""},
      {"Putin meets Rouhani\nBy Jane Roe | Reuters\nBody.", ""},
      {"Putin meets Rouhani\nA - B - C\nBody | more | 31 February 2018", ""},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Parse(c.in).published, c.published) << c.in;
  }
}

TEST(ParseTextArticle, TitleDetection) {
  for (const auto& c : kTitles) {
    const Article a = Parse(c.in);
    EXPECT_EQ(a.title, c.title) << c.in;
    EXPECT_EQ(Body(a), c.body) << c.in;
    EXPECT_EQ(a.text, c.in);
  }
}

TEST(LooksLikeHeadline, LongLinesAreNotHeadlines) {
  EXPECT_TRUE(LooksLikeHeadline("A short headline"));
  EXPECT_FALSE(LooksLikeHeadline(std::string(201, 'A')));
  std::string many_words;
  for (int i = 0; i < 31; ++i) many_words += "Word ";
  EXPECT_FALSE(LooksLikeHeadline(many_words));
  EXPECT_FALSE(LooksLikeHeadline(""));
  EXPECT_FALSE(LooksLikeHeadline("\xFF"));
}

TEST(ParseTextArticle, RepairsUtf8AndDropsByteOrderMark) {
  Diagnostics d;
  const Article a = Parse("\xEF\xBB\xBFTitle: Caf\xE9\n\nBad \xC3 byte.", &d);
  EXPECT_EQ(a.title, "Caf\xEF\xBF\xBD");
  EXPECT_EQ(a.text, "Title: Caf\xEF\xBF\xBD\n\nBad \xEF\xBF\xBD byte.");
  EXPECT_TRUE(IsValidUtf8(a.text));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].ToString(),
            "dir/id.txt: warning: replaced 2 invalid UTF-8 byte(s) with "
            "U+FFFD");
}

TEST(ParseTextArticle, OnlyHeadersLeaveAnEmptyBody) {
  const Article a = Parse("Title: Nothing else\n\n");
  EXPECT_EQ(a.title, "Nothing else");
  EXPECT_EQ(a.body_begin, a.text.size());
}

TEST(ParseTextArticle, BodyLineWithColonIsNotAHeader) {
  const Article a = Parse("WASHINGTON: The president spoke.\nMore.");
  EXPECT_EQ(a.body_begin, 0u);
  EXPECT_EQ(a.source, "");
}

}  // namespace
}  // namespace precis
