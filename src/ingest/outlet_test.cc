// Copyright 2026 The precis Authors.

#include "ingest/outlet.h"

#include <gtest/gtest.h>

#include "ingest/text_reader.h"

namespace precis {
namespace {

TEST(OutletTest, UrlHostsMapToNames) {
  EXPECT_EQ(OutletFromUrl("https://www.nytimes.com/2018/04/10/x.html"),
            "The New York Times");
  EXPECT_EQ(OutletFromUrl("https://edition.cnn.com/a"), "CNN");
  EXPECT_EQ(OutletFromUrl("http://user@www.reuters.com:8080/b"), "Reuters");
  // Unknown hosts stay hosts; no host, no outlet.
  EXPECT_EQ(OutletFromUrl("https://www.example-news.org/c"),
            "example-news.org");
  EXPECT_EQ(OutletFromUrl("not a url"), "");
  EXPECT_EQ(OutletFromUrl(""), "");
  // A TLD alone is never looked up as a parent.
  EXPECT_EQ(OutletFromUrl("https://news.co.uk/"), "news.co.uk");
}

TEST(OutletTest, MastheadDropsSeparatorsAndFurniture) {
  EXPECT_EQ(OutletFromMasthead("Quantcast i24NEWS - "), "i24NEWS");
  EXPECT_EQ(OutletFromMasthead(" | Reuters"), "Reuters");
  EXPECT_EQ(OutletFromMasthead("\xE2\x80\x94 The Harbor Times"),
            "The Harbor Times");
  EXPECT_EQ(OutletFromMasthead("Quantcast - "), "");
  // Not a name: lower-case words, a sentence, a date.
  EXPECT_EQ(OutletFromMasthead("read more - "), "");
  EXPECT_EQ(OutletFromMasthead("Apr 10, 2018 - "), "");
}

TEST(OutletTest, BylineFieldAfterDash) {
  EXPECT_EQ(OutletFromByline("By Ahmad Writer | Fellow and Director of X "
                             "Project - The Middle East Institute | Apr 10, "
                             "2018"),
            "The Middle East Institute");
  // The author's own field and dates are never the outlet.
  EXPECT_EQ(OutletFromByline("By Jane Doe - Staff | Apr 10, 2018"), "");
  EXPECT_EQ(OutletFromByline("Jane Doe | Editor - Coast News"), "");
  EXPECT_EQ(OutletFromByline("By Jane Doe | 2018-04-10 - 10:30"), "");
}

TEST(OutletTest, NameShapes) {
  EXPECT_TRUE(LooksLikeOutletName("Voice of America"));
  EXPECT_TRUE(LooksLikeOutletName("The Middle East Institute"));
  EXPECT_TRUE(LooksLikeOutletName("i24NEWS"));
  EXPECT_FALSE(LooksLikeOutletName("of America"));
  EXPECT_FALSE(LooksLikeOutletName("Voice of"));
  EXPECT_FALSE(LooksLikeOutletName("The president said."));
  EXPECT_FALSE(LooksLikeOutletName("One Two Three Four Five Six Seven"));
  EXPECT_FALSE(LooksLikeOutletName(""));
}

TEST(OutletTest, TextArticlesNameTheirOutlet) {
  Diagnostics d;
  // A saved page title with the site's name, then the headline alone.
  Article a = ParseTextArticle(
      "Quantcast Coast News - Bridge reopens\n\nBridge reopens\n\n"
      "The bridge reopened on Monday after repairs.\n",
      "a", "a.txt", "a.txt", &d);
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.source, "Coast News");
  // A byline field.
  Article b = ParseTextArticle(
      "Bridge reopens\n\nBy Jane Doe | Reporter - The Harbor Times | Apr 10, "
      "2018\n\nThe bridge reopened on Monday after repairs.\n",
      "b", "b.txt", "b.txt", &d);
  EXPECT_EQ(b.source, "The Harbor Times");
  EXPECT_EQ(b.published, "2018-04-10");
  // A URL header, when nothing else names it.
  Article c = ParseTextArticle(
      "URL: https://www.reuters.com/x\n\nThe bridge reopened on Monday.\n",
      "c", "c.txt", "c.txt", &d);
  EXPECT_EQ(c.source, "Reuters");
  // A Source: header wins over everything.
  Article e = ParseTextArticle(
      "Source: Calloway Courier\nURL: https://www.reuters.com/x\n\n"
      "The bridge reopened on Monday.\n",
      "e", "e.txt", "e.txt", &d);
  EXPECT_EQ(e.source, "Calloway Courier");
  // A credit in the text names no outlet.
  Article f = ParseTextArticle(
      "Bridge reopens\n\nThe bridge reopened on Monday, Voice of America "
      "reported.\n",
      "f", "f.txt", "f.txt", &d);
  EXPECT_EQ(f.source, "");
}

}  // namespace
}  // namespace precis
