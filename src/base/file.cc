// Copyright 2026 The precis Authors.

#include "base/file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

namespace precis {
namespace fs = std::filesystem;

namespace {

// Reads what is left of `in` into *data (appended), straight into its
// buffer: no copy through a staging buffer, and no reallocation when the
// caller reserved the size.
bool AppendStream(std::istream& in, std::string* data) {
  constexpr size_t kChunk = 1 << 16;
  for (;;) {
    const size_t old = data->size();
    const size_t room = std::max(kChunk, data->capacity() - old);
    data->resize(old + room);
    in.read(data->data() + old, static_cast<std::streamsize>(room));
    const auto got = static_cast<size_t>(in.gcount());
    data->resize(old + got);
    if (got < room) break;
  }
  return !in.bad();
}

}  // namespace

Result<std::string> ReadStream(std::istream& in, const std::string& name) {
  std::string data;
  if (!AppendStream(in, &data)) {
    return Status::IOError(name + ": read error");
  }
  return data;
}

Result<std::string> ReadFile(const std::string& path) {
  if (path == "-") return ReadStream(std::cin, "-");
  std::error_code ec;
  const auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    return Status::NotFound(path + ": no such file or directory");
  }
  if (fs::is_directory(st)) {
    return Status::BadInput(path + ": is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  }
  std::string data;
  const auto size = fs::file_size(path, ec);
  // One byte over the size, so that the read that meets the end of the
  // file fits too.
  if (!ec) data.reserve(static_cast<size_t>(size) + 1);
  if (!AppendStream(in, &data)) {
    return Status::IOError(path + ": read error");
  }
  return data;
}

bool LooksBinary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 8192);
  size_t control = 0;
  for (const char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' &&
        c != '\v' && c != 0x1B) {
      ++control;
    }
  }
  return !head.empty() && control * 10 > head.size();
}

namespace {

// Appends the regular files below `dir` to *files and every directory or
// entry that could not be read to *unreadable ("path: reason"), then goes
// on with the rest: one unreadable folder must not end the walk.
void Walk(const fs::path& dir, std::vector<std::string>* files,
          std::vector<std::string>* unreadable) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    unreadable->push_back(dir.string() + ": " + ec.message());
    return;
  }
  for (; it != end; it.increment(ec)) {
    const fs::file_status link = it->symlink_status(ec);
    if (!ec && fs::is_directory(link)) {
      Walk(it->path(), files, unreadable);
    } else if (!ec && it->is_regular_file(ec)) {
      files->push_back(it->path().string());
    }
    if (ec) unreadable->push_back(it->path().string() + ": " + ec.message());
  }
  // increment() sets ec and leaves `it` at the end when reading fails.
  if (ec) unreadable->push_back(dir.string() + ": " + ec.message());
}

}  // namespace

Result<std::vector<std::string>> ListFiles(const std::string& dir) {
  std::error_code ec;
  if (fs::directory_iterator probe(dir, ec); ec) {
    return Status::IOError(dir + ": " + ec.message());
  }
  std::vector<std::string> files, unreadable;
  Walk(dir, &files, &unreadable);
  if (!unreadable.empty()) {
    std::sort(unreadable.begin(), unreadable.end());
    std::string msg = "cannot read all of " + dir + " (" +
                      std::to_string(unreadable.size()) + " unreadable):";
    for (const std::string& u : unreadable) msg += "\n  " + u;
    return Status::IOError(msg);
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool IsDirectory(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

std::string FileStem(std::string_view path) {
  return fs::path(path).stem().string();
}

}  // namespace precis
