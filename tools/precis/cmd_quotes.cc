// Copyright 2026 The precis Authors.
//
// precis quotes: the quotes and reported speech of articles with their
// speakers; with --eval, precision and recall on brat-annotated
// attributions (a PolNeAR folder with attributions/ and text/).

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>

#include "analyze/polnear.h"
#include "base/file.h"
#include "command.h"
#include "nlohmann/json.hpp"
#include "precis/quotes.h"

namespace precis::cli {
namespace {

struct QuotesFlags {
  InputFlags input;
  std::string eval;
  bool json = false;
};

std::string Pct(size_t a, size_t b) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.1f", b ? 100.0 * a / b : 0.0);
  return buf;
}

int RunEval(const std::string& dir) {
  auto anns = ListFiles(dir + "/attributions");
  if (!anns.ok()) return ReportError(anns.status());
  auto texts = ListFiles(dir + "/text");
  if (!texts.ok()) return ReportError(texts.status());
  std::map<std::string, std::string> text_by_stem;
  for (const std::string& t : *texts) text_by_stem[FileStem(t)] = t;
  QuoteScores scores;
  size_t docs = 0, bytes = 0;
  double seconds = 0;
  for (const std::string& ann_path : *anns) {
    if (!ann_path.ends_with(".ann")) continue;
    // "name_ab12.ann" annotates "name.txt".
    std::string stem = FileStem(ann_path);
    auto it = text_by_stem.find(stem);
    if (it == text_by_stem.end()) {
      const size_t cut = stem.rfind('_');
      if (cut != std::string::npos) it = text_by_stem.find(stem.substr(0, cut));
    }
    if (it == text_by_stem.end()) continue;
    auto ann = ReadFile(ann_path);
    auto text = ReadFile(it->second);
    if (!ann.ok() || !text.ok()) {
      return ReportError(!ann.ok() ? ann.status() : text.status());
    }
    auto gold = ParseBratAttributions(*ann, *text);
    if (!gold.ok()) {
      return ReportError(
          Status::BadInput(ann_path + ": " + gold.status().message()));
    }
    const auto t0 = std::chrono::steady_clock::now();
    const std::vector<Quote> found = FindQuotes(*text);
    seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count();
    ScoreQuotes(*text, *gold, found, &scores);
    ++docs;
    bytes += text->size();
  }
  if (docs == 0) {
    return ReportError(Status::BadInput(dir + ": no annotated texts"));
  }
  std::cout << docs << " documents, " << scores.gold << " gold attributions, "
            << scores.predicted << " predicted\n"
            << "content exact    P " << Pct(scores.exact, scores.predicted)
            << "  R " << Pct(scores.exact, scores.gold) << "\n"
            << "content overlap  P " << Pct(scores.overlap, scores.predicted)
            << "  R " << Pct(scores.gold_found_overlap, scores.gold) << "\n"
            << "source           P "
            << Pct(scores.source_correct, scores.predicted_sources) << "  R "
            << Pct(scores.source_correct, scores.gold_sources) << "\n"
            << "speed " << (seconds > 0 ? bytes / seconds / 1e6 : 0)
            << " MB/s\n";
  return kExitOk;
}

int RunQuotes(const QuotesFlags& flags) {
  if (!flags.eval.empty()) return RunEval(flags.eval);
  if (flags.input.paths.empty()) {
    return ReportError(Status::InvalidArgument("give PATH... or --eval DIR"));
  }
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  for (const Cluster& cluster : *clusters) {
    for (const Article& a : cluster.articles) {
      const std::string_view body =
          std::string_view(a.text).substr(a.body_begin);
      for (const Quote& q : FindQuotes(body, a.body_begin)) {
        if (flags.json) {
          nlohmann::json j = {
              {"article", a.id},
              {"direct", q.direct},
              {"content", {{"begin", q.content.begin}, {"end", q.content.end}}},
              {"text", q.content.In(a.text)},
              {"speaker", q.speaker}};
          if (q.source.begin < q.source.end) {
            j["source"] = {{"begin", q.source.begin},
                           {"end", q.source.end},
                           {"text", q.source.In(a.text)}};
          }
          if (q.cue.begin < q.cue.end) j["cue"] = q.cue.In(a.text);
          std::cout << j.dump(-1, ' ', false,
                              nlohmann::json::error_handler_t::replace)
                    << "\n";
        } else {
          std::cout << a.id << "\t" << (q.direct ? "direct" : "reported")
                    << "\t" << (q.speaker.empty() ? "?" : q.speaker) << "\t"
                    << q.content.In(a.text) << "\n";
        }
      }
    }
  }
  return kExitOk;
}

}  // namespace

Runner SetupQuotes(CLI::App* sub) {
  auto flags = std::make_shared<QuotesFlags>();
  sub->add_option("paths", flags->input.paths,
                  "Files or directories of articles; - reads standard input");
  sub->add_option("--input-format", flags->input.format,
                  "Input format: auto, text, multinews, jsonl, html")
      ->capture_default_str();
  sub->add_option("--eval", flags->eval,
                  "Score against brat attributions (a folder with "
                  "attributions/*.ann and text/*.txt)");
  sub->add_flag("--json", flags->json, "JSON lines instead of a table");
  return [flags] { return RunQuotes(*flags); };
}

}  // namespace precis::cli
