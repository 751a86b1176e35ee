// Copyright 2026 The precis Authors.
//
// precis: turns piles of news articles into attributed story summaries.
// This file dispatches to one cmd_<name>.cc per subcommand.

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "command.h"

namespace precis::cli {

namespace {

// Memory for the process's heap, tuned for what precis does: allocate and
// free per-cluster buffers of a few hundred KB in a loop, over inputs of
// megabytes. In this shape, page faults were a quarter of the time of
// `precis summarize` on Multi-News dev100 (2,700 faults at about 12 us each
// in a virtual machine; a fault on a 2 MB page costs little more than one
// on a 4 KB page). So:
//   - freed memory stays in the process: glibc would serve blocks over
//     128 KB with fresh mmap()s and trim the heap as soon as 128 KB at its
//     top are free, paying for them again in faults cluster after cluster;
//   - the heap grows in one step of 64 MB of address space (touched pages
//     only count), which is advised to be backed by transparent huge pages
//     where the kernel allows it (what glibc's glibc.malloc.hugetlb=1
//     tunable does, without needing the environment variable).
// Measured on Multi-News dev100: see the numbers in the commit.
// Heaps that outgrow the first 64 MB go on in ordinary pages.
void UseHugePagesForTheHeap() {
  constexpr size_t kHeapStep = size_t{64} << 20;
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, static_cast<int>(kHeapStep));
#ifdef MADV_HUGEPAGE
  constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
  const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
  // More than the heap has free, so it grows by kHeapStep; volatile, or
  // the compiler drops the malloc/free pair.
  void* volatile grow = std::malloc(size_t{1} << 20);
  const auto after = reinterpret_cast<uintptr_t>(sbrk(0));
  const auto top = reinterpret_cast<uintptr_t>(grow);  // where the free
                                                         // top of the heap
                                                         // begins
  std::free(grow);
  const uintptr_t begin = (before + kHugePage - 1) & ~(kHugePage - 1);
  const uintptr_t end = after & ~(kHugePage - 1);
  if (grow == nullptr || before == static_cast<uintptr_t>(-1) ||
      end <= begin || top >= begin) {
    return;
  }
  madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  // The heap below the first 2 MB boundary cannot be a huge page: fill it
  // with a block that is never touched (so it costs address space only),
  // so that the next large buffers (the input file) start above it.
  constexpr uintptr_t kHeader = 4 * sizeof(size_t);
  if (begin - top > 2 * kHeader) {
    [[maybe_unused]] static void* volatile filler =
        std::malloc(begin - top - kHeader);
  }
#endif
}

}  // namespace

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

Status InputFlags::ForEachCluster(
    const std::function<bool(const Cluster&)>& f) const {
  ReadOptions options;
  if (!ParseInputFormat(format, &options.format)) {
    return Status::InvalidArgument("unknown --format '" + format +
                                   "' (auto, text, multinews, jsonl, html)");
  }
  if (paths.size() != 1 || !IsClusterPerLineFile(paths[0], options)) {
    PRECIS_ASSIGN_OR_RETURN(std::vector<Cluster> clusters, Read());
    for (const Cluster& c : clusters) {
      if (!f(c)) break;
    }
    return Status::OK();
  }
  Diagnostics diagnostics;
  size_t printed = 0;
  auto print_new = [&] {
    const auto& items = diagnostics.items();
    for (; printed < items.size(); ++printed) {
      std::cerr << "precis: " << items[printed].ToString() << "\n";
    }
  };
  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<ClusterStream> stream,
                          OpenClusterStream(paths[0], options, &diagnostics));
  std::unordered_set<std::string> seen;
  std::unordered_map<std::string, size_t> next_k;  // linear time on repeats
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
    if (!seen.insert(cluster.id).second) {
      for (size_t& k = next_k.try_emplace(cluster.id, 2).first->second;;
           ++k) {
        std::string candidate = cluster.id + "-" + std::to_string(k);
        if (seen.insert(candidate).second) {
          cluster.id = std::move(candidate);
          break;
        }
      }
      ++renamed;
    }
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
  UseHugePagesForTheHeap();
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
