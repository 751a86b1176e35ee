// Copyright 2026 The precis Authors.

#include "precis/timeline.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

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
  const auto events = BuildTimeline(c);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].date, "1987");
  EXPECT_EQ(events[1].date, "2026-03-14");  // Saturday, in both articles
  EXPECT_THAT(events[1].sources, ElementsAre(0u, 1u));
  EXPECT_EQ(events[2].date, "2026-03-16");  // Monday of article b
  EXPECT_THAT(events[2].sources, ElementsAre(1u));
  const std::string& text = c.articles[events[2].article].text;
  EXPECT_EQ(events[2].expression.In(text), "Monday");
  EXPECT_TRUE(events[2].sentence.In(text).starts_with("Ferry service"));
}

TEST(TimelineTest, RelativeDatesNeedAPublicationDate) {
  Cluster c;
  c.articles = {Make("a", "",
                     "The council met on Monday to discuss the budget plan. "
                     "The plan was first drafted in March 2019 by the city.")};
  const auto events = BuildTimeline(c);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2019-03");
}

TEST(TimelineTest, NoDatesNoEvents) {
  Cluster c;
  c.articles = {Make("a", "2020-01-01", "Nothing here has a date at all.")};
  EXPECT_TRUE(BuildTimeline(c).empty());
  EXPECT_TRUE(BuildTimeline(Cluster()).empty());
}

}  // namespace
}  // namespace precis
