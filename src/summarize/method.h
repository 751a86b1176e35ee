// Copyright 2026 The precis Authors.
//
// The interface every summarization method implements, and the registry that
// maps --method names to them. One method a file (lead.cc, centroid.cc, ...),
// each listed once in methods.cc; no work happens in global constructors.

#ifndef PRECIS_SUMMARIZE_METHOD_H_
#define PRECIS_SUMMARIZE_METHOD_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "precis/summarizer.h"
#include "represent/corpus.h"
#include "represent/sparse_vector.h"

namespace precis {

// Everything a method may look at. All vectors are indexed like
// corpus.sentences().
struct SelectionInput {
  const Corpus& corpus;
  const std::vector<SparseVector>& vectors;  // unit-length tf-idf
  const std::vector<double>& idf;            // per vocabulary term
  const std::vector<bool>& eligible;         // fit for a summary
  Budget budget;
  double redundancy;                      // see SummarizeOptions::redundancy
  std::string_view language = "english";  // SummarizeOptions::language, for
                                          // methods that re-read the text
};

struct Selection {
  std::vector<uint32_t> sentences;  // corpus indices, in order of choice
  std::vector<double> scores;       // one per chosen sentence
};

class Method {
 public:
  virtual ~Method() = default;
  // Chooses eligible, mutually non-redundant sentences whose total cost fits
  // the budget. Deterministic.
  virtual Selection Select(const SelectionInput& in) const = 0;
};

// The method called `name`, or null.
std::unique_ptr<Method> CreateMethod(std::string_view name);

// Factories, one per method file.
std::unique_ptr<Method> NewLeadMethod();
std::unique_ptr<Method> NewCentroidMethod();

// The cost of a sentence in budget units.
size_t SentenceCost(const CorpusSentence& s, Budget::Unit unit);

// The usual second half of a scoring method: takes eligible sentences by
// descending score (ties by corpus order), skipping any that would not fit
// the remaining budget or whose cosine with a chosen one reaches
// in.redundancy.
Selection GreedySelect(const SelectionInput& in, std::span<const double> score);

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_METHOD_H_
