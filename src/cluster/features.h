// Copyright 2026 The precis Authors.
//
// The features the story clusterer compares: an article's weighted stemmed
// terms (title and lead counted more, capitalized words inside a sentence
// -- names, mostly -- counted more), its MinHash signature for
// near-duplicates, and its publication day.

#ifndef PRECIS_CLUSTER_FEATURES_H_
#define PRECIS_CLUSTER_FEATURES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/article.h"
#include "precis/stemmer.h"
#include "precis/tokenizer.h"

namespace precis::cluster {

struct FeatureOptions {
  double title_weight = 3.0;  // a title word counts as three body words
  double lead_weight = 2.0;   // a word of the lead, twice
  uint32_t lead_bytes = 400;  // the lead: the body's first bytes
  double name_weight = 1.5;   // a capitalized word not opening a sentence
  int shingle_words = 5;      // MinHash shingles, as in duplicates.h
};

inline constexpr int kMinHashSlots = 64;  // signature length

// A term's raw weighted count in one article.
struct TermCount {
  std::string_view term;  // the stem; valid until the next Extract()
  float count;
};

// Extracts terms and signatures. Not thread-safe (one stemmer inside).
class FeatureExtractor {
 public:
  FeatureExtractor(std::unique_ptr<Stemmer> stemmer, std::string language,
                   const FeatureOptions& options);

  // The weighted counts of the article's terms, each stem once, in order of
  // first occurrence.
  const std::vector<TermCount>& Terms(const Article& article);
  // The MinHash signature of the body's word shingles (Broder 1997); empty
  // for an article without words. Call after Terms() on the same article.
  const std::vector<uint32_t>& Signature() const { return signature_; }

 private:
  void AddText(std::string_view text, uint32_t lead_end, double weight,
               double lead_weight, bool body);
  const FeatureOptions options_;
  std::unique_ptr<Stemmer> stemmer_;
  const StopWords& stop_words_;
  std::vector<Token> tokens_;
  std::string lower_;
  std::unordered_map<std::string, uint32_t> index_;  // stem -> slot in terms_
  std::vector<std::string> stems_;  // stems of this article, by slot
  std::vector<TermCount> terms_;
  std::vector<uint64_t> word_hashes_;  // body words, for shingles
  std::vector<uint32_t> signature_;
};

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD..." ; false when the
// text does not start with a valid date.
bool ParseDay(std::string_view iso, int64_t* day);
// "YYYY-MM-DD" of a day count.
std::string FormatDay(int64_t day);

}  // namespace precis::cluster

#endif  // PRECIS_CLUSTER_FEATURES_H_
