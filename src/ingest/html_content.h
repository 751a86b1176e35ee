// Copyright 2026 The precis Authors.
//
// Main-content extraction: which part of a parsed page is the article.

#ifndef PRECIS_INGEST_HTML_CONTENT_H_
#define PRECIS_INGEST_HTML_CONTENT_H_

#include <string>
#include <string_view>

#include "ingest/html_parser.h"

namespace precis {

struct HtmlContent {
  std::string text;    // blocks joined as JoinBlocks does; may be empty
  std::string method;  // "dom" or "dom-fallback"
};

// Finds the article body in `doc`: drops boilerplate subtrees (by element
// and by class/id/role names), scores containers by the paragraphs they
// hold, takes the best with its related siblings, and filters link-heavy
// blocks. Deterministic; iterative (any depth).
HtmlContent ExtractContent(const HtmlDocument& doc);

// True when a class or id value names boilerplate ("sidebar", "comments",
// "share-buttons", ...) and not content.
bool IsBoilerplateName(std::string_view class_or_id);

}  // namespace precis

#endif  // PRECIS_INGEST_HTML_CONTENT_H_
