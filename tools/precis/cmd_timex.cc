// Copyright 2026 The precis Authors.
//
// precis timex: the date expressions of articles with their normalized
// values; with --eval, TempEval-3 scores on a TimeML corpus.

#include <chrono>
#include <cstdio>
#include <iostream>

#include "analyze/timebank.h"
#include "base/file.h"
#include "command.h"
#include "nlohmann/json.hpp"
#include "precis/time_expressions.h"

namespace precis::cli {
namespace {

struct TimexFlags {
  InputFlags input;
  std::string eval;
  bool json = false;
};

int RunEval(const std::string& dir) {
  auto files = ListFiles(dir);
  if (!files.ok()) return ReportError(files.status());
  TimexScores scores;
  size_t docs = 0, bytes = 0;
  double seconds = 0;
  for (const std::string& path : *files) {
    if (!path.ends_with(".tml")) continue;
    auto xml = ReadFile(path);
    if (!xml.ok()) return ReportError(xml.status());
    auto doc = ParseTimeMl(*xml, path);
    if (!doc.ok()) return ReportError(doc.status());
    const auto t0 = std::chrono::steady_clock::now();
    const auto found =
        FindTimeExpressions(doc->text, CivilDate::Parse(doc->creation_time));
    seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count();
    ScoreTimexes(*doc, found, &scores);
    ++docs;
    bytes += doc->text.size();
  }
  if (docs == 0) {
    return ReportError(Status::BadInput(dir + ": no .tml documents"));
  }
  auto pct = [](double x) {
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%.1f", 100 * x);
    return std::string(buf);
  };
  const double sp = scores.StrictP(), sr = scores.StrictR();
  const double rp = scores.RelaxedP(), rr = scores.RelaxedR();
  const double rf = TimexScores::F(rp, rr);
  std::cout << docs << " documents, " << scores.gold << " gold DATE, "
            << scores.predicted << " predicted\n"
            << "strict   P " << pct(sp) << "  R " << pct(sr) << "  F1 "
            << pct(TimexScores::F(sp, sr)) << "\n"
            << "relaxed  P " << pct(rp) << "  R " << pct(rr) << "  F1 "
            << pct(rf) << "\n"
            << "value accuracy " << pct(scores.ValueAccuracy()) << "  value F1 "
            << pct(rf * scores.ValueAccuracy()) << "\n"
            << "speed " << (seconds > 0 ? bytes / seconds / 1e6 : 0)
            << " MB/s\n";
  return kExitOk;
}

int RunTimex(const TimexFlags& flags) {
  if (!flags.eval.empty()) return RunEval(flags.eval);
  if (flags.input.paths.empty()) {
    return ReportError(Status::InvalidArgument("give PATH... or --eval DIR"));
  }
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  for (const Cluster& cluster : *clusters) {
    for (const Article& a : cluster.articles) {
      const CivilDate ref = CivilDate::Parse(a.published);
      const std::string_view body =
          std::string_view(a.text).substr(a.body_begin);
      for (const TimeExpression& t :
           FindTimeExpressions(body, ref, a.body_begin)) {
        const std::string_view surface = t.span.In(a.text);
        if (flags.json) {
          nlohmann::json j = {{"article", a.id},       {"begin", t.span.begin},
                              {"end", t.span.end},     {"text", surface},
                              {"value", t.value},      {"resolved", t.resolved},
                              {"relative", t.relative}};
          std::cout << j.dump(-1, ' ', false,
                              nlohmann::json::error_handler_t::replace)
                    << "\n";
        } else {
          std::cout << a.id << "\t" << t.span.begin << "\t" << t.span.end
                    << "\t" << t.value << "\t" << surface << "\n";
        }
      }
    }
  }
  return kExitOk;
}

}  // namespace

Runner SetupTimex(CLI::App* sub) {
  auto flags = std::make_shared<TimexFlags>();
  sub->add_option("paths", flags->input.paths,
                  "Files or directories of articles; - reads standard input");
  sub->add_option("--input-format", flags->input.format,
                  "Input format: auto, text, multinews, jsonl, html")
      ->capture_default_str();
  sub->add_option("--eval", flags->eval,
                  "Score against a TimeML corpus (a directory of .tml files)");
  sub->add_flag("--json", flags->json, "JSON lines instead of a table");
  return [flags] { return RunTimex(*flags); };
}

}  // namespace precis::cli
