// Copyright 2026 The precis Authors.
//
// Readers: turn files, directories and standard input into Articles grouped
// in Clusters. Formats: plain text (one article a file, optional header
// lines), Multi-News text (documents separated by "|||||", line breaks as
// NEWLINE_CHAR, one cluster a line), and JSONL (one article a line, or one
// cluster a line). The format is detected from the path and the content, or
// forced.

#ifndef PRECIS_READER_H_
#define PRECIS_READER_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/status.h"

namespace precis {

enum class InputFormat { kAuto, kText, kMultiNews, kJsonl, kHtml };

// "auto", "text", "multinews", "jsonl", "html"; false for an unknown name.
bool ParseInputFormat(std::string_view name, InputFormat* format);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension and content
  size_t max_file_bytes = size_t{1} << 30;  // larger files are refused
};

// Reads every path ("-" is standard input; a directory contributes its
// files, recursively, in sorted order). Articles from text files and from
// article-per-line JSONL are gathered into one cluster (id "input", or the
// single directory's name), which comes first; Multi-News lines and
// cluster-per-line JSONL give one cluster each, in input order (a Multi-News
// "X.src" takes its references from "X.tgt" beside it, line by line, as the
// dataset ships them; the stream does too). Article ids
// are unique within a cluster and cluster ids within the result (repeats
// get "-2", "-3", ...). Every Article::text is valid UTF-8 and
// body_begin <= text.size().
//
// The format of a file is options.format, or else by extension (.txt text,
// .src Multi-News, .json/.jsonl/.ndjson JSONL, .html/.htm HTML, each
// optionally .gz) checked against the content (a .txt holding "|||||" is
// Multi-News, one opening with a doctype or <html> is HTML), or else by the content alone (a doctype or <html> first:
// HTML; a '{' first: JSONL; separators: Multi-News; else text). An HTML
// page becomes the article found in it (see html.h): its text is the
// extracted text, a page without an article is skipped like an empty
// file. A JSONL line with an "html" field is such a page too.
//
// Fails, with a message naming the file (and line), on: no paths; "-" given
// twice; a missing path; a file named on the command line that is empty,
// binary, larger than max_file_bytes or holds no article; a malformed JSONL
// line (anywhere); a directory in which no file gave an article. Inside a
// directory, hidden files, files with other extensions (when the format is
// kAuto) are skipped with a note, and empty or binary files with a warning.
// Repaired bytes, skipped documents and lines, renamed ids and dates left
// as given are reported in *diagnostics (which may be null).
Result<std::vector<Cluster>> ReadClusters(const std::vector<std::string>& paths,
                                          const ReadOptions& options,
                                          Diagnostics* diagnostics);

// Reads one stream the caller owns (what "-" does with standard input);
// `name` stands for it in ids, origins and messages.
Result<std::vector<Cluster>> ReadClusters(std::istream& in,
                                          const std::string& name,
                                          const ReadOptions& options,
                                          Diagnostics* diagnostics);

// Reads clusters one at a time from a cluster-per-line file (JSONL or
// Multi-News), in memory proportional to one line: for evaluation sets.
class ClusterStream {
 public:
  virtual ~ClusterStream() = default;
  // Fills *cluster with the next cluster and returns true; false at the end.
  // Lines without a document are skipped with a warning. Fails on a
  // malformed line, an article-per-line JSONL line, a binary file, and at
  // the end of a file that gave no cluster at all.
  virtual Result<bool> Next(Cluster* cluster) = 0;
};

// True when `path` is a regular file (not a directory, pipe or standard
// input) of clusters only, one a line: Multi-News, or JSONL whose first line
// is a cluster and whose every line names "documents" (and no "html"). Such
// a file can be read with OpenClusterStream instead of ReadClusters, in
// memory for one line, with the same clusters; reads the file once, without
// parsing past the first line.
bool IsClusterPerLineFile(const std::string& path, const ReadOptions& options);

// Whether the first non-blank line of an input called `name` (its extension
// counts, as for a file) is a cluster of a cluster-per-line format: for
// streams that cannot be read twice, which a later article line then stops.
bool StartsClusterPerLine(std::string_view line, const std::string& name,
                          const ReadOptions& options);

// Opens `path` ("-": standard input; ".gz": gzip) for streaming. The format
// is options.format, or by extension, or from the first non-blank line ('{':
// JSONL; "|||||" or NEWLINE_CHAR: Multi-News; anything else is refused as
// not cluster-per-line). Fails on a missing path, a directory, and
// InputFormat::kText. `diagnostics` (may be null) must outlive the stream.
Result<std::unique_ptr<ClusterStream>> OpenClusterStream(
    const std::string& path, const ReadOptions& options,
    Diagnostics* diagnostics);

// The same on a stream the caller owns, which must outlive the result.
Result<std::unique_ptr<ClusterStream>> OpenClusterStream(
    std::istream& in, const std::string& name, const ReadOptions& options,
    Diagnostics* diagnostics);

}  // namespace precis

#endif  // PRECIS_READER_H_
