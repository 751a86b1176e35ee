// Copyright 2026 The precis Authors.
//
// The evaluation harness behind `precis eval`: runs summarizers over every
// cluster of an evaluation set (one cluster a line, with reference
// summaries), scores the summaries with ROUGE (rouge.h) and measures speed
// and memory. The set is streamed in chunks, so memory stays flat however
// long it is, and each chunk is summarized on all threads; results do not
// depend on the thread count.

#ifndef PRECIS_EVALUATION_H_
#define PRECIS_EVALUATION_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "precis/diagnostics.h"
#include "precis/rouge.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {

struct EvalOptions {
  // Methods to run, each scored on its own (see SummarizerMethods()).
  std::vector<std::string> methods = {"concepts"};
  // Budget, language, cleaning, ...; `method` is set from `methods`.
  SummarizeOptions summarize;
  RougeOptions rouge;
  int threads = 0;   // worker threads; 0: all cores
  size_t limit = 0;  // stop after this many clusters; 0: the whole set
  size_t chunk = 0;  // clusters summarized together; 0: 64 per thread
  // When set, every summary is written here as a JSONL line: cluster id,
  // method, text (sentences one a line) and sentence sources.
  std::ostream* predictions = nullptr;
  // Called after each chunk with the number of clusters done so far.
  std::function<void(size_t done)> progress;
};

struct MethodReport {
  std::string method;
  size_t clusters = 0;       // clusters scored
  size_t failed = 0;         // clusters the method gave no summary for (scored
                             // as empty summaries, never skipped)
  double seconds = 0;        // thread time summarizing (clean, split, select,
                             // write), summed over clusters
  uint64_t input_bytes = 0;  // article text summarized
  size_t summary_words = 0;  // words in all summaries (white-space split)
  std::vector<RougeMetricSummary> rouge;
};

struct EvalReport {
  std::vector<MethodReport> methods;  // in EvalOptions::methods order
  size_t clusters = 0;
  uint64_t input_bytes = 0;
  double read_seconds = 0;  // reading and parsing the set (one thread)
  double wall_seconds = 0;  // everything, scoring included
  int threads = 1;
  size_t peak_rss_bytes = 0;  // of the whole process, at the end
};

// Evaluates `path` (JSONL with "documents" and "summary" or "references",
// or Multi-News .src with its .tgt; "-" is standard input). Fails on an
// unknown method, invalid ROUGE options, a malformed line (naming file and
// line), a cluster without a reference summary, or a set without clusters.
// Warnings from the reader go to *diagnostics (may be null).
Result<EvalReport> Evaluate(const std::string& path, const EvalOptions& options,
                            Diagnostics* diagnostics);

// The text ROUGE scores for a summary: its sentences one a line, white
// space inside each collapsed to single spaces.
std::string SummaryText(const Cluster& cluster, const Summary& summary);

// Peak resident memory of this process so far, in bytes.
size_t PeakResidentBytes();

}  // namespace precis

#endif  // PRECIS_EVALUATION_H_
