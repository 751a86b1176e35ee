// Copyright 2026 The precis Authors.
//
// Multi-News text (Fabbri et al., ACL 2019): one cluster a line, its
// documents separated by "|||||", line breaks inside a document written as
// the marker NEWLINE_CHAR.

#ifndef PRECIS_INGEST_MULTINEWS_READER_H_
#define PRECIS_INGEST_MULTINEWS_READER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/line_reader.h"
#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/status.h"

namespace precis {

inline constexpr std::string_view kMultiNewsSeparator = "|||||";
inline constexpr std::string_view kMultiNewsNewline = "NEWLINE_CHAR";

// One document's text with every NEWLINE_CHAR turned into "\n": the spaces
// and tabs on both sides of a marker go with it, and the whole is trimmed.
// "a NEWLINE_CHAR NEWLINE_CHAR b" gives "a\n\nb". Linear time.
std::string DecodeMultiNewsDocument(std::string_view document);

// The cluster of line `line_number` of `file`: id and origin "file:line",
// one Article per non-empty document (id "<cluster id>-<n>" for the n-th
// document of the line, counting from 1 and counting skipped ones too). Invalid
// UTF-8 is repaired and reported; empty documents are skipped with a note. The
// cluster may have no articles.
Cluster ParseMultiNewsLine(std::string_view line, const std::string& file,
                           size_t line_number, Diagnostics* diagnostics);

// True when `bytes` contain a Multi-News separator or marker.
bool LooksLikeMultiNews(std::string_view bytes);

// Multi-News ships each split as X.src (documents) and X.tgt (the human
// summaries, line by line): the .tgt beside a .src gives the clusters'
// references. Reads the .tgt one line at a time, in step with the .src.
class MultiNewsSummaries {
 public:
  // The summaries beside `src_path` ("X.src" -> "X.tgt", "X.src.gz" ->
  // "X.tgt.gz"); nullptr when `src_path` is not a .src or there is no .tgt.
  static Result<std::unique_ptr<MultiNewsSummaries>> OpenBeside(
      const std::string& src_path, Diagnostics* diagnostics);

  // The summary on line `line_number`, decoded like a document and without
  // the "– " that opens every Multi-News summary; "" (with one warning) past
  // the end of the file. REQUIRES: line_number grows from call to call.
  Result<std::string> At(size_t line_number);

  const std::string& path() const { return path_; }

 private:
  MultiNewsSummaries(std::unique_ptr<LineReader> lines, std::string path,
                     Diagnostics* diagnostics)
      : lines_(std::move(lines)),
        path_(std::move(path)),
        diagnostics_(diagnostics) {}

  std::unique_ptr<LineReader> lines_;
  std::string path_;
  Diagnostics* diagnostics_;
  bool done_ = false;
};

}  // namespace precis

#endif  // PRECIS_INGEST_MULTINEWS_READER_H_
