// Copyright 2026 The precis Authors.
//
// Prescan: a single linear pass over UTF-8 HTML that removes what the
// extractor never reads before the HTML5 parser sees it. The parser
// (gumbo) tokenizes at about 20 MB/s; half of a typical news page is
// scripts, styles, inline SVG and comments, and much of the rest is
// attributes nobody reads. The pass follows the tokenizer states of the
// HTML standard closely enough for that job (tags, quoted attribute values,
// comments, raw-text and RCDATA elements); the parser still builds the tree.
// It also bounds the nesting depth the parser sees, whose cost grows with
// the square of the depth.

#ifndef PRECIS_INGEST_HTML_PRESCAN_H_
#define PRECIS_INGEST_HTML_PRESCAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

struct PrescanOptions {
  // Start tags that would open an element deeper than this (counting only
  // elements that need an explicit end tag) are dropped; their text stays.
  size_t max_depth = 1024;
};

struct PrescanResult {
  std::string html;                    // what the parser should read
  std::vector<std::string> json_ld;    // bodies of ld+json scripts, in order
  size_t dropped_deep_tags = 0;        // start tags dropped by max_depth
};

// Removes comments; script, style, svg, math, noscript, template, iframe,
// textarea, select and object elements with their content (keeping the
// bodies of application/ld+json scripts in json_ld); every attribute but the
// few the extractor reads (id, class, href, itemprop, property, name,
// content, ...). Total: any input gives some output.
PrescanResult Prescan(std::string_view html,
                      const PrescanOptions& options = PrescanOptions());

}  // namespace precis

#endif  // PRECIS_INGEST_HTML_PRESCAN_H_
