// Copyright 2026 The precis Authors.

#include "eval/rouge155_text.h"

#include <string>

#include "gtest/gtest.h"

namespace precis::rouge {
namespace {

std::string Join(const std::vector<std::string_view>& parts) {
  std::string out;
  for (const auto p : parts) {
    out += p;
    out += '|';
  }
  return out;
}

TEST(Rouge155TextTest, NoLimitKeepsNonEmptyLines) {
  Rouge155Text t;
  t.Read("One two.\n\nThree four.\n", 0, 0);
  EXPECT_EQ(Join(t.joined()), "One two.|Three four.|");
  EXPECT_EQ(Join(t.sentences()), "One two.|Three four.|");
}

TEST(Rouge155TextTest, WordLimitCountsRawWords) {
  Rouge155Text t;
  // "--" is a word for the limit though it yields no token.
  t.Read("a b --\nc d e\nf g", 4, 0);
  EXPECT_EQ(Join(t.joined()), "a b --|c|");
  EXPECT_EQ(Join(t.sentences()), "a b --|c|");
  // A sentence that reaches the limit exactly is cut (to itself).
  t.Read("a b\nc d\ne", 4, 0);
  EXPECT_EQ(Join(t.joined()), "a b|c d|");
  // Leading white space is one more (empty) field, as Perl's split has it.
  t.Read("  a b c", 2, 0);
  EXPECT_EQ(Join(t.joined()), " a|");
}

TEST(Rouge155TextTest, ByteLimitDiffersBetweenReaders) {
  Rouge155Text t;
  t.Read("abcdef\nghijkl\nmnopqr", 10, 0);  // word limit 10: all of it
  EXPECT_EQ(Join(t.joined()), "abcdef|ghijkl|mnopqr|");
  t.Read("abcdef\nghijkl\nmnopqr", 0, 10);
  // readText: 6 bytes, then 4 more of the second line.
  EXPECT_EQ(Join(t.joined()), "abcdef|ghij|");
  // readText_LCS never adds up: every line shorter than 10 bytes stays.
  EXPECT_EQ(Join(t.sentences()), "abcdef|ghijkl|mnopqr|");
  t.Read("abc\na much longer line", 0, 8);
  EXPECT_EQ(Join(t.joined()), "abc|a muc|");
  EXPECT_EQ(Join(t.sentences()), "abc|a much l|");
}

}  // namespace
}  // namespace precis::rouge
