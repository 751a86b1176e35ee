// Copyright 2026 The precis Authors.
//
// Evaluate(): read a chunk of clusters on the calling thread, summarize and
// score it on the workers (each with its own ROUGE scorer, clusters taken
// from a shared counter), then collect the chunk's results in cluster order
// so that predictions and aggregates are the same for any thread count.

#include "precis/evaluation.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <utility>

#include "nlohmann/json.hpp"
#include "precis/reader.h"

namespace precis {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++words;
    in = !space;
  }
  return words;
}

// One method's outcome on one cluster.
struct Outcome {
  RougeScores scores;
  double seconds = 0;
  size_t words = 0;
  bool failed = false;
  std::string prediction;  // JSONL line, when predictions are wanted
};

std::string PredictionLine(const Cluster& cluster, const std::string& method,
                           const std::string& text, const Summary* summary,
                           const std::string& error) {
  nlohmann::ordered_json j;
  j["id"] = cluster.id;
  j["method"] = method;
  j["summary"] = text;
  if (summary != nullptr) {
    nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
    for (const SummarySentence& s : summary->sentences) {
      sentences.push_back({{"article", cluster.articles[s.article].id},
                           {"begin", s.span.begin},
                           {"end", s.span.end}});
    }
    j["sentences"] = std::move(sentences);
  } else {
    j["error"] = error;
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string SummaryText(const Cluster& cluster, const Summary& summary) {
  std::string out;
  for (const SummarySentence& s : summary.sentences) {
    const std::string_view text = s.span.In(cluster.articles[s.article].text);
    if (!out.empty()) out.push_back('\n');
    bool space = false;
    for (const char c : text) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = true;
        continue;
      }
      if (space && !out.empty() && out.back() != '\n') out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

size_t PeakResidentBytes() {
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<size_t>(usage.ru_maxrss) * 1024;  // Linux: kilobytes
}

Result<EvalReport> Evaluate(const std::string& path, const EvalOptions& options,
                            Diagnostics* diagnostics) {
  const Clock::time_point start = Clock::now();
  if (options.methods.empty()) {
    return Status::InvalidArgument("no method to evaluate");
  }
  const std::vector<std::string> known = SummarizerMethods();
  for (const std::string& m : options.methods) {
    if (std::find(known.begin(), known.end(), m) == known.end()) {
      std::string list;
      for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
      return Status::InvalidArgument("unknown method '" + m +
                                     "' (known: " + list + ")");
    }
  }
  PRECIS_RETURN_IF_ERROR(ValidateRougeOptions(options.rouge));

  EvalReport report;
  report.threads = options.threads > 0
                       ? options.threads
                       : std::max(1u, std::thread::hardware_concurrency());
  const size_t chunk_size = options.chunk > 0
                                ? options.chunk
                                : 64 * static_cast<size_t>(report.threads);
  const size_t n_methods = options.methods.size();
  for (const std::string& m : options.methods) {
    report.methods.push_back(MethodReport{});
    report.methods.back().method = m;
  }

  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<ClusterStream> stream,
                          OpenClusterStream(path, ReadOptions(), diagnostics));

  std::vector<std::unique_ptr<RougeScorer>> scorers;
  for (int t = 0; t < report.threads; ++t) {
    scorers.push_back(std::make_unique<RougeScorer>(options.rouge));
  }
  // Per method, every cluster's R, P and F per metric, packed (the
  // bootstrap needs them all; names are kept once, in `metric_names`).
  std::vector<std::vector<double>> packed(n_methods);
  std::vector<std::string> metric_names;
  // Cluster ids in set order: the bootstrap resamples cases sorted by id,
  // as ROUGE-1.5.5 does, so `precis rouge` on the predictions, and
  // ROUGE-1.5.5 itself, report the same means and intervals.
  std::vector<std::string> ids;

  std::vector<Cluster> chunk;
  std::vector<Outcome> outcomes;  // chunk index * n_methods + method
  bool done = false;
  while (!done) {
    // Read a chunk.
    const Clock::time_point read_start = Clock::now();
    chunk.clear();
    while (chunk.size() < chunk_size) {
      if (options.limit > 0 &&
          report.clusters + chunk.size() >= options.limit) {
        done = true;
        break;
      }
      Cluster cluster;
      PRECIS_ASSIGN_OR_RETURN(const bool more, stream->Next(&cluster));
      if (!more) {
        done = true;
        break;
      }
      if (cluster.references.empty()) {
        return Status::BadInput(cluster.origin + ": cluster '" + cluster.id +
                                "' has no reference summary to score against");
      }
      for (const Article& a : cluster.articles) {
        report.input_bytes += a.text.size();
      }
      chunk.push_back(std::move(cluster));
    }
    report.read_seconds += Seconds(read_start, Clock::now());
    if (chunk.empty()) break;

    // Summarize and score it on the workers.
    outcomes.assign(chunk.size() * n_methods, Outcome{});
    std::atomic<size_t> next{0};
    auto work = [&](int worker) {
      RougeScorer& scorer = *scorers[worker];
      SummarizeOptions so = options.summarize;
      for (size_t i = next++; i < chunk.size(); i = next++) {
        const Cluster& cluster = chunk[i];
        for (size_t m = 0; m < n_methods; ++m) {
          Outcome& out = outcomes[i * n_methods + m];
          so.method = options.methods[m];
          const Clock::time_point t0 = Clock::now();
          Result<Summary> summary = Summarize(cluster, so);
          std::string text;
          if (summary.ok()) text = SummaryText(cluster, *summary);
          out.seconds = Seconds(t0, Clock::now());
          out.failed = !summary.ok();
          out.words = CountWords(text);
          out.scores = scorer.Score(text, cluster.references);
          if (options.predictions != nullptr) {
            out.prediction = PredictionLine(
                cluster, so.method, text, summary.ok() ? &*summary : nullptr,
                summary.ok() ? "" : summary.status().message());
          }
        }
      }
    };
    if (report.threads == 1 || chunk.size() == 1) {
      work(0);
    } else {
      std::vector<std::thread> pool;
      const int n =
          std::min<int>(report.threads, static_cast<int>(chunk.size()));
      for (int t = 0; t < n; ++t) pool.emplace_back(work, t);
      for (std::thread& t : pool) t.join();
    }

    // Collect in cluster order.
    for (size_t i = 0; i < chunk.size(); ++i) {
      uint64_t bytes = 0;
      for (const Article& a : chunk[i].articles) bytes += a.text.size();
      ids.push_back(chunk[i].id);
      for (size_t m = 0; m < n_methods; ++m) {
        Outcome& out = outcomes[i * n_methods + m];
        MethodReport& mr = report.methods[m];
        ++mr.clusters;
        mr.failed += out.failed ? 1 : 0;
        mr.seconds += out.seconds;
        mr.input_bytes += bytes;
        mr.summary_words += out.words;
        if (metric_names.empty()) {
          for (const RougeMetric& r : out.scores)
            metric_names.push_back(r.name);
        }
        for (const RougeMetric& r : out.scores) {
          packed[m].push_back(r.value.recall);
          packed[m].push_back(r.value.precision);
          packed[m].push_back(r.value.f);
        }
        if (options.predictions != nullptr) {
          *options.predictions << out.prediction << '\n';
        }
      }
    }
    report.clusters += chunk.size();
    if (options.progress) options.progress(report.clusters);
  }
  if (report.clusters == 0) {
    return Status::BadInput(path + ": no cluster to evaluate");
  }
  for (size_t m = 0; m < n_methods; ++m) {
    std::vector<RougeCase> cases(report.clusters);
    const size_t k = metric_names.size();
    for (size_t c = 0; c < report.clusters; ++c) {
      cases[c].id = ids[c];
      cases[c].scores.resize(k);
      for (size_t x = 0; x < k; ++x) {
        const double* v = &packed[m][(c * k + x) * 3];
        cases[c].scores[x] = {metric_names[x], {v[0], v[1], v[2]}};
      }
    }
    std::vector<double>().swap(packed[m]);
    PRECIS_ASSIGN_OR_RETURN(report.methods[m].rouge,
                            AggregateRouge(cases, options.rouge));
  }
  report.wall_seconds = Seconds(start, Clock::now());
  report.peak_rss_bytes = PeakResidentBytes();
  return report;
}

}  // namespace precis
