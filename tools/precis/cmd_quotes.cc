// Copyright 2026 The precis Authors.
//
// precis quotes PATH...: the quotes and reported speech of articles with
// their speakers.
// precis quotes eval --data DIR: precision and recall of content (exact
// and overlapping) and of sources on brat-annotated attributions (a
// PolNeAR split: DIR/attributions/*.ann and DIR/text/*.txt).

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>

#include "analyze/polnear.h"
#include "base/file.h"
#include "command.h"
#include "nlohmann/json.hpp"
#include "precis/entities.h"
#include "precis/quotes.h"

namespace precis::cli {
namespace {

struct QuotesFlags {
  InputFlags input;
  std::string data;  // eval: the corpus directory
  std::string eval;  // the same, as --eval DIR on the main command
  bool json = false;
  bool errors = false;
  bool ner = false;  // speakers from the named-entity tagger's names
};

// The tagger's names of `text` for QuoteOptions::names.
std::vector<NameMention> TaggedNames(std::string_view text, uint32_t base) {
  std::vector<NameMention> names;
  for (const EntityMention& m : NerTagger::Default().TagText(text, base)) {
    names.push_back({m.span, -1, m.type == EntityType::kPerson});
  }
  return names;
}

std::vector<Quote> Find(std::string_view text, uint32_t base, bool ner) {
  if (!ner) return FindQuotes(text, base);
  const std::vector<NameMention> names = TaggedNames(text, base);
  QuoteOptions options;
  options.names = names;
  return FindQuotes(text, options, base);
}

std::string Pct(size_t a, size_t b) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%5.1f", b ? 100.0 * a / b : 0.0);
  return buf;
}

// One line per mismatch on stderr: kind, file, gold and predicted spans.
void PrintMismatches(const std::string& name, std::string_view text,
                     const std::vector<QuoteMismatch>& mismatches) {
  static constexpr const char* kKinds[] = {"MISSED", "SPURIOUS", "INEXACT",
                                           "SOURCE"};
  auto show = [&](Span s) {
    std::string t(s.In(text).substr(0, 160));
    for (char& c : t) c = c == '\n' ? ' ' : c;
    return t;
  };
  for (const QuoteMismatch& m : mismatches) {
    std::cerr << kKinds[static_cast<int>(m.kind)] << "\t" << name << "\tgold["
              << show(m.gold_content) << "]<" << show(m.gold_source)
              << ">\tpred[" << show(m.predicted_content) << "]<"
              << show(m.predicted_source) << ">\n";
  }
}

int RunEval(const std::string& dir, bool errors, bool ner) {
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
    // "name_ab12.ann" annotates "name.txt" (one file per annotator).
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
    const std::vector<Quote> found = Find(*text, 0, ner);
    seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count();
    std::vector<QuoteMismatch> mismatches;
    ScoreQuotes(*text, *gold, found, &scores, errors ? &mismatches : nullptr);
    if (errors) PrintMismatches(FileStem(ann_path), *text, mismatches);
    ++docs;
    bytes += text->size();
  }
  if (docs == 0) {
    return ReportError(Status::BadInput(dir + ": no annotated texts"));
  }
  std::cout << docs << " annotated documents, " << scores.gold
            << " gold attributions, " << scores.predicted << " predicted\n"
            << "content exact    P " << Pct(scores.exact, scores.predicted)
            << "  R " << Pct(scores.gold_found_exact, scores.gold) << "\n"
            << "content overlap  P " << Pct(scores.overlap, scores.predicted)
            << "  R " << Pct(scores.gold_found_overlap, scores.gold) << "\n"
            << "source           P "
            << Pct(scores.source_correct, scores.predicted_sources) << "  R "
            << Pct(scores.source_correct, scores.gold_sources) << "\n";
  char speed[64];
  std::snprintf(speed, sizeof(speed), "%.1f MB/s",
                seconds > 0 ? bytes / seconds / 1e6 : 0.0);
  std::cout << "speed " << speed << " (one core)\n";
  return kExitOk;
}

nlohmann::json SpanJson(const Article& a, Span s) {
  return {{"begin", s.begin}, {"end", s.end}, {"text", s.In(a.text)}};
}

int RunQuotes(const QuotesFlags& flags) {
  if (!flags.eval.empty()) {
    return RunEval(flags.eval, flags.errors, flags.ner);
  }
  if (flags.input.paths.empty()) {
    return ReportError(
        Status::InvalidArgument("give PATH... or eval --data DIR"));
  }
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  for (const Cluster& cluster : *clusters) {
    for (const Article& a : cluster.articles) {
      const uint32_t body_begin = std::min<uint32_t>(
          a.body_begin, static_cast<uint32_t>(a.text.size()));
      const std::string_view body = std::string_view(a.text).substr(body_begin);
      for (const Quote& q : Find(body, body_begin, flags.ner)) {
        if (flags.json) {
          nlohmann::json j = {{"article", a.id},
                              {"direct", q.direct},
                              {"content", SpanJson(a, q.content)},
                              {"speaker", q.speaker}};
          if (q.parts.size() > 1) {
            j["parts"] = nlohmann::json::array();
            for (const Span& p : q.parts) j["parts"].push_back(SpanJson(a, p));
          }
          if (!q.source.empty()) j["source"] = SpanJson(a, q.source);
          if (!q.cue.empty()) j["cue"] = SpanJson(a, q.cue);
          std::cout << j.dump(-1, ' ', false,
                              nlohmann::json::error_handler_t::replace)
                    << "\n";
        } else {
          std::string content;
          for (const Span& p : q.parts) {
            if (!content.empty()) content += " ... ";
            content += p.In(a.text);
          }
          for (char& c : content) c = c == '\n' ? ' ' : c;
          std::cout << a.id << "\t" << (q.direct ? "direct" : "reported")
                    << "\t" << (q.speaker.empty() ? "?" : q.speaker) << "\t"
                    << content << "\n";
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
  sub->add_flag("--json", flags->json, "JSON lines instead of a table");
  sub->add_option("--eval", flags->eval, "Same as `eval --data DIR`");
  sub->add_flag("--errors", flags->errors, "With --eval: print mismatches");
  sub->add_flag("--ner", flags->ner,
                "Resolve speakers to the named-entity tagger's names (as the "
                "brief does) instead of capitalized runs");
  CLI::App* eval = sub->add_subcommand(
      "eval",
      "Score against brat attributions (DIR/attributions/*.ann, "
      "DIR/text/*.txt)");
  eval->add_option("--data", flags->data, "The annotated split's directory")
      ->required();
  eval->add_flag("--errors", flags->errors,
                 "Print every mismatch (missed, spurious, inexact, source) to "
                 "stderr");
  eval->add_flag("--ner", flags->ner,
                 "Speakers resolved to the named-entity tagger's names");
  eval->callback([flags] { flags->eval = flags->data; });
  return [flags] { return RunQuotes(*flags); };
}

}  // namespace precis::cli
