// Copyright 2026 The precis Authors.

#include "represent/vocabulary.h"

#include <fmt/core.h>

#include "gtest/gtest.h"

namespace precis {
namespace {

TEST(VocabularyTest, InternsDenseIdsInOrderOfFirstAppearance) {
  Vocabulary v;
  EXPECT_EQ(v.Intern("putin"), 0u);
  EXPECT_EQ(v.Intern("rouhani"), 1u);
  EXPECT_EQ(v.Intern("putin"), 0u);
  EXPECT_EQ(v.size(), 2u);
  EXPECT_EQ(v.Term(1), "rouhani");
  EXPECT_EQ(v.Find("rouhani"), 1u);
  EXPECT_EQ(v.Find("assad"), Vocabulary::kNone);
}

TEST(VocabularyTest, TermsSurviveRehashing) {
  Vocabulary v;
  for (int i = 0; i < 10000; ++i) v.Intern(fmt::format("t{}", i));
  EXPECT_EQ(v.Term(1234), "t1234");
  EXPECT_EQ(v.Find("t9999"), 9999u);
}

}  // namespace
}  // namespace precis
