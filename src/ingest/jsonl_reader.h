// Copyright 2026 The precis Authors.
//
// JSON Lines: one JSON object a line, either an article
//   {"id", "title", "text", "source", "url", "published"}
// or a cluster
//   {"id", "documents": [text or article object, ...],
//    "summary": text or [text, ...], "references": [text, ...]}
// told apart by the presence of "documents". "text" is required; "body" and
// "content" are accepted in its place, "date" in place of "published".
// When "references" is present and not empty it is the reference list and
// "summary" is ignored (it repeats one of them); otherwise "summary" is.
// Unknown fields are ignored. null counts as absent.

#ifndef PRECIS_INGEST_JSONL_READER_H_
#define PRECIS_INGEST_JSONL_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/status.h"

namespace precis {

// What one line holds. std::monostate: a blank line, or a record with
// nothing to read (empty text, no non-empty document), already reported as
// a warning.
using JsonlRecord = std::variant<std::monostate, Article, Cluster>;

// Parses line `line_number` of `file`. Default ids: "<stem>-<line>" for an
// article line and a cluster without an id, "<cluster id>-<n>" for its n-th
// document; article ids within a cluster are made unique. Invalid UTF-8 is
// repaired (and reported) before parsing; "published" dates are normalized
// as in NormalizeDate. Fails with BadInput "file:line: what is wrong" on
// malformed JSON, a value that is not an object, a missing "text", or a
// field of the wrong type.
Result<JsonlRecord> ParseJsonlLine(std::string_view line,
                                   const std::string& file, size_t line_number,
                                   Diagnostics* diagnostics);

// True when the first non-blank byte of `bytes` opens a JSON object.
bool LooksLikeJsonl(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_INGEST_JSONL_READER_H_
