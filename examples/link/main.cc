// Copyright 2026 The precis Authors.
//
// Summarizes the cluster in the given paths (files or directories) through
// the public API of the installed library and prints each summary
// sentence with the article it came from:
//   link_shared examples/harbor-bridge

#include <precis/diagnostics.h>
#include <precis/reader.h>
#include <precis/summarizer.h>

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  const std::vector<std::string> paths(argv + 1, argv + argc);
  precis::Diagnostics diagnostics;
  auto clusters = precis::ReadClusters(paths, {}, &diagnostics);
  if (!clusters.ok()) {
    std::cerr << clusters.status().ToString() << "\n";
    return 1;
  }
  for (const precis::Cluster& cluster : *clusters) {
    precis::SummarizeOptions options;
    options.budget.amount = 60;  // words
    auto summary = precis::Summarize(cluster, options);
    if (!summary.ok()) {
      std::cerr << summary.status().ToString() << "\n";
      return 1;
    }
    for (const precis::SummarySentence& s : summary->sentences) {
      const precis::Article& a = cluster.articles[s.article];
      std::cout << std::string_view(a.text).substr(s.span.begin, s.span.size())
                << " [" << a.id << "]\n";
    }
  }
  return 0;
}
