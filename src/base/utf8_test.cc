// Copyright 2026 The precis Authors.

#include "base/utf8.h"

#include <random>

#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

TEST(Utf8Test, DecodesValidSequences) {
  struct Case {
    std::string_view bytes;
    char32_t cp;
    size_t len;
  } cases[] = {
      {"a", U'a', 1},
      {"\xC3\xA9", U'\u00E9', 2},
      {"\xE2\x80\x9C", U'\u201C', 3},
      {"\xF0\x9F\x98\x80", U'\U0001F600', 4},
  };
  for (const auto& c : cases) {
    char32_t cp;
    EXPECT_EQ(DecodeUtf8(c.bytes, 0, &cp), c.len) << c.bytes;
    EXPECT_EQ(cp, c.cp) << c.bytes;
  }
}

TEST(Utf8Test, RejectsInvalidSequencesOneByteAtATime) {
  const std::string_view bad[] = {
      "\xFF", "\x80", "\xC3", "\xC0\xAF",  // overlong
      "\xED\xA0\x80",                      // surrogate
      "\xF4\x90\x80\x80",                  // past U+10FFFF
      "\xE2\x80",                          // truncated
  };
  for (auto b : bad) {
    char32_t cp;
    EXPECT_EQ(DecodeUtf8(b, 0, &cp), 1u);
    EXPECT_EQ(cp, kReplacementChar);
    EXPECT_FALSE(IsValidUtf8(b));
  }
}

TEST(Utf8Test, RepairReplacesEachInvalidByteAndMapsBack) {
  const std::string in = "ab\xFF" "cd\xC3" "e\xE2\x80\x9C";
  std::string out;
  OffsetMap map;
  EXPECT_EQ(RepairUtf8(in, &out, &map), 2u);
  EXPECT_EQ(out, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD" "e\xE2\x80\x9C");
  EXPECT_TRUE(IsValidUtf8(out));
  // "cd" sits at [5, 7) of the output and [3, 5) of the input.
  EXPECT_EQ(map.Map({5, 7}), (Span{3, 5}));
  // The replacement character maps to the one bad byte.
  EXPECT_EQ(map.Map({2, 5}), (Span{2, 3}));
  EXPECT_EQ(map.Map({0, static_cast<uint32_t>(out.size())}),
            (Span{0, static_cast<uint32_t>(in.size())}));
}

TEST(Utf8Test, RepairOfValidTextIsIdentity) {
  const std::string in = "Caf\xC3\xA9 \xE2\x80\x94 ok";
  std::string out;
  OffsetMap map;
  EXPECT_EQ(RepairUtf8(in, &out, &map), 0u);
  EXPECT_EQ(out, in);
  EXPECT_TRUE(map.identity());
}

TEST(Utf8Test, RandomJunkAlwaysRepairsToValidUtf8) {
  std::mt19937 rng(42);
  for (int i = 0; i < 300; ++i) {
    const std::string in = testing::RandomJunk(rng, 1 + i * 7);
    std::string out;
    OffsetMap map;
    RepairUtf8(in, &out, &map);
    ASSERT_TRUE(IsValidUtf8(out));
    const Span all = map.Map({0, static_cast<uint32_t>(out.size())});
    EXPECT_EQ(all.begin, 0u);
    EXPECT_EQ(all.end, in.size());
  }
}

TEST(Utf8Test, AppendUtf8RoundTrips) {
  for (char32_t cp : {U'a', U'\u00E9', U'\u20AC', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, &s);
    char32_t back;
    EXPECT_EQ(DecodeUtf8(s, 0, &back), s.size());
    EXPECT_EQ(back, cp);
  }
  std::string s;
  AppendUtf8(0xD800, &s);
  EXPECT_EQ(s, "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace precis
