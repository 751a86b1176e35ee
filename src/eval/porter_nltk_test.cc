// Copyright 2026 The precis Authors.

#include "eval/porter_nltk.h"

#include "eval/porter_rouge155.h"
#include "gtest/gtest.h"

namespace precis::rouge {
namespace {

struct Case {
  const char* word;
  const char* stem;
};

// The example of NLTK's documentation for its default mode.
constexpr Case kNltkDoc[] = {
    {"caresses", "caress"},    {"flies", "fli"},
    {"dies", "die"},           {"mules", "mule"},
    {"denied", "deni"},        {"died", "die"},
    {"agreed", "agre"},        {"owned", "own"},
    {"humbled", "humbl"},      {"sized", "size"},
    {"meeting", "meet"},       {"stating", "state"},
    {"siezing", "siez"},       {"itemization", "item"},
    {"sensational", "sensat"}, {"traditional", "tradit"},
    {"reference", "refer"},    {"colonizer", "colon"},
    {"plotted", "plot"},
};

TEST(PorterNltkTest, DocumentationExamples) {
  for (const Case& c : kNltkDoc) {
    EXPECT_EQ(PorterStemNltk(c.word), c.stem) << c.word;
  }
}

// NLTK's extensions, each where it differs from ROUGE-1.5.5's stemmer.
constexpr Case kExtensions[] = {
    {"skies", "sky"},      {"dying", "die"},
    {"lying", "lie"},      {"news", "news"},
    {"innings", "inning"}, {"proceed", "proceed"},
    {"ties", "tie"},       {"died", "die"},
    {"cry", "cri"},        {"agreement", "agreement"},
};

TEST(PorterNltkTest, ExtensionsDifferFromRouge155) {
  for (const Case& c : kExtensions) {
    EXPECT_EQ(PorterStemNltk(c.word), c.stem) << c.word;
    EXPECT_NE(PorterStemRouge155(c.word), c.stem) << c.word;
  }
}

TEST(PorterNltkTest, AgreesWithThePaperElsewhere) {
  for (const char* w : {"relational", "conditional", "hopping", "falling",
                        "generalizations", "oscillators", "electricity",
                        "adjustment", "replacement", "running", "generously"}) {
    EXPECT_EQ(PorterStemNltk(w), PorterStemRouge155(w)) << w;
  }
}

TEST(PorterNltkTest, ShortWordsUnchanged) {
  EXPECT_EQ(PorterStemNltk("is"), "is");
  EXPECT_EQ(PorterStemNltk("a"), "a");
  EXPECT_EQ(PorterStemNltk(""), "");
}

}  // namespace
}  // namespace precis::rouge
