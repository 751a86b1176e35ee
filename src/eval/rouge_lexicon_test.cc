// Copyright 2026 The precis Authors.

#include "eval/rouge_lexicon.h"

#include "gtest/gtest.h"

namespace precis::rouge {
namespace {

TEST(RougeLexiconTest, StopWordsAreTheScriptsList) {
  EXPECT_EQ(Rouge155StopWordCount(), 596u);
  for (const char* w : {"the", "and", "reuters", "ap", "jan", "mon", "would"}) {
    EXPECT_TRUE(IsRouge155StopWord(w)) << w;
  }
  // SMART's list less these three.
  for (const char* w : {"first", "last", "name", "minister", ""}) {
    EXPECT_FALSE(IsRouge155StopWord(w)) << w;
  }
}

TEST(RougeLexiconTest, WordNetExceptions) {
  EXPECT_EQ(WordNetExceptionCount(), 5930u);
  const std::pair<const char*, const char*> kForms[] = {
      {"were", "be"},    {"said", "say"},  {"children", "child"},
      {"went", "go"},    {"best", "well"}, {"better", "well"},
      {"mice", "mouse"}, {"feet", "foot"}, {"men", "man"},
  };
  for (const auto& [word, form] : kForms) {
    const auto got = WordNetException(word);
    ASSERT_TRUE(got.has_value()) << word;
    EXPECT_EQ(*got, form) << word;
  }
  // WordNet 3.0 added these; ROUGE-1.5.5's 2.0 table lacks them.
  for (const char* w : {"ashes", "gps", "halfpence", "morses", "houses"}) {
    EXPECT_FALSE(WordNetException(w).has_value()) << w;
  }
}

}  // namespace
}  // namespace precis::rouge
