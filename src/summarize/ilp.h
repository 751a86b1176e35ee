// Copyright 2026 The precis Authors.
//
// ILP: concept-based exact selection (the ICSISumm system).

#ifndef PRECIS_SUMMARIZE_ILP_H_
#define PRECIS_SUMMARIZE_ILP_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "precis/status.h"
#include "represent/corpus.h"
#include "represent/vocabulary.h"
#include "summarize/ilp_solver.h"
#include "summarize/method.h"

namespace precis {

struct IlpOptions {
  size_t min_documents = 3;     // concepts in fewer articles are dropped
                                // (the paper's 3 of 10); smaller clusters
                                // use 30% of their articles, at least 2
  double fill_factor = 2;       // the threshold falls (to 1 at the least)
                                // while the sentences holding a concept total
                                // less than this many budgets
  IlpLimits limits;             // time and node limits of the solver
  size_t max_candidates = 500;  // larger clusters: the sentences first in
                                // lead order compete (CandidateSentences)
};

// The bigram concepts of a cluster: pairs of adjacent stemmed, lower-cased
// words (punctuation skipped, within a sentence) of which at most one is a
// stop word.
struct BigramConcepts {
  std::vector<std::pair<uint32_t, uint32_t>> words;  // per concept: ids in
                                                     // `vocabulary`
  std::vector<uint32_t> documents;  // per concept: articles holding it
  std::vector<std::vector<uint32_t>> sentence_concepts;  // per corpus
                                                         // sentence: distinct
                                                         // concepts, ascending
  Vocabulary vocabulary;                                 // stems

  // "stem1 stem2".
  std::string Name(uint32_t concept_id) const;
};

// Fails only for an unknown language.
Result<BigramConcepts> ExtractBigramConcepts(const Corpus& corpus,
                                             std::string_view language);

std::unique_ptr<Method> NewIlpMethod(const IlpOptions& options = {});

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_ILP_H_
