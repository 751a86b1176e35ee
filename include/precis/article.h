// Copyright 2026 The precis Authors.
//
// Article and Cluster: what the readers produce and every later stage reads.

#ifndef PRECIS_ARTICLE_H_
#define PRECIS_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace precis {

// One news article. `text` is the article as precis read it: valid UTF-8
// (invalid bytes were replaced by U+FFFD), the reader's decoding applied
// (JSON escapes, Multi-News NEWLINE_CHAR markers turned into line breaks),
// nothing else changed. Every Span precis produces for this article is a
// byte range into `text`; metadata header lines, when a reader found them,
// stay in `text` and `body_begin` points past them.
struct Article {
  std::string id;         // unique within its cluster; file stem or JSON id
  std::string title;      // empty when unknown
  std::string source;     // outlet name; empty when unknown
  std::string url;        // empty when unknown
  std::string published;  // ISO 8601 date "YYYY-MM-DD" (or with time);
                          // empty when unknown
  std::string text;
  uint32_t body_begin = 0;  // first byte after any metadata header
  std::string origin;       // "path" or "path:line" it was read from
};

// Articles about one event, and for evaluation sets the human summaries.
struct Cluster {
  std::string id;
  std::vector<Article> articles;
  std::vector<std::string> references;  // reference summaries, if any
  std::string origin;                   // "path" or "path:line"
};

}  // namespace precis

#endif  // PRECIS_ARTICLE_H_
