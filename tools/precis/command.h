// Copyright 2026 The precis Authors.
//
// The CLI's subcommands. Each cmd_<name>.cc defines one Setup function that
// declares its options on a CLI11 subcommand and returns the function that
// runs it once the command line is parsed. main.cc owns the table of them.
// Commands print data to stdout and diagnostics to stderr, and return an
// exit code: 0 ok, 1 bad input, 2 bad usage.

#ifndef PRECIS_TOOLS_COMMAND_H_
#define PRECIS_TOOLS_COMMAND_H_

#include <functional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/reader.h"
#include "precis/status.h"
#include "precis/stories.h"
#include "precis/summarizer.h"

namespace precis::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

using Runner = std::function<int()>;

struct Command {
  const char* name;
  const char* help;
  Runner (*setup)(CLI::App* sub);
};

// The commands, in the order --help lists them (defined in main.cc).
const std::vector<Command>& Commands();

Runner SetupSentences(CLI::App* sub);
Runner SetupExtract(CLI::App* sub);
Runner SetupClean(CLI::App* sub);
Runner SetupSummarize(CLI::App* sub);
Runner SetupRouge(CLI::App* sub);
Runner SetupEval(CLI::App* sub);
Runner SetupTimex(CLI::App* sub);
Runner SetupQuotes(CLI::App* sub);
Runner SetupNer(CLI::App* sub);
Runner SetupBrief(CLI::App* sub);
Runner SetupIngest(CLI::App* sub);
Runner SetupServe(CLI::App* sub);
Runner SetupStories(CLI::App* sub);

// Prints "precis: <message>" to stderr; returns the exit code for `status`
// (2 for invalid arguments, 1 for everything else).
int ReportError(const Status& status);

// Prints each diagnostic on its own line to stderr.
void PrintDiagnostics(const Diagnostics& diagnostics);

// The input options most commands share: PATH... (or "-"), --format.
struct InputFlags {
  std::vector<std::string> paths;
  std::string format = "auto";

  // Adds PATH... and --input-format; also --format for commands that have
  // no output format of their own.
  void AddTo(CLI::App* sub, bool short_name = true);
  // Reads the clusters, printing diagnostics. Fails on unknown --format.
  Result<std::vector<Cluster>> Read() const;
  // Calls f on each cluster in input order, printing diagnostics as they
  // come, until f returns false. One cluster-per-line file or standard
  // input (see IsClusterPerLineFile) is streamed, in memory for one line,
  // and its
  // repeated cluster ids renamed "-2", "-3", ... as they come (ReadClusters
  // also keeps clear of the ids of later lines); other inputs are read
  // whole first. Returns the reading error, if any: on a stream, after the
  // clusters before it went to f.
  Status ForEachCluster(const std::function<bool(const Cluster&)>& f) const;
};

// Stories read back from a store (tools/precis/store_input.cc), for the
// --db option of `stories`, `brief` and `summarize`: each story as a
// cluster of its articles in order of addition (every story when
// `story_ids` is empty; NotFound for an unknown id), or every story with
// its events, in order of creation.
Result<std::vector<Cluster>> ReadStoreClusters(
    const std::string& db, const std::vector<std::string>& story_ids);
Result<std::vector<Story>> ReadStoreStories(const std::string& db);

// The summary options shared by `summarize` and `eval`: method(s), budget,
// truncation and language.
struct SummaryFlags {
  std::string method = "concepts";
  size_t words = 0, bytes = 0, sentences = 0;
  bool truncate = false;
  std::string language = "english";

  // Adds --method, --words, --bytes, --sentences, --truncate, --language.
  // `method_help` describes what --method takes.
  void AddTo(CLI::App* sub, const std::string& method_help);
  // The options; fails when more than one budget unit is given.
  Result<SummarizeOptions> Options() const;
};

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_COMMAND_H_
