// Copyright 2026 The precis Authors.

#include "ingest/html_prescan.h"

#include <fmt/core.h>
#include <gtest/gtest.h>

#include "ingest/html_encoding.h"
#include "ingest/html_parser.h"

namespace precis {
namespace {

struct Case {
  const char* in;
  const char* out;
};

TEST(PrescanTest, Table) {
  const Case cases[] = {
      {"<p>a<script>if (a<b) x='</p>';</script>b</p>", "<p>ab</p>"},
      {"<p class=\"x\" style=\"color:red\" onclick='f()'>a</p>",
       "<p class=\"x\">a</p>"},
      {"a<!-- <p>hidden</p> -->b", "ab"},
      {"a<!---->b<!-->c", "abc"},
      {"<title>a<b>c</title>", "<title>a<b>c</title>"},
      {"<div><svg><g><svg></svg><text>x</text></g></svg>y</div>",
       "<div>y</div>"},
      {"<STYLE>p{}</STYLE><P ID=x>a", "<p id=\"x\">a"},
      {"1 < 2 <3", "1 < 2 <3"},
      {"<link href=\"q?a=1&amp;b=\"\"2\">", "<link href=\"q?a=1&amp;b=\">"},
      {"<a href=/x rel=author title=t>x</a>", "<a rel=\"author\">x</a>"},
      {"<meta name=a content='say \"hi\"'>",
       "<meta name=\"a\" content=\"say &quot;hi&quot;\">"},
      {"<div>unclosed<select><option>x", "<div>unclosed<option>x"},
      {"<p>end<", "<p>end<"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Prescan(c.in).html, c.out) << c.in;
  }
}

TEST(PrescanTest, KeepsJsonLd) {
  const PrescanResult r = Prescan(
      "<script type=\"application/ld+json\">{\"a\":\"</b>\"}</script>"
      "<script>x</script><script type='APPLICATION/LD+JSON'>[1]</script>");
  ASSERT_EQ(r.json_ld.size(), 2u);
  EXPECT_EQ(r.json_ld[0], "{\"a\":\"</b>\"}");
  EXPECT_EQ(r.json_ld[1], "[1]");
  EXPECT_EQ(r.html, "");
}

TEST(PrescanTest, BoundsDepthKeepingText) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "core";
  PrescanOptions options;
  options.max_depth = 100;
  const PrescanResult r = Prescan(deep, options);
  EXPECT_EQ(r.dropped_deep_tags, 100000u - 100u);
  const HtmlDocument doc = ParseHtml(r.html);
  bool found = false;
  for (uint32_t i = 0; i < doc.size(); ++i) {
    if (doc.node(i).is_text && doc.Text(i) == "core") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(ParserTest, TreeIsPreorderWithSubtreeRanges) {
  const HtmlDocument doc =
      ParseHtml("<p>a<b>b</b></p><ul><li>c<li>d</ul>");
  // The parser closes the <li>s and wraps everything in html/head/body.
  std::string seen;
  for (uint32_t i = 0; i < doc.size(); ++i) {
    const HtmlNode& n = doc.node(i);
    if (n.is_text) {
      seen += doc.Text(i);
    } else if (n.tag != HtmlTag::kUnknown) {
      seen += fmt::format("<{}>", HtmlTagName(n.tag));
    }
    EXPECT_LE(doc.SubtreeEnd(i), doc.size());
    if (n.parent != kNoNode) {
      EXPECT_LT(n.parent, i);
      EXPECT_LE(doc.SubtreeEnd(i), doc.SubtreeEnd(n.parent));
    }
  }
  EXPECT_EQ(seen, "<html><head><body><p>a<b>b<ul><li>c<li>d");
}

TEST(ParserTest, AttributesAndEntities) {
  const HtmlDocument doc = ParseHtml("<p id=x class='a b'>&amp;&eacute;&#x41;</p>");
  for (uint32_t i = 0; i < doc.size(); ++i) {
    if (doc.node(i).tag == HtmlTag::kP && !doc.node(i).is_text) {
      EXPECT_EQ(doc.Attr(i, "class"), "a b");
      EXPECT_EQ(doc.Attr(i, "id"), "x");
      EXPECT_FALSE(doc.HasAttr(i, "style"));
      EXPECT_EQ(doc.Text(doc.node(i).first_child), "&\xC3\xA9" "A");
    }
  }
}

TEST(EncodingTest, Table) {
  struct E {
    std::string in;
    const char* charset;
    const char* how;
    const char* contains;
  };
  const E cases[] = {
      {"<meta charset=\"iso-8859-1\"><p>caf\xE9</p>", "windows-1252", "meta",
       "caf\xC3\xA9"},
      {"<meta http-equiv=Content-Type content='text/html; charset=KOI8-R'>"
       "\xF0\xD2\xC9\xD7\xC5\xD4",
       "koi8-r", "meta", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"},
      {"<p>na\xEFve \x93quoted\x94</p>", "windows-1252", "guessed",
       "na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D"},
      {"<meta charset=latin1><p>caf\xC3\xA9</p>", "utf-8", "guessed",
       "caf\xC3\xA9"},
      {"\xEF\xBB\xBF<p>x</p>", "utf-8", "bom", "<p>x</p>"},
      {std::string("\xFF\xFE<\0p\0>\0", 8), "utf-16le", "bom", "<p>"},
      {"<meta charset=\"no-such-charset\"><p>ok\xFF</p>", "windows-1252",
       "guessed", "ok\xC3\xBF"},
  };
  for (const E& e : cases) {
    const DecodedHtml d = DecodeHtml(e.in);
    EXPECT_EQ(d.charset, e.charset) << e.in;
    EXPECT_EQ(d.how, e.how) << e.in;
    EXPECT_NE(d.utf8.find(e.contains), std::string::npos) << d.utf8;
  }
}

TEST(EncodingTest, InvalidUtf8BecomesReplacementCharacters) {
  const DecodedHtml d = DecodeHtml("<meta charset=utf-8><p>a\xC3(b</p>");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.replaced, 1u);
  EXPECT_NE(d.utf8.find("a\xEF\xBF\xBD(b"), std::string::npos);
}

}  // namespace
}  // namespace precis
