// Copyright 2026 The precis Authors.

#include "base/string_interner.h"

#include <map>
#include <random>
#include <string>
#include <utility>

#include "gtest/gtest.h"

namespace precis {
namespace {

TEST(StringInternerTest, DenseIdsInOrderOfFirstAppearance) {
  StringInterner s;
  EXPECT_EQ(s.Find("a"), StringInterner::kNone);
  EXPECT_EQ(s.Intern("tehran"), 0u);
  EXPECT_EQ(s.Intern("moscow"), 1u);
  EXPECT_EQ(s.Intern("tehran"), 0u);
  EXPECT_EQ(s.Intern(""), 2u);
  EXPECT_EQ(s.Intern(""), 2u);
  EXPECT_EQ(s.size(), 3u);
  EXPECT_EQ(s.Get(1), "moscow");
  EXPECT_EQ(s.Get(2), "");
  EXPECT_EQ(s.Find("moscow"), 1u);
  EXPECT_EQ(s.Find("damascus"), StringInterner::kNone);
}

// Views survive growth of the table, new chunks and a move; every string,
// short, long (own chunk) or with NUL bytes, maps back to its id.
TEST(StringInternerTest, AgreesWithAMapAndViewsStayValid) {
  std::mt19937 rng(7);
  std::map<std::string, uint32_t> expected;
  StringInterner s;
  std::vector<std::pair<std::string_view, std::string>> views;
  for (int i = 0; i < 20000; ++i) {
    const size_t length = rng() % 9 == 0 ? 4000 + rng() % 9000 : rng() % 12;
    std::string word(length, 'x');
    for (char& c : word) c = static_cast<char>(rng() % 4);  // many repeats
    const auto [it, added] = expected.emplace(word, expected.size());
    ASSERT_EQ(s.Intern(word), it->second) << i;
    if (added) views.emplace_back(s.Get(it->second), word);
  }
  StringInterner moved = std::move(s);
  ASSERT_EQ(moved.size(), expected.size());
  for (const auto& [view, word] : views) EXPECT_EQ(view, word);
  for (const auto& [word, id] : expected) {
    EXPECT_EQ(moved.Find(word), id);
    EXPECT_EQ(moved.Get(id), word);
  }
}

// Around the 16 bytes kept in a slot: every length from 0 to 40, strings
// that differ in one byte anywhere (the overlapping loads of short keys must
// see every byte), trailing NULs (padding must not hide them), and the same
// after the table grew.
TEST(StringInternerTest, ShortAndLongKeysDifferInEveryByte) {
  StringInterner s;
  std::map<std::string, uint32_t> expected;
  auto add = [&](const std::string& w) {
    const auto [it, added] = expected.emplace(w, expected.size());
    ASSERT_EQ(s.Intern(w), it->second) << w.size();
  };
  for (size_t n = 0; n <= 40; ++n) {
    const std::string base(n, 'a');
    add(base);
    add(base + '\0');
    for (size_t i = 0; i < n; ++i) {
      std::string w = base;
      w[i] = 'b';
      add(w);
      w[i] = '\0';
      add(w);
    }
  }
  ASSERT_EQ(s.size(), expected.size());
  for (const auto& [word, id] : expected) {
    EXPECT_EQ(s.Find(word), id) << word.size();
    EXPECT_EQ(s.Get(id), word);
  }
  EXPECT_EQ(s.Find(std::string(17, 'c')), StringInterner::kNone);
  EXPECT_EQ(s.Find(std::string(3, 'c')), StringInterner::kNone);
}

TEST(StringInternerTest, MovedFromIsEmptyAndUsable) {
  StringInterner a;
  a.Intern("kyiv");
  StringInterner b = std::move(a);
  EXPECT_EQ(a.size(), 0u);  // NOLINT(bugprone-use-after-move): the contract
  EXPECT_EQ(a.Intern("odesa"), 0u);
  EXPECT_EQ(a.Get(0), "odesa");
  EXPECT_EQ(b.Get(0), "kyiv");
  EXPECT_EQ(b.Intern("lviv"), 1u);
  EXPECT_EQ(b.Get(1), "lviv");
  EXPECT_EQ(a.Get(0), "odesa");  // not overwritten: the two share no chunk
  EXPECT_EQ(b.Find("odesa"), StringInterner::kNone);
}

}  // namespace
}  // namespace precis
