// Copyright 2026 The precis Authors.
//
// Extraction from hand-written pages, metadata, the readers, and bad input.

#include "ingest/html_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

#include "base/utf8.h"
#include "ingest/html_content.h"
#include "ingest/html_metadata.h"
#include "precis/html.h"
#include "precis/reader.h"
#include "testing.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

const char kParagraph1[] =
    "The harbor bridge reopened on Monday after three weeks of repairs, "
    "officials said, and traffic returned to normal by the evening rush.";
const char kParagraph2[] =
    "Engineers replaced forty cables, repainted the towers and installed "
    "sensors that will warn of corrosion long before it becomes dangerous.";
const char kParagraph3[] =
    "The city council, which approved the work in March, said the final "
    "cost was slightly below the budget of twelve million dollars.";

// A news page with the clutter real ones have.
std::string NewsPage() {
  return std::string(R"(<!DOCTYPE html><html lang="en-GB"><head>
<meta charset="utf-8"><title>Bridge reopens | The Harbor Times</title>
<meta property="og:site_name" content="The Harbor Times">
<meta property="og:title" content="Harbor bridge reopens after repairs">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-05-06T08:30:00Z">
<link rel="canonical" href="/news/2024/05/06/bridge">
<script>var ads = "<p>not text</p>";</script><style>p{color:red}</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<div id="page"><main><article>
<h1>Harbor bridge reopens after repairs</h1>
<div class="byline">By Jane Roe, May 6, 2024</div>
<p>)") + kParagraph1 + R"(</p>
<h2>What was fixed</h2>
<p>)" + kParagraph2 + R"(</p>
<ul><li>Forty new cables</li><li>Corrosion sensors</li></ul>
<blockquote>&ldquo;It is as good as new,&rdquo; the engineer said.</blockquote>
<p>)" + kParagraph3 + R"(</p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Ferry timetable changes for the summer season</a></li>
<li><a href="/b">New cycle lanes planned along the harbor front</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><p>Great news, finally I can drive to work again without the long detour, thanks!</p></section>
</main></div>
<footer><p>Copyright 2024 The Harbor Times. All rights reserved. Imprint and privacy policy.</p></footer>
</body></html>)";
}

TEST(HtmlExtractTest, NewsPageKeepsArticleDropsClutter) {
  const WebPage p =
      ExtractWebPage(NewsPage(), "https://harbortimes.example/x?utm=1");
  EXPECT_NE(p.text.find(kParagraph1), std::string::npos) << p.text;
  EXPECT_NE(p.text.find(kParagraph2), std::string::npos);
  EXPECT_NE(p.text.find(kParagraph3), std::string::npos);
  EXPECT_NE(p.text.find("What was fixed"), std::string::npos);
  EXPECT_NE(p.text.find("\nForty new cables\nCorrosion sensors\n"),
            std::string::npos);
  EXPECT_NE(p.text.find("\xE2\x80\x9CIt is as good as new,\xE2\x80\x9D"),
            std::string::npos);
  for (const char* clutter :
       {"Home", "cookies", "Share on Facebook", "Ferry timetable",
        "Great news", "Copyright", "not text", "color:red", "By Jane Roe"}) {
    EXPECT_EQ(p.text.find(clutter), std::string::npos) << clutter;
  }
  // Paragraphs and headings are separate paragraphs.
  EXPECT_NE(p.text.find(std::string(kParagraph1) + "\n\nWhat was fixed\n\n"),
            std::string::npos)
      << p.text;
  EXPECT_EQ(p.title, "Harbor bridge reopens after repairs");
  EXPECT_EQ(p.authors, std::vector<std::string>{"Jane Roe"});
  EXPECT_EQ(p.published, "2024-05-06T08:30:00Z");
  EXPECT_EQ(p.site_name, "The Harbor Times");
  EXPECT_EQ(p.url, "https://harbortimes.example/news/2024/05/06/bridge");
  EXPECT_EQ(p.language, "en-GB");
  EXPECT_TRUE(p.empty_reason.empty());
}

TEST(HtmlExtractTest, JsonLdMetadataAndBody) {
  const std::string page = std::string(R"(<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Site"},
 {"@type":"NewsArticle","headline":"Tide tables revised",
  "author":[{"@type":"Person","name":"A. Writer"},{"name":"B. Writer"}],
  "datePublished":"2023-11-02","dateModified":"2023-11-03T10:00:00+01:00",
  "publisher":{"@type":"Organization","name":"Coast News"},
  "inLanguage":"en",
  "articleBody":")") + kParagraph1 + "\\n" + kParagraph2 + R"("}]}</script>
</head><body><div id="app">Loading...</div></body></html>)";
  const WebPage p = ExtractWebPage(page);
  EXPECT_EQ(p.title, "Tide tables revised");
  EXPECT_EQ(p.authors, (std::vector<std::string>{"A. Writer", "B. Writer"}));
  EXPECT_EQ(p.published, "2023-11-02");
  EXPECT_EQ(p.modified, "2023-11-03T10:00:00+01:00");
  EXPECT_EQ(p.site_name, "Coast News");
  EXPECT_EQ(p.language, "en");
  EXPECT_EQ(p.method, "json-ld");
  EXPECT_EQ(p.text, std::string(kParagraph1) + "\n\n" + kParagraph2);
}

TEST(HtmlExtractTest, BrLayoutLegacyEncodingAndEntities) {
  // A 1990s page: windows-1252 declared, text in a table cell, <br> lines.
  const std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" "
      "content=\"text/html; charset=windows-1252\"></head><body>"
      "<table><tr><td><a href=/>Home</a> | <a href=/x>Links</a></td></tr>"
      "<tr><td><font size=2>" + std::string(kParagraph1) +
      "<br><br>Caf\xE9 owners said &quot;business is back&quot; &amp; "
      "smiled.<br>" + kParagraph2 + "</font></td></tr></table></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_EQ(p.charset, "windows-1252");
  EXPECT_NE(p.text.find(std::string(kParagraph1) +
                        "\nCaf\xC3\xA9 owners said \"business is back\" & "
                        "smiled.\n" + kParagraph2),
            std::string::npos)
      << p.text;
  EXPECT_EQ(p.text.find("Home"), std::string::npos);
}

TEST(HtmlExtractTest, AmpPage) {
  const std::string page = std::string(
      "<!doctype html><html amp lang=de><head><meta charset=utf-8>"
      "<link rel=canonical href=\"https://example.de/artikel\">"
      "<style amp-custom>body{}</style><script async "
      "src=\"https://cdn.ampproject.org/v0.js\"></script></head><body>"
      "<amp-sidebar id=sidebar layout=nodisplay><ul><li><a href=/>Start</a>"
      "</li></ul></amp-sidebar><article><h1>Titel</h1>"
      "<amp-img src=a.jpg width=1 height=1></amp-img><p>") +
      kParagraph1 + "</p><p>" + kParagraph3 + "</p></article></body></html>";
  const WebPage p = ExtractWebPage(page, "https://example.de/amp/artikel");
  EXPECT_NE(p.text.find(kParagraph3), std::string::npos);
  EXPECT_EQ(p.text.find("Start"), std::string::npos);
  EXPECT_EQ(p.url, "https://example.de/artikel");
  EXPECT_EQ(p.language, "de");
}

TEST(HtmlExtractTest, DatesFromTimeAndUrl) {
  const std::string body = std::string("<p>") + kParagraph1 + kParagraph2 + "</p>";
  EXPECT_EQ(ExtractWebPage("<html><body><time datetime=\"2020-02-29\">x</time>" + body)
                .published,
            "2020-02-29");
  EXPECT_EQ(ExtractWebPage("<html><body>" + body,
                           "https://blog.example/2012/05/31/post/")
                .published,
            "2012-05-31");
  EXPECT_EQ(DateFromUrl("https://x.org/2012/13/40/a"), "");
  EXPECT_EQ(DateFromUrl("https://x.org/news/2019-07-04-fireworks"), "2019-07-04");
}

TEST(HtmlExtractTest, BoilerplateNames) {
  const struct {
    const char* name;
    bool boilerplate;
  } cases[] = {{"sidebar", true},          {"post-comments", true},
               {"relatedPosts", true},     {"main-nav", true},
               {"entry-content", false},   {"article-body", false},
               {"tag-urheberrecht post", false}, {"field--label-hidden", false},
               {"hidden", true},           {"commentary", false},
               // "top" places a block, it does not name boilerplate.
               {"top-story", false},       {"ads", true},
               // A BEM modifier ("--has-ads") is a state of the block.
               {"o-section--has-ads", false}, {"ad--large", true}};
  for (const auto& c : cases) {
    EXPECT_EQ(IsBoilerplateName(c.name), c.boilerplate) << c.name;
  }
}

// Twelve paragraphs of body text, so that a lead of one is under a tenth.
std::string LongBody() {
  std::string body;
  for (int i = 0; i < 4; ++i) {
    for (const char* p : {kParagraph1, kParagraph2, kParagraph3}) {
      body += std::string("<p>") + p + "</p>\n";
    }
  }
  return body;
}

const char kLead[] =
    "Three weeks of repairs on the harbor bridge ended early, and the city "
    "says the crossing is safe for decades.";

TEST(HtmlExtractTest, LeadInArticleHeaderIsKept) {
  const std::string page = std::string(
      "<html><body><header class=site><a href=/>Harbor Times</a> "
      "<a href=/city>City</a></header><div class=story>"
      "<header class=story-head><h1>Bridge reopens</h1><p class=intro>") +
      kLead + "</p></header><div class=text>" + LongBody() +
      "</div></div></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_NE(p.text.find(kLead), std::string::npos) << p.text;
  EXPECT_NE(p.text.find(kParagraph3), std::string::npos);
  EXPECT_EQ(p.text.find("Harbor Times"), std::string::npos) << p.text;
}

TEST(HtmlExtractTest, LeadBeforeTheBodyContainerIsKept) {
  // The lead and the body are in different containers; a link list and a
  // short label before them are not a lead.
  const std::string page = std::string(
      "<html><body><div id=wrap><ul class=topics>"
      "<li><a href=/a>Ferry timetable changes for the summer season</a></li>"
      "<li><a href=/b>New cycle lanes planned along the harbor front</a></li>"
      "</ul><div class=top><span>Live</span><div class=summary><p>") +
      kLead + "</p></div></div><div class=grid><div class=col>" +
      LongBody() + "</div></div></div></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_NE(p.text.find(std::string(kLead) + "\n\n" + kParagraph1),
            std::string::npos)
      << p.text;
  EXPECT_EQ(p.text.find("Ferry"), std::string::npos) << p.text;
  EXPECT_EQ(p.text.find("Live"), std::string::npos) << p.text;
}

TEST(HtmlExtractTest, EmbeddedTweetIsKept) {
  const std::string page = std::string("<html><body><article><p>") +
                           kParagraph1 +
                           "</p><blockquote class=twitter-tweet><p>The bridge "
                           "is open again, finally!</p>&mdash; Harbor Port "
                           "Authority</blockquote><p>" +
                           kParagraph2 + "</p></article></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_NE(p.text.find("The bridge is open again, finally!"),
            std::string::npos)
      << p.text;
}

TEST(HtmlExtractTest, ArticleInBoilerplateNamedBlocksIsFoundAgain) {
  // Every block of the article has a name that usually means boilerplate
  // (and none holds enough of the page to be protected); the page has
  // nothing else, so the names are ignored.
  std::string page = "<html><body><nav><a href=/>Home</a></nav>";
  for (const char* p : {kParagraph1, kParagraph2, kParagraph3}) {
    page += std::string("<div class=\"widget-text print-block\"><p>") + p +
            "</p></div>";
  }
  page += "</body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_EQ(p.method, "dom-relaxed");
  EXPECT_NE(p.text.find(kParagraph2), std::string::npos) << p.text;
  EXPECT_EQ(p.text.find("Home"), std::string::npos) << p.text;
}

TEST(HtmlExtractTest, TeaserWithoutLinksIsTheLead) {
  const std::string page = std::string(
      "<html><body><div class=teaser-text><p>") + kLead +
      "</p></div><div class=text>" + LongBody() +
      "</div><div class=teaser><h3><a href=/x>Ferry timetable changes for "
      "the summer season</a></h3><p>Boats will run every twenty minutes "
      "from June.</p></div></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_NE(p.text.find(kLead), std::string::npos) << p.text;
  EXPECT_EQ(p.text.find("Boats will run"), std::string::npos) << p.text;
}

TEST(HtmlExtractTest, LinkDenseLinesAndTrailingHeadingsAreDropped) {
  const std::string page = std::string("<html><body><article><p>") +
                           kParagraph1 + "</p><p>" + kParagraph2 +
                           "</p><p>More in our archive: <a href=/b>Bridges "
                           "of the harbor city</a></p><p>" + kParagraph3 +
                           "</p><h3>Sign up for our newsletter</h3>"
                           "<form><input name=mail></form>"
                           "</article></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_NE(p.text.find(kParagraph3), std::string::npos) << p.text;
  EXPECT_EQ(p.text.find("archive"), std::string::npos) << p.text;
  EXPECT_EQ(p.text.find("Sign up"), std::string::npos) << p.text;
}

TEST(HtmlExtractTest, RegionIsTheContainerOfThreeQuartersOfTheProse) {
  // Eight paragraphs of article, then two of another story in an unnamed
  // container: the article holds 80% of the prose and is the region.
  std::string article;
  for (int i = 0; i < 8; ++i) {
    article += std::string("<p>") + (i % 2 ? kParagraph2 : kParagraph1) +
               "</p>";
  }
  const std::string other =
      "<p>Elsewhere in the region, the old ferry pier will be demolished "
      "next spring to make room for a park, the port authority said.</p>";
  const std::string page = "<html><body><div><div>" + article +
                           "</div><div>" + other + other +
                           "</div></div></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_NE(p.text.find(kParagraph2), std::string::npos) << p.text;
  EXPECT_EQ(p.text.find("ferry pier"), std::string::npos) << p.text;
}

TEST(HtmlExtractTest, ListBeforeTheBodyIsKept) {
  const std::string page =
      "<html><body><div class=recipe><div class=ingredients>"
      "<h2>Ingredients</h2><ul><li>200 g sugar</li><li>3 eggs</li>"
      "<li>1 lemon, zest only</li><li>250 g flour</li>"
      "<li>1 tsp baking powder</li><li>100 ml milk</li>"
      "<li>butter for the tin</li></ul></div>"
      "<div class=steps>" + LongBody() + "</div></div></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_NE(p.text.find("Ingredients\n\n200 g sugar\n3 eggs\n"),
            std::string::npos)
      << p.text;
  EXPECT_NE(p.text.find(kParagraph3), std::string::npos);
}

TEST(HtmlExtractTest, RubyReadingsAreNotText) {
  // "Tokyo's bridge reopened." with readings over the kanji.
  const std::string page = std::string("<html><body><article><p>") +
                           kParagraph1 +
                           "</p><p><ruby>\xE6\x9D\xB1<rp>(</rp><rt>\xE3\x81"
                           "\xA8\xE3\x81\x86</rt><rp>)</rp></ruby><ruby>"
                           "\xE4\xBA\xAC<rt>\xE3\x81\x8D\xE3\x82\x87\xE3"
                           "\x81\x86</rt></ruby>\xE3\x81\xAE\xE6\xA9\x8B"
                           "\xE3\x81\x8C\xE5\x86\x8D\xE9\x96\x8B\xE3\x81"
                           "\x97\xE3\x81\x9F\xE3\x80\x82</p><p>" +
                           kParagraph2 + "</p></article></body></html>";
  const WebPage p = ExtractWebPage(page);
  EXPECT_NE(p.text.find("\n\n\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAE"
                        "\xE6\xA9\x8B\xE3\x81\x8C\xE5\x86\x8D\xE9\x96"
                        "\x8B\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\n\n"),
            std::string::npos)
      << p.text;
}

// ---- Bad input ------------------------------------------------------------

TEST(HtmlBadInputTest, EmptyAndNoArticle) {
  EXPECT_EQ(ExtractWebPage("").empty_reason, "empty page");
  EXPECT_EQ(ExtractWebPage("  \n ").empty_reason, "empty page");
  const WebPage error404 = ExtractWebPage(
      "<html><head><title>404 Not Found</title></head><body><h1>Not Found"
      "</h1><p>The requested URL was not found on this server.</p></body>"
      "</html>");
  EXPECT_TRUE(error404.text.empty());
  EXPECT_NE(error404.empty_reason.find("no article"), std::string::npos);
  EXPECT_EQ(error404.title, "404 Not Found");
  std::string home = "<html><body><nav>menu</nav><div class=teasers>";
  for (int i = 0; i < 30; ++i) {
    home += "<div class=teaser><a href=/s" + std::to_string(i) +
            ">Story number " + std::to_string(i) + " headline here</a></div>";
  }
  const WebPage index = ExtractWebPage(home + "</div></body></html>");
  EXPECT_TRUE(index.text.empty()) << index.text;
  EXPECT_FALSE(index.empty_reason.empty());
}

TEST(HtmlBadInputTest, DeepNestingIsFlattenedQuickly) {
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += std::string("<p>") + kParagraph1 + kParagraph2 + "</p>";
  for (int i = 0; i < 100000; ++i) deep += "</div>";
  const auto t0 = std::chrono::steady_clock::now();
  const WebPage p = ExtractWebPage(deep);
  const double s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_NE(p.text.find(kParagraph2), std::string::npos);
  EXPECT_LT(s, 10.0);  // unbounded, gumbo needs minutes
  std::string inline_deep;
  for (int i = 0; i < 100000; ++i) inline_deep += "<b><i><a href=#>";
  const WebPage links = ExtractWebPage(inline_deep + kParagraph1);
  EXPECT_NE(links.text.empty(), links.empty_reason.empty());
}

TEST(HtmlBadInputTest, HugePage) {
  std::string page = "<html><body><article>";
  while (page.size() < (size_t{20} << 20)) {
    page += std::string("<p>") + kParagraph1 + "</p><div class=ad>buy</div>";
  }
  const WebPage p = ExtractWebPage(page + "</article></body></html>");
  EXPECT_GT(p.text.size(), size_t{10} << 20);
  EXPECT_EQ(p.text.find("buy"), std::string::npos);
}

TEST(HtmlBadInputTest, InvalidBytesAndJunkNeverCrash) {
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    std::string junk = testing::RandomJunk(rng, 2000);
    for (const char* tag : {"<p>", "<div class=x>", "</p>", "<br>", "<!--",
                            "<script>", "<svg>", "&amp;", "&#xD800;"}) {
      junk.insert(rng() % junk.size(), tag);
    }
    const WebPage p = ExtractWebPage(junk);
    EXPECT_TRUE(p.text.empty() != p.empty_reason.empty());
    // Valid UTF-8 out, whatever came in.
    EXPECT_TRUE(IsValidUtf8(p.text));
    EXPECT_TRUE(IsValidUtf8(p.title));
  }
}

class HtmlFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("precis_html_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(HtmlFilesTest, ReadersDispatchHtml) {
  const std::string a = Write("pages/a.html", NewsPage());
  const std::string gz = (dir_ / "pages/b.htm.gz").string();
  gzFile f = gzopen(gz.c_str(), "wb");
  const std::string page = NewsPage();
  gzwrite(f, page.data(), static_cast<unsigned>(page.size()));
  gzclose(f);
  Write("pages/notes.md", "# not a page");
  Diagnostics diagnostics;
  auto clusters = ReadClusters({(dir_ / "pages").string()}, ReadOptions(),
                               &diagnostics);
  ASSERT_TRUE(clusters.ok()) << clusters.status().ToString();
  ASSERT_EQ(clusters->size(), 1u);
  const auto& articles = (*clusters)[0].articles;
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "a");
  EXPECT_EQ(articles[0].title, "Harbor bridge reopens after repairs");
  EXPECT_EQ(articles[0].source, "The Harbor Times");
  EXPECT_EQ(articles[0].published, "2024-05-06T08:30:00Z");
  EXPECT_EQ(articles[0].body_begin, 0u);
  EXPECT_NE(articles[0].text.find(kParagraph1), std::string::npos);
  EXPECT_EQ(articles[1].id, "b.htm");
  // Content sniffing: an HTML page named .txt is still a page.
  const std::string t = Write("c.txt", NewsPage());
  auto sniffed = ReadClusters({t}, ReadOptions(), nullptr);
  ASSERT_TRUE(sniffed.ok());
  EXPECT_EQ((*sniffed)[0].articles[0].title,
            "Harbor bridge reopens after repairs");
}

TEST_F(HtmlFilesTest, JsonlLinesWithHtml) {
  std::string page = NewsPage();
  std::string escaped;
  for (char c : page) {
    if (c == '"' || c == '\\') escaped.push_back('\\');
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped.push_back(c);
  }
  const std::string path = Write(
      "pages.jsonl",
      "{\"id\": \"p1\", \"url\": \"https://h.example/2024/05/07/x\", "
      "\"html\": \"" + escaped + "\"}\n"
      "{\"id\": \"t1\", \"text\": \"A plain article line.\"}\n");
  auto clusters = ReadClusters({path}, ReadOptions(), nullptr);
  ASSERT_TRUE(clusters.ok()) << clusters.status().ToString();
  const auto& articles = (*clusters)[0].articles;
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "p1");
  EXPECT_NE(articles[0].text.find(kParagraph3), std::string::npos);
  EXPECT_EQ(articles[1].text, "A plain article line.");
  auto pages = ReadWebPages({path}, ReadOptions(), HtmlOptions(), nullptr);
  ASSERT_TRUE(pages.ok());
  ASSERT_EQ(pages->size(), 1u);  // the text line has no "html"
  EXPECT_EQ((*pages)[0].origin, path + ":1");
}

TEST_F(HtmlFilesTest, BinaryEmptyAndArticlelessFiles) {
  const std::string png = Write(
      "image.html", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20));
  auto r = ReadWebPages({png}, ReadOptions(), HtmlOptions(), nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("binary"), std::string::npos);
  auto c = ReadClusters({png}, ReadOptions(), nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("binary"), std::string::npos);

  const std::string empty = Write("empty.html", "");
  EXPECT_FALSE(ReadClusters({empty}, ReadOptions(), nullptr).ok());

  const std::string nothing =
      Write("404.html", "<html><body><h1>Page not found</h1></body></html>");
  Diagnostics diagnostics;
  auto none = ReadClusters({nothing}, ReadOptions(), &diagnostics);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("no article"), std::string::npos);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_NE(diagnostics.items()[0].message.find("no article found"),
            std::string::npos);
  // In a directory the bad files are skipped with warnings.
  Write("dir/good.html", NewsPage());
  Write("dir/bad.html", std::string("\0\0\0", 3));
  Diagnostics d2;
  auto dir = ReadClusters({(dir_ / "dir").string()}, ReadOptions(), &d2);
  ASSERT_TRUE(dir.ok());
  EXPECT_EQ((*dir)[0].articles.size(), 1u);
  EXPECT_FALSE(d2.empty());
}

TEST(HtmlFormatTest, SniffingAndNames) {
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF  <!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("<!-- saved --><HTML>"));
  EXPECT_TRUE(LooksLikeHtml("<?xml version=\"1.0\"?>\n<html xmlns=x>"));
  EXPECT_FALSE(LooksLikeHtml("Title: <html> is a tag"));
  EXPECT_FALSE(LooksLikeHtml("{\"html\": \"<html>\"}"));
  EXPECT_TRUE(IsHtmlPath("a/B.HTM"));
  EXPECT_TRUE(IsHtmlPath("x.html.gz"));
  EXPECT_FALSE(IsHtmlPath("x.txt"));
  InputFormat f;
  ASSERT_TRUE(ParseInputFormat("html", &f));
  EXPECT_EQ(f, InputFormat::kHtml);
}

}  // namespace
}  // namespace precis
