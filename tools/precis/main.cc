// Copyright 2026 The precis Authors.
//
// precis: turns piles of news articles into attributed story summaries.
// This file dispatches to one cmd_<name>.cc per subcommand.

#include <cstdio>
#include <iostream>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>

#include "base/heap.h"
#include "ingest/unique_ids.h"
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
      {"stories", "Find the stories and events in a pile or stream of articles",
       SetupStories},
      {"ingest", "Add articles to a store, where they join stories",
       SetupIngest},
      {"serve", "Serve a store's stories: JSON API and web page", SetupServe},
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

namespace {

// A stream buffer that yields `prefix`, then what `rest` has: standard
// input, after the lines read to decide how to read it.
class PrefixedBuffer : public std::streambuf {
 public:
  PrefixedBuffer(std::string prefix, std::streambuf* rest)
      : prefix_(std::move(prefix)), rest_(rest) {
    setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    const std::streamsize n = rest_->sgetn(chunk_, sizeof chunk_);
    if (n <= 0) return traits_type::eof();
    setg(chunk_, chunk_, chunk_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string prefix_;
  std::streambuf* rest_;
  char chunk_[1 << 16];
};

}  // namespace

Status InputFlags::ForEachCluster(
    const std::function<bool(const Cluster&)>& f) const {
  ReadOptions options;
  if (!ParseInputFormat(format, &options.format)) {
    return Status::InvalidArgument("unknown --format '" + format +
                                   "' (auto, text, multinews, jsonl, html)");
  }
  Diagnostics diagnostics;
  size_t printed = 0;
  auto print_new = [&] {
    const auto& items = diagnostics.items();
    for (; printed < items.size(); ++printed) {
      std::cerr << "precis: " << items[printed].ToString() << "\n";
    }
  };
  // Standard input cannot be read twice: its first non-blank line decides
  // how to read it, and is read again from a buffer.
  const bool is_stdin = paths.size() == 1 && paths[0] == "-";
  std::unique_ptr<PrefixedBuffer> replay_buffer;
  std::unique_ptr<std::istream> replay;
  bool streamed = false;
  if (is_stdin) {
    std::string head, line;
    while (std::getline(std::cin, line)) {
      head += line;
      head += '\n';
      if (line.find_first_not_of(" \t\r\n\f\v") != std::string::npos) break;
    }
    if (std::cin.bad()) return Status::IOError("-: read error");
    replay_buffer =
        std::make_unique<PrefixedBuffer>(std::move(head), std::cin.rdbuf());
    replay = std::make_unique<std::istream>(replay_buffer.get());
    streamed = StartsClusterPerLine(line, "-", options);
  } else {
    streamed = paths.size() == 1 && IsClusterPerLineFile(paths[0], options);
  }
  if (!streamed) {
    Result<std::vector<Cluster>> clusters =
        is_stdin ? ReadClusters(*replay, "-", options, &diagnostics) : Read();
    print_new();  // Read() printed its own
    if (!clusters.ok()) return clusters.status();
    for (const Cluster& c : *clusters) {
      if (!f(c)) break;
    }
    return Status::OK();
  }
  PRECIS_ASSIGN_OR_RETURN(
      std::unique_ptr<ClusterStream> stream,
      is_stdin ? OpenClusterStream(*replay, "-", options, &diagnostics)
               : OpenClusterStream(paths[0], options, &diagnostics));
  UniqueIds ids;
  size_t renamed = 0;
  Cluster cluster;
  Status status;
  for (;;) {
    auto more = stream->Next(&cluster);
    print_new();
    if (!more.ok()) {
      status = more.status();
      break;
    }
    if (!*more) break;
    renamed += ids.Take(&cluster.id);
    if (!f(cluster)) break;
  }
  if (renamed > 0) {
    diagnostics.Note(paths[0], 0,
                     "renamed " + std::to_string(renamed) +
                         " repeated cluster id(s)");
    print_new();
  }
  return status;
}

}  // namespace precis::cli

int main(int argc, char** argv) {
  using namespace precis::cli;
  precis::TuneHeapForBatches();
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
