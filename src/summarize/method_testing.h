// Copyright 2026 The precis Authors.
//
// Test helpers for selection methods: a cluster of invented articles, built
// into the SelectionInput the summarizer would hand a method.

#ifndef PRECIS_SUMMARIZE_METHOD_TESTING_H_
#define PRECIS_SUMMARIZE_METHOD_TESTING_H_

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "precis/article.h"
#include "represent/corpus.h"
#include "represent/sparse_vector.h"
#include "summarize/method.h"

namespace precis::testing {

class MethodInput {
 public:
  // One article a string; sentences are terminated, blank-line separated
  // paragraphs or not. Every terminated sentence of at least 4 words that is
  // not a question is eligible.
  explicit MethodInput(const std::vector<std::string>& articles) {
    for (size_t a = 0; a < articles.size(); ++a) {
      Article article;
      article.id = "a";
      article.id += std::to_string(a);
      article.text = articles[a];
      cluster_.articles.push_back(std::move(article));
    }
    CorpusOptions options;
    options.clean_boilerplate = false;
    auto built = Corpus::Build(cluster_, options);
    EXPECT_TRUE(built.ok());
    corpus_ = std::make_unique<Corpus>(std::move(*built));
    idf_ = SentenceIdf(*corpus_);
    vectors_ = SentenceVectors(*corpus_, idf_);
    for (const CorpusSentence& s : corpus_->sentences()) {
      eligible_.push_back(s.terminated && !s.question && s.words >= 4);
    }
  }
  MethodInput(const MethodInput&) = delete;
  MethodInput& operator=(const MethodInput&) = delete;

  SelectionInput In(Budget budget = {Budget::Unit::kWords, 100},
                    double redundancy = 0.5) const {
    return {*corpus_, vectors_, idf_, eligible_, budget, redundancy};
  }
  const Corpus& corpus() const { return *corpus_; }
  const std::vector<SparseVector>& vectors() const { return vectors_; }

  // The text of corpus sentence i.
  std::string_view Text(uint32_t i) const {
    return corpus_->Text(corpus_->sentences()[i]);
  }
  // The index of the first sentence containing `needle`, or UINT32_MAX.
  uint32_t Find(std::string_view needle) const {
    for (uint32_t i = 0; i < corpus_->sentences().size(); ++i) {
      if (Text(i).find(needle) != std::string_view::npos) return i;
    }
    return UINT32_MAX;
  }
  // The chosen sentences' texts, "|"-joined in order of choice.
  std::string Joined(const Selection& s) const {
    std::string out;
    for (uint32_t i : s.sentences) {
      if (!out.empty()) out += '|';
      out += Text(i);
    }
    return out;
  }

 private:
  Cluster cluster_;  // the corpus points into it: never moved
  std::unique_ptr<Corpus> corpus_;
  std::vector<double> idf_;
  std::vector<SparseVector> vectors_;
  std::vector<bool> eligible_;
};

// The invariants every method keeps: eligible, distinct sentences within
// the budget, no pair at or above the redundancy threshold, one score each.
inline void ExpectValidSelection(const SelectionInput& in, const Selection& s) {
  ASSERT_EQ(s.sentences.size(), s.scores.size());
  size_t cost = 0;
  for (size_t k = 0; k < s.sentences.size(); ++k) {
    const uint32_t i = s.sentences[k];
    ASSERT_LT(i, in.corpus.sentences().size());
    EXPECT_TRUE(in.eligible[i]) << in.corpus.Text(in.corpus.sentences()[i]);
    cost += SentenceCost(in.corpus.sentences()[i], in.budget.unit);
    for (size_t m = 0; m < k; ++m) {
      EXPECT_NE(s.sentences[m], i);
      EXPECT_LT(in.vectors[i].Dot(in.vectors[s.sentences[m]]), in.redundancy);
    }
  }
  EXPECT_LE(cost, in.budget.amount);
}

// A story told by four outlets (invented): the dam sentence is carried by
// three of them almost word for word; the rest is each outlet's own.
inline std::vector<std::string> DamStory() {
  return {
      "Engineers opened the spillway of the Korvel dam on Tuesday after days "
      "of heavy rain raised the reservoir. Farmers downstream moved their "
      "cattle to higher pastures overnight. A local bakery offered free bread "
      "to the volunteers filling sandbags.",
      "Heavy rain forced engineers to open the Korvel dam spillway on "
      "Tuesday as the reservoir rose. The regional governor visited the "
      "flooded villages and promised emergency funds. Schools in three "
      "districts stayed closed for the rest of the week.",
      "The Korvel dam spillway was opened by engineers on Tuesday after "
      "heavy rain swelled the reservoir. Rail services between the two "
      "valley towns were suspended because water covered the tracks. The "
      "football club postponed its weekend match.",
      "Meteorologists expect the rain to ease by Friday across the northern "
      "valleys. The reservoir behind the Korvel dam reached its highest "
      "level in twenty years. Insurance companies set up mobile offices in "
      "the market squares.",
  };
}

}  // namespace precis::testing

#endif  // PRECIS_SUMMARIZE_METHOD_TESTING_H_
