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
  size_t exact = 0, overlap = 0;  // predicted contents matching gold
  size_t gold_found_overlap = 0;  // gold contents some prediction hits
  size_t gold_sources = 0, predicted_sources = 0, source_correct = 0;
};

// Adds the scores of `predicted` against `gold` for one text. Span ends are
// compared after trimming quotation marks, punctuation and spaces.
void ScoreQuotes(std::string_view text,
                 const std::vector<GoldAttribution>& gold,
                 const std::vector<Quote>& predicted, QuoteScores* scores);

}  // namespace precis

#endif  // PRECIS_ANALYZE_POLNEAR_H_
