// Copyright 2026 The precis Authors.
//
// File input: the one place precis touches the file system for reading, so
// that everything above it works on strings and streams.

#ifndef PRECIS_BASE_FILE_H_
#define PRECIS_BASE_FILE_H_

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis {

// Reads a whole file, or standard input when path is "-". Fails with
// NotFound for a missing path, BadInput for a directory, IOError otherwise.
Result<std::string> ReadFile(const std::string& path);

// Reads the rest of a stream.
Result<std::string> ReadStream(std::istream& in, const std::string& name);

// True when the bytes look like a binary file rather than text: a NUL byte,
// or many control characters, in the first 8 KiB.
bool LooksBinary(std::string_view bytes);

// The regular files below `dir` (recursively, following no links), sorted by
// path so that results do not depend on the file system's order. An IOError
// when any folder or entry below `dir` cannot be read: its message names
// every one (the walk goes on past each), so an incomplete input never
// passes for a complete one.
Result<std::vector<std::string>> ListFiles(const std::string& dir);

bool IsDirectory(const std::string& path);

// The file name without directories and without its last extension.
std::string FileStem(std::string_view path);

}  // namespace precis

#endif  // PRECIS_BASE_FILE_H_
