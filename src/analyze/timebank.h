// Copyright 2026 The precis Authors.
//
// Reading TimeML documents (TimeBank, AQUAINT as cleaned for TempEval-3)
// and scoring time expressions against them with the TempEval-3 measures
// (UzZaman et al. 2013): extent precision, recall and F1, strict (same
// span) and relaxed (overlap), and value accuracy on the matched ones.

#ifndef PRECIS_ANALYZE_TIMEBANK_H_
#define PRECIS_ANALYZE_TIMEBANK_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/span.h"
#include "precis/status.h"
#include "precis/time_expressions.h"

namespace precis {

struct GoldTimex {
  Span span;         // into TimeMlDocument::text
  std::string type;  // DATE, TIME, DURATION, SET
  std::string value;
};

struct TimeMlDocument {
  std::string id;
  std::string creation_time;  // the DCT value
  std::string text;           // the TEXT element, markup removed
  std::vector<GoldTimex> timexes;
};

// Parses one TimeML document. Fails on a document without TEXT.
Result<TimeMlDocument> ParseTimeMl(std::string_view xml, std::string id);

struct TimexScores {
  size_t gold = 0, predicted = 0;
  size_t strict_matches = 0, relaxed_matches = 0, value_correct = 0;
  double StrictP() const {
    return predicted ? double(strict_matches) / predicted : 0;
  }
  double StrictR() const { return gold ? double(strict_matches) / gold : 0; }
  double RelaxedP() const {
    return predicted ? double(relaxed_matches) / predicted : 0;
  }
  double RelaxedR() const { return gold ? double(relaxed_matches) / gold : 0; }
  static double F(double p, double r) {
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double ValueAccuracy() const {
    return relaxed_matches ? double(value_correct) / relaxed_matches : 0;
  }
};

// What to score: the TIMEX3 types counted (others are left out of the gold
// set, and predictions overlapping them are left out too).
struct TimexScoreOptions {
  bool date = true, time = true, duration = false, set = false;
  bool Counts(std::string_view type) const;
};

// One disagreement with the gold standard, for error analysis.
struct TimexMismatch {
  enum class Kind { kMissed, kSpurious, kExtent, kValue };
  Kind kind;
  Span gold, predicted;  // empty when there is none
  std::string gold_value, predicted_value;
};

// Adds the scores of `predicted` against the gold expressions of `doc`.
// Each prediction matches the first unmatched gold expression it overlaps
// (relaxed); strict when the spans are identical; the value counts as
// correct when it equals the gold value. Mismatches go to *mismatches when
// given.
void ScoreTimexes(const TimeMlDocument& doc,
                  const std::vector<TimeExpression>& predicted,
                  const TimexScoreOptions& options, TimexScores* scores,
                  std::vector<TimexMismatch>* mismatches = nullptr);

}  // namespace precis

#endif  // PRECIS_ANALYZE_TIMEBANK_H_
