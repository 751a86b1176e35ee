// Copyright 2026 The precis Authors.

#include "precis/quotes.h"

#include <random>
#include <string>

#include "analyze/polnear.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

struct Seen {
  std::string content, source, speaker;
  bool direct;
};

std::vector<Seen> Find(const std::string& text) {
  std::vector<Seen> out;
  for (const Quote& q : FindQuotes(text)) {
    out.push_back({std::string(q.content.In(text)),
                   std::string(q.source.In(text)), q.speaker, q.direct});
  }
  return out;
}

TEST(QuotesTest, DirectQuotesSplitByAttribution) {
  const std::string text =
      "Harbor master Dana Okoro spoke at the pier. \xE2\x80\x9CWe are "
      "ready to reopen,\xE2\x80\x9D she said, \xE2\x80\x9C"
      "but not before "
      "the divers finish.\xE2\x80\x9D";
  const auto q = Find(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "We are ready to reopen");
  EXPECT_EQ(q[0].source, "she");
  EXPECT_EQ(q[0].speaker, "Dana Okoro");
  EXPECT_TRUE(q[0].direct);
  EXPECT_EQ(q[1].content, "but not before the divers finish.");
  EXPECT_EQ(q[1].speaker, "Dana Okoro");
}

TEST(QuotesTest, AttributionBeforeAndAfter) {
  const auto q = Find(
      "Mayor Ruth Adeyemi told reporters: \"Nobody crosses that bridge "
      "today.\" Later, \"we will rebuild it stronger,\" said Adeyemi.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ruth Adeyemi");
  EXPECT_EQ(q[1].content, "we will rebuild it stronger");
  EXPECT_EQ(q[1].speaker, "Ruth Adeyemi");  // surname expanded
}

TEST(QuotesTest, ReportedSpeech) {
  const auto q = Find(
      "Officials said the bridge would stay closed for two weeks. "
      "The repairs will cost $20 million, according to the city engineer. "
      "The ship lost steering, a company spokesperson said. "
      "According to the harbor authority, traffic fell by half.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].content, "the bridge would stay closed for two weeks");
  EXPECT_EQ(q[0].source, "Officials");
  EXPECT_EQ(q[1].content, "The repairs will cost $20 million");
  EXPECT_EQ(q[1].source, "the city engineer");
  EXPECT_EQ(q[2].source, "a company spokesperson");
  EXPECT_EQ(q[3].content, "traffic fell by half");
  for (const auto& x : q) EXPECT_FALSE(x.direct);
}

TEST(QuotesTest, ScareQuotesAndUnbalancedMarks) {
  // A two-word scare quote is not a quote; an unclosed one ends with its
  // paragraph; a quote running over paragraphs reopens with a mark.
  EXPECT_TRUE(Find("The so-called \"safe zone\" was shelled.").empty());
  const auto q = Find(
      "\"This will take months and cost a great deal\n\nNext paragraph has "
      "no marks at all here.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "This will take months and cost a great deal");
  const auto run = Find(
      "\xE2\x80\x9CThe first part of a long statement goes here.\n\n"
      "\xE2\x80\x9C"
      "And the second part follows it,\xE2\x80\x9D Lee said.");
  ASSERT_EQ(run.size(), 1u) << run[0].content << "|" << run.back().content;
  EXPECT_EQ(run[0].speaker, "Lee");
}

TEST(QuotesTest, LongQuoteAndJunkAreSafe) {
  std::string quote = "\"";
  for (int i = 0; i < 5000; ++i) quote += "word ";
  quote += "\" he said.";
  const auto q = FindQuotes(quote, 7);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content.begin, 8u);
  std::mt19937 rng(4);
  for (int round = 0; round < 200; ++round) {
    const std::string text = precis::testing::RandomJunk(rng, 500);
    for (const Quote& x : FindQuotes(text)) {
      ASSERT_LE(x.content.begin, x.content.end);
      ASSERT_LE(x.content.end, text.size());
      ASSERT_LE(x.source.end, text.size());
    }
  }
}

TEST(PolnearTest, ParsesBratAndScores) {
  const std::string text =
      "\xE2\x80\x9CHi there all of you,\xE2\x80\x9D Ann said.";
  // Code point offsets: the curly quote is one character.
  const std::string ann =
      "T1\tContent 1 20\tHi there all of you\nT2\tSource 23 26\tAnn\n"
      "T3\tCue 27 31\tsaid\nE1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n";
  auto gold = ParseBratAttributions(ann, text);
  ASSERT_TRUE(gold.ok());
  ASSERT_EQ(gold->size(), 1u);
  EXPECT_EQ((*gold)[0].source.In(text), "Ann");
  EXPECT_EQ((*gold)[0].content.In(text), "Hi there all of you");
  QuoteScores scores;
  ScoreQuotes(text, *gold, FindQuotes(text), &scores);
  EXPECT_EQ(scores.exact, 1u);
  EXPECT_EQ(scores.source_correct, 1u);
}

}  // namespace
}  // namespace precis
