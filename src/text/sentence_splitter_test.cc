// Copyright 2026 The precis Authors.

#include "precis/sentence_splitter.h"

#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Split(std::string_view text,
                               const SplitterOptions& o = {}) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, o)) {
    out.emplace_back(s.span.In(text));
  }
  return out;
}

struct Rule {
  int id = 0;
  std::string name, text;
  std::vector<std::string> expected;
};

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char c = s[++i];
      out.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c);
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::vector<Rule> LoadRules(const std::string& path) {
  std::ifstream in(path);
  std::vector<Rule> rules;
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() < 2 || line[0] == '#') continue;
    const std::string body = line.substr(2);
    if (line[0] == 'N') {
      rules.emplace_back();
      rules.back().id = std::stoi(body);
      rules.back().name = body.substr(body.find('\t') + 1);
    } else if (line[0] == 'T') {
      rules.back().text = Unescape(body);
    } else if (line[0] == 'E') {
      rules.back().expected.push_back(Unescape(body));
    }
  }
  return rules;
}

// Share of rules passed; a rule passes when the sentences, stripped of
// surrounding white space, equal the expected ones exactly.
double PassRate(const std::string& file, std::vector<int>* failed) {
  const std::vector<Rule> rules =
      LoadRules(precis::testing::SourcePath("src/text/testdata/" + file));
  EXPECT_FALSE(rules.empty()) << file;
  size_t passed = 0;
  for (const Rule& r : rules) {
    if (Split(r.text) == r.expected) {
      ++passed;
    } else {
      failed->push_back(r.id);
      std::string got;
      for (const auto& s : Split(r.text)) got += "[" + s + "] ";
      std::cerr << file << " rule " << r.id << " (" << r.name
                << ") got: " << got << "\n";
    }
  }
  return rules.empty() ? 0 : double(passed) / rules.size();
}

TEST(GoldenRulesTest, PragmaticSegmenter52) {
  std::vector<int> failed;
  const double rate = PassRate("sbd_pragmatic_52.txt", &failed);
  std::cerr << "Pragmatic Segmenter golden rules: " << rate * 100 << "%\n";
  EXPECT_GE(rate, 0.95);
}

TEST(GoldenRulesTest, PySbd48) {
  std::vector<int> failed;
  const double rate = PassRate("sbd_pysbd_48.txt", &failed);
  std::cerr << "pySBD golden rules: " << rate * 100 << "%\n";
  EXPECT_GE(rate, 0.95);
}

TEST(SentenceSplitterTest, NewsDatelinesQuotesAndTitles) {
  EXPECT_THAT(
      Split("PORT ELLIS (WPA) \xE2\x80\x94 Gen. Mara Holt said the U.S. Navy "
            "would help. \xE2\x80\x9CWe are ready,\xE2\x80\x9D she said. "
            "\xE2\x80\x9CThe ships leave at 6 a.m. tomorrow.\xE2\x80\x9D Sen. "
            "Tom Ruiz disagreed."),
      ElementsAre("PORT ELLIS (WPA) \xE2\x80\x94 Gen. Mara Holt said the U.S. "
                  "Navy would help.",
                  "\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said.",
                  "\xE2\x80\x9CThe ships leave at 6 a.m. tomorrow.\xE2\x80\x9D",
                  "Sen. Tom Ruiz disagreed."));
  EXPECT_THAT(Split("\"Stop!\" he shouted. Nobody did."),
              ElementsAre("\"Stop!\" he shouted.", "Nobody did."));
  EXPECT_THAT(
      Split("Talks resumed in Washington, D.C. The mood was calm."),
      ElementsAre("Talks resumed in Washington, D.C.", "The mood was calm."));
  EXPECT_THAT(Split("Lt. Col. Ana Ruiz met Dr. Lee on Jan. 5 in St. Louis."),
              ElementsAre("Lt. Col. Ana Ruiz met Dr. Lee on Jan. 5 in St. "
                          "Louis."));
  EXPECT_THAT(Split("Rates rose 3.5 percent. Prices fell (slightly.) Then "
                    "what?"),
              ElementsAre("Rates rose 3.5 percent.", "Prices fell (slightly.)",
                          "Then what?"));
}

TEST(SentenceSplitterTest, HeadlinesAndBylinesAreUnits) {
  const std::string text =
      "Bridge Closed After Ship Strike\nBy Ana Ruiz, Staff Writer\n"
      "The bridge closed on Tuesday. Traffic was diverted.";
  const auto sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0].span.In(text), "Bridge Closed After Ship Strike");
  EXPECT_FALSE(sentences[0].terminated);
  EXPECT_EQ(sentences[1].span.In(text), "By Ana Ruiz, Staff Writer");
  EXPECT_FALSE(sentences[1].terminated);
  EXPECT_TRUE(sentences[2].terminated);
  EXPECT_TRUE(sentences[3].terminated);
}

TEST(SentenceSplitterTest, ParagraphsAndHardWrapping) {
  const std::string text =
      "First paragraph here. Still the first.\n\n  \nSecond paragraph, which\n"
      "goes on in lower case.\r\n\r\nThird.";
  const auto sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0].paragraph, 0u);
  EXPECT_EQ(sentences[1].paragraph, 0u);
  EXPECT_EQ(sentences[2].paragraph, 1u);
  EXPECT_EQ(sentences[2].span.In(text),
            "Second paragraph, which\ngoes on in lower case.");
  EXPECT_EQ(sentences[3].paragraph, 2u);

  // Hard-wrapped prose: lines of similar length, unterminated.
  const std::string wrapped =
      "The harbor authority said on Monday that the old\n"
      "Ferry Terminal would close by December because\n"
      "Repairs would cost more than the city can pay.";
  EXPECT_EQ(Split(wrapped).size(), 1u);

  SplitterOptions joined;
  joined.single_newline_is_boundary = false;
  EXPECT_EQ(Split("A Headline\nThe story goes on.", joined).size(), 1u);
  EXPECT_EQ(Split("A Headline\nThe story goes on.").size(), 2u);
}

TEST(SentenceSplitterTest, ListsInNews) {
  EXPECT_THAT(Split("The plan has three parts:\n1. New buses.\n2. A night "
                    "service.\n3. Lower fares."),
              ElementsAre("The plan has three parts:", "1. New buses.",
                          "2. A night service.", "3. Lower fares."));
  EXPECT_THAT(
      Split("\xE2\x80\xA2 More buses\n\xE2\x80\xA2 Later trains"),
      ElementsAre("\xE2\x80\xA2 More buses", "\xE2\x80\xA2 Later trains"));
}

TEST(SentenceSplitterTest, BaseOffsetsAndEmptyInput) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences(" \n\n\t ").empty());
  const std::string text = "xx  One. Two.";
  const auto s = SplitSentences(std::string_view(text).substr(2), {}, 2);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].span.In(text), "One.");
  EXPECT_EQ(s[1].span.In(text), "Two.");
}

// On any bytes: spans in order, inside the text, non-empty, trimmed, and
// disjoint; every letter or digit of the text is inside some sentence.
TEST(SentenceSplitterTest, RandomInputInvariants) {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    const std::string text = precis::testing::RandomJunk(rng, 600);
    const auto sentences = SplitSentences(text, {}, 0);
    uint32_t last = 0;
    std::vector<bool> covered(text.size(), false);
    for (const Sentence& s : sentences) {
      ASSERT_LT(s.span.begin, s.span.end);
      ASSERT_GE(s.span.begin, last);
      ASSERT_LE(s.span.end, text.size());
      const unsigned char first = text[s.span.begin];
      const unsigned char end = text[s.span.end - 1];
      EXPECT_FALSE(first == ' ' || first == '\n' || first == '\t' ||
                   first == '\r');
      EXPECT_FALSE(end == ' ' || end == '\n' || end == '\t' || end == '\r');
      for (uint32_t i = s.span.begin; i < s.span.end; ++i) covered[i] = true;
      last = s.span.end;
    }
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        ASSERT_TRUE(covered[i]) << "byte " << i << " lost";
      }
    }
  }
}

TEST(SentenceSplitterTest, LongLineIsLinear) {
  // A 5 MB line without a boundary and one with many: no quadratic blowup
  // (this would time out if the scan restarted per sentence).
  std::string text;
  while (text.size() < 5'000'000) text += "word and more words ";
  EXPECT_EQ(SplitSentences(text).size(), 1u);
  std::string many;
  while (many.size() < 5'000'000) many += "It rained. ";
  EXPECT_EQ(SplitSentences(many).size(), many.size() / 11);
}

}  // namespace
}  // namespace precis
