// Copyright 2026 The precis Authors.

#include "precis/tokenizer.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

std::vector<std::pair<std::string, TokenKind>> Tok(
    std::string_view text, const TokenizerOptions& o = {}) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens, o);
  std::vector<std::pair<std::string, TokenKind>> out;
  for (const Token& t : tokens) out.emplace_back(t.span.In(text), t.kind);
  return out;
}

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& [s, k] : Tok(text)) out.push_back(s);
  return out;
}

constexpr TokenKind W = TokenKind::kWord;
constexpr TokenKind N = TokenKind::kNumber;
constexpr TokenKind P = TokenKind::kPunctuation;

TEST(TokenizerTest, WordsHyphensApostrophes) {
  EXPECT_THAT(Tok("A well-known man's don't."),
              ElementsAre(Pair("A", W), Pair("well-known", W), Pair("man's", W),
                          Pair("don't", W), Pair(".", P)));
  EXPECT_THAT(Texts("Iran\xE2\x80\x99s leaders' plan"),
              ElementsAre("Iran\xE2\x80\x99s", "leaders", "'", "plan"));
  TokenizerOptions split;
  split.split_possessives = true;
  EXPECT_THAT(Tok("Iran's", split),
              ElementsAre(Pair("Iran", W), Pair("'s", W)));
  EXPECT_THAT(Texts("the U.S. and e.g. Ph.D. students"),
              ElementsAre("the", "U.S.", "and", "e.g.", "Ph.D.", "students"));
  EXPECT_THAT(Texts("caf\xC3\xA9 Z\xC3\xBCrich "
                    "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"),
              ElementsAre("caf\xC3\xA9", "Z\xC3\xBCrich",
                          "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"));
}

TEST(TokenizerTest, Numbers) {
  EXPECT_THAT(
      Tok("42 3.14 1,000 50% $1.2 \xE2\x82\xAC"
          "5 1st 10:30 "
          "2018-04-10 -5 1990s"),
      ElementsAre(Pair("42", N), Pair("3.14", N), Pair("1,000", N),
                  Pair("50%", N), Pair("$1.2", N),
                  Pair("\xE2\x82\xAC"
                       "5",
                       N),
                  Pair("1st", N), Pair("10:30", N), Pair("2018-04-10", N),
                  Pair("-5", N), Pair("1990s", N)));
  EXPECT_THAT(Tok("a 10-year-old"),
              ElementsAre(Pair("a", W), Pair("10-year-old", W)));
  // A number ending a sentence keeps its period apart.
  EXPECT_THAT(Texts("cost 1,000. Then"),
              ElementsAre("cost", "1,000", ".", "Then"));
  EXPECT_THAT(Texts("pre-1990 talks"), ElementsAre("pre-1990", "talks"));
}

TEST(TokenizerTest, UrlsEmailsHandles) {
  EXPECT_THAT(
      Tok("See https://example.com/a?b=1. Mail jo.doe@example.org, "
          "@precis_news #Syria www.example.org/x example.com/news "
          "(http://x.io/a)"),
      ElementsAre(Pair("See", W),
                  Pair("https://example.com/a?b=1", TokenKind::kUrl),
                  Pair(".", P), Pair("Mail", W),
                  Pair("jo.doe@example.org", TokenKind::kEmail), Pair(",", P),
                  Pair("@precis_news", TokenKind::kHandle),
                  Pair("#Syria", TokenKind::kHandle),
                  Pair("www.example.org/x", TokenKind::kUrl),
                  Pair("example.com/news", TokenKind::kUrl), Pair("(", P),
                  Pair("http://x.io/a", TokenKind::kUrl), Pair(")", P)));
  // "#1" is a rank and "Amazon.com" a name, not links.
  EXPECT_THAT(Texts("#1 Amazon.com"),
              ElementsAre("#", "1", "Amazon", ".", "com"));
}

TEST(TokenizerTest, PunctuationAndSymbols) {
  EXPECT_THAT(
      Tok("Wait... \xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x94 a & b "
          "\xF0\x9F\x98\x80"),
      ElementsAre(Pair("Wait", W), Pair("...", P), Pair("\xE2\x80\x9C", P),
                  Pair("Yes", W), Pair("\xE2\x80\x9D", P),
                  Pair("\xE2\x80\x94", P), Pair("a", W), Pair("&", P),
                  Pair("b", W), Pair("\xF0\x9F\x98\x80", TokenKind::kSymbol)));
  EXPECT_THAT(Tok("a\xFF"
                  "b"),
              ElementsAre(Pair("a", W), Pair("\xFF", TokenKind::kSymbol),
                          Pair("b", W)));
  EXPECT_STREQ(TokenKindName(TokenKind::kEmail), "email");
}

TEST(TokenizerTest, BaseOffsetAndNoBreakSpace) {
  std::vector<Token> tokens;
  Tokenize(
      "a\xC2\xA0"
      "b",
      &tokens, {}, 100);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].span.begin, 100u);
  EXPECT_EQ(tokens[1].span.begin, 103u);
  EXPECT_EQ(tokens[1].span.end, 104u);
}

// Regression: hyphen-joined digit groups were matched recursively, one
// stack frame per group, and a long "1-1-1-..." overflowed the stack.
TEST(TokenizerTest, LongDigitHyphenRunIsOneNumber) {
  std::string text;
  while (text.size() < 4'000'000) text += "1-";
  text += "1";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].span.size(), text.size());
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
}

// On any bytes: tokens in order, non-empty, disjoint, in bounds, never
// containing white space; every non-space byte is in some token.
TEST(TokenizerTest, RandomInputInvariants) {
  std::mt19937 rng(5);
  for (int round = 0; round < 500; ++round) {
    const std::string text = precis::testing::RandomJunk(rng, 300);
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    std::vector<bool> covered(text.size(), false);
    uint32_t last = 0;
    for (const Token& t : tokens) {
      ASSERT_LT(t.span.begin, t.span.end);
      ASSERT_GE(t.span.begin, last);
      ASSERT_LE(t.span.end, text.size());
      for (uint32_t i = t.span.begin; i < t.span.end; ++i) {
        const char c = text[i];
        ASSERT_FALSE(c == ' ' || c == '\n' || c == '\t' || c == '\r')
            << "space inside token at " << i;
        covered[i] = true;
      }
      last = t.span.end;
    }
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' &&
          !(static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) == 0xA0)) {
        if (i > 0 && static_cast<unsigned char>(text[i - 1]) == 0xC2 &&
            static_cast<unsigned char>(c) == 0xA0) {
          continue;
        }
        ASSERT_TRUE(covered[i]) << "byte " << i << " lost";
      }
    }
  }
}

}  // namespace
}  // namespace precis
