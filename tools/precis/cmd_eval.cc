// Copyright 2026 The precis Authors.
//
// precis eval: runs summarizers over an evaluation set and scores them with
// ROUGE, with speed and memory, one row a method (see evaluation.h).

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "command.h"
#include "nlohmann/json.hpp"
#include "precis/evaluation.h"

namespace precis::cli {
namespace {

// What papers use unless told otherwise: ROUGE-1, -2 and -L, stemmed.
constexpr char kDefaultRouge155[] = "-n 2 -m -c 95 -r 1000";

struct EvalFlags {
  std::string data;
  SummaryFlags summary;
  std::string rouge155;
  std::string style = "rouge155";
  int threads = 0;
  size_t limit = 0;
  std::string out;
  bool json = false;
};

Result<std::vector<std::string>> SplitMethods(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  std::string m;
  while (std::getline(in, m, ',')) {
    if (m.empty()) return Status::InvalidArgument("empty name in --method");
    out.push_back(m);
  }
  if (out.empty()) return Status::InvalidArgument("no --method given");
  return out;
}

Result<RougeOptions> RougeFor(const EvalFlags& f) {
  if (f.style == "rouge-score") {
    if (!f.rouge155.empty()) {
      return Status::InvalidArgument(
          "--rouge155 and --style rouge-score exclude each other");
    }
    RougeOptions o;
    o.style = RougeStyle::kRougeScore;
    o.max_n = 2;
    o.lcs = true;
    o.summary_lcs = true;
    o.stem = true;
    return o;
  }
  if (f.style != "rouge155") {
    return Status::InvalidArgument("unknown --style '" + f.style +
                                   "' (rouge155, rouge-score)");
  }
  return ParseRouge155Options(f.rouge155.empty() ? kDefaultRouge155
                                                 : f.rouge155);
}

std::string Fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", decimals, x);
  return buf;
}

std::string Pad(std::string s, size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

// "38.12 [37.50-38.80]": a mean and its interval, in percent.
std::string Interval(const RougeInterval& v) {
  return Fixed(100 * v.mean, 2) + " [" + Fixed(100 * v.low, 2) + "-" +
         Fixed(100 * v.high, 2) + "]";
}

double PerSecond(double amount, double seconds) {
  return seconds > 0 ? amount / seconds : 0;
}

void PrintTable(const EvalReport& r, const RougeOptions& o) {
  std::cout << Pad("method", 12) << Pad("metric", 12) << Pad("recall", 22)
            << Pad("precision", 22) << "F\n";
  for (const MethodReport& m : r.methods) {
    bool first = true;
    for (const RougeMetricSummary& s : m.rouge) {
      std::cout << Pad(first ? m.method : "", 12) << Pad(s.name, 12)
                << Pad(Interval(s.recall), 22) << Pad(Interval(s.precision), 22)
                << Interval(s.f) << "\n";
      first = false;
    }
  }
  std::cout << "\n"
            << Pad("method", 12) << Pad("clusters", 10) << Pad("failed", 8)
            << Pad("words/summary", 15) << Pad("clusters/s/core", 17)
            << "MB/s/core\n";
  for (const MethodReport& m : r.methods) {
    std::cout
        << Pad(m.method, 12) << Pad(std::to_string(m.clusters), 10)
        << Pad(std::to_string(m.failed), 8)
        << Pad(Fixed(m.clusters ? double(m.summary_words) / m.clusters : 0, 1),
               15)
        << Pad(Fixed(PerSecond(m.clusters, m.seconds), 1), 17)
        << Fixed(PerSecond(m.input_bytes / 1e6, m.seconds), 2) << "\n";
  }
  std::cout << "\n"
            << r.clusters << " clusters, " << Fixed(r.input_bytes / 1e6, 1)
            << " MB of articles; "
            << (o.style == RougeStyle::kRouge155
                    ? "ROUGE-1.5.5 " + ToRouge155Options(o)
                    : std::string("rouge-score"))
            << ", " << Fixed(o.confidence, 0) << "% intervals from "
            << o.resamples << " resamples\n"
            << "wall " << Fixed(r.wall_seconds, 2) << " s on " << r.threads
            << (r.threads == 1 ? " thread" : " threads") << " (reading "
            << Fixed(r.read_seconds, 2) << " s), "
            << Fixed(PerSecond(r.clusters, r.wall_seconds), 1)
            << " clusters/s; peak memory "
            << Fixed(r.peak_rss_bytes / 1048576.0, 1) << " MB\n";
}

void PrintJson(const EvalReport& r, const RougeOptions& o) {
  nlohmann::ordered_json j;
  j["style"] = o.style == RougeStyle::kRouge155 ? "rouge155" : "rouge-score";
  if (o.style == RougeStyle::kRouge155) {
    j["rouge155_options"] = ToRouge155Options(o);
  }
  j["clusters"] = r.clusters;
  j["input_bytes"] = r.input_bytes;
  j["threads"] = r.threads;
  j["wall_seconds"] = r.wall_seconds;
  j["read_seconds"] = r.read_seconds;
  j["peak_rss_bytes"] = r.peak_rss_bytes;
  nlohmann::ordered_json methods = nlohmann::ordered_json::array();
  auto interval = [](const RougeInterval& v) {
    return nlohmann::ordered_json{
        {"mean", v.mean}, {"low", v.low}, {"high", v.high}};
  };
  for (const MethodReport& m : r.methods) {
    nlohmann::ordered_json mj;
    mj["method"] = m.method;
    mj["clusters"] = m.clusters;
    mj["failed"] = m.failed;
    mj["seconds"] = m.seconds;
    mj["clusters_per_second"] = PerSecond(m.clusters, m.seconds);
    mj["mb_per_second"] = PerSecond(m.input_bytes / 1e6, m.seconds);
    mj["summary_words"] = m.summary_words;
    nlohmann::ordered_json rouge = nlohmann::ordered_json::object();
    for (const RougeMetricSummary& s : m.rouge) {
      rouge[s.name] = {{"R", interval(s.recall)},
                       {"P", interval(s.precision)},
                       {"F", interval(s.f)}};
    }
    mj["rouge"] = std::move(rouge);
    methods.push_back(std::move(mj));
  }
  j["methods"] = std::move(methods);
  std::cout << j.dump(2) << "\n";
}

int RunEval(const EvalFlags& flags) {
  auto methods = SplitMethods(flags.summary.method);
  if (!methods.ok()) return ReportError(methods.status());
  auto summarize = flags.summary.Options();
  if (!summarize.ok()) return ReportError(summarize.status());
  auto rouge = RougeFor(flags);
  if (!rouge.ok()) return ReportError(rouge.status());
  if (flags.threads < 0) {
    return ReportError(Status::InvalidArgument("--threads must be >= 0"));
  }

  EvalOptions options;
  options.methods = *methods;
  options.summarize = *summarize;
  options.rouge = *rouge;
  options.threads = flags.threads;
  options.limit = flags.limit;
  std::ofstream out;
  if (!flags.out.empty()) {
    out.open(flags.out, std::ios::binary | std::ios::trunc);
    if (!out) {
      return ReportError(Status::IOError("cannot write " + flags.out));
    }
    options.predictions = &out;
  }
  if (isatty(STDERR_FILENO)) {
    options.progress = [](size_t done) {
      std::cerr << "\rprecis eval: " << done << " clusters" << std::flush;
    };
  }
  Diagnostics diagnostics;
  auto report = Evaluate(flags.data, options, &diagnostics);
  if (options.progress) std::cerr << "\n";
  PrintDiagnostics(diagnostics);
  if (!report.ok()) return ReportError(report.status());
  if (out.is_open()) {
    out.close();
    if (!out) return ReportError(Status::IOError("cannot write " + flags.out));
  }
  if (flags.json) {
    PrintJson(*report, *rouge);
  } else {
    PrintTable(*report, *rouge);
  }
  return kExitOk;
}

}  // namespace

Runner SetupEval(CLI::App* sub) {
  auto flags = std::make_shared<EvalFlags>();
  sub->add_option("--data", flags->data,
                  "Evaluation set: JSONL, one cluster a line (documents, and "
                  "summary or references), or Multi-News .src; - for stdin")
      ->required();
  std::string methods;
  for (const auto& m : SummarizerMethods()) {
    methods += (methods.empty() ? "" : ", ") + m;
  }
  flags->summary.AddTo(sub,
                       "Methods, comma-separated, one row each: " + methods);
  sub->add_option("--rouge155", flags->rouge155,
                  std::string("ROUGE-1.5.5 options as papers print them "
                              "(default \"") +
                      kDefaultRouge155 + "\")");
  sub->add_option("--style", flags->style,
                  "rouge155, or rouge-score (rouge1, rouge2, rougeL, "
                  "rougeLsum, stemmed)")
      ->capture_default_str();
  sub->add_option("--threads", flags->threads, "Worker threads (0: all cores)")
      ->capture_default_str();
  sub->add_option("--limit", flags->limit,
                  "Evaluate only the first N clusters (0: all)");
  sub->add_option("--out", flags->out,
                  "Write the summaries here, one JSON object a line");
  sub->add_flag("--json", flags->json, "Print JSON instead of tables");
  return [flags] { return RunEval(*flags); };
}

}  // namespace precis::cli
