// Copyright 2026 The precis Authors.

#include "precis/summarizer.h"

#include <fmt/core.h>
#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace precis {
namespace {

Article MakeArticle(std::string id, std::string text, std::string date = "") {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.published = std::move(date);
  return a;
}

// An invented story told by three outlets; the wire sentence is shared
// verbatim by the first two.
Cluster StoryCluster() {
  const std::string wire =
      "The Lindenfeld water plant will stay closed until engineers finish "
      "replacing the damaged filters next month.";
  Cluster c;
  c.id = "water";
  c.articles.push_back(MakeArticle(
      "a",
      "Water plant shut after filter failure\n\n"
      "City officials closed the Lindenfeld water plant on Monday after its "
      "main filters failed during a storm.\n\n" +
          wire +
          "\n\nResidents were told to boil tap water before drinking it for at "
          "least two weeks.\n\nShould you be worried about your water?\n",
      "2026-03-10"));
  c.articles.push_back(MakeArticle(
      "b",
      "Lindenfeld residents face weeks of boiled water\n\n"
      "Residents of Lindenfeld must boil their tap water for two weeks after "
      "a storm damaged the filters of the city water plant.\n\n" +
          wire +
          "\n\nMayor Ines Carver said the city would hand out bottled water at "
          "four schools starting on Tuesday.\n",
      "2026-03-11"));
  c.articles.push_back(MakeArticle(
      "c",
      "Storm knocks out water plant\n\n"
      "A storm on Sunday night flooded the filter hall of the Lindenfeld "
      "water plant, the utility said in a statement.\n\n"
      "The utility expects the repairs to cost about 4 million euros, which "
      "insurance should largely cover.\n"));
  return c;
}

void ExpectValidSpans(const Cluster& c, const Summary& s) {
  for (const SummarySentence& x : s.sentences) {
    ASSERT_LT(x.article, c.articles.size());
    const std::string& text = c.articles[x.article].text;
    ASSERT_LE(x.span.end, text.size());
    ASSERT_LT(x.span.begin, x.span.end);
    EXPECT_NE(text[x.span.begin], ' ');
    for (uint32_t o : x.also_in) EXPECT_NE(o, x.article);
  }
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool alnum = std::isalnum(static_cast<unsigned char>(c));
    if (alnum && !in) ++n;
    in = alnum || (in && (c == '\'' || c == '-' || c == '.' || c == ','));
  }
  return n;
}

class SummarizerTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SummarizerTest, RespectsBudgetSpansAndRedundancy) {
  const Cluster c = StoryCluster();
  SummarizeOptions o;
  o.method = GetParam();
  o.budget = {Budget::Unit::kWords, 60};
  auto s = Summarize(c, o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_FALSE(s->sentences.empty());
  ExpectValidSpans(c, *s);
  size_t words = 0;
  std::set<std::string_view> texts;
  for (const auto& x : s->sentences) {
    const std::string_view t = x.span.In(c.articles[x.article].text);
    words += CountWords(t);
    EXPECT_TRUE(texts.insert(t).second) << "selected twice: " << t;
    // Headlines and questions are never picked.
    EXPECT_NE(t.back(), '?');
    EXPECT_THAT(std::string(t), ::testing::Not(::testing::HasSubstr("\n")));
  }
  EXPECT_LE(words, 60u);
}

TEST_P(SummarizerTest, IsDeterministic) {
  const Cluster c = StoryCluster();
  SummarizeOptions o;
  o.method = GetParam();
  auto a = Summarize(c, o), b = Summarize(c, o);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->sentences.size(), b->sentences.size());
  for (size_t i = 0; i < a->sentences.size(); ++i) {
    EXPECT_EQ(a->sentences[i].span, b->sentences[i].span);
    EXPECT_EQ(a->sentences[i].article, b->sentences[i].article);
  }
}

INSTANTIATE_TEST_SUITE_P(Methods, SummarizerTest,
                         ::testing::ValuesIn(SummarizerMethods()));

TEST(SummarizerAttributionTest, WireSentenceIsChosenOnceAndAttributedToBoth) {
  const Cluster c = StoryCluster();
  SummarizeOptions o;
  o.budget = {Budget::Unit::kWords, 200};
  auto s = Summarize(c, o);
  ASSERT_TRUE(s.ok());
  int wire = 0;
  for (const auto& x : s->sentences) {
    const std::string_view t = x.span.In(c.articles[x.article].text);
    if (t.find("replacing the damaged filters") == std::string_view::npos) {
      continue;
    }
    ++wire;
    std::set<uint32_t> sources(x.also_in.begin(), x.also_in.end());
    sources.insert(x.article);
    EXPECT_EQ(sources, (std::set<uint32_t>{0, 1}));
  }
  EXPECT_EQ(wire, 1);
}

TEST(SummarizerOrderTest, ChronologicalByArticleDateThenPosition) {
  const Cluster c = StoryCluster();
  SummarizeOptions o;
  o.budget = {Budget::Unit::kWords, 200};
  auto s = Summarize(c, o);
  ASSERT_TRUE(s.ok());
  for (size_t i = 1; i < s->sentences.size(); ++i) {
    const auto& p = s->sentences[i - 1];
    const auto& q = s->sentences[i];
    // Dated articles a (03-10) and b (03-11) come before undated c.
    EXPECT_LE(p.article, q.article);
    if (p.article == q.article) {
      EXPECT_LT(p.span.begin, q.span.begin);
    }
  }
}

// The texts of the sentences a summary of `c` picks.
std::set<std::string> PickedSentences(const Cluster& c,
                                      const SummarizeOptions& options) {
  auto s = Summarize(c, options);
  EXPECT_TRUE(s.ok());
  std::set<std::string> out;
  if (!s.ok()) return out;
  for (const auto& x : s->sentences) {
    out.emplace(x.span.In(c.articles[x.article].text));
  }
  return out;
}

// Sentences that lean on one the summary may not carry are never picked:
// a pronoun opening it, or a quote it opens and does not close; with the
// options set, they compete again.
TEST(SummarizerEligibilityTest, PronounLedAndHalfQuotedSentencesAreSkipped) {
  Cluster c;
  const std::string pronoun =
      "He added that the harbour cranes would be inspected every week.";
  const std::string half =
      "\"The harbour cranes will be inspected every week by the new team.";
  const std::string its =
      "Its harbour cranes will be inspected every week by the port team.";
  // Newswire's ASCII quotes: this one opens and does not close; the next
  // one closes its quote and competes.
  const std::string wire_half =
      "``The harbour crane repairs will be paid for by the city council.";
  const std::string wire_whole =
      "``The harbour will stay open,'' port director Ana Reyes said again.";
  c.articles.push_back(MakeArticle(
      "a", "Port director Ana Reyes spoke on Monday about the cranes.\n\n" +
               pronoun + "\n\n" + half + " Repairs start in May.\"\n\n" +
               wire_half + " The work takes a year.''\n\n" + wire_whole +
               "\n"));
  c.articles.push_back(MakeArticle(
      "b", its + "\n\nThe harbour cranes failed twice in April this year.\n"));
  SummarizeOptions o;
  o.budget = {Budget::Unit::kWords, 400};
  auto picked = [&](const SummarizeOptions& options) {
    return PickedSentences(c, options);
  };
  const auto strict = picked(o);
  EXPECT_FALSE(strict.empty());
  EXPECT_EQ(strict.count(pronoun), 0u);
  EXPECT_EQ(strict.count(half), 0u);
  EXPECT_EQ(strict.count(its), 0u);
  EXPECT_EQ(strict.count(wire_half), 0u);
  EXPECT_EQ(strict.count(wire_whole), 1u);
  o.pronoun_starts = true;
  o.half_quotes = true;
  o.redundancy = 1.01;  // nothing is redundant: every eligible one fits
  const auto loose = picked(o);
  EXPECT_EQ(loose.count(pronoun), 1u);
  EXPECT_EQ(loose.count(half), 1u);
  EXPECT_EQ(loose.count(its), 1u);
  EXPECT_EQ(loose.count(wire_half), 1u);
}

// Openers that point back ("However,", "Earlier in the day", "The
// meeting") are not picked unless dangling_openers is set.
TEST(SummarizerEligibilityTest, DanglingOpenersAreSkipped) {
  Cluster c;
  const std::string however =
      "However, the harbour cranes will be inspected every week from May.";
  const std::string earlier =
      "Earlier in the day, the port director toured the harbour cranes.";
  const std::string meeting =
      "The meeting ended without a date for the harbour crane repairs.";
  c.articles.push_back(MakeArticle(
      "a", "Port director Ana Reyes spoke on Monday about the cranes.\n\n" +
               however + "\n\n" + earlier + "\n"));
  c.articles.push_back(MakeArticle(
      "b", meeting + "\n\nThe harbour cranes failed twice in April.\n"));
  SummarizeOptions o;
  o.budget = {Budget::Unit::kWords, 400};
  const auto strict = PickedSentences(c, o);
  EXPECT_FALSE(strict.empty());
  EXPECT_EQ(strict.count(however), 0u);
  EXPECT_EQ(strict.count(earlier), 0u);
  EXPECT_EQ(strict.count(meeting), 0u);
  o.dangling_openers = true;
  o.redundancy = 1.01;
  const auto loose = PickedSentences(c, o);
  EXPECT_EQ(loose.count(however), 1u);
  EXPECT_EQ(loose.count(earlier), 1u);
  EXPECT_EQ(loose.count(meeting), 1u);
}

// A quote whose speaker is only a pronoun competes unless pronoun_quotes
// is false; a named speaker, or a longer tail, always competes.
TEST(SummarizerEligibilityTest, QuotesOfAPronounAreSkippedOnRequest) {
  Cluster c;
  const std::string he =
      "\"The harbour cranes will be inspected every single week,\" he said.";
  const std::string curly =
      "\xE2\x80\x9CThe cranes failed twice in April this year,\xE2\x80\x9D "
      "she told reporters.";
  const std::string named =
      "\"Repairs on the cranes start in May,\" Reyes said on Monday.";
  const std::string longer =
      "\"The port stays open during the repairs,\" she told reporters on "
      "Monday.";
  const std::string scare =
      "Asked about the \"repair deal\" for the cranes, he said nothing.";
  c.articles.push_back(MakeArticle(
      "a", "Port director Ana Reyes spoke on Monday about the cranes.\n\n" +
               he + "\n\n" + curly + "\n\n" + named + "\n\n" + longer +
               "\n\n" + scare + "\n"));
  SummarizeOptions o;
  o.budget = {Budget::Unit::kWords, 400};
  o.redundancy = 1.01;  // nothing is redundant: every eligible one fits
  auto picked = [&](const SummarizeOptions& options) {
    return PickedSentences(c, options);
  };
  const auto all = picked(o);
  EXPECT_EQ(all.count(he), 1u);
  EXPECT_EQ(all.count(curly), 1u);
  o.pronoun_quotes = false;
  const auto named_only = picked(o);
  EXPECT_EQ(named_only.count(he), 0u);
  EXPECT_EQ(named_only.count(curly), 0u);
  EXPECT_EQ(named_only.count(named), 1u);
  EXPECT_EQ(named_only.count(longer), 1u);
  EXPECT_EQ(named_only.count(scare), 1u);  // quotes no one
}

TEST(SummarizerBadInputTest, UnknownMethodIsInvalidArgument) {
  SummarizeOptions o;
  o.method = "nonsense";
  auto s = Summarize(StoryCluster(), o);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kInvalidArgument);
}

TEST(SummarizerBadInputTest, BudgetSmallerThanAnySentence) {
  SummarizeOptions o;
  o.budget = {Budget::Unit::kWords, 3};
  auto s = Summarize(StoryCluster(), o);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kBadInput);
  EXPECT_THAT(s.status().message(), ::testing::HasSubstr("--truncate"));
  o.truncate = true;
  auto t = Summarize(StoryCluster(), o);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->sentences.size(), 1u);
  EXPECT_TRUE(t->sentences[0].truncated);
  const auto& x = t->sentences[0];
  EXPECT_LE(CountWords(x.span.In(StoryCluster().articles[x.article].text)), 3u);
}

TEST(SummarizerBadInputTest, NoFullSentence) {
  Cluster c;
  c.articles.push_back(MakeArticle("h", "Just a headline\nAnother line\n"));
  auto s = Summarize(c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kBadInput);
}

TEST(SummarizerBadInputTest, OneArticleAndIdenticalArticles) {
  Cluster one = StoryCluster();
  one.articles.resize(1);
  auto s = Summarize(one);
  ASSERT_TRUE(s.ok());
  ExpectValidSpans(one, *s);

  Cluster same;
  for (int i = 0; i < 4; ++i) {
    same.articles.push_back(StoryCluster().articles[1]);
    same.articles.back().id = "copy" + std::to_string(i);
  }
  auto t = Summarize(same);
  ASSERT_TRUE(t.ok());
  ExpectValidSpans(same, *t);
  // Every chosen sentence appears in all four copies.
  for (const auto& x : t->sentences) EXPECT_EQ(x.also_in.size(), 3u);
}

TEST(SummarizerBadInputTest, ThousandArticlesAndOneHugeArticle) {
  Cluster big;
  for (int i = 0; i < 1000; ++i) {
    big.articles.push_back(MakeArticle(
        fmt::format("n{}", i),
        "Report number " + std::to_string(i) +
            " says the harbor reopened after repairs on the old pier.\n"));
  }
  auto s = Summarize(big);
  ASSERT_TRUE(s.ok());
  ExpectValidSpans(big, *s);

  Cluster huge;
  std::string text;
  for (int i = 0; text.size() < (10u << 20); ++i) {
    text += "Sentence " + std::to_string(i) +
            " tells of the ferry line and its many late boats today. ";
  }
  huge.articles.push_back(MakeArticle("huge", text));
  auto h = Summarize(huge);
  ASSERT_TRUE(h.ok());
  ExpectValidSpans(huge, *h);
}

TEST(BudgetTest, Parses) {
  Budget b;
  EXPECT_TRUE(ParseBudget("100", &b));
  EXPECT_EQ(b.unit, Budget::Unit::kWords);
  EXPECT_TRUE(ParseBudget("665b", &b));
  EXPECT_EQ(b.unit, Budget::Unit::kBytes);
  EXPECT_EQ(b.amount, 665u);
  EXPECT_TRUE(ParseBudget("3s", &b));
  EXPECT_EQ(b.unit, Budget::Unit::kSentences);
  EXPECT_FALSE(ParseBudget("0", &b));
  EXPECT_FALSE(ParseBudget("ten", &b));
  EXPECT_FALSE(ParseBudget("10x", &b));
}

}  // namespace
}  // namespace precis
