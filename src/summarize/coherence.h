// Copyright 2026 The precis Authors.
//
// Sentences that cannot open a thought: their first words point back to a
// sentence the summary may not carry. An extractive summary that picks
// "Earlier in the day, Putin sat down for talks" or "However, the results
// were inconclusive" reads as if something were missing, the coherence
// failure that Nenkova & McKeown (2011, Automatic Summarization, section
// 4.4) and the DUC linguistic-quality questions call referential clarity.

#ifndef PRECIS_SUMMARIZE_COHERENCE_H_
#define PRECIS_SUMMARIZE_COHERENCE_H_

#include <string_view>

namespace precis {

enum class Opener {
  kFree,         // stands on its own
  kConnective,   // "However,", "But", "Meanwhile,", "In addition,"
  kTemporal,     // "Earlier in the day", "The next day", "A week later"
  kDefinite,     // "The meeting ...", "The results from the talks ...",
                 // "This move ...": an event named as already known
  kDemonstrative,  // "This is ...", "That was ...", "Such ..."
};

// What the first words of `sentence` (English) need before them. Pronoun
// subjects ("He said", "Its chief") are judged by the summarizer's own rule
// (SummarizeOptions::pronoun_starts), not here.
Opener OpenerOf(std::string_view sentence);

// "Its chief executive apologised", "He added that ...": whether the first
// word of `sentence` is a personal or possessive pronoun, which points back
// to a sentence the summary may not carry. ("This week" and "That night"
// are no pointers: demonstratives stay.)
bool OpensWithPronoun(std::string_view sentence);

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_COHERENCE_H_
