// Copyright 2026 The precis Authors.

#include "eval/rouge_tokenize.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace precis::rouge {
namespace {

std::string Rouge155Tokens(std::string_view text) {
  std::string scratch, out;
  ForEachRouge155Token(text, &scratch, [&](std::string_view t) {
    if (!out.empty()) out += '|';
    out += t;
  });
  return out;
}

std::string RougeScoreTokens(std::string_view text) {
  std::string scratch, out;
  ForEachRougeScoreToken(text, &scratch, [&](std::string_view t) {
    if (!out.empty()) out += '|';
    out += t;
  });
  return out;
}

TEST(RougeTokenizeTest, Rouge155) {
  const std::pair<const char*, const char*> kCases[] = {
      {"PUTIN, ROUHANI meet -- in Tehran!!!", "putin|rouhani|meet|in|tehran"},
      {"$2.5 billion, 70%", "2|5|billion|70"},
      {"war-torn region's", "war|torn|region|s"},
      {"Caf\xC3\xA9 Z\xC3\xBCrich", "caf|z|rich"},
      {"AB123 at 10:45", "ab123|at|10|45"},
      {"", ""},
      {" \n\t-- ", ""},
      {"\xFF\xC3word", "word"},
  };
  for (const auto& [text, want] : kCases) {
    EXPECT_EQ(Rouge155Tokens(text), want) << text;
  }
}

TEST(RougeTokenizeTest, RougeScoreFollowsPythonLower) {
  EXPECT_EQ(RougeScoreTokens("PUTIN, ROUHANI meet"), "putin|rouhani|meet");
  // U+0130 lowers to "i" + U+0307; U+212A (Kelvin) to "k".
  EXPECT_EQ(RougeScoreTokens("\xC4\xB0stanbul"), "i|stanbul");
  EXPECT_EQ(RougeScoreTokens("5\xE2\x84\xAA"), "5k");
  EXPECT_EQ(RougeScoreTokens("\xC3\xA9t\xC3\xA9"), "t");
}

TEST(RougeTokenizeTest, MapperStemsLongTokensOnceAndDropsStopWords) {
  TokenMapper mapper(Stemming::kRouge155, /*drop_rouge155_stopwords=*/true);
  EXPECT_EQ(mapper.Map("the"), TokenMapper::kDropped);
  EXPECT_EQ(mapper.Map("were"), TokenMapper::kDropped);  // a stop word too
  const uint32_t geese = mapper.Map("geese");  // a WordNet exception
  ASSERT_NE(geese, TokenMapper::kDropped);
  EXPECT_EQ(mapper.Form(geese), "goose");
  const uint32_t ran = mapper.Map("running");
  EXPECT_EQ(mapper.Form(ran), "run");
  EXPECT_EQ(mapper.Map("runs"), ran);
  EXPECT_EQ(mapper.Form(mapper.Map("ran")), "ran");  // 3 letters: as is
  EXPECT_EQ(mapper.Map("running"), ran);
  EXPECT_EQ(mapper.size(), 3u);
}

TEST(RougeTokenizeTest, NltkMapperKeepsStopWords) {
  TokenMapper mapper(Stemming::kNltk, false);
  EXPECT_NE(mapper.Map("the"), TokenMapper::kDropped);
  EXPECT_EQ(mapper.Form(mapper.Map("dies")), "die");
  EXPECT_EQ(mapper.Form(mapper.Map("were")), "were");  // no WordNet here
}

TEST(RougeTokenizeTest, TokenSeqSentences) {
  TokenSeq s;
  s.ids = {1, 2};
  s.EndSentence();
  s.EndSentence();  // an empty sentence
  s.ids.push_back(3);
  s.EndSentence();
  ASSERT_EQ(s.sentences(), 3u);
  EXPECT_EQ(s.Sentence(0).size(), 2u);
  EXPECT_EQ(s.Sentence(1).size(), 0u);
  EXPECT_EQ(s.Sentence(2)[0], 3u);
}

}  // namespace
}  // namespace precis::rouge
