// Copyright 2026 The precis Authors.

#include "precis/stemmer.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace precis {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

TEST(StemmerTest, EnglishSnowball) {
  auto stemmer = Stemmer::Create("english");
  ASSERT_TRUE(stemmer.ok());
  EXPECT_EQ((*stemmer)->Stem("running"), "run");
  EXPECT_EQ((*stemmer)->Stem("negotiations"), "negoti");
  EXPECT_EQ((*stemmer)->Stem("cooperation"), "cooper");
  EXPECT_EQ((*stemmer)->Stem(""), "");
}

TEST(StemmerTest, CodesAndNames) {
  for (const char* name :
       {"en", "EN", "en-US", "porter", "german", "de", "fr", "russian"}) {
    EXPECT_TRUE(Stemmer::Create(name).ok()) << name;
  }
  auto de = Stemmer::Create("de");
  ASSERT_TRUE(de.ok());
  EXPECT_EQ((*de)->Stem("häuser"), "haus");
  EXPECT_THAT(Stemmer::Languages(), Contains("english"));
}

TEST(StemmerTest, UnknownLanguageIsAnError) {
  auto bad = Stemmer::Create("klingon");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(bad.status().message(), HasSubstr("klingon"));
  EXPECT_THAT(bad.status().message(), HasSubstr("english"));
}

TEST(StopWordsTest, English) {
  const StopWords& en = StopWords::ForLanguage("english");
  EXPECT_GT(en.size(), 150u);
  EXPECT_TRUE(en.Contains("the"));
  EXPECT_TRUE(en.Contains("don't"));
  EXPECT_FALSE(en.Contains("said"));
  EXPECT_FALSE(en.Contains("bridge"));
  EXPECT_EQ(&StopWords::ForLanguage("en"), &StopWords::ForLanguage("english"));
  EXPECT_EQ(StopWords::ForLanguage("klingon").size(), 0u);
}

}  // namespace
}  // namespace precis
