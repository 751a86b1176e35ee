// Copyright 2026 The precis Authors.
//
// Reading attribution annotations in brat standoff format (PolNeAR, Newell
// et al. 2018: Source, Cue and Content spans linked by Attribution events)
// and scoring quotes against them: content precision and recall with exact
// and overlapping spans, and the source of the matched quotes.

#ifndef PRECIS_ANALYZE_POLNEAR_H_
#define PRECIS_ANALYZE_POLNEAR_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/quotes.h"
#include "precis/span.h"
#include "precis/status.h"

namespace precis {

struct GoldAttribution {
  Span content, cue, source;  // byte spans into the text; may be empty
};

// Parses a .ann file for `text` (brat offsets count code points; the spans
// returned are bytes). Lines other than the T and E ones are ignored.
Result<std::vector<GoldAttribution>> ParseBratAttributions(
    std::string_view ann, std::string_view text);

struct QuoteScores {
  size_t gold = 0, predicted = 0;
  size_t exact = 0, overlap = 0;  // predicted contents matching a gold one
  size_t gold_found_exact = 0, gold_found_overlap = 0;  // gold contents hit
  size_t gold_sources = 0, predicted_sources = 0;
  size_t source_correct = 0;  // predicted sources overlapping the source of
                              // the gold attribution their content matched
};

// One disagreement, for error analysis.
struct QuoteMismatch {
  enum class Kind { kMissed, kSpurious, kInexact, kSource };
  Kind kind;
  Span gold_content, predicted_content, gold_source, predicted_source;
};

// Adds the scores of `predicted` against `gold` for one text. Each
// prediction matches the gold attribution whose content it equals (after
// trimming quotation marks, punctuation and spaces at both ends), else the
// first it overlaps. Mismatches go to *mismatches when given.
void ScoreQuotes(std::string_view text,
                 const std::vector<GoldAttribution>& gold,
                 const std::vector<Quote>& predicted, QuoteScores* scores,
                 std::vector<QuoteMismatch>* mismatches = nullptr);

}  // namespace precis

#endif  // PRECIS_ANALYZE_POLNEAR_H_
