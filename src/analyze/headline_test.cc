// Copyright 2026 The precis Authors.

#include "precis/headline.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace precis {
namespace {

Article Make(std::string id, std::string title, std::string body) {
  Article a;
  a.id = std::move(id);
  a.title = std::move(title);
  a.text = std::move(body);
  return a;
}

Cluster Bridge() {
  Cluster c;
  c.id = "bridge";
  c.articles = {
      Make("a", "Markets close higher on Friday",
           "Stocks rose on Friday. A ship also struck the bridge."),
      Make("b", "Ship strikes Harbor Bridge, forcing its closure",
           "A container ship struck the Harbor Bridge on Saturday. The "
           "bridge was closed."),
      Make("c", "Harbor Bridge closed after ship strike",
           "The Harbor Bridge was closed after a ship struck a pier. "
           "Ferries were doubled."),
      Make("d", "Ferries doubled as bridge stays shut",
           "Ferry crossings doubled after the ship struck the Harbor "
           "Bridge, which stays closed."),
  };
  return c;
}

TEST(HeadlineTest, TheTitleTheOtherLeadsRepeat) {
  const Cluster c = Bridge();
  const Headline h = ChooseHeadline(c);
  EXPECT_TRUE(h.from_title);
  EXPECT_NE(h.article, 0);  // not merely the first article's
  EXPECT_EQ(h.text, c.articles[h.article].title);
  EXPECT_GT(h.score, 0.5);
  EXPECT_LE(h.score, 1.0);
}

TEST(HeadlineTest, IndependentOfOrder) {
  Cluster c = Bridge();
  const std::string expected = ChooseHeadline(c).text;
  std::sort(c.articles.begin(), c.articles.end(),
            [](const Article& x, const Article& y) { return x.id > y.id; });
  do {
    EXPECT_EQ(ChooseHeadline(c).text, expected);
  } while (std::next_permutation(
      c.articles.begin(), c.articles.end(),
      [](const Article& x, const Article& y) { return x.id > y.id; }));
}

TEST(HeadlineTest, WithoutTitlesTheLeadSentence) {
  Cluster c = Bridge();
  for (Article& a : c.articles) a.title.clear();
  // Short labels are no headlines either.
  c.articles[0].title = "Markets";
  const Headline h = ChooseHeadline(c);
  ASSERT_GE(h.article, 0);
  EXPECT_FALSE(h.from_title);
  const Article& a = c.articles[h.article];
  EXPECT_EQ(h.text, h.span.In(a.text));
  EXPECT_EQ(h.text.find("Stocks"), std::string::npos);
}

TEST(HeadlineTest, EmptyAndSingleClusters) {
  EXPECT_EQ(ChooseHeadline(Cluster{}).text, "");
  EXPECT_EQ(ChooseHeadline(Cluster{}).article, -1);
  Cluster one;
  one.articles = {Make("x", "", "")};
  EXPECT_EQ(ChooseHeadline(one).text, "");
  one.articles = {Make("x", "One ship strikes one bridge", "Body text.")};
  EXPECT_EQ(ChooseHeadline(one).text, "One ship strikes one bridge");
  EXPECT_DOUBLE_EQ(ChooseHeadline(one).score, 1.0);
  // An unknown language still works, without stemming.
  HeadlineOptions o;
  o.language = "klingon";
  EXPECT_EQ(ChooseHeadline(one, o).text, "One ship strikes one bridge");
}

}  // namespace
}  // namespace precis
