// Copyright 2026 The precis Authors.
//
// Helpers shared by the fuzz targets: the bytes after a control byte split
// into articles, and checks of the span invariant.

#ifndef PRECIS_FUZZ_FUZZ_INPUT_H_
#define PRECIS_FUZZ_FUZZ_INPUT_H_

#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "precis/article.h"
#include "precis/span.h"

namespace precis::fuzz {

// Up to `max_articles` articles split at 0x1E bytes, repaired to valid
// UTF-8 as the readers do. Every second article gets a publication date and
// a source, so that relative dates resolve and outlets differ.
inline Cluster SplitArticles(std::string_view input, size_t max_articles) {
  Cluster cluster;
  cluster.id = "fuzz";
  for (size_t begin = 0;
       begin <= input.size() && cluster.articles.size() < max_articles;) {
    size_t end = input.find('\x1e', begin);
    if (end == std::string_view::npos) end = input.size();
    Article a;
    const size_t i = cluster.articles.size();
    a.id = std::to_string(i);
    if (i % 2 == 0) {
      a.published = "2018-04-1" + std::to_string(i % 10);
      a.source = "outlet" + std::to_string(i % 3);
    }
    RepairUtf8(input.substr(begin, end - begin), &a.text, nullptr);
    cluster.articles.push_back(std::move(a));
    begin = end + 1;
  }
  return cluster;
}

// Aborts unless `span` is a non-inverted range inside a text of `size`
// bytes (empty spans allowed when `allow_empty`).
inline void CheckSpan(const Span& span, size_t size, bool allow_empty = true) {
  if (span.begin > span.end || span.end > size) std::abort();
  if (!allow_empty && span.empty()) std::abort();
}

}  // namespace precis::fuzz

#endif  // PRECIS_FUZZ_FUZZ_INPUT_H_
