// Copyright 2026 The precis Authors.

#include "precis/stemmer.h"

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing.h"

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

TEST(StopWordsTest, CurlyApostropheReadsAsStraight) {
  const StopWords& en = StopWords::ForLanguage("en");
  EXPECT_TRUE(en.Contains("don\xE2\x80\x99t"));
  EXPECT_TRUE(en.Contains("they\xE2\x80\x99re"));
  EXPECT_FALSE(en.Contains("rock\xE2\x80\x99n"));
  EXPECT_FALSE(en.Contains(std::string(200, 'a') + "\xE2\x80\x99"));
}

TEST(StopWordsTest, GermanFrenchSpanish) {
  struct Case {
    const char* language;
    const char* stop;
    const char* content;
  };
  for (const Case& c :
       {Case{"de", "und", "regierung"}, Case{"german", "f\xC3\xBCr", "sagte"},
        Case{"fr", "les", "gouvernement"},
        Case{"french", "\xC3\xA9t\xC3\xA9", "dit"},
        Case{"es", "los", "gobierno"},
        Case{"spanish", "tambi\xC3\xA9n", "dijo"}}) {
    const StopWords& list = StopWords::ForLanguage(c.language);
    EXPECT_GT(list.size(), 100u) << c.language;
    EXPECT_TRUE(list.Contains(c.stop)) << c.language << " " << c.stop;
    EXPECT_FALSE(list.Contains(c.content)) << c.language << " " << c.content;
  }
  EXPECT_NE(&StopWords::ForLanguage("de"), &StopWords::ForLanguage("fr"));
  EXPECT_EQ(&StopWords::ForLanguage("ES"), &StopWords::ForLanguage("spanish"));
  // A language with a stemmer but no list of ours.
  EXPECT_EQ(StopWords::ForLanguage("russian").size(), 0u);
}

// The embedded lists hold exactly the words of the data files, each lower
// case with no stray white space, and each is found.
TEST(StopWordsTest, ListsMatchTheirDataFiles) {
  for (const char* language : {"english", "german", "french", "spanish"}) {
    std::ifstream in(precis::testing::SourcePath("data/stopwords/") + language +
                     ".txt");
    ASSERT_TRUE(in) << language;
    const StopWords& list = StopWords::ForLanguage(language);
    std::set<std::string> words;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      for (char c : line) {
        EXPECT_FALSE((c >= 'A' && c <= 'Z') || c == ' ' || c == '\t' ||
                     c == '\r')
            << language << ": '" << line << "'";
      }
      EXPECT_TRUE(list.Contains(line)) << language << ": " << line;
      words.insert(line);
    }
    EXPECT_EQ(list.size(), words.size()) << language;
  }
}

TEST(StemmerTest, EveryListedLanguageCreates) {
  const std::vector<std::string> languages = Stemmer::Languages();
  EXPECT_THAT(languages, Contains("porter"));
  for (const std::string& l : languages) {
    auto s = Stemmer::Create(l);
    ASSERT_TRUE(s.ok()) << l;
    (*s)->Stem("test");
  }
  auto porter = Stemmer::Create("porter");
  ASSERT_TRUE(porter.ok());
  EXPECT_EQ((*porter)->Stem("generalizations"), "gener");
  auto nb = Stemmer::Create("nb");
  EXPECT_TRUE(nb.ok());
}

}  // namespace
}  // namespace precis
