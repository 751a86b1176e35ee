// Copyright 2026 The precis Authors.
//
// precis clean: each article after boilerplate removal; with --explain,
// every line of the body, the dropped ones marked with the rule that dropped
// them.

#include <algorithm>
#include <iostream>

#include "command.h"
#include "precis/boilerplate.h"

namespace precis::cli {
namespace {

struct CleanFlags {
  InputFlags input;
  bool explain = false;
};

void PrintHeader(const Article& a) {
  std::cout << "== " << a.id;
  if (!a.title.empty()) std::cout << " | " << a.title;
  if (!a.source.empty()) std::cout << " | " << a.source;
  if (!a.published.empty()) std::cout << " | " << a.published;
  std::cout << "\n";
}

void PrintKept(const Article& a, const CleanedArticle& c) {
  for (size_t i = 0; i < c.blocks.size(); ++i) {
    if (i > 0) std::cout << "\n";
    std::cout << c.blocks[i].In(a.text) << "\n";
  }
}

// Kept blocks and dropped lines merged in text order.
void PrintExplained(const Article& a, const CleanedArticle& c) {
  size_t b = 0, d = 0;
  while (b < c.blocks.size() || d < c.dropped.size()) {
    const bool block_first =
        d == c.dropped.size() ||
        (b < c.blocks.size() && c.blocks[b].begin < c.dropped[d].span.begin);
    if (block_first) {
      std::string_view text = c.blocks[b++].In(a.text);
      size_t start = 0;
      while (start <= text.size()) {
        size_t nl = std::min(text.find('\n', start), text.size());
        std::cout << "  " << text.substr(start, nl - start) << "\n";
        start = nl + 1;
      }
    } else {
      const DroppedLine& line = c.dropped[d++];
      std::cout << "- [" << line.rule << "] " << line.span.In(a.text) << "\n";
    }
  }
}

int RunClean(const CleanFlags& flags) {
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  for (const Cluster& cluster : *clusters) {
    const auto cleaned = CleanArticles(cluster.articles);
    for (size_t a = 0; a < cluster.articles.size(); ++a) {
      PrintHeader(cluster.articles[a]);
      if (flags.explain) {
        PrintExplained(cluster.articles[a], cleaned[a]);
      } else {
        PrintKept(cluster.articles[a], cleaned[a]);
      }
      std::cout << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

Runner SetupClean(CLI::App* sub) {
  auto flags = std::make_shared<CleanFlags>();
  flags->input.AddTo(sub);
  sub->add_flag("--explain", flags->explain,
                "Show every line; dropped ones as '- [rule] line'");
  return [flags] { return RunClean(*flags); };
}

}  // namespace precis::cli
