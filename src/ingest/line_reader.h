// Copyright 2026 The precis Authors.
//
// LineReader: the lines of a file, a stream, a gzip file or a buffer, one at a
// time, in memory proportional to the longest line. The readers of
// line-oriented formats (JSONL, Multi-News) sit on top of it.

#ifndef PRECIS_INGEST_LINE_READER_H_
#define PRECIS_INGEST_LINE_READER_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis {

class LineReader {
 public:
  virtual ~LineReader() = default;

  // Sets *line to the next line, without its '\n' (a '\r' before it is
  // kept), and returns true; returns false at the end. The view stays valid
  // until the next call. A last line without '\n' is still a line; an empty
  // input has no lines.
  virtual Result<bool> Next(std::string_view* line) = 0;

  // 1-based number of the line Next() returned last; 0 before the first.
  size_t line_number() const { return line_number_; }

 protected:
  size_t line_number_ = 0;
};

// Lines of `bytes`, which must outlive the reader.
std::unique_ptr<LineReader> LinesOfBuffer(std::string_view bytes);

// Lines of `in`, which must outlive the reader; `name` is used in errors.
std::unique_ptr<LineReader> LinesOfStream(std::istream& in, std::string name);

// Lines of a file: "-" is standard input, a name ending in ".gz" is
// decompressed with zlib. Fails with NotFound for a missing file.
Result<std::unique_ptr<LineReader>> OpenLines(const std::string& path);

// True when `path` names a gzip file (by its ".gz" extension).
bool IsGzipPath(std::string_view path);

// Reads and decompresses a whole gzip file, refusing more than max_bytes of
// output.
Result<std::string> ReadGzipFile(const std::string& path, size_t max_bytes);

}  // namespace precis

#endif  // PRECIS_INGEST_LINE_READER_H_
