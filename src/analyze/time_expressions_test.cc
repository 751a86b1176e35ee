// Copyright 2026 The precis Authors.

#include "precis/time_expressions.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "analyze/timebank.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

// (surface, value) of the expressions found, relative to a reference date.
std::vector<std::pair<std::string, std::string>> Find(std::string_view text,
                                                      std::string_view ref) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const TimeExpression& t :
       FindTimeExpressions(text, CivilDate::Parse(ref))) {
    out.emplace_back(std::string(t.span.In(text)), t.value);
  }
  return out;
}

TEST(CivilDateTest, RoundTripsAndParses) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  for (int64_t d = -800000; d < 800000; d += 997) {
    const CivilDate c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c), d);
  }
  EXPECT_TRUE(CivilDate::Parse("2018-04-10T12:00:00Z").valid());
  EXPECT_FALSE(CivilDate::Parse("2018-02-31").valid());
  EXPECT_FALSE(CivilDate::Parse("April").valid());
}

TEST(TimeExpressionsTest, AbsoluteDates) {
  EXPECT_THAT(
      Find("Talks on Apr 10, 2018 and August 12 2018 followed Nov. 1 and "
           "10 April 2018; the plan dates from 2018-04-10.",
           "2018-11-20"),
      ElementsAre(Pair("Apr 10, 2018", "2018-04-10"),
                  Pair("August 12 2018", "2018-08-12"),
                  Pair("Nov. 1", "2018-11-01"),
                  Pair("10 April 2018", "2018-04-10"),
                  Pair("2018-04-10", "2018-04-10")));
  EXPECT_THAT(Find("It opened in 1987 and grew in the 1990s.", ""),
              ElementsAre(Pair("1987", "1987"), Pair("1990s", "199")));
  EXPECT_THAT(Find("In March 2016 the council met.", ""),
              ElementsAre(Pair("March 2016", "2016-03")));
}

TEST(TimeExpressionsTest, RelativeToThePublicationDate) {
  // 2018-04-11 is a Wednesday.
  EXPECT_THAT(Find("Rouhani spoke on Monday.", "2018-04-11"),
              ElementsAre(Pair("Monday", "2018-04-09")));
  EXPECT_THAT(Find("The vote will be held on Friday.", "2018-04-11"),
              ElementsAre(Pair("Friday", "2018-04-13")));
  EXPECT_THAT(
      Find("He left last Tuesday and returns next Monday.", "2018-04-11"),
      ElementsAre(Pair("last Tuesday", "2018-04-10"),
                  Pair("next Monday", "2018-04-16")));
  EXPECT_THAT(
      Find("It rained yesterday, sales rose last year and this week, and "
           "prices fell two days ago.",
           "2018-04-11"),
      ElementsAre(Pair("yesterday", "2018-04-10"), Pair("last year", "2017"),
                  Pair("this week", "2018-W15"),
                  Pair("two days ago", "2018-04-09")));
  // A month without a year is the latest one not after the reference.
  EXPECT_THAT(
      Find("In December, officials met; in late July they agreed.",
           "2018-04-11"),
      ElementsAre(Pair("December", "2017-12"), Pair("late July", "2017-07")));
  EXPECT_THAT(Find("Profit rose in the third quarter.", "1989-10-25"),
              ElementsAre(Pair("the third quarter", "1989-Q3")));
}

TEST(TimeExpressionsTest, UnresolvedWithoutAReferenceDate) {
  const auto found = FindTimeExpressions("He spoke on Monday in December.", {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_FALSE(found[0].resolved);
  EXPECT_EQ(found[0].value, "XXXX-WXX-1");
  EXPECT_EQ(found[1].value, "XXXX-12");
}

TEST(TimeExpressionsTest, NotDates) {
  EXPECT_TRUE(Find("You may go. She sent 1500 troops and $2018.", "2018-01-01")
                  .empty());
  // "31 February" keeps only the month.
  EXPECT_THAT(Find("due on 31 February 2019", ""),
              ElementsAre(Pair("31 February 2019", "2019-02")));
}

TEST(TimeExpressionsTest, OffsetsAndJunk) {
  std::mt19937 rng(9);
  for (int round = 0; round < 200; ++round) {
    const std::string text =
        precis::testing::RandomJunk(rng, 400) + " on Monday, April 3, 2017 ";
    const auto found = FindTimeExpressions(text, {2017, 4, 5}, 10);
    uint32_t last = 10;
    for (const TimeExpression& t : found) {
      ASSERT_LT(t.span.begin, t.span.end);
      ASSERT_GE(t.span.begin, last);
      ASSERT_LE(t.span.end, text.size() + 10);
      last = t.span.end;
    }
  }
}

TEST(TimeMlTest, ParsesAndScores) {
  const std::string xml =
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
      "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT><TEXT>"
      "Prices fell on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-05\">"
      "Monday</TIMEX3> for a <TIMEX3 tid=\"t2\" type=\"DURATION\" "
      "value=\"P1W\">week</TIMEX3> &amp; more in <TIMEX3 tid=\"t3\" "
      "type=\"DATE\" value=\"1997-10\">October</TIMEX3>.</TEXT></TimeML>";
  auto doc = ParseTimeMl(xml, "d");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->creation_time, "1998-01-08");
  EXPECT_EQ(doc->text, "Prices fell on Monday for a week & more in October.");
  ASSERT_EQ(doc->timexes.size(), 3u);
  EXPECT_EQ(doc->timexes[2].span.In(doc->text), "October");
  TimexScores scores;
  ScoreTimexes(
      *doc,
      FindTimeExpressions(doc->text, CivilDate::Parse(doc->creation_time)),
      TimexScoreOptions(), &scores);
  EXPECT_EQ(scores.gold, 2u);
  EXPECT_EQ(scores.strict_matches, 2u);
  EXPECT_EQ(scores.value_correct, 2u);
  EXPECT_FALSE(ParseTimeMl("<TimeML></TimeML>", "x").ok());
}

}  // namespace
}  // namespace precis
