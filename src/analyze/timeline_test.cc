// Copyright 2026 The precis Authors.

#include "precis/timeline.h"

#include <random>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "precis/time_expressions.h"
#include "testing.h"

namespace precis {
namespace {

using ::testing::ElementsAre;

Article Make(std::string id, std::string published, std::string text) {
  Article a;
  a.id = std::move(id);
  a.source = a.id;
  a.published = std::move(published);
  a.text = std::move(text);
  return a;
}

// "date|first sentence|sources" per event.
std::vector<std::string> Show(const Cluster& c,
                              const TimelineOptions& options = {}) {
  std::vector<std::string> out;
  for (const TimelineEvent& e : BuildTimeline(c, options)) {
    std::string sources;
    for (const uint32_t s : e.sources) sources += std::to_string(s);
    const std::string& text = c.articles[e.article].text;
    out.push_back(e.date + "|" + std::string(e.sentence.In(text)) + "|" +
                  sources);
  }
  return out;
}

// Dates that are not the event's: a year modifying a noun, a clock time
// without its day, a photo caption.
TEST(TimelineTest, OnlyTheEventsOwnDates) {
  Cluster c;
  c.articles = {
      Make("a", "2018-08-13",
           "Leaders praised the 2015 nuclear deal at a summit in the city "
           "of Aktau.\n\n"
           "Putin listens to his counterpart at a summit in Aktau on August "
           "12 2018.\n\n"
           "The ship hit the bridge at about 4:20 a.m. while leaving the "
           "port, officials said.\n\n"
           "The two leaders met in Aktau on Sunday to discuss the war in "
           "Syria.\n\n"
           "The deal was first signed in 2015 after years of talks in "
           "Vienna.\n\n"
           "Protesters marched in the capital on Sunday (AFP Photo) as the "
           "talks went on."),
  };
  EXPECT_THAT(Show(c),
              ElementsAre("2015|The deal was first signed in 2015 after "
                          "years of talks in Vienna.|0",
                          "2018-08-12|The two leaders met in Aktau on Sunday "
                          "to discuss the war in Syria.|0"));
}

// "in April" in a March article, in a clause about the future.
TEST(TimelineTest, FutureMonthsResolveForward) {
  Cluster c;
  c.articles = {Make("a", "2026-03-16",
                     "Economists said the losses would ease if the bridge "
                     "partly reopens in April, as officials have said is "
                     "possible.")};
  EXPECT_THAT(Show(c), ElementsAre(::testing::StartsWith("2026-04|")));
}

TEST(TimelineTest, ReadableDates) {
  EXPECT_EQ(ReadableDate("2018-04-09"), "9 April 2018");
  EXPECT_EQ(ReadableDate("2018-04-09T15:00"), "9 April 2018");
  EXPECT_EQ(ReadableDate("2018-04"), "April 2018");
  EXPECT_EQ(ReadableDate("2018"), "2018");
  EXPECT_EQ(ReadableDate("2018-W33"), "week of 13 August 2018");
  EXPECT_EQ(ReadableDate("2018-Q3"), "third quarter of 2018");
  EXPECT_EQ(ReadableDate("2018-H1"), "first half of 2018");
  EXPECT_EQ(ReadableDate("2018-SU"), "summer 2018");
  EXPECT_EQ(ReadableDate("PAST_REF"), "PAST_REF");
  EXPECT_EQ(ReadableDate("XXXX-04"), "XXXX-04");
  EXPECT_EQ(ReadableDate(""), "");
}

TEST(TimelineTest, RelativeDaysShownWithTheirDates) {
  const Article a =
      Make("a", "2018-04-10",
           "Rouhani on Monday praised Putin. They met in 2017 and again "
           "yesterday. On Tuesday, March 3, 2015 nothing happened.");
  const std::string& t = a.text;
  const size_t first_end = t.find('.') + 1;
  EXPECT_EQ(WithResolvedDays(a, Span{0, uint32_t(first_end)}),
            "Rouhani on Monday (9 April 2018) praised Putin.");
  const size_t second = first_end + 1, second_end = t.find('.', second) + 1;
  EXPECT_EQ(WithResolvedDays(a, Span{uint32_t(second), uint32_t(second_end)}),
            "They met in 2017 and again yesterday (9 April 2018).");
  // Absolute dates stay as written; no reference date, nothing added.
  const size_t third = second_end + 1;
  EXPECT_EQ(WithResolvedDays(a, Span{uint32_t(third), uint32_t(t.size())}),
            "On Tuesday, March 3, 2015 nothing happened.");
  // (An undated article takes a full date near its top as its reference,
  // as BuildTimeline does: this one has none.)
  Article undated = Make("u", "", "Rouhani on Monday praised Putin.");
  EXPECT_EQ(WithResolvedDays(undated, Span{0, uint32_t(first_end)}),
            "Rouhani on Monday praised Putin.");
  // Out-of-range spans are clamped, never read past the text.
  EXPECT_EQ(WithResolvedDays(a, Span{uint32_t(t.size()), 100000}), "");
}

TEST(TimelineTest, DatedEventsMergedAndOrdered) {
  Cluster c;
  c.articles = {
      Make("a", "2026-03-14",
           "A ship struck the Harbor Bridge on Saturday morning, officials "
           "said. The bridge opened in 1987 after six years of work. Nobody "
           "knows how long repairs will take."),
      Make("b", "2026-03-16",
           "The Harbor Bridge was struck by a ship on Saturday, the harbor "
           "authority said. Ferry service doubled on Monday as commuters "
           "crowded the terminals."),
  };
  EXPECT_THAT(
      Show(c),
      ElementsAre(
          "1987|The bridge opened in 1987 after six years of work.|0",
          "2026-03-14|A ship struck the Harbor Bridge on Saturday morning, "
          "officials said.|01",
          "2026-03-16|Ferry service doubled on Monday as commuters crowded "
          "the terminals.|1"));
  const auto events = BuildTimeline(c);
  ASSERT_EQ(events[1].mentions.size(), 2u);
  EXPECT_EQ(events[1].mentions[1].article, 1u);
  const std::string& b = c.articles[1].text;
  EXPECT_EQ(events[1].mentions[1].expression.In(b), "Saturday");
  EXPECT_EQ(events[2].expression.In(b), "Monday");
}

TEST(TimelineTest, PeriodsInCalendarOrder) {
  // A year before its months, a month before its days; a week among days.
  Cluster c;
  c.articles = {Make(
      "a", "2018-04-20",
      "The inquiry reported its findings on April 12, 2018 to the council. "
      "Work on the new pier began in April 2018 after a long delay. "
      "The council first discussed the pier in 2018 at a public meeting. "
      "The ferries were suspended for the week of the storm last week. "
      "The storm had reached the coast on April 2, 2018 before dawn.")};
  EXPECT_THAT(
      Show(c),
      ElementsAre(
          "2018|The council first discussed the pier in 2018 at a public "
          "meeting.|0",
          "2018-04|Work on the new pier began in April 2018 after a long "
          "delay.|0",
          "2018-04-02|The storm had reached the coast on April 2, 2018 "
          "before dawn.|0",
          "2018-W15|The ferries were suspended for the week of the storm "
          "last week.|0",
          "2018-04-12|The inquiry reported its findings on April 12, 2018 to "
          "the council.|0"));
}

TEST(TimelineTest, RelativeDatesNeedAPublicationDate) {
  Cluster c;
  c.articles = {Make("a", "",
                     "The council met on Monday to discuss the budget plan. "
                     "The plan was first drafted in March 2019 by the city.")};
  EXPECT_THAT(Show(c),
              ElementsAre("2019-03|The plan was first drafted in March 2019 "
                          "by the city.|0"));
}

TEST(TimelineTest, BylineDateStandsInForAMissingPublicationDate) {
  Cluster c;
  c.articles = {Make("a", "",
                     "By Ana Ruiz | Harbor Desk | Mar 16, 2026\n\n"
                     "The ferry service doubled on Monday as commuters "
                     "crowded the terminals.")};
  // The byline itself is boilerplate, not an event.
  EXPECT_THAT(Show(c),
              ElementsAre("2026-03-16|The ferry service doubled on Monday as "
                          "commuters crowded the terminals.|0"));
  TimelineOptions no_dateline;
  no_dateline.dateline_bytes = 0;
  EXPECT_TRUE(Show(c, no_dateline).empty());
}

TEST(TimelineTest, DifferentSentencesSameDateStayApart) {
  Cluster c;
  c.articles = {
      Make("a", "2020-05-05",
           "On Monday the mayor announced a new budget for the harbor."),
      Make("b", "2020-05-05",
           "On Monday heavy rain flooded three streets near the station.")};
  EXPECT_EQ(Show(c).size(), 2u);
  TimelineOptions merge_all;
  merge_all.merge_similarity = 0;
  EXPECT_THAT(Show(c, merge_all),
              ElementsAre("2020-05-04|On Monday the mayor announced a new "
                          "budget for the harbor.|01"));
}

TEST(TimelineTest, NoDatesNoEventsAndJunkIsSafe) {
  Cluster c;
  c.articles = {Make("a", "2020-01-01", "Nothing here has a date at all.")};
  EXPECT_TRUE(BuildTimeline(c).empty());
  EXPECT_TRUE(BuildTimeline(Cluster()).empty());
  std::mt19937 rng(11);
  for (int round = 0; round < 50; ++round) {
    Cluster j;
    j.articles = {Make("x", "2019-02-28",
                       precis::testing::RandomJunk(rng, 800) +
                           " It rained hard in the city on March 3, 2019. ")};
    for (const TimelineEvent& e : BuildTimeline(j)) {
      ASSERT_LE(e.sentence.end, j.articles[0].text.size());
      ASSERT_TRUE(e.sentence.Contains(e.expression));
      ASSERT_FALSE(e.sources.empty());
    }
  }
}

TEST(TimelineTest, DatePeriodStart) {
  int64_t day = 0;
  int rank = 0;
  ASSERT_TRUE(DatePeriodStart("2018-W15", &day, &rank));
  EXPECT_EQ(day, DaysFromCivil({2018, 4, 9}));
  ASSERT_TRUE(DatePeriodStart("2018-Q3", &day, &rank));
  EXPECT_EQ(day, DaysFromCivil({2018, 7, 1}));
  ASSERT_TRUE(DatePeriodStart("2018-SU", &day, &rank));
  EXPECT_EQ(day, DaysFromCivil({2018, 6, 1}));
  ASSERT_TRUE(DatePeriodStart("2018", &day, &rank));
  EXPECT_EQ(rank, 0);
  for (const char* bad :
       {"PAST_REF", "XXXX-04", "P2Y", "199", "2018-13", "2018-W99", ""}) {
    EXPECT_FALSE(DatePeriodStart(bad, &day, &rank)) << bad;
  }
}

}  // namespace
}  // namespace precis
