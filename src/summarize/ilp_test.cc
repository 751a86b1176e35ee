// Copyright 2026 The precis Authors.

#include "summarize/ilp.h"

#include <algorithm>
#include <map>

#include "gtest/gtest.h"
#include "summarize/method_testing.h"

namespace precis {
namespace {

using testing::ExpectValidSelection;
using testing::MethodInput;

// Concept name -> article count, for every concept of the cluster.
std::map<std::string, uint32_t> Concepts(const MethodInput& input) {
  const BigramConcepts c = ExtractBigramConcepts(input.corpus());
  std::map<std::string, uint32_t> out;
  for (uint32_t i = 0; i < c.words.size(); ++i) {
    out[c.Name(input.corpus(), i)] = c.documents[i];
  }
  return out;
}

TEST(BigramConceptsTest, StemmedBigramsWithoutStopWordPairs) {
  MethodInput input({
      "The prime minister of Norway resigned on Monday.",
      "Norway's prime ministers resigned, and the cabinet fell.",
  });
  const auto c = Concepts(input);
  const std::map<std::string, uint32_t> expected_in = {
      {"prime minist", 2},  // stemmed, possessive dropped, in both articles
      {"minist of", 1},     // one stop word is allowed
      {"of norway", 1},
      {"norway prime", 1},
      {"minist resign", 1},
      {"norway resign", 1},
      {"resign on", 1},
      {"resign and", 1},  // across the comma, as ROUGE counts bigrams
      {"on monday", 1},
  };
  for (const auto& [name, documents] : expected_in) {
    ASSERT_TRUE(c.count(name)) << name;
    EXPECT_EQ(c.at(name), documents) << name;
  }
  EXPECT_EQ(c.size(), 12u);
  EXPECT_EQ(c.count("and the"), 0u);        // both stop words
  EXPECT_EQ(c.count("monday norway"), 0u);  // never across sentences
  EXPECT_TRUE(c.count("the prime"));        // "the" is a stop word, "prime" not
}

TEST(BigramConceptsTest, SentenceConceptsAreDistinctAndSorted) {
  MethodInput input({"Rain fell and rain fell again on the town of Rain."});
  const BigramConcepts c = ExtractBigramConcepts(input.corpus());
  ASSERT_EQ(c.sentence_begin.size(), input.corpus().sentences().size() + 1);
  for (uint32_t i = 0; i < input.corpus().sentences().size(); ++i) {
    const auto held = c.Of(i);
    EXPECT_FALSE(held.empty());
    EXPECT_TRUE(std::is_sorted(held.begin(), held.end()));
    EXPECT_EQ(std::adjacent_find(held.begin(), held.end()), held.end());
  }
}

// Three outlets on a bridge collapse (invented). The long sentence of the
// first mentions the bridge once; the collapse and the rescue, each told by
// two or three outlets, carry the shared concepts.
std::vector<std::string> BridgeStory() {
  return {
      "The Orvan bridge collapsed on Monday evening during the storm. "
      "Officials said the Orvan bridge had been inspected by visiting "
      "engineers from the capital last spring without finding serious "
      "faults.",
      "The Orvan bridge collapsed on Monday evening during the storm. Two "
      "drivers were rescued from the river by fishermen.",
      "Two drivers were rescued from the river by fishermen. Police closed "
      "the roads to the Orvan bridge on Monday evening.",
  };
}

TEST(IlpTest, PicksTheConceptCoveringPairOverALongerSentence) {
  MethodInput input(BridgeStory());
  const auto in = input.In({Budget::Unit::kWords, 25});
  const Selection s = NewIlpMethod()->Select(in);
  ExpectValidSelection(in, s);
  std::string joined = input.Joined(s);
  EXPECT_NE(joined.find("collapsed on Monday"), std::string::npos) << joined;
  EXPECT_NE(joined.find("Two drivers were rescued"), std::string::npos)
      << joined;
  EXPECT_EQ(joined.find("inspected"), std::string::npos) << joined;
  EXPECT_EQ(s.sentences.size(), 2u);  // the repeats are redundant
}

TEST(IlpTest, BudgetsDeterminismAndRanking) {
  MethodInput input(BridgeStory());
  const auto method = NewIlpMethod();
  for (Budget b :
       {Budget{Budget::Unit::kWords, 12}, Budget{Budget::Unit::kBytes, 150},
        Budget{Budget::Unit::kSentences, 1}}) {
    const Selection s = method->Select(input.In(b));
    ExpectValidSelection(input.In(b), s);
    EXPECT_FALSE(s.sentences.empty());
    EXPECT_EQ(input.Joined(s), input.Joined(method->Select(input.In(b))));
  }
  // An unbounded budget (the summarizer's full ranking) orders the greedy's
  // choices, best first.
  const auto all = input.In({Budget::Unit::kWords, SIZE_MAX});
  const Selection r = method->Select(all);
  ExpectValidSelection(all, r);
  ASSERT_GE(r.sentences.size(), 2u);
}

TEST(IlpTest, SingleArticleKeepsEveryBigramAndNoConceptFallsBack) {
  MethodInput one(
      {"Ferries stopped running across the bay on Sunday. "
       "Commuters waited for buses at the harbor for hours."});
  const Selection s = NewIlpMethod()->Select(one.In({Budget::Unit::kWords, 9}));
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_NE(one.Text(s.sentences[0]).find("Ferries"), std::string_view::npos);
  // Two articles sharing no bigram: the threshold falls to 1.
  MethodInput apart({"Ferries stopped running across the bay on Sunday.",
                     "Commuters waited for buses at the harbor for hours."});
  ExpectValidSelection(
      apart.In({Budget::Unit::kWords, 20}),
      NewIlpMethod()->Select(apart.In({Budget::Unit::kWords, 20})));
  EXPECT_EQ(NewIlpMethod()
                ->Select(apart.In({Budget::Unit::kWords, 20}))
                .sentences.size(),
            2u);
}

}  // namespace
}  // namespace precis
