// Copyright 2026 The precis Authors.

#include "precis/offset_map.h"

#include "gtest/gtest.h"

namespace precis {
namespace {

TEST(OffsetMapTest, IdentityWithoutEdits) {
  OffsetMap m;
  EXPECT_TRUE(m.identity());
  EXPECT_EQ(m.Map({3, 9}), (Span{3, 9}));
}

TEST(OffsetMapTest, ShrinkingAndGrowingEdits) {
  // Input:  "aNEWLINE_CHARb" + "x" -> output "a\nb" ... modelled as edits.
  // in  [1, 13) "NEWLINE_CHAR" -> out [1, 2) "\n"
  // in  [14, 15) one byte      -> out [3, 6) three bytes
  OffsetMap m;
  m.AddEdit(1, 1, 1, 12);
  m.AddEdit(3, 3, 14, 1);
  EXPECT_EQ(m.MapBegin(0), 0u);
  EXPECT_EQ(m.MapBegin(1), 1u);
  EXPECT_EQ(m.MapEnd(2), 13u);
  EXPECT_EQ(m.MapBegin(2), 13u);  // "b"
  EXPECT_EQ(m.Map({2, 3}), (Span{13, 14}));
  EXPECT_EQ(m.Map({4, 5}), (Span{14, 15}));  // inside the grown piece
  EXPECT_EQ(m.Map({6, 8}), (Span{15, 17}));  // after every edit
  EXPECT_EQ(m.Map({0, 1}), (Span{0, 1}));    // end at an edit's start
}

TEST(OffsetMapTest, TouchingEditsStayApart) {
  OffsetMap m;
  m.AddEdit(0, 3, 0, 1);
  m.AddEdit(3, 3, 1, 1);
  EXPECT_EQ(m.edit_count(), 2u);
  EXPECT_EQ(m.Map({0, 6}), (Span{0, 2}));
  EXPECT_EQ(m.Map({3, 6}), (Span{1, 2}));
}

}  // namespace
}  // namespace precis
