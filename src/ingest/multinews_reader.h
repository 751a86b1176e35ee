// Copyright 2026 The precis Authors.
//
// Multi-News text (Fabbri et al., ACL 2019): one cluster a line, its
// documents separated by "|||||", line breaks inside a document written as
// the marker NEWLINE_CHAR.

#ifndef PRECIS_INGEST_MULTINEWS_READER_H_
#define PRECIS_INGEST_MULTINEWS_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/article.h"
#include "precis/diagnostics.h"

namespace precis {

inline constexpr std::string_view kMultiNewsSeparator = "|||||";
inline constexpr std::string_view kMultiNewsNewline = "NEWLINE_CHAR";

// One document's text with every NEWLINE_CHAR turned into "\n": the spaces
// and tabs on both sides of a marker go with it, and the whole is trimmed.
// "a NEWLINE_CHAR NEWLINE_CHAR b" gives "a\n\nb". Linear time.
std::string DecodeMultiNewsDocument(std::string_view document);

// The cluster of line `line_number` of `file`: id and origin "file:line",
// one Article per non-empty document (id "<cluster id>-<n>" for the n-th
// document of the line, counting from 1 and counting skipped ones too). Invalid UTF-8 is repaired and reported;
// empty documents are skipped with a note. The cluster may have no articles.
Cluster ParseMultiNewsLine(std::string_view line, const std::string& file,
                           size_t line_number, Diagnostics* diagnostics);

// True when `bytes` contain a Multi-News separator or marker.
bool LooksLikeMultiNews(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_INGEST_MULTINEWS_READER_H_
