// Copyright 2026 The precis Authors.

#include "ingest/line_reader.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <utility>

namespace precis {
namespace {

class BufferLineReader : public LineReader {
 public:
  explicit BufferLineReader(std::string_view bytes) : rest_(bytes) {}

  Result<bool> Next(std::string_view* line) override {
    if (rest_.empty()) return false;
    const size_t nl = rest_.find('\n');
    *line = rest_.substr(0, nl);
    rest_.remove_prefix(nl == std::string_view::npos ? rest_.size() : nl + 1);
    ++line_number_;
    return true;
  }

 private:
  std::string_view rest_;
};

class StreamLineReader : public LineReader {
 public:
  StreamLineReader(std::istream* in, std::string name,
                   std::unique_ptr<std::istream> owned = nullptr)
      : in_(in), owned_(std::move(owned)), name_(std::move(name)) {}

  Result<bool> Next(std::string_view* line) override {
    if (!std::getline(*in_, buffer_)) {
      if (in_->bad()) return Status::IOError(name_ + ": read error");
      return false;
    }
    *line = buffer_;
    ++line_number_;
    return true;
  }

 private:
  std::istream* in_;
  std::unique_ptr<std::istream> owned_;
  std::string name_;
  std::string buffer_;
};

// Reads the file in chunks and cuts lines out of a buffer that holds the
// current line and at most one chunk more.
// Why gzread returned n <= 0. zlib returns 0 (not -1) at the end of a
// truncated stream and keeps the reason, Z_BUF_ERROR "unexpected end of
// file", for gzerror: a 0 is the end of the data only when no error is set.
Status GzipEndStatus(gzFile file, int n, const std::string& name) {
  int errnum = Z_OK;
  const char* msg = gzerror(file, &errnum);
  if (n == 0 && errnum == Z_OK) return Status::OK();
  return Status::BadInput(name + ": gzip error: " + msg);
}

class GzipLineReader : public LineReader {
 public:
  GzipLineReader(gzFile file, std::string name)
      : file_(file), name_(std::move(name)) {}
  ~GzipLineReader() override { gzclose(file_); }

  Result<bool> Next(std::string_view* line) override {
    size_t scanned = start_;
    for (;;) {
      const size_t nl = buffer_.find('\n', scanned);
      if (nl != std::string::npos) return Cut(nl, nl + 1, line);
      if (eof_) {
        if (start_ == buffer_.size()) return false;
        return Cut(buffer_.size(), buffer_.size(), line);
      }
      // Drop the lines already returned before growing the buffer, so that
      // it holds one line and one chunk at most (and each byte moves once).
      buffer_.erase(0, start_);
      start_ = 0;
      scanned = buffer_.size();
      PRECIS_RETURN_IF_ERROR(Fill());
    }
  }

 private:
  bool Cut(size_t end, size_t next, std::string_view* line) {
    *line = std::string_view(buffer_).substr(start_, end - start_);
    start_ = next;
    ++line_number_;
    return true;
  }

  Status Fill() {
    char chunk[1 << 16];
    const int n = gzread(file_, chunk, sizeof chunk);
    if (n <= 0) PRECIS_RETURN_IF_ERROR(GzipEndStatus(file_, n, name_));
    if (n == 0) eof_ = true;
    buffer_.append(chunk, static_cast<size_t>(n));
    return Status::OK();
  }

  gzFile file_;
  std::string name_;
  std::string buffer_;
  size_t start_ = 0;  // first byte not yet returned
  bool eof_ = false;
};

Status CheckReadable(const std::string& path) {
  std::error_code ec;
  const auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) {
    return Status::NotFound(path + ": no such file or directory");
  }
  if (std::filesystem::is_directory(st)) {
    return Status::BadInput(path + ": is a directory");
  }
  return Status::OK();
}

Result<gzFile> OpenGzip(const std::string& path) {
  PRECIS_RETURN_IF_ERROR(CheckReadable(path));
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  }
  return file;
}

}  // namespace

std::unique_ptr<LineReader> LinesOfBuffer(std::string_view bytes) {
  return std::make_unique<BufferLineReader>(bytes);
}

std::unique_ptr<LineReader> LinesOfStream(std::istream& in, std::string name) {
  return std::make_unique<StreamLineReader>(&in, std::move(name));
}

bool IsGzipPath(std::string_view path) {
  return path.size() > 3 && path.substr(path.size() - 3) == ".gz";
}

Result<std::unique_ptr<LineReader>> OpenLines(const std::string& path) {
  if (path == "-") return LinesOfStream(std::cin, "-");
  if (IsGzipPath(path)) {
    PRECIS_ASSIGN_OR_RETURN(gzFile file, OpenGzip(path));
    return std::unique_ptr<LineReader>(
        std::make_unique<GzipLineReader>(file, path));
  }
  PRECIS_RETURN_IF_ERROR(CheckReadable(path));
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in) {
    return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  }
  std::istream* raw = in.get();
  return std::unique_ptr<LineReader>(
      std::make_unique<StreamLineReader>(raw, path, std::move(in)));
}

Result<std::string> ReadGzipFile(const std::string& path, size_t max_bytes) {
  PRECIS_ASSIGN_OR_RETURN(gzFile file, OpenGzip(path));
  std::string data;
  char chunk[1 << 16];
  int n;
  while ((n = gzread(file, chunk, sizeof chunk)) > 0) {
    data.append(chunk, static_cast<size_t>(n));
    if (data.size() > max_bytes) {
      gzclose(file);
      return Status::BadInput(path + ": larger than " +
                              std::to_string(max_bytes) +
                              " bytes when decompressed");
    }
  }
  Status status = GzipEndStatus(file, n, path);
  gzclose(file);
  if (!status.ok()) return status;
  return data;
}

}  // namespace precis
