// Copyright 2026 The precis Authors.
//
// Extractive multi-document summarization with attribution: a cluster of
// articles goes in; out come sentences of those articles, each traced to the
// article and bytes it came from and to the other articles that carry a
// near-identical sentence.

#ifndef PRECIS_SUMMARIZER_H_
#define PRECIS_SUMMARIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/boilerplate.h"
#include "precis/span.h"
#include "precis/status.h"

namespace precis {

struct Budget {
  enum class Unit { kWords, kBytes, kSentences };
  Unit unit = Unit::kWords;
  size_t amount = 100;  // DUC's 100 words
};

struct SummarizeOptions {
  std::string method = "concepts";  // see SummarizerMethods(); the default
                                    // is the best on the development sets
                                    // (src/summarize/concepts.cc, README)
  Budget budget;
  bool truncate = false;             // cut the last sentence to fill the
                                     // budget exactly instead of skipping it
  std::string language = "english";  // stemmer and stop words
  CleanOptions clean;                // boilerplate removal
  double redundancy = 0.5;           // two sentences whose tf-idf cosine is
                                     // at least this say the same thing:
                                     // never both selected
  double attribution = 0.7;          // cosine at which a sentence of another
                                     // article counts as near-identical
  size_t min_words = 6;              // shorter sentences are fragments
  bool pronoun_starts = false;       // true: sentences opening with a
                                     // pronoun that points back ("He
                                     // added", "Its chief said") compete;
                                     // alone they read as fragments
  bool dangling_openers = false;     // true: a sentence whose first words
                                     // point back to one the summary may
                                     // not carry ("However,", "Earlier in
                                     // the day", "The meeting ...";
                                     // src/summarize/coherence.h) competes
  bool half_quotes = false;          // true: a sentence opening a quote it
                                     // does not close competes
  bool pronoun_quotes = true;        // false: a sentence quoting someone
                                     // named only by a pronoun ('..." he
                                     // said.') does not compete. True by
                                     // default, as ROUGE's references keep
                                     // such quotes (summarizer.cc); the
                                     // brief, whose quotes name the
                                     // speaker, sets it false
};

struct SummarySentence {
  uint32_t article = 0;           // index into Cluster::articles
  Span span;                      // bytes of that article's text
  std::vector<uint32_t> also_in;  // other articles with a near-identical
                                  // sentence, ascending
  double score = 0;               // the method's score (higher is better)
  bool truncated = false;         // span was cut to fit (--truncate)
};

struct Summary {
  std::string method;
  std::vector<SummarySentence> sentences;  // in reading order
};

// Summarizes one cluster. Deterministic. Fails with InvalidArgument for an
// unknown method or language, and with BadInput when the cluster has no
// sentence fit for a summary or none fits in the budget (unless truncate).
Result<Summary> Summarize(const Cluster& cluster,
                          const SummarizeOptions& options = {});

// Names accepted in SummarizeOptions::method.
std::vector<std::string> SummarizerMethods();

// Parses "100" or "100w" (words), "665b" (bytes), "3s" (sentences).
bool ParseBudget(std::string_view text, Budget* budget);

}  // namespace precis

#endif  // PRECIS_SUMMARIZER_H_
