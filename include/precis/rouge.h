// Copyright 2026 The precis Authors.
//
// ROUGE, reproducing the two implementations papers report exactly:
//
// - ROUGE-1.5.5, the original Perl script (C.-Y. Lin, 2004): ROUGE-N, the
//   summary-level ROUGE-L, ROUGE-W, ROUGE-S and ROUGE-SU, with its
//   tokenization, Porter stemmer and WordNet exceptions (-m), stop words (-s),
//   length limits (-l, -b), several references averaged or best (-f A|B),
//   alpha (-p), and its bootstrap confidence intervals (-c, -r), to the 5
//   printed decimals;
// - Google's rouge-score package (v0.1.2): rouge1..rouge9, rougeL and
//   rougeLsum with its tokenizer and NLTK's Porter stemmer, several
//   references combined by the best F.
//
// Typical use, in process:
//
//   auto options = precis::ParseRouge155Options("-c 95 -2 4 -U -r 1000 -n 4
//   -w 1.2 -a -m"); precis::RougeScorer scorer(*options); precis::RougeScores s
//   = scorer.Score(summary, {reference1, reference2});
//
// and AggregateRouge() over the scores of a set for means and intervals.

#ifndef PRECIS_ROUGE_H_
#define PRECIS_ROUGE_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis {

enum class RougeStyle {
  kRouge155,    // ROUGE-1.5.5
  kRougeScore,  // Google's rouge-score
};

// How the scores against several references of one candidate combine.
enum class RougeCombine {
  kAverage,  // ROUGE-1.5.5 -f A: pool the hits and counts of all references
  kBest,     // ROUGE-1.5.5 -f B: the reference with the best recall (its
             // score for ROUGE-L/W); rouge-score always takes the best F
};

// What to compute, and how. Fields a style does not have are ignored by it
// (rouge-score has no stop words, length limits, ROUGE-W or ROUGE-S).
struct RougeOptions {
  RougeStyle style = RougeStyle::kRouge155;
  int max_n = 2;              // ROUGE-1 .. ROUGE-max_n (-n); 0: none
  bool lcs = true;            // ROUGE-L / rougeL (-x turns it off)
  bool summary_lcs = false;   // rouge-score's rougeLsum (newline sentences)
  bool wlcs = false;          // ROUGE-W (-w)
  double wlcs_weight = 1.2;   // its weight, > 1 in practice (-w 1.2)
  bool skip_bigram = false;   // ROUGE-S (-2 alone, or with -U)
  bool skip_unigram = false;  // ROUGE-SU: skip-bigrams plus unigrams (-u, -U)
  int skip_distance = 4;      // -2: most words between the two; < 0: any
  bool stem = false;          // Porter stemming (-m; use_stemmer)
  bool remove_stopwords = false;  // drop ROUGE-1.5.5's stop words (-s)
  int word_limit = 0;             // score only the first N words (-l); 0: all
  int byte_limit = 0;             // or the first N bytes (-b); 0: all
  RougeCombine combine = RougeCombine::kAverage;  // -f A | B
  double alpha = 0.5;      // F = 1 / (alpha/P + (1-alpha)/R) (-p)
  double confidence = 95;  // confidence interval, percent (-c)
  int resamples = 1000;    // bootstrap samples (-r)
};

// Options from a ROUGE-1.5.5 command line as papers print it, e.g.
// "-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a". Flags may be bundled ("-am") and
// values attached ("-n4"). -a, -d, -e DIR, -v and -z FMT are accepted and
// change nothing here; parsing stops at the first word that is not an option
// (the script's configuration file). Fails with InvalidArgument on an
// unknown or unsupported option (-3, -M, -t 1|2) or a bad value.
Result<RougeOptions> ParseRouge155Options(std::string_view options);

// The ROUGE-1.5.5 option string that selects `options` (style aside).
std::string ToRouge155Options(const RougeOptions& options);

// Whether the options make sense for their style.
Status ValidateRougeOptions(const RougeOptions& options);

struct RougeValue {
  double recall = 0;
  double precision = 0;
  double f = 0;
};

// One metric: "ROUGE-1", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4", "ROUGE-S*"
// (ROUGE-1.5.5; values rounded to 5 decimals as it rounds them, F computed
// from the rounded R and P) or "rouge1", "rougeL", "rougeLsum" (rouge-score;
// unrounded).
struct RougeMetric {
  std::string name;
  RougeValue value;
};

// The metrics of one candidate, in the order ROUGE-1.5.5 prints them
// (N-grams, L, W, S, SU) or rouge-score names them (rougeN, rougeL,
// rougeLsum).
using RougeScores = std::vector<RougeMetric>;

// Scores candidates against their references. Texts are UTF-8 (other bytes
// are not letters); one sentence a line, which matters for ROUGE-L/W
// (ROUGE-1.5.5) and rougeLsum. Keeps caches of tokens and buffers between
// calls, so reuse one scorer for a set. Not thread-safe: one per thread.
class RougeScorer {
 public:
  // REQUIRES: ValidateRougeOptions(options).ok().
  explicit RougeScorer(const RougeOptions& options);
  ~RougeScorer();
  RougeScorer(const RougeScorer&) = delete;
  RougeScorer& operator=(const RougeScorer&) = delete;

  // Every metric of `candidate` against `references`. With no references,
  // or an empty candidate, every score is 0.
  RougeScores Score(std::string_view candidate,
                    std::span<const std::string> references);
  // The same against a single reference.
  RougeScores Score(std::string_view candidate, std::string_view reference);

  const RougeOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One-off scoring; prefer a RougeScorer for many.
RougeScores ScoreRouge(std::string_view candidate,
                       std::span<const std::string> references,
                       const RougeOptions& options);

// The scores of one case of a set, with the id that orders the resampling.
struct RougeCase {
  std::string id;
  RougeScores scores;
};

struct RougeInterval {
  double mean = 0;
  double low = 0;  // the confidence interval
  double high = 0;
};

struct RougeMetricSummary {
  std::string name;
  RougeInterval recall, precision, f;
};

// Mean and bootstrap confidence interval of each metric over a set, with
// ROUGE-1.5.5's resampling: `resamples` samples of as many cases drawn with
// replacement, sample k seeded with k through Perl's drand48 generator,
// cases taken in the byte order of their ids. So the result is the same on
// every run, and for the ROUGE-1.5.5 style it is what the script prints
// (the mean of the sample means and the interpolated percentiles, rounded
// to 5 decimals). For the rouge-score style the mean is the plain mean of
// the cases, and nothing is rounded.
// Fails with BadInput on an empty set or cases whose metrics differ.
Result<std::vector<RougeMetricSummary>> AggregateRouge(
    std::span<const RougeCase> cases, const RougeOptions& options);

}  // namespace precis

#endif  // PRECIS_ROUGE_H_
