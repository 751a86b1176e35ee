// Copyright 2026 The precis Authors.
//
// precis timex PATH...: the time expressions of articles with their
// normalized values.
// precis timex eval --data DIR: TempEval-3 scores on a TimeML corpus (every
// .tml file below DIR, e.g. TimeBank and AQUAINT as cleaned for
// TempEval-3): extent P/R/F1 strict and relaxed, value accuracy and value
// F1, for DATE and TIME expressions and for all four types.

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
  bool json = false;
  bool dates_only = false;
  std::string data;     // eval: the corpus directory
  std::string eval;     // the same, as --eval DIR on the main command
  bool errors = false;  // eval: print mismatches to stderr
};

std::string Pct(double x) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%5.1f", 100 * x);
  return buf;
}

void PrintScores(const char* label, const TimexScores& s) {
  const double sp = s.StrictP(), sr = s.StrictR();
  const double rp = s.RelaxedP(), rr = s.RelaxedR();
  const double rf = TimexScores::F(rp, rr);
  std::cout << label << ": " << s.gold << " gold, " << s.predicted
            << " predicted\n"
            << "  strict   P " << Pct(sp) << "  R " << Pct(sr) << "  F1 "
            << Pct(TimexScores::F(sp, sr)) << "\n"
            << "  relaxed  P " << Pct(rp) << "  R " << Pct(rr) << "  F1 "
            << Pct(rf) << "\n"
            << "  value accuracy " << Pct(s.ValueAccuracy()) << "  value F1 "
            << Pct(rf * s.ValueAccuracy()) << "\n";
}

void PrintMismatches(const TimeMlDocument& doc,
                     const std::vector<TimexMismatch>& mismatches) {
  static constexpr const char* kKinds[] = {"MISSED", "SPURIOUS", "EXTENT",
                                           "VALUE"};
  for (const TimexMismatch& m : mismatches) {
    const Span at = m.gold.empty() ? m.predicted : m.gold;
    // A window of context around the expression, on one line.
    const uint32_t b = at.begin > 40 ? at.begin - 40 : 0;
    std::string context = doc.text.substr(
        b, std::min<size_t>(doc.text.size() - b, at.end - b + 30));
    for (char& c : context) c = c == '\n' ? ' ' : c;
    std::cerr << kKinds[static_cast<int>(m.kind)] << "\t" << FileStem(doc.id)
              << "\tgold[" << m.gold.In(doc.text) << "]=" << m.gold_value
              << "\tpred[" << m.predicted.In(doc.text)
              << "]=" << m.predicted_value << "\tdct=" << doc.creation_time
              << "\t" << context << "\n";
  }
}

int RunEval(const std::string& dir, bool errors) {
  auto files = ListFiles(dir);
  if (!files.ok()) return ReportError(files.status());
  TimexScoreOptions date_time;
  TimexScoreOptions all;
  all.duration = all.set = true;
  TimexScores date_time_scores, all_scores;
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
    std::vector<TimexMismatch> mismatches;
    ScoreTimexes(*doc, found, date_time, &date_time_scores);
    ScoreTimexes(*doc, found, all, &all_scores, errors ? &mismatches : nullptr);
    if (errors) PrintMismatches(*doc, mismatches);
    ++docs;
    bytes += doc->text.size();
  }
  if (docs == 0) {
    return ReportError(Status::BadInput(dir + ": no .tml documents"));
  }
  std::cout << docs << " documents, " << bytes << " bytes\n";
  PrintScores("DATE+TIME", date_time_scores);
  PrintScores("all types (DATE, TIME, DURATION, SET)", all_scores);
  char speed[64];
  std::snprintf(speed, sizeof(speed), "%.1f MB/s",
                seconds > 0 ? bytes / seconds / 1e6 : 0.0);
  std::cout << "speed " << speed << " (one core)\n";
  return kExitOk;
}

int RunTimex(const TimexFlags& flags) {
  if (!flags.eval.empty()) return RunEval(flags.eval, flags.errors);
  if (flags.input.paths.empty()) {
    return ReportError(
        Status::InvalidArgument("give PATH... or eval --data DIR"));
  }
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  TimexOptions options;
  options.durations = !flags.dates_only;
  for (const Cluster& cluster : *clusters) {
    for (const Article& a : cluster.articles) {
      const CivilDate ref = CivilDate::Parse(a.published);
      const uint32_t body_begin = std::min<uint32_t>(
          a.body_begin, static_cast<uint32_t>(a.text.size()));
      const std::string_view body = std::string_view(a.text).substr(body_begin);
      for (const TimeExpression& t :
           FindTimeExpressions(body, ref, body_begin, options)) {
        const std::string_view surface = t.span.In(a.text);
        if (flags.json) {
          nlohmann::json j = {{"article", a.id},
                              {"begin", t.span.begin},
                              {"end", t.span.end},
                              {"text", surface},
                              {"type", TimexTypeName(t.type)},
                              {"value", t.value},
                              {"resolved", t.resolved},
                              {"relative", t.relative}};
          std::cout << j.dump(-1, ' ', false,
                              nlohmann::json::error_handler_t::replace)
                    << "\n";
        } else {
          std::cout << a.id << "\t" << t.span.begin << "\t" << t.span.end
                    << "\t" << TimexTypeName(t.type) << "\t" << t.value << "\t"
                    << surface << "\n";
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
  sub->add_flag("--json", flags->json, "JSON lines instead of a table");
  sub->add_flag("--dates-only", flags->dates_only,
                "Only DATE and TIME expressions (no DURATION or SET)");
  sub->add_option("--eval", flags->eval, "Same as `eval --data DIR`");
  CLI::App* eval = sub->add_subcommand(
      "eval", "Score against a TimeML corpus (TempEval-3 measures)");
  eval->add_option("--data", flags->data,
                   "Directory of .tml files (searched recursively)")
      ->required();
  eval->add_flag("--errors", flags->errors,
                 "Print every mismatch (missed, spurious, extent, value) to "
                 "stderr");
  sub->add_flag("--errors", flags->errors, "With --eval: print mismatches");
  eval->callback([flags] { flags->eval = flags->data; });
  return [flags] { return RunTimex(*flags); };
}

}  // namespace precis::cli
