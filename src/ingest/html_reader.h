// Copyright 2026 The precis Authors.
//
// The HTML reader's pieces that reader.cc dispatches to: recognizing HTML
// files and JSONL lines that carry a page.

#ifndef PRECIS_INGEST_HTML_READER_H_
#define PRECIS_INGEST_HTML_READER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "precis/diagnostics.h"
#include "precis/html.h"
#include "precis/status.h"

namespace precis {

// ".html", ".htm", ".xhtml", ".shtml", each optionally followed by ".gz".
bool IsHtmlPath(std::string_view path);

// True when the bytes open like an HTML document (after blanks, a BOM and
// comments: "<!doctype html", "<html", "<head" or "<body", in any case), or
// carry a UTF-16 byte order mark followed by '<'.
bool LooksLikeHtml(std::string_view bytes);

// True when the bytes cannot be a web page: a NUL byte or many control
// characters near the start (UTF-16 pages with a BOM excepted).
bool LooksBinaryHtml(std::string_view bytes);

// A page from line `line_number` of a JSONL file, when the line's object
// has a string field "html" (with optional "url", "id", "charset",
// "title", "published"); std::nullopt when the line has no "html" field
// (it is then an ordinary JSONL record). Fails on malformed JSON or an
// "html" that is not a string. `id` defaults to "<stem>-<line>".
Result<std::optional<ReadPage>> ParseHtmlJsonlLine(
    std::string_view line, const std::string& file, size_t line_number,
    const HtmlOptions& options);

// Reads one page from its bytes; `file` names it in origin and id.
ReadPage ReadHtmlBytes(std::string_view bytes, const std::string& file,
                       const HtmlOptions& options);

}  // namespace precis

#endif  // PRECIS_INGEST_HTML_READER_H_
