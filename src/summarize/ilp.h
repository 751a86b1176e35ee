// Copyright 2026 The precis Authors.
//
// ILP: concept-based exact selection (the ICSISumm system).

#ifndef PRECIS_SUMMARIZE_ILP_H_
#define PRECIS_SUMMARIZE_ILP_H_

#include <cstdint>
#include <memory>
#include <span>
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
  size_t min_documents = 3;  // concepts in fewer articles are dropped
                             // (the paper's 3 of 10); smaller clusters
                             // use 30% of their articles, at least 2
  double fill_factor = 2;    // the threshold falls (to 1 at the least)
                             // while the sentences holding a concept total
                             // less than this many budgets
  // A concept's weight is the number of articles holding it plus
  // lead_weight times the number holding it in one of their first
  // lead_sentences sentences (0: the paper's document frequency).
  double lead_weight = 0;
  uint32_t lead_sentences = 1;
  bool exact = true;            // false: SolveCoverageFast (greedy starts
                                // and local search), no GLPK
  IlpLimits limits;             // time and node limits of the solver
  FastCoverageOptions fast;     // when !exact
  size_t max_candidates = 500;  // larger clusters: the sentences first in
                                // lead order compete (CandidateSentences)
};

// The bigram concepts of a cluster: pairs of adjacent stemmed, lower-cased
// words (punctuation skipped, within a sentence) of which at most one is a
// stop word (stop words are folded, not stemmed).
struct BigramConcepts {
  std::vector<std::pair<uint32_t, uint32_t>> words;  // per concept: ids of
                                                     // Corpus::Words
  std::vector<uint32_t> documents;  // per concept: articles holding it
  // per concept: articles holding it in one of their first
  // `lead_sentences` sentences (ExtractBigramConcepts)
  std::vector<uint32_t> lead_documents;
  // Per corpus sentence i, its distinct concepts, ascending:
  // concept_ids[sentence_begin[i], sentence_begin[i + 1]).
  std::vector<uint32_t> sentence_begin;
  std::vector<uint32_t> concept_ids;

  std::span<const uint32_t> Of(uint32_t sentence) const {
    return {concept_ids.data() + sentence_begin[sentence],
            concept_ids.data() + sentence_begin[sentence + 1]};
  }

  // "stem1 stem2", from the corpus the concepts were extracted from.
  std::string Name(const Corpus& corpus, uint32_t concept_id) const;
};

// Reads the words of the corpus (Corpus::Words): no second tokenization.
BigramConcepts ExtractBigramConcepts(const Corpus& corpus,
                                     uint32_t lead_sentences = 1);

std::unique_ptr<Method> NewIlpMethod(const IlpOptions& options = {});

// "concepts": the same program with lead-weighted concepts, solved by
// SolveCoverageFast (concepts.cc).
std::unique_ptr<Method> NewConceptsMethod();

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_ILP_H_
