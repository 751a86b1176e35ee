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
#include <memory>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/status.h"

namespace precis {

enum class InputFormat { kAuto, kText, kMultiNews, kJsonl };

// "auto", "text", "multinews", "jsonl"; false for an unknown name.
bool ParseInputFormat(std::string_view name, InputFormat* format);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension and content
  size_t max_file_bytes = size_t{1} << 30;  // larger files are refused
};

// Reads every path ("-" is standard input; a directory contributes its
// files, recursively, in sorted order). Articles from text files and from
// article-per-line JSONL are gathered into one cluster (id "input", or the
// single directory's name); Multi-News lines and cluster-per-line JSONL give
// one cluster each. Repaired bytes, skipped files and skipped lines are
// reported in *diagnostics. Fails (naming file and line) on a missing path,
// an unreadable or binary file, a malformed line, or when nothing at all
// could be read.
Result<std::vector<Cluster>> ReadClusters(const std::vector<std::string>& paths,
                                          const ReadOptions& options,
                                          Diagnostics* diagnostics);

// Reads clusters one at a time from a cluster-per-line file (JSONL or
// Multi-News), in memory proportional to one line: for evaluation sets.
class ClusterStream {
 public:
  virtual ~ClusterStream() = default;
  // Fills *cluster with the next cluster and returns true; false at the end.
  virtual Result<bool> Next(Cluster* cluster) = 0;
};

Result<std::unique_ptr<ClusterStream>> OpenClusterStream(
    const std::string& path, const ReadOptions& options,
    Diagnostics* diagnostics);

}  // namespace precis

#endif  // PRECIS_READER_H_
