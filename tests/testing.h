// Copyright 2026 The precis Authors.
//
// Helpers shared by the tests.

#ifndef PRECIS_TESTS_TESTING_H_
#define PRECIS_TESTS_TESTING_H_

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

namespace precis::testing {

// Path of a file in ../shared (evaluation data, golden values), or "" when the
// folder is absent: tests that need it call GTEST_SKIP() then. The environment
// variable PRECIS_SHARED overrides the location.
inline std::string SharedPath(const std::string& rel) {
  const char* env = std::getenv("PRECIS_SHARED");
  const std::string root = env != nullptr ? env : PRECIS_SHARED_DIR;
  const std::string path = root + "/" + rel;
  return std::filesystem::exists(path) ? path : std::string();
}

// Path of a file in the source tree.
inline std::string SourcePath(const std::string& rel) {
  return std::string(PRECIS_SOURCE_DIR) + "/" + rel;
}

// Seeded random bytes: a mix of ASCII text, punctuation, UTF-8 sequences and
// invalid bytes, for junk tests that must never crash.
inline std::string RandomJunk(std::mt19937& rng, size_t n) {
  static const char* kPieces[] = {
      "a", "Word", " ", "  ", "\n", "\n\n", ".", "!", "?", "...", "\"", "'",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99", "(", ")", "Mr.", "U.S.",
      "3.5", "$", "%", "-", "\xE2\x80\x94", "http://x.org/a", "@h", "#",
      "\xC3\xA9", "\xF0\x9F\x98\x80", "\xFF", "\xC3", "\xE2\x80", "\x00",
      "\t", "NEWLINE_CHAR", "|||||", ",", ";", ":", "A.", "e.g.", "1.", "\r\n"};
  constexpr size_t kCount = sizeof(kPieces) / sizeof(kPieces[0]);
  std::string s;
  std::uniform_int_distribution<size_t> pick(0, kCount - 1);
  while (s.size() < n) {
    const char* p = kPieces[pick(rng)];
    if (p[0] == '\0') {
      s.push_back('\0');
    } else {
      s += p;
    }
  }
  return s;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_TESTING_H_
