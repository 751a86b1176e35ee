// Copyright 2026 The precis Authors.
//
// precis_brief_quality: what an editor checks in a brief, counted over sets
// of clusters (src/analyze/brief_quality.h), with the brief's rules and
// without them ("before": dangling openers compete, any resolved date in a
// sentence dates it).
//
//   precis_brief_quality [--limit N] NAME=PATH ...
//
// Each PATH is what `precis brief` reads (a file of clusters, a directory
// of articles). Prints one row a set and rule: summary sentences and the
// share that dangle, quotes and the share whose speaker is a pronoun,
// articles and the share with a named outlet, timeline entries, and (for
// the rules' row) how many entries the rules took out or re-dated.

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "analyze/brief_quality.h"
#include "precis/brief.h"
#include "precis/reader.h"

namespace {

using precis::Brief;
using precis::BriefCounts;
using precis::BriefOptions;
using precis::Cluster;

double Share(size_t part, size_t whole) {
  return whole == 0 ? 0 : 100.0 * part / whole;
}

// (article, sentence begin, date) of every timeline entry.
std::set<std::tuple<uint32_t, uint32_t, std::string>> Entries(const Brief& b) {
  std::set<std::tuple<uint32_t, uint32_t, std::string>> out;
  for (const auto& e : b.timeline) {
    for (const auto& m : e.mentions) {
      out.emplace(m.article, m.sentence.begin, e.date);
    }
  }
  return out;
}

void Row(const char* set, const char* rules, const BriefCounts& c,
         long changed) {
  std::printf(
      "%-12s %-7s %8zu %6zu %6.1f%% %6zu %6.1f%% %8zu %6.1f%% %8zu", set,
      rules, c.clusters, c.summary_sentences,
      Share(c.dangling, c.summary_sentences), c.quotes,
      Share(c.pronoun_speakers, c.quotes), c.articles,
      Share(c.named_outlets, c.articles), c.timeline);
  if (changed >= 0) std::printf(" %8ld", changed);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  size_t limit = 0;
  std::vector<std::pair<std::string, std::string>> sets;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--limit" && i + 1 < argc) {
      limit = std::strtoul(argv[++i], nullptr, 10);
      continue;
    }
    const size_t eq = arg.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == arg.size()) {
      std::fprintf(stderr,
                   "usage: precis_brief_quality [--limit N] NAME=PATH ...\n");
      return 2;
    }
    sets.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
  }
  if (sets.empty()) {
    std::fprintf(stderr,
                 "usage: precis_brief_quality [--limit N] NAME=PATH ...\n");
    return 2;
  }
  std::printf("%-12s %-7s %8s %6s %7s %6s %7s %8s %7s %8s %8s\n", "set",
              "rules", "clusters", "summ", "dangle", "quotes", "pron", "articles",
              "outlet", "timeline", "changed");
  for (const auto& [name, path] : sets) {
    precis::Diagnostics diagnostics;
    auto clusters = precis::ReadClusters({path}, {}, &diagnostics);
    if (!clusters.ok()) {
      std::fprintf(stderr, "%s: %s\n", path.c_str(),
                   clusters.status().message().c_str());
      return 1;
    }
    BriefOptions with, without;
    without.summary.dangling_openers = true;
    without.timeline.event_dates = false;
    // The brief's own budget, as `precis brief` runs it.
    BriefCounts after, before;
    long changed = 0;
    size_t n = 0;
    for (const Cluster& c : clusters.value()) {
      if (limit > 0 && n++ >= limit) break;
      auto a = precis::BuildBrief(c, with);
      auto b = precis::BuildBrief(c, without);
      if (!a.ok() || !b.ok()) continue;
      after += precis::CountBrief(c, a.value());
      before += precis::CountBrief(c, b.value());
      const auto ea = Entries(a.value()), eb = Entries(b.value());
      for (const auto& e : eb) changed += ea.count(e) == 0;
    }
    Row(name.c_str(), "without", before, -1);
    Row(name.c_str(), "with", after, changed);
  }
  return 0;
}
