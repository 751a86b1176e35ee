// Copyright 2026 The precis Authors.
//
// precis sentences: the sentences of each article, one a line, or as JSON
// lines with article id, index and byte offsets.

#include <iostream>

#include "command.h"
#include "nlohmann/json.hpp"
#include "precis/boilerplate.h"
#include "precis/sentence_splitter.h"

namespace precis::cli {
namespace {

struct SentencesFlags {
  InputFlags input;
  bool json = false;
  bool keep_boilerplate = false;
};

int RunSentences(const SentencesFlags& flags) {
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  CleanOptions clean;
  if (flags.keep_boilerplate) {
    clean.drop_phrases = clean.drop_shapeless = clean.drop_cross_source = false;
  }
  size_t total = 0;
  for (const Cluster& cluster : *clusters) {
    const auto cleaned = CleanArticles(cluster.articles, clean);
    for (size_t a = 0; a < cluster.articles.size(); ++a) {
      const Article& article = cluster.articles[a];
      size_t index = 0;
      for (const Span& block : cleaned[a].blocks) {
        for (const Sentence& s :
             SplitSentences(block.In(article.text), {}, block.begin)) {
          const std::string_view text = s.span.In(article.text);
          if (flags.json) {
            nlohmann::json j = {
                {"article", article.id},      {"index", index},
                {"begin", s.span.begin},      {"end", s.span.end},
                {"terminated", s.terminated}, {"text", text}};
            if (!cluster.id.empty()) j["cluster"] = cluster.id;
            std::cout << j.dump(-1, ' ', false,
                                nlohmann::json::error_handler_t::replace)
                      << "\n";
          } else {
            // One sentence a line: line breaks inside become spaces.
            for (char c : text) std::cout << (c == '\n' || c == '\r' ? ' ' : c);
            std::cout << "\n";
          }
          ++index;
        }
      }
      total += index;
    }
  }
  if (total == 0) {
    return ReportError(Status::BadInput(
        "no sentences in the input after boilerplate removal (see precis "
        "clean --explain, or --keep-boilerplate)"));
  }
  return kExitOk;
}

}  // namespace

Runner SetupSentences(CLI::App* sub) {
  auto flags = std::make_shared<SentencesFlags>();
  flags->input.AddTo(sub);
  sub->add_flag("--json", flags->json,
                "JSON lines: cluster, article, index, begin, end, text");
  sub->add_flag("--keep-boilerplate", flags->keep_boilerplate,
                "Split every line, clutter included");
  return [flags] { return RunSentences(*flags); };
}

}  // namespace precis::cli
