// Copyright 2026 The precis Authors.
//
// precis summarize: an attributed extractive summary of each cluster, as
// text, Markdown or JSON lines.

#include <algorithm>
#include <iostream>
#include <string>

#include "command.h"
#include "nlohmann/json.hpp"
#include "precis/summarizer.h"
#include "render.h"

namespace precis::cli {
namespace {

struct SummarizeFlags {
  InputFlags input;
  SummaryFlags summary;
  std::string output = "text";
};

// "[1, 3]": the article a sentence came from and those that say the same.
std::string Markers(const SummarySentence& s) {
  std::vector<uint32_t> ids = s.also_in;
  ids.push_back(s.article);
  return cli::Markers(std::move(ids));
}

void PrintText(const Cluster& c, const Summary& s, bool markdown) {
  if (markdown) {
    std::cout << "## " << (c.id.empty() ? "Summary" : c.id) << "\n\n";
  }
  for (const SummarySentence& x : s.sentences) {
    std::cout << OneLine(x.span.In(c.articles[x.article].text))
              << (x.truncated ? " …" : "") << " " << Markers(x) << "\n";
  }
  std::cout << (markdown ? "\n### Sources\n\n" : "\nSources:\n");
  PrintSources(c, markdown);
}

void PrintJson(const Cluster& c, const Summary& s) {
  nlohmann::json sentences = nlohmann::json::array();
  for (const SummarySentence& x : s.sentences) {
    const Article& a = c.articles[x.article];
    nlohmann::json also = nlohmann::json::array();
    for (uint32_t o : x.also_in) also.push_back(c.articles[o].id);
    sentences.push_back({{"text", x.span.In(a.text)},
                         {"article_id", a.id},
                         {"source", x.article + 1},
                         {"begin", x.span.begin},
                         {"end", x.span.end},
                         {"also_in", also},
                         {"truncated", x.truncated}});
  }
  nlohmann::json sources = nlohmann::json::array();
  for (size_t i = 0; i < c.articles.size(); ++i) {
    const Article& a = c.articles[i];
    sources.push_back({{"n", i + 1},
                       {"id", a.id},
                       {"title", a.title},
                       {"source", a.source},
                       {"url", a.url},
                       {"published", a.published}});
  }
  const nlohmann::json j = {{"cluster", c.id},
                            {"method", s.method},
                            {"summary", sentences},
                            {"sources", sources}};
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
}

int RunSummarize(const SummarizeFlags& flags) {
  auto options_or = flags.summary.Options();
  if (!options_or.ok()) return ReportError(options_or.status());
  const SummarizeOptions& options = *options_or;
  if (flags.output != "text" && flags.output != "markdown" &&
      flags.output != "json") {
    return ReportError(Status::InvalidArgument(
        "unknown --format '" + flags.output + "' (text, markdown, json)"));
  }
  int exit = kExitOk;
  bool first = true;
  const Status read = flags.input.ForEachCluster([&](const Cluster& cluster) {
    auto summary = Summarize(cluster, options);
    if (!summary.ok()) {
      exit = ReportError(summary.status());
      return summary.status().code() != Status::Code::kInvalidArgument;
    }
    if (flags.output == "json") {
      PrintJson(cluster, *summary);
      return true;
    }
    if (!first) std::cout << "\n";
    first = false;
    PrintText(cluster, *summary, flags.output == "markdown");
    return true;
  });
  if (!read.ok()) return ReportError(read);
  return exit;
}

}  // namespace

Runner SetupSummarize(CLI::App* sub) {
  auto flags = std::make_shared<SummarizeFlags>();
  flags->input.AddTo(sub, /*short_name=*/false);
  std::string methods;
  for (const auto& m : SummarizerMethods()) {
    methods += (methods.empty() ? "" : ", ") + m;
  }
  flags->summary.AddTo(sub, "Summarization method: " + methods);
  sub->add_option("--format", flags->output,
                  "Output: text, markdown, json (one object a cluster a line)")
      ->capture_default_str();
  return [flags] { return RunSummarize(*flags); };
}

}  // namespace precis::cli
