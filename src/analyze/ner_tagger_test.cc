// Copyright 2026 The precis Authors.

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "analyze/conll.h"
#include "analyze/ner_train.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "precis/entities.h"
#include "testing.h"

namespace precis {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

// (surface, type) of the names the built-in model finds.
std::vector<std::pair<std::string, std::string>> Names(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const EntityMention& m : NerTagger::Default().TagText(text)) {
    out.emplace_back(std::string(m.span.In(text)), EntityTypeName(m.type));
  }
  return out;
}

TEST(NerTaggerTest, FindsPeopleOrganizationsAndPlaces) {
  EXPECT_THAT(
      Names("Marta Kowalczyk, the mayor of Gdansk, met officials from the "
            "World Health Organization in Geneva on Tuesday."),
      ElementsAre(Pair("Marta Kowalczyk", "PER"), Pair("Gdansk", "LOC"),
                  Pair("World Health Organization", "ORG"),
                  Pair("Geneva", "LOC")));
  // Curly quotes, a possessive kept out of the name, a name repeated alone.
  EXPECT_THAT(
      Names("\xE2\x80\x9CWe are not there yet,\xE2\x80\x9D said Daniel Okafor. "
            "Finland\xE2\x80\x99s minister agreed with Okafor."),
      ElementsAre(Pair("Daniel Okafor", "PER"), Pair("Finland", "LOC"),
                  Pair("Okafor", "PER")));
}

TEST(NerTaggerTest, InitialsAndAbbreviationsKeepTheirPeriods) {
  // The tokenizer leaves periods apart; the tagger reads "W." and "Dr." as
  // CoNLL-2003 writes them, and a title's period ends no sentence.
  EXPECT_THAT(Names("Later George W. Bush met Dr. Lena Berg in St. Louis."),
              ElementsAre(Pair("George W. Bush", "PER"),
                          Pair("Lena Berg", "PER"), Pair("St. Louis", "LOC")));
}

TEST(NerTaggerTest, NoNamesInPlainText) {
  EXPECT_THAT(Names("the committee met twice and agreed to wait."),
              ::testing::IsEmpty());
  EXPECT_THAT(Names(""), ::testing::IsEmpty());
  EXPECT_THAT(Names("  \n\n ... !!"), ::testing::IsEmpty());
}

// Offsets point into the text, with `base` added; mentions are in order,
// never overlap and never start or end with space or a possessive.
void CheckSpans(std::string_view text, const std::vector<EntityMention>& ms,
                uint32_t base) {
  uint32_t last = base;
  for (const EntityMention& m : ms) {
    ASSERT_LT(m.span.begin, m.span.end);
    ASSERT_GE(m.span.begin, last);
    ASSERT_LE(m.span.end, base + text.size());
    const std::string_view s = text.substr(m.span.begin - base, m.span.size());
    ASSERT_FALSE(s.front() == ' ' || s.back() == ' ' || s.back() == '\n');
    ASSERT_FALSE(s.ends_with("'s")) << s;
    last = m.span.end;
  }
}

TEST(NerTaggerTest, SpansOnRandomInputAndBaseOffsets) {
  std::mt19937 rng(21);
  for (int round = 0; round < 300; ++round) {
    const std::string text = testing::RandomJunk(rng, 400);
    CheckSpans(text, NerTagger::Default().TagText(text, 1000, 3), 1000);
  }
  const std::string text = "Talks in Oslo ended. Paolo Conti left.";
  const auto ms = NerTagger::Default().TagText(text, 50, 7);
  ASSERT_FALSE(ms.empty());
  CheckSpans(text, ms, 50);
  EXPECT_EQ(ms[0].article, 7u);
  EXPECT_EQ(text.substr(ms[0].span.begin - 50, ms[0].span.size()), "Oslo");
}

TEST(NerTaggerTest, AllCapsAndLongInput) {
  // Headline capitals: names are still found, and nothing breaks.
  const std::string caps = "SOCCER - NORWAY BEAT ICELAND 2-1 IN OSLO .";
  const auto ms = NerTagger::Default().TagText(caps);
  CheckSpans(caps, ms, 0);
  EXPECT_FALSE(ms.empty());
  std::string long_text;
  for (int i = 0; i < 2000; ++i)
    long_text += "Paolo Conti met Lena Berg in Rome. ";
  const auto many = NerTagger::Default().TagText(long_text);
  CheckSpans(long_text, many, 0);
  EXPECT_EQ(many.size(), 6000u);
}

TEST(NerTaggerTest, TokensOutsideTheTextAreIgnored) {
  const std::string text = "Paolo Conti";
  const std::vector<Token> tokens = {{{0, 5}, TokenKind::kWord},
                                     {{6, 11}, TokenKind::kWord},
                                     {{9, 40}, TokenKind::kWord},
                                     {{3, 4}, TokenKind::kWord}};
  std::vector<EntityMention> out;
  NerTagger::Default().Tag(text, tokens, &out);
  CheckSpans(text, out, 0);
}

TEST(NerTaggerTest, LoadErrors) {
  auto missing = NerTagger::LoadFile("/nonexistent/en.model");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  auto junk = NerTagger::Load("not a model");
  ASSERT_FALSE(junk.ok());
  EXPECT_EQ(junk.status().code(), Status::Code::kBadInput);
  auto file = NerTagger::LoadFile(testing::SourcePath("data/ner/en.model"));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ((*file)->model().features(),
            NerTagger::Default().model().features());
}

// The built-in model on the CoNLL-2003 development set (conlleval F1; 92.3
// when it was trained), with a little slack.
TEST(NerTaggerTest, ConllDevelopmentF1) {
  const std::string path = testing::SharedPath("data/conll2003/eng.testa");
  if (path.empty()) GTEST_SKIP() << "no CoNLL-2003 data";
  auto dev = conll::ReadCorpus(path);
  ASSERT_TRUE(dev.ok());
  const ner::Evaluation e = ner::Evaluate(NerTagger::Default().model(), *dev);
  EXPECT_GE(e.scores.F1(), 0.915) << e.scores.Table();
  for (int t = 0; t < kNumEntityTypes; ++t) {
    EXPECT_GE(e.scores.F1(EntityType(t)), 0.85) << e.scores.Table();
  }
}

}  // namespace
}  // namespace precis
