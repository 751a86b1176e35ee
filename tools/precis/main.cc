// Copyright 2026 The precis Authors.
//
// precis: turns piles of news articles into attributed story summaries.
// This file dispatches to one cmd_<name>.cc per subcommand.

#include <malloc.h>

#include <cstdio>
#include <iostream>

#include "command.h"

namespace precis::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"sentences", "Split articles into sentences with byte offsets",
       SetupSentences},
      {"extract", "Extract the article and its metadata from web pages",
       SetupExtract},
      {"clean", "Show articles after boilerplate removal", SetupClean},
      {"summarize", "Write an attributed extractive summary", SetupSummarize},
      {"brief", "Write the story brief: summary, quotes, timeline, coverage",
       SetupBrief},
      {"rouge", "Score summaries against references with ROUGE", SetupRouge},
      {"eval", "Summarize an evaluation set and score it with ROUGE",
       SetupEval},
      {"timex", "Find and normalize date expressions", SetupTimex},
      {"quotes", "Find quotes and reported speech with their speakers",
       SetupQuotes},
      {"ner", "Tag named entities; train and evaluate the tagger", SetupNer},
  };
  return commands;
}

int ReportError(const Status& status) {
  std::cerr << "precis: " << status.message() << "\n";
  return status.code() == Status::Code::kInvalidArgument ? kExitUsage
                                                         : kExitBadInput;
}

void PrintDiagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.items()) {
    std::cerr << "precis: " << d.ToString() << "\n";
  }
}

void InputFlags::AddTo(CLI::App* sub, bool short_name) {
  sub->add_option("paths", paths,
                  "Files or directories of articles; - reads standard input")
      ->required();
  sub->add_option(short_name ? "--format,--input-format" : "--input-format",
                  format, "Input format: auto, text, multinews, jsonl, html")
      ->capture_default_str();
}

Result<std::vector<Cluster>> InputFlags::Read() const {
  ReadOptions options;
  if (!ParseInputFormat(format, &options.format)) {
    return Status::InvalidArgument("unknown --format '" + format +
                                   "' (auto, text, multinews, jsonl, html)");
  }
  Diagnostics diagnostics;
  auto clusters = ReadClusters(paths, options, &diagnostics);
  PrintDiagnostics(diagnostics);
  return clusters;
}

}  // namespace precis::cli

int main(int argc, char** argv) {
  using namespace precis::cli;
  // precis allocates and frees per-cluster buffers of a few hundred KB in a
  // loop. glibc serves blocks over 128 KB with fresh mmap()s and trims the
  // heap top as soon as 128 KB are free, so every cluster paid its buffers
  // again in page faults (a third of the summarize time's system part on
  // Multi-News dev). Keep freed memory in the process instead: peak RSS is
  // unchanged, as it is set by the largest cluster anyway.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  CLI::App app{
      "precis: turns piles of news articles into stories, with summaries "
      "whose every sentence points back to its sources."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "precis 0.1.0");
  Runner run;
  for (const Command& c : Commands()) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    Runner r = c.setup(sub);
    sub->callback([&run, r] { run = r; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  std::ios::sync_with_stdio(false);
  return run();
}
