// Copyright 2026 The precis Authors.

#include "precis/normalizer.h"

#include <random>
#include <string>

#include "base/utf8.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

TEST(NormalizerTest, CaseQuotesDashesSpaces) {
  const NormalizedText n = Normalize(
      "Iran\xE2\x80\x99s \xE2\x80\x9C"
      "Deal\xE2\x80\x9D \xE2\x80\x94 "
      "U.S.\xC2\xA0"
      "Ok\xE2\x80\xA6");
  EXPECT_EQ(n.text, "iran's \"deal\" - u.s. ok...");
}

TEST(NormalizerTest, NfkcAndFolding) {
  EXPECT_EQ(Normalize("\xEF\xAC\x81le").text, "file");  // ﬁ ligature
  EXPECT_EQ(Normalize("x\xC2\xB2").text, "x2");         // ²
  EXPECT_EQ(Normalize("Stra\xC3\x9F"
                      "e")
                .text,
            "strasse");                                // ß folds
  EXPECT_EQ(Normalize("e\xCC\x81").text, "\xC3\xA9");  // e + ́ → é
  EXPECT_EQ(Normalize("\xC3\x89T\xC3\x89").text, "\xC3\xA9t\xC3\xA9");
  NormalizeOptions keep_case;
  keep_case.case_fold = false;
  EXPECT_EQ(Normalize("ABC \xE2\x80\x9Cx\xE2\x80\x9D", keep_case).text,
            "ABC \"x\"");
}

TEST(NormalizerTest, MapsBackToOriginalBytes) {
  const std::string in =
      "A \xEF\xAC\x81ne \xE2\x80\x9C"
      "Day\xE2\x80\x9D.";
  const NormalizedText n = Normalize(in);
  ASSERT_EQ(n.text, "a fine \"day\".");
  // "fine" in the output is "ﬁne" in the input.
  const size_t f = n.text.find("fine");
  EXPECT_EQ(n.ToOriginal({uint32_t(f), uint32_t(f + 4)}).In(in),
            "\xEF\xAC\x81ne");
  const size_t d = n.text.find("\"day\"");
  EXPECT_EQ(n.ToOriginal({uint32_t(d), uint32_t(d + 5)}).In(in),
            "\xE2\x80\x9C"
            "Day\xE2\x80\x9D");
}

TEST(NormalizerTest, InvalidBytesBecomeReplacementCharacters) {
  const std::string in =
      "a\xFF"
      "b\xC3";
  const NormalizedText n = Normalize(in);
  EXPECT_EQ(n.text,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(n.ToOriginal({1, 4}).In(in), "\xFF");
}

TEST(NormalizerTest, RandomInputIsValidAndMapsInBounds) {
  std::mt19937 rng(3);
  for (int round = 0; round < 300; ++round) {
    const std::string in = precis::testing::RandomJunk(rng, 300);
    const NormalizedText n = Normalize(in);
    ASSERT_TRUE(IsValidUtf8(n.text));
    for (uint32_t b = 0; b <= n.text.size(); b += 7) {
      const Span s = n.ToOriginal({b, uint32_t(n.text.size())});
      ASSERT_LE(s.begin, s.end);
      ASSERT_LE(s.end, in.size());
    }
    EXPECT_EQ(n.ToOriginal({0, uint32_t(n.text.size())}).end, in.size());
  }
}

}  // namespace
}  // namespace precis
