// Copyright 2026 The precis Authors.
//
// precis ingest: adds articles (every reader: text, HTML, JSONL, Multi-News,
// directories, gzip, -) to a store, where they join stories and events.
// Prints one line an article to stdout as its batch commits:
//   added ID STORY EVENT          (new story/event marked with '+')
//   exists ID STORED_ID STORY     (stored already: nothing added)
// so that whatever was printed is in the database, even if the run is killed.

#include <algorithm>
#include <iostream>
#include <string>

#include "command.h"
#include "precis/store.h"

namespace precis::cli {
namespace {

struct IngestFlags {
  InputFlags input;
  std::string db;
  size_t batch = 64;
};

// Every article of every cluster, in ingest order. Articles of inputs with
// several clusters (cluster-per-line files) are named "CLUSTER:ID", as ids
// are unique only within a cluster; articles are ordered by date when every
// one has a date (the clusterer wants publication order), else kept in input
// order.
std::vector<Article> Flatten(std::vector<Cluster>& clusters) {
  std::vector<Article> out;
  const bool prefix = clusters.size() > 1;
  for (Cluster& c : clusters) {
    for (Article& a : c.articles) {
      if (prefix) a.id = c.id + ":" + a.id;
      // A text article piped in is called "stdin" whatever it holds: name
      // it by its content, so that the next one piped in is not taken for
      // it.
      if (a.id == "stdin" && a.origin.rfind("-", 0) == 0) {
        a.id += "-" + ContentHash(a.text).substr(0, 12);
      }
      out.push_back(std::move(a));
    }
  }
  const bool dated = std::all_of(out.begin(), out.end(), [](const Article& a) {
    return !a.published.empty();
  });
  if (dated) {
    std::stable_sort(out.begin(), out.end(),
                     [](const Article& x, const Article& y) {
                       return x.published < y.published;
                     });
  }
  return out;
}

int RunIngest(const IngestFlags& flags) {
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  std::vector<Article> articles = Flatten(*clusters);
  StoreOptions options;
  options.batch_articles = std::max<size_t>(1, flags.batch);
  auto store = Store::Open(flags.db, options);
  if (!store.ok()) return ReportError(store.status());
  size_t added = 0, existing = 0, new_stories = 0;
  Status s =
      (*store)->Ingest(articles, [&](std::span<const IngestResult> batch) {
        for (const IngestResult& r : batch) {
          const StoryAssignment& a = r.assignment;
          if (r.added) {
            ++added;
            new_stories += a.new_story;
            std::cout << "added " << r.id << " " << (a.new_story ? "+" : "")
                      << a.story << " " << (a.new_event ? "+" : "") << a.event
                      << "\n";
          } else {
            ++existing;
            std::cout << "exists " << r.id << " " << r.existing << " "
                      << a.story << "\n";
          }
        }
        std::cout.flush();
      });
  std::cerr << "precis: " << flags.db << ": " << added << " added ("
            << new_stories << " new stories), " << existing
            << " stored already, nothing added for them\n";
  if (!s.ok()) return ReportError(s);
  return kExitOk;
}

}  // namespace

Runner SetupIngest(CLI::App* sub) {
  auto flags = std::make_shared<IngestFlags>();
  sub->add_option("--db", flags->db, "The store (an SQLite file; created)")
      ->required();
  flags->input.AddTo(sub);
  sub->add_option("--batch", flags->batch,
                  "Articles a transaction (each commit is printed)")
      ->capture_default_str();
  return [flags] { return RunIngest(*flags); };
}

}  // namespace precis::cli
