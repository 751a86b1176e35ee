// Copyright 2026 The precis Authors.
//
// Metadata of a web page: title, authors, dates, outlet, canonical URL and
// language, from the sources pages use, best first: JSON-LD (schema.org
// Article types), Open Graph and other <meta> tags, microdata (itemprop),
// <time> elements, <title> and <h1>, and the URL's path.

#ifndef PRECIS_INGEST_HTML_METADATA_H_
#define PRECIS_INGEST_HTML_METADATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/html_parser.h"
#include "precis/html.h"

namespace precis {

struct JsonLdArticle {
  std::string headline, published, modified, publisher, body, language, url,
      description;
  std::vector<std::string> authors;
};

// The most article-like schema.org object among the ld+json script bodies
// (an *Article, BlogPosting, Report, ... found at the top level, in arrays,
// in "@graph" or as "mainEntity"). Malformed JSON is ignored.
JsonLdArticle ReadJsonLd(const std::vector<std::string>& scripts);

// Fills the metadata fields of *page (not text) from the document, the
// JSON-LD article and the URL the page came from (may be empty). Dates are
// normalized to ISO 8601 when precis knows their form, else left out.
void ReadMetadata(const HtmlDocument& doc, const JsonLdArticle& json_ld,
                  std::string_view url, WebPage* page);

// "YYYY-MM-DD" from a URL path such as ".../2012/05/31/slug" or
// ".../2012-05-31-slug"; "" when there is none.
std::string DateFromUrl(std::string_view url);

}  // namespace precis

#endif  // PRECIS_INGEST_HTML_METADATA_H_
