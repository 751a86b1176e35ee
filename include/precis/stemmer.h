// Copyright 2026 The precis Authors.
//
// Stemming (Snowball, through libstemmer) and stop words, by language.

#ifndef PRECIS_STEMMER_H_
#define PRECIS_STEMMER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis {

class StringInterner;  // src/base/string_interner.h

// Wraps one Snowball stemmer. Not thread-safe: use one per thread.
class Stemmer {
 public:
  // `language` is a Snowball name or ISO 639-1 code: "english"/"en",
  // "porter" (the original Porter algorithm), "german"/"de", ...
  static Result<std::unique_ptr<Stemmer>> Create(std::string_view language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lower-cased word. The view stays valid until the next
  // call on this stemmer.
  std::string_view Stem(std::string_view word);

  // Names accepted by Create().
  static std::vector<std::string> Languages();

 private:
  struct Impl;
  explicit Stemmer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The stop-word list of a language (lower case, case-folded), from precis's
// own data files. Empty for a language without one.
class StopWords {
 public:
  static const StopWords& ForLanguage(std::string_view language);
  bool Contains(std::string_view lower_word) const;
  size_t size() const;

 private:
  StopWords() = default;
  std::vector<std::string_view> words_;  // sorted, views into static data
  // The same words, for lookups by hash; owned, and like every list never
  // freed (ForLanguage).
  const StringInterner* index_ = nullptr;
  size_t longest_ = 0;  // longer words are never stop words
};

}  // namespace precis

#endif  // PRECIS_STEMMER_H_
