// Copyright 2026 The precis Authors.
//
// Web pages in: find the article in an HTML page (its body, title, authors,
// dates, outlet, canonical URL and language), dropping navigation, ads,
// comments, related-article lists and cookie banners. The readers
// (reader.h) use this for .html/.htm files and JSONL lines with an "html"
// field; `precis extract` prints what it finds.

#ifndef PRECIS_HTML_H_
#define PRECIS_HTML_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/reader.h"
#include "precis/status.h"

namespace precis {

struct HtmlOptions {
  // Pages whose extracted body is shorter than this (in bytes) count as
  // having no article: a home page, a 404 page, a login wall.
  size_t min_article_bytes = 150;
  // Deeper nesting is flattened before parsing (its text is kept).
  size_t max_depth = 1024;
};

// What one page holds. Every string is valid UTF-8.
struct WebPage {
  std::string title;
  std::vector<std::string> authors;
  std::string published;    // ISO 8601 "YYYY-MM-DD[THH:MM...]"; "" unknown
  std::string modified;     // likewise
  std::string site_name;    // the outlet; "" unknown
  std::string url;          // canonical URL, else the URL given
  std::string language;     // as declared ("de", "en-US"); "" unknown
  std::string description;  // the page's own summary, if it has one
  // The article: blocks (paragraphs, headings, list items, quotes, table
  // rows) one a line, a blank line between paragraphs. Empty when the page
  // has no article; `empty_reason` then says why.
  std::string text;
  std::string empty_reason;
  std::string charset;  // the encoding the bytes were read in
  std::string method;   // where the body came from: "dom", "json-ld", ...
};

// Extracts the article from the bytes of a page, in whatever encoding (see
// DecodeHtml in src/ingest/html_encoding.h). `url` is where the page was
// fetched from, used for dates in the path and relative canonical links;
// may be empty. Total: any bytes give a WebPage, possibly with empty text
// and a reason. Thread-safe.
WebPage ExtractWebPage(std::string_view bytes, std::string_view url = {},
                       const HtmlOptions& options = HtmlOptions());

// The Article the rest of precis reads: text, title, source (site name),
// url and published date from the page. body_begin is 0.
Article ToArticle(const WebPage& page, std::string id, std::string origin);

// A page and where it came from.
struct ReadPage {
  std::string origin;  // "path" or "path:line"
  std::string id;      // file stem, or JSON "id" / "<stem>-<line>"
  WebPage page;
};

// Reads HTML pages from files (.html, .htm, optionally .gz; any name when
// given directly), directories of them (recursively, sorted) and JSONL
// files whose lines carry "html" (and optionally "url", "id", "charset").
// Fails, naming the file, on a missing path, a file named directly that is
// empty, binary or not readable; inside a directory such files are skipped
// with a warning. Pages without an article are kept (with empty text and a
// reason) for the caller to report.
Result<std::vector<ReadPage>> ReadWebPages(const std::vector<std::string>& paths,
                                           const ReadOptions& read_options,
                                           const HtmlOptions& options,
                                           Diagnostics* diagnostics);

}  // namespace precis

#endif  // PRECIS_HTML_H_
