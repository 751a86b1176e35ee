// Copyright 2026 The precis Authors.
//
// Diagnostics: warnings about input that precis read anyway (repaired bytes,
// skipped files, dropped lines), each naming the file and line. Readers append
// here; the CLI prints them to stderr. Errors that stop the work are Statuses.

#ifndef PRECIS_DIAGNOSTICS_H_
#define PRECIS_DIAGNOSTICS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace precis {

struct Diagnostic {
  enum class Severity { kNote, kWarning };
  Severity severity = Severity::kWarning;
  std::string file;  // path as given by the user; "-" for standard input
  size_t line = 0;   // 1-based; 0 when the message is about the whole file
  std::string message;

  // "file:line: warning: message", the format compilers use.
  std::string ToString() const;
};

// Not thread-safe: give each thread its own and Merge() them afterwards.
class Diagnostics {
 public:
  void Warn(std::string file, size_t line, std::string message) {
    items_.push_back({Diagnostic::Severity::kWarning, std::move(file), line,
                      std::move(message)});
  }
  void Note(std::string file, size_t line, std::string message) {
    items_.push_back({Diagnostic::Severity::kNote, std::move(file), line,
                      std::move(message)});
  }
  void Merge(Diagnostics&& other) {
    for (auto& d : other.items_) items_.push_back(std::move(d));
    other.items_.clear();
  }
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace precis

#endif  // PRECIS_DIAGNOSTICS_H_
