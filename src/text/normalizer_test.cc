// Copyright 2026 The precis Authors.

#include "precis/normalizer.h"

#include <iterator>
#include <random>
#include <string>
#include <vector>

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

TEST(NormalizerTest, EllipsisDotsMapToTheWholeCharacter) {
  // "…" and "..." have the same length: the map must still not split the
  // input character byte for byte.
  const std::string in = "Wait\xE2\x80\xA6";
  const NormalizedText n = Normalize(in);
  ASSERT_EQ(n.text, "wait...");
  for (uint32_t k = 4; k < 7; ++k) {
    EXPECT_EQ(n.ToOriginal({k, k + 1}), (Span{4, 7})) << k;
  }
  EXPECT_EQ(n.ToOriginal({0, 4}), (Span{0, 4}));
}

TEST(NormalizerTest, PlainLowerCaseAsciiIsIdentity) {
  const std::string in = "the u.s. said 3.5% (of 10,000) -- ok?";
  const NormalizedText n = Normalize(in);
  EXPECT_EQ(n.text, in);
  EXPECT_TRUE(n.map.identity());
}

TEST(NormalizerTest, OptionsOffCopyValidInput) {
  NormalizeOptions off;
  off.nfkc = false;
  off.case_fold = false;
  off.unify_punctuation = false;
  const std::string in =
      "Caf\xC3\xA9 e\xCC\x81 \xEF\xAC\x81 \xE2\x80\x9CQ\xE2\x80\x9D "
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";
  const NormalizedText n = Normalize(in, off);
  EXPECT_EQ(n.text, in);
  EXPECT_TRUE(n.map.identity());
  // Folding alone neither decomposes nor applies compatibility mappings
  // ("²" stays); full folding still expands "ﬁ" (CaseFolding.txt, F).
  NormalizeOptions fold_only = off;
  fold_only.case_fold = true;
  EXPECT_EQ(Normalize("\xC3\x89\xC2\xB2\xEF\xAC\x81", fold_only).text,
            "\xC3\xA9\xC2\xB2"
            "fi");
}

TEST(NormalizerTest, CachedUnitsFollowTheOptions) {
  NormalizeOptions keep_case;
  keep_case.case_fold = false;
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(Normalize("\xC3\x89").text, "\xC3\xA9");
    EXPECT_EQ(Normalize("\xC3\x89", keep_case).text, "\xC3\x89");
    EXPECT_EQ(Normalize("\xE2\x80\x94").text, "-");
  }
}

TEST(NormalizerTest, LongRunsOfMarksLoseNothing) {
  std::string in = "a";
  for (int k = 0; k < 100; ++k) in += "\xCC\x81";  // combining acute
  const NormalizedText n = Normalize(in);
  // "a" + acute composes to "á"; the other 99 acutes stay.
  std::string expected = "\xC3\xA1";
  for (int k = 0; k < 99; ++k) expected += "\xCC\x81";
  EXPECT_EQ(n.text, expected);
  EXPECT_EQ(n.ToOriginal({0, uint32_t(n.text.size())}), (Span{0, 201}));
}

// Round trip on junk with many non-ASCII pieces: every output code point
// maps to a non-empty input span that starts and ends on input character
// boundaries, the spans never go backwards, and normalizing the input span
// again yields text containing that code point.
TEST(NormalizerTest, EveryOutputCharacterMapsToItsSource) {
  static const char* kPieces[] = {"Caf\xC3\xA9",
                                  "e\xCC\x81",
                                  "\xEF\xAC\x81",
                                  "\xE2\x80\xA6",
                                  "\xC3\x9F",
                                  "\xD0\x9C",
                                  "\xC2\xB2",
                                  "\xE2\x80\x99",
                                  "\xE2\x80\x94",
                                  "\xC2\xA0",
                                  "\xCC\x81",
                                  "\xFF",
                                  "\xE2\x80",
                                  "\xEF\xBF\xBD",
                                  "\xE3\x8E\x8F",
                                  "\xE2\x85\xA2",
                                  "A",
                                  " ",
                                  "."};
  std::mt19937 rng(11);
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  for (int round = 0; round < 300; ++round) {
    std::string in = precis::testing::RandomJunk(rng, 40);
    while (in.size() < 200) in += kPieces[pick(rng)];
    const NormalizedText n = Normalize(in);
    ASSERT_TRUE(IsValidUtf8(n.text));
    std::vector<bool> boundary(in.size() + 1, false);
    for (size_t i = 0; i < in.size();) {
      boundary[i] = true;
      char32_t cp;
      i += DecodeUtf8(in, i, &cp);
    }
    boundary[in.size()] = true;
    uint32_t last_begin = 0;
    for (size_t b = 0; b < n.text.size();) {
      char32_t cp;
      const size_t len = DecodeUtf8(n.text, b, &cp);
      const Span out{uint32_t(b), uint32_t(b + len)};
      const Span src = n.ToOriginal(out);
      ASSERT_LT(src.begin, src.end) << b;
      ASSERT_LE(src.end, in.size());
      ASSERT_TRUE(boundary[src.begin] && boundary[src.end]) << b;
      ASSERT_GE(src.begin, last_begin);
      last_begin = src.begin;
      ASSERT_NE(Normalize(src.In(in)).text.find(out.In(n.text)),
                std::string::npos)
          << "output byte " << b;
      b += len;
    }
  }
}

}  // namespace
}  // namespace precis
