// Copyright 2026 The precis Authors.
//
// Plain-text articles: one article a file. The file may open with header
// lines ("Title:", "Source:", "URL:", "Date:", in any case) and then a blank
// line or the body; without them, a first line that looks like a headline is
// taken as the title.

#ifndef PRECIS_INGEST_TEXT_READER_H_
#define PRECIS_INGEST_TEXT_READER_H_

#include <string>
#include <string_view>

#include "precis/article.h"
#include "precis/diagnostics.h"

namespace precis {

// Builds the Article of one text file. `bytes` is the file as read; the
// result's text is those bytes with invalid UTF-8 replaced by U+FFFD and a
// leading byte order mark dropped, nothing else changed (CRLF stays).
// Metadata comes from the header lines or the headline, and body_begin
// points past them and the blank lines after them. `file` names the file in
// diagnostics (repaired bytes, dates that could not be normalized).
// The body may be empty: the caller decides what to do with that.
Article ParseTextArticle(std::string_view bytes, std::string id,
                         std::string origin, const std::string& file,
                         Diagnostics* diagnostics);

// True when `line` (without its line break) looks like a headline: short,
// starting with a capital letter, a digit or a quote, and not ending like a
// sentence or a clause (. , ; :).
bool LooksLikeHeadline(std::string_view line);

}  // namespace precis

#endif  // PRECIS_INGEST_TEXT_READER_H_
