// Copyright 2026 The precis Authors.

#include "ingest/line_shape.h"

#include <random>
#include <string>

#include "gtest/gtest.h"

namespace precis {
namespace {

void ExpectSame(const Shape& a, const Shape& b, const std::string& line) {
  EXPECT_EQ(a.words, b.words) << line;
  EXPECT_EQ(a.letters, b.letters) << line;
  EXPECT_EQ(a.visible, b.visible) << line;
  EXPECT_EQ(a.capitalized, b.capitalized) << line;
  EXPECT_EQ(a.lowercase_words, b.lowercase_words) << line;
  EXPECT_EQ(a.has_lower, b.has_lower) << line;
  EXPECT_EQ(a.terminated, b.terminated) << line;
  EXPECT_EQ(a.list_item, b.list_item) << line;
  EXPECT_EQ(a.pipes, b.pipes) << line;
}

TEST(LineShapeTest, CountsWordsLettersAndCase) {
  const Shape s = ShapeOf("The well-known mayor's 3 dogs, e.g. 'Rex'.");
  EXPECT_EQ(s.words, 8u);  // The well-known mayor's 3 dogs e g Rex
  EXPECT_EQ(s.capitalized, 2u);
  EXPECT_EQ(s.lowercase_words, 5u);
  EXPECT_TRUE(s.has_lower);
  EXPECT_TRUE(s.terminated);
  EXPECT_FALSE(s.list_item);
  EXPECT_EQ(s.visible, 36u);
  EXPECT_EQ(s.letters, 27u);
}

TEST(LineShapeTest, EndsAndListItems) {
  EXPECT_TRUE(ShapeOf("He said \"no.\"").terminated);
  EXPECT_TRUE(ShapeOf("Wait for it\xE2\x80\xA6").terminated);
  EXPECT_FALSE(ShapeOf("Read more").terminated);
  EXPECT_TRUE(ShapeOf("1. First point").list_item);
  EXPECT_TRUE(ShapeOf("\xE2\x80\xA2 Share").list_item);
  EXPECT_FALSE(ShapeOf("1999 was a year").list_item);
  EXPECT_TRUE(ShapeOf("Home | News | Sport").pipes);
  EXPECT_FALSE(ShapeOf("Home | News").pipes);
  const Shape empty = ShapeOf("");
  EXPECT_EQ(empty.words, 0u);
  EXPECT_EQ(empty.visible, 0u);
}

// A joiner run spanning the 64-byte block boundary continues the word.
TEST(LineShapeTest, JoinersAcrossBlocks) {
  for (size_t at = 55; at < 75; ++at) {
    std::string line(at, 'a');
    line += "--'-b c";
    ExpectSame(ShapeOf(line), ShapeOfScalar(line), line);
    EXPECT_EQ(ShapeOf(line).words, 2u) << at;
  }
}

TEST(LineShapeTest, MatchesTheScalarReferenceOnRandomText) {
  std::mt19937 rng(2026);
  const std::string alphabet =
      "aZ09 \t\r|'-.!?\")]*\xE2\x80\x9D\xC3\xA9#,";
  for (int round = 0; round < 3000; ++round) {
    std::string line;
    const size_t n = rng() % 300;
    for (size_t i = 0; i < n; ++i) {
      if (rng() % 4 == 0) {
        line += static_cast<char>(rng() % 256);
      } else {
        line += alphabet[rng() % alphabet.size()];
      }
    }
    ExpectSame(ShapeOf(line), ShapeOfScalar(line), line);
    if (::testing::Test::HasFailure()) return;
  }
  const std::string long_line(5000, 'x');  // counter flushes of the scalar
  ExpectSame(ShapeOf(long_line), ShapeOfScalar(long_line), "5000 x");
}

}  // namespace
}  // namespace precis
