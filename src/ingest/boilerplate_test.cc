// Copyright 2026 The precis Authors.

#include "precis/boilerplate.h"

#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

using ::testing::ElementsAre;
using ::testing::StartsWith;

Article MakeArticle(std::string id, std::string source, std::string text,
                    std::string title = "") {
  Article a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.title = std::move(title);
  a.text = std::move(text);
  return a;
}

// The kept text of an article, blocks joined by '|'.
std::string Kept(const Article& a, const CleanedArticle& c) {
  std::string out;
  for (const Span& b : c.blocks) {
    if (!out.empty()) out += "|";
    out += std::string(b.In(a.text));
  }
  return out;
}

std::string RuleFor(const Article& a, const CleanedArticle& c,
                    std::string_view line) {
  for (const DroppedLine& d : c.dropped) {
    if (d.span.In(a.text) == line) return d.rule;
  }
  return "";
}

constexpr char kProse1[] =
    "The city council voted on Tuesday to close the old ferry terminal by "
    "the end of the year.";
constexpr char kProse2[] =
    "Officials said the decision would save about $2.4 million a year.";

// Lower-case prose is normalized 16 bytes at a time: a phrase is found
// wherever it falls against those blocks, with single or double spaces and
// capitals or punctuation before it.
TEST(CleanArticlesTest, PhrasesInLowerCaseRunsAtEveryOffset) {
  for (size_t pad = 0; pad < 20; ++pad) {
    for (const char* gap : {" ", "  "}) {
      const std::string line = "Also" + std::string(pad, 'x') + gap +
                               "subscribers" + gap + "only" + gap +
                               "and the rest.";
      const Article a =
          MakeArticle("a", "S", std::string(kProse1) + "\n" + line + "\n");
      const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
      EXPECT_EQ(RuleFor(a, cleaned[0], line), "phrase:subscribers only")
          << pad << " '" << gap << "'";
    }
  }
}

TEST(CleanArticlesTest, KeepsProseDropsPhrases) {
  const std::string text = std::string(kProse1) +
                           "\n\nShare this article\nFacebook Twitter Email\n" +
                           kProse2 + "\n\nRead more: Ferry fares rise again\n" +
                           "Sign up for our newsletter to get the news in "
                           "your inbox every morning.\n";
  const Article a = MakeArticle("a", "Courier", text);
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  ASSERT_EQ(cleaned.size(), 1u);
  EXPECT_EQ(Kept(a, cleaned[0]), std::string(kProse1) + "|" + kProse2);
  EXPECT_EQ(RuleFor(a, cleaned[0], "Share this article"),
            "phrase:share this article");
  EXPECT_EQ(RuleFor(a, cleaned[0], "Facebook Twitter Email"),
            "phrase:facebook twitter email");
  EXPECT_THAT(RuleFor(a, cleaned[0], "Read more: Ferry fares rise again"),
              StartsWith("phrase:read more"));
  EXPECT_THAT(RuleFor(a, cleaned[0],
                      "Sign up for our newsletter to get the news in your "
                      "inbox every morning."),
              StartsWith("phrase:"));
}

TEST(CleanArticlesTest, ProseMentioningAPhraseIsKept) {
  // "read more" inside a long sentence is not furniture.
  const std::string line =
      "Students who read more than an hour a day scored higher on every test, "
      "the study found.";
  const Article a = MakeArticle("a", "Courier", line + "\n");
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_EQ(Kept(a, cleaned[0]), line);
  EXPECT_TRUE(cleaned[0].dropped.empty());
}

TEST(CleanArticlesTest, NumberedNavigationAndCredits) {
  const std::string text = std::string(kProse1) +
                           "\n7Previous articleMayor opens new library\n"
                           "Next article: Storm warning for the coast\n"
                           "AP Photo/Jane Doe\n"
                           "Harbor workers at dawn. (Jane Doe/Getty Images)\n";
  const Article a = MakeArticle("a", "Courier", text);
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_EQ(Kept(a, cleaned[0]), kProse1);
  EXPECT_THAT(
      RuleFor(a, cleaned[0], "7Previous articleMayor opens new library"),
      StartsWith("phrase:previous article"));
  EXPECT_THAT(RuleFor(a, cleaned[0], "AP Photo/Jane Doe"),
              StartsWith("phrase:"));
  EXPECT_THAT(
      RuleFor(a, cleaned[0], "Harbor workers at dawn. (Jane Doe/Getty Images)"),
      StartsWith("phrase:"));
}

TEST(CleanArticlesTest, CommentFormText) {
  const std::string text =
      std::string(kProse1) +
      "\n\nLeave a Reply\n\nFill in your details below or click an icon to log "
      "in:\n\nYou are commenting using your WordPress account. ( Log Out / "
      "Change )\n\nConnecting to %s\n";
  const Article a = MakeArticle("a", "Blog", text);
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_EQ(Kept(a, cleaned[0]), kProse1);
  EXPECT_EQ(cleaned[0].dropped.size(), 4u);
  for (const DroppedLine& d : cleaned[0].dropped) {
    EXPECT_THAT(d.rule, StartsWith("phrase:")) << d.span.In(a.text);
  }
}

TEST(CleanArticlesTest, TitleRepeatedInBody) {
  const std::string title = "Council votes to close ferry terminal";
  const std::string text =
      "SiteName - Council votes to close ferry terminal\n\n" +
      std::string(kProse1) + "\n";
  const Article a = MakeArticle("a", "Courier", text, title);
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_EQ(Kept(a, cleaned[0]), kProse1);
  EXPECT_EQ(RuleFor(a, cleaned[0],
                    "SiteName - Council votes to close ferry terminal"),
            "title");
}

TEST(CleanArticlesTest, BylinesAndShapelessLines) {
  const std::string text =
      "By Maria Lopez | Staff Writer | March 3, 2026\n"
      "By Tom Reed\n\n" +
      std::string(kProse1) +
      "\n\nGetty Images\n\nCouncil Budget Talks Resume\n\n| | |\n\n" + kProse2 +
      "\n";
  const Article a = MakeArticle("a", "Courier", text);
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_EQ(Kept(a, cleaned[0]), std::string(kProse1) + "|" + kProse2);
  EXPECT_EQ(
      RuleFor(a, cleaned[0], "By Maria Lopez | Staff Writer | March 3, 2026"),
      "byline");
  EXPECT_EQ(RuleFor(a, cleaned[0], "By Tom Reed"), "byline");
  EXPECT_EQ(RuleFor(a, cleaned[0], "Council Budget Talks Resume"),
            "shapeless:fragment");
  EXPECT_EQ(RuleFor(a, cleaned[0], "| | |"), "shapeless:symbols");
}

// Wire datelines are cut from the start of an article's first lines: the
// block starts at the story. {line, kept text of it, dropped dateline}.
TEST(CleanArticlesTest, DatelinesAreCut) {
  struct Case {
    const char* line;
    const char* kept;
    const char* dateline;
  };
  const std::string rest = std::string(" ") + kProse1;
  const Case cases[] = {
      {"LONDON (AP) _", "", "LONDON (AP) _"},
      {"RIO DE JANEIRO, Brazil _", "", "RIO DE JANEIRO, Brazil _"},
      {"THE HAGUE, Netherlands (AP) _", "", "THE HAGUE, Netherlands (AP) _"},
      {"ALBANY, N.Y. (AP) \xE2\x80\x94", "", "ALBANY, N.Y. (AP) \xE2\x80\x94"},
      {"NEW YORK (Reuters) -", "", "NEW YORK (Reuters) -"},
      {"Washington (CNN) --", "", "Washington (CNN) --"},
      {"PORT-AU-PRINCE, Haiti _", "", "PORT-AU-PRINCE, Haiti _"},
      // Not datelines: a caption, a capitalized place without an agency, a
      // sentence opening with an acronym.
      {"FILE -", "FILE -", ""},
      {"Washington -", "Washington -", ""},
      {"NATO said on Monday -", "NATO said on Monday -", ""},
  };
  for (const Case& k : cases) {
    const std::string text = std::string(k.line) + rest + "\n";
    const Article a = MakeArticle("a", "Wire", text);
    const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
    const std::string kept = *k.kept ? std::string(k.kept) + rest
                                     : std::string(kProse1);
    EXPECT_EQ(Kept(a, cleaned[0]), kept) << k.line;
    EXPECT_EQ(RuleFor(a, cleaned[0], k.dateline), *k.dateline ? "dateline" : "")
        << k.line;
  }
  // Only near the top, once, and not with the rule off.
  const Article late = MakeArticle(
      "a", "Wire",
      std::string(kProse1) + "\n" + kProse2 + "\n" + kProse1 + "\n" +
          kProse2 + "\nLONDON (AP) _" + rest + "\n");
  EXPECT_TRUE(CleanArticles(std::span<const Article>(&late, 1))[0]
                  .dropped.empty());
  const Article a = MakeArticle("a", "Wire", "PARIS _" + rest + "\n");
  CleanOptions keep;
  keep.drop_datelines = false;
  EXPECT_EQ(Kept(a, CleanArticles(std::span<const Article>(&a, 1), keep)[0]),
            "PARIS _" + rest);
}

TEST(CleanArticlesTest, LongUnterminatedHeadlineIsDropped) {
  const std::string head =
      "Ferry Terminal Closure Leaves Island Commuters Searching For Answers";
  const Article a = MakeArticle("a", "Courier", head + "\n\n" + kProse1 + "\n");
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_EQ(RuleFor(a, cleaned[0], head), "shapeless:headline");
}

TEST(CleanArticlesTest, HardWrappedProseIsKept) {
  const std::string text =
      "The council voted on Tuesday to close the old\n"
      "ferry terminal by the end of\n"
      "the year, officials said.\n";
  const Article a = MakeArticle("a", "Courier", text);
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_TRUE(cleaned[0].dropped.empty());
  EXPECT_EQ(Kept(a, cleaned[0]), text.substr(0, text.size() - 1));
}

TEST(CleanArticlesTest, ListItemsAreKept) {
  const std::string text = std::string(kProse1) +
                           "\n- three new buses on the island route\n"
                           "- a night service until midnight\n";
  const Article a = MakeArticle("a", "Courier", text);
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_TRUE(cleaned[0].dropped.empty());
}

TEST(CleanArticlesTest, RepeatedFurnitureAcrossOutletsDropped) {
  // "Story tips welcome" is in no phrase list; it recurs at two outlets
  // without sentence shape, so it is furniture.
  const std::string wire =
      "The terminal, built in 1962, carried about 4,000 passengers a day "
      "before the pandemic, according to the port authority.";
  const std::vector<Article> articles = {
      MakeArticle("a", "Courier",
                  std::string(kProse1) + "\n\nStory tips welcome\n\n" + wire),
      MakeArticle("b", "Gazette",
                  std::string(kProse2) + "\n\nStory tips welcome\n\n" + wire),
  };
  const auto cleaned = CleanArticles(articles);
  EXPECT_EQ(RuleFor(articles[0], cleaned[0], "Story tips welcome"),
            "repeated:2 outlets");
  EXPECT_EQ(RuleFor(articles[1], cleaned[1], "Story tips welcome"),
            "repeated:2 outlets");
  // Syndicated prose is news: kept in both.
  EXPECT_EQ(Kept(articles[0], cleaned[0]), std::string(kProse1) + "|" + wire);
  EXPECT_EQ(Kept(articles[1], cleaned[1]), std::string(kProse2) + "|" + wire);

  CleanOptions off;
  off.drop_cross_source = false;
  off.drop_shapeless = false;
  const auto kept = CleanArticles(articles, off);
  EXPECT_EQ(RuleFor(articles[0], kept[0], "Story tips welcome"), "");
}

TEST(CleanArticlesTest, OptionsTurnRulesOff) {
  const std::string text = std::string(kProse1) + "\nShare this article\n";
  const Article a = MakeArticle("a", "Courier", text);
  CleanOptions none;
  none.drop_phrases = false;
  none.drop_shapeless = false;
  none.drop_cross_source = false;
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1), none);
  EXPECT_TRUE(cleaned[0].dropped.empty());
  ASSERT_EQ(cleaned[0].blocks.size(), 1u);
}

// A prose line long in shape but short in tokens (runs of lone no-break
// spaces, leading numbers) is still matched against the phrase list: only
// lines of more than 80 tokens skip it.
TEST(CleanArticlesTest, LongShapeFewTokensStillMatchesPhrases) {
  std::string nbsp_line = "Police said the road was closed on Monday.";
  for (int i = 0; i < 70; ++i) nbsp_line += " \xC2\xA0";
  nbsp_line += " This website uses cookies to improve your experience.";
  std::string numbered;
  for (int i = 1; i <= 75; ++i) numbered += std::to_string(i) + " ";
  numbered += "click here to see the rest.";
  const Article a = MakeArticle("a", "Outlet",
                                std::string(kProse1) + "\n" + nbsp_line + "\n" +
                                    numbered + "\n" + kProse2 + "\n");
  const auto c = CleanArticles(std::span(&a, 1));
  EXPECT_THAT(RuleFor(a, c[0], nbsp_line), StartsWith("phrase:"));
  EXPECT_THAT(RuleFor(a, c[0], numbered), StartsWith("phrase:"));
}

TEST(CleanArticlesTest, BodyBeginSkipsHeader) {
  Article a = MakeArticle(
      "a", "Courier",
      "Title: Ferry\nSource: Courier\n\n" + std::string(kProse1) + "\n");
  a.body_begin = static_cast<uint32_t>(a.text.find("The city"));
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_EQ(Kept(a, cleaned[0]), kProse1);
  EXPECT_TRUE(cleaned[0].dropped.empty());
}

TEST(CleanArticlesTest, CrLfAndNonBreakingSpaces) {
  const std::string text = "\xC2\xA0" + std::string(kProse1) +
                           "\r\n\r\nAdvertisement\r\n" + kProse2 + "\r\n";
  const Article a = MakeArticle("a", "Courier", text);
  const auto cleaned = CleanArticles(std::span<const Article>(&a, 1));
  EXPECT_EQ(Kept(a, cleaned[0]), std::string(kProse1) + "|" + kProse2);
  EXPECT_EQ(RuleFor(a, cleaned[0], "Advertisement"), "phrase:advertisement");
}

// Invariants on random input: blocks and dropped lines are ordered, inside
// the body, trimmed, non-empty and disjoint.
TEST(CleanArticlesTest, RandomInputInvariants) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::vector<Article> articles;
    for (int i = 0; i < 3; ++i) {
      Article a = MakeArticle(std::to_string(i), i == 2 ? "" : "S",
                              precis::testing::RandomJunk(rng, 400));
      a.body_begin = static_cast<uint32_t>(rng() % 20);
      articles.push_back(std::move(a));
    }
    const auto cleaned = CleanArticles(articles);
    ASSERT_EQ(cleaned.size(), articles.size());
    for (size_t i = 0; i < articles.size(); ++i) {
      const std::string& text = articles[i].text;
      std::vector<Span> all = cleaned[i].blocks;
      for (const DroppedLine& d : cleaned[i].dropped) {
        all.push_back(d.span);
        EXPECT_FALSE(d.rule.empty());
      }
      std::sort(all.begin(), all.end(),
                [](Span x, Span y) { return x.begin < y.begin; });
      uint32_t last = articles[i].body_begin;
      for (const Span& s : all) {
        ASSERT_LT(s.begin, s.end);
        ASSERT_GE(s.begin, last);
        ASSERT_LE(s.end, text.size());
        EXPECT_NE(text[s.begin], ' ');
        EXPECT_NE(text[s.begin], '\n');
        EXPECT_NE(text[s.end - 1], ' ');
        EXPECT_NE(text[s.end - 1], '\n');
        last = s.end;
      }
    }
  }
}

TEST(CleanArticlesTest, EmptyAndBlankArticles) {
  const std::vector<Article> articles = {MakeArticle("a", "", ""),
                                         MakeArticle("b", "", "\n\n  \n")};
  const auto cleaned = CleanArticles(articles);
  ASSERT_EQ(cleaned.size(), 2u);
  EXPECT_TRUE(cleaned[0].blocks.empty());
  EXPECT_TRUE(cleaned[1].blocks.empty());
  EXPECT_TRUE(cleaned[1].dropped.empty());
}

}  // namespace
}  // namespace precis
