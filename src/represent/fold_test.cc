// Copyright 2026 The precis Authors.

#include "represent/fold.h"

#include "gtest/gtest.h"

namespace precis {
namespace {

TEST(FoldTest, LowerCasesAsciiAndUnicode) {
  struct {
    std::string_view in, out;
  } cases[] = {
      {"Rouhani", "rouhani"},
      {"\xC3\x89LYS\xC3\x89" "E", "\xC3\xA9lys\xC3\xA9" "e"},  // ÉLYSÉE
      {"Iran\xE2\x80\x99s", "iran's"},
      {"U.S.", "u.s."},
      {"\xFF" "A", "\xEF\xBF\xBD" "a"},
      {"Inter\xC2\xADnational", "international"},  // soft hyphen dropped
  };
  std::string out;
  for (const auto& c : cases) {
    FoldCase(c.in, &out);
    EXPECT_EQ(out, c.out) << c.in;
  }
}

TEST(FoldTest, StripsPossessives) {
  struct {
    std::string in, out;
  } cases[] = {{"iran's", "iran"}, {"leaders'", "leaders"}, {"'s", "'s"},
               {"its", "its"}};
  for (auto c : cases) {
    StripPossessive(&c.in);
    EXPECT_EQ(c.in, c.out);
  }
}

}  // namespace
}  // namespace precis
