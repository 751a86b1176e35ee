// Copyright 2026 The precis Authors.

#include "summarize/coherence.h"

#include "gtest/gtest.h"

namespace precis {
namespace {

TEST(CoherenceTest, OpenersThatPointBack) {
  EXPECT_EQ(OpenerOf("However, the talks went on."), Opener::kConnective);
  EXPECT_EQ(OpenerOf("But the ship had lost power."), Opener::kConnective);
  EXPECT_EQ(OpenerOf("In addition, two workers fell."), Opener::kConnective);
  EXPECT_EQ(OpenerOf("\"And then it sank.\""), Opener::kConnective);
  EXPECT_EQ(OpenerOf("Earlier in the day, Putin sat down for talks."),
            Opener::kTemporal);
  EXPECT_EQ(OpenerOf("A week later, the port reopened."), Opener::kTemporal);
  EXPECT_EQ(OpenerOf("Just a week later, the envoy spoke."),
            Opener::kTemporal);
  EXPECT_EQ(OpenerOf("Later, he left."), Opener::kTemporal);
  EXPECT_EQ(OpenerOf("The results from the meeting have been inconclusive."),
            Opener::kDefinite);
  EXPECT_EQ(OpenerOf("This move angered Israel."), Opener::kDefinite);
  EXPECT_EQ(OpenerOf("This is the first visit in a decade."),
            Opener::kDemonstrative);
  EXPECT_EQ(OpenerOf("Such talks are rare."), Opener::kDemonstrative);
}

TEST(CoherenceTest, OpenersThatStandAlone) {
  EXPECT_EQ(OpenerOf("Later this year, the bridge will reopen."),
            Opener::kFree);
  EXPECT_EQ(OpenerOf("Then-President Obama signed the deal."), Opener::kFree);
  EXPECT_EQ(OpenerOf("Andrew Smith runs the port."), Opener::kFree);
  EXPECT_EQ(OpenerOf("Butler County closed its schools."), Opener::kFree);
  EXPECT_EQ(OpenerOf("The Russian and Iranian presidents met Tuesday."),
            Opener::kFree);
  EXPECT_EQ(OpenerOf("This week the port stayed shut."), Opener::kFree);
  EXPECT_EQ(OpenerOf("The meetings' host was Kazakhstan."), Opener::kDefinite);
  EXPECT_EQ(OpenerOf(""), Opener::kFree);
  EXPECT_EQ(OpenerOf("   "), Opener::kFree);
  EXPECT_EQ(OpenerOf("\xE2\x80\x9CWe are ready.\xE2\x80\x9D"), Opener::kFree);
}

}  // namespace
}  // namespace precis
