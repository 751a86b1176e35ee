// Copyright 2026 The precis Authors.

#include "represent/corpus.h"

#include <fmt/core.h>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace precis {
namespace {

Cluster MakeCluster(const std::vector<std::string>& texts) {
  Cluster cluster;
  for (size_t i = 0; i < texts.size(); ++i) {
    Article a;
    a.id = fmt::format("a{}", i);
    a.text = texts[i];
    cluster.articles.push_back(std::move(a));
  }
  return cluster;
}

Result<Corpus> Build(const Cluster& cluster,
                     const std::string& language = "english") {
  CorpusOptions options;
  options.clean_boilerplate = false;
  options.language = language;
  return Corpus::Build(cluster, options);
}

std::vector<std::string> WordTexts(const Corpus& c, const CorpusSentence& s) {
  std::vector<std::string> out;
  for (uint32_t w : c.Words(s)) {
    out.emplace_back(c.WordText(w));
    if (Corpus::IsStopWord(w)) out.back() += "/stop";
  }
  return out;
}

TEST(CorpusTest, SentencesKeepArticlePositionAndSurfaceSpan) {
  const Cluster cluster =
      MakeCluster({"The ministers met in Oslo. They agreed on a plan.",
                   "Talks ended on Monday."});
  auto c = Build(cluster);
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c->sentences().size(), 3u);
  EXPECT_EQ(c->Text(c->sentences()[1]), "They agreed on a plan.");
  EXPECT_EQ(c->sentences()[1].article, 0u);
  EXPECT_EQ(c->sentences()[1].position, 1u);
  EXPECT_EQ(c->sentences()[2].article, 1u);
  EXPECT_EQ(c->sentences()[2].position, 0u);
  EXPECT_EQ(c->article_starts(), (std::vector<uint32_t>{0, 2, 3}));
}

TEST(CorpusTest, WordsKeepStopWordsInOrderAndTermsDropThem) {
  const Cluster cluster =
      MakeCluster({"The ministers' talks in Oslo lasted 3 days."});
  auto c = Build(cluster);
  ASSERT_TRUE(c.ok());
  const CorpusSentence& s = c->sentences()[0];
  EXPECT_EQ(s.words, 8u);
  EXPECT_EQ(WordTexts(*c, s),
            (std::vector<std::string>{"the/stop", "minist", "talk", "in/stop",
                                      "oslo", "last", "3", "day"}));
  std::vector<uint32_t> content;
  for (uint32_t w : c->Words(s)) {
    if (!Corpus::IsStopWord(w)) content.push_back(w);
  }
  const auto terms = c->Terms(s);
  EXPECT_EQ(content, std::vector<uint32_t>(terms.begin(), terms.end()));
  EXPECT_EQ(c->stop_words().size(), 2u);
}

TEST(CorpusTest, SameFormSameIdAcrossArticlesAndCase) {
  const Cluster cluster =
      MakeCluster({"Rescuers reached the village.", "RESCUERS REACHED it."});
  auto c = Build(cluster);
  ASSERT_TRUE(c.ok());
  const auto first = c->Words(c->sentences()[0]);
  const auto second = c->Words(c->sentences()[1]);
  EXPECT_EQ(first[0], second[0]);
  EXPECT_EQ(first[1], second[1]);
}

// The per-thread stem cache serves every cluster and language alike.
TEST(CorpusTest, StemsAreTheSameOnEveryBuildAndPerLanguage) {
  const Cluster english = MakeCluster({"Running runners ran."});
  for (int round = 0; round < 3; ++round) {
    auto c = Build(english);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(WordTexts(*c, c->sentences()[0]),
              (std::vector<std::string>{"run", "runner", "ran"}));
  }
  const Cluster german = MakeCluster({"Die Katzen liefen."});
  auto g = Build(german, "german");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(WordTexts(*g, g->sentences()[0]),
            (std::vector<std::string>{"die/stop", "katz", "lief"}));
}

TEST(CorpusTest, UnknownLanguageFails) {
  const Cluster cluster = MakeCluster({"Words."});
  EXPECT_FALSE(Build(cluster, "klingon").ok());
}

}  // namespace
}  // namespace precis
