// Copyright 2026 The precis Authors.

#include "precis/duplicates.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace precis {
namespace {

using ::testing::ElementsAre;

Article Make(const std::string& text) {
  Article a;
  a.text = text;
  return a;
}

TEST(NearDuplicatesTest, SyndicatedCopiesAndUpdatesGroupTogether) {
  const std::string wire =
      "A container ship struck a support pier of the Harbor Bridge early on "
      "Saturday, tearing away part of the lower deck and forcing officials "
      "to close the bridge to all traffic. Two maintenance workers fell into "
      "the water and were rescued by a Coast Guard crew within twenty "
      "minutes, the harbor authority said. Engineers will inspect the pier "
      "before any decision on reopening the span, the mayor told reporters.";
  const std::vector<Article> articles = {
      Make(wire),
      Make("The ferry strike ended on Saturday after the union and the "
           "operator agreed on a pay rise of four percent for all crews."),
      Make(wire + " Ferry service will be doubled starting Monday."),
      Make("Title: x\n\n" + wire),
  };
  EXPECT_THAT(FindNearDuplicates(articles),
              ElementsAre(ElementsAre(0u, 2u, 3u)));
}

TEST(NearDuplicatesTest, ShortAndDistinctArticlesAreNotDuplicates) {
  const std::vector<Article> articles = {Make("Too short."), Make("Too short."),
                                         Make("")};
  EXPECT_TRUE(FindNearDuplicates(articles).empty());
  EXPECT_TRUE(FindNearDuplicates({}).empty());
}

}  // namespace
}  // namespace precis
