// Copyright 2026 The precis Authors.
//
// Stemmer over libstemmer (Snowball), and stop-word lists from precis's own
// data files, compiled into the library.

#include "precis/stemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <string>

#include "base/string_interner.h"

namespace precis {
namespace data {
extern const std::string_view kStopWordsEnglish;
extern const std::string_view kStopWordsGerman;
extern const std::string_view kStopWordsFrench;
extern const std::string_view kStopWordsSpanish;
}  // namespace data

namespace {

// ISO 639-1 codes for the Snowball languages libstemmer ships.
struct Alias {
  std::string_view code, name;
};
constexpr Alias kAliases[] = {
    {"ar", "arabic"},     {"da", "danish"},    {"de", "german"},
    {"el", "greek"},      {"en", "english"},   {"es", "spanish"},
    {"fi", "finnish"},    {"fr", "french"},    {"hu", "hungarian"},
    {"id", "indonesian"}, {"ga", "irish"},     {"it", "italian"},
    {"lt", "lithuanian"}, {"ne", "nepali"},    {"nl", "dutch"},
    {"no", "norwegian"},  {"nb", "norwegian"}, {"pt", "portuguese"},
    {"ro", "romanian"},   {"ru", "russian"},   {"sr", "serbian"},
    {"sv", "swedish"},    {"ta", "tamil"},     {"tr", "turkish"},
    {"hy", "armenian"},   {"eu", "basque"},    {"ca", "catalan"},
    {"hi", "hindi"},      {"yi", "yiddish"},
};

// Lower-cased, with an ISO code or a region-tagged code ("en-US") mapped to
// its Snowball name.
std::string Canonical(std::string_view language) {
  std::string s(language);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (s.size() > 2 && (s[2] == '-' || s[2] == '_')) s.resize(2);
  for (const Alias& a : kAliases) {
    if (s == a.code) return std::string(a.name);
  }
  return s;
}

}  // namespace

struct Stemmer::Impl {
  sb_stemmer* stemmer = nullptr;
  ~Impl() {
    if (stemmer != nullptr) sb_stemmer_delete(stemmer);
  }
};

Stemmer::Stemmer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Stemmer::~Stemmer() = default;

Result<std::unique_ptr<Stemmer>> Stemmer::Create(std::string_view language) {
  const std::string name = Canonical(language);
  auto impl = std::make_unique<Impl>();
  impl->stemmer = sb_stemmer_new(name.c_str(), "UTF_8");
  if (impl->stemmer == nullptr) {
    std::string list;
    for (const std::string& l : Languages()) {
      list += (list.empty() ? "" : ", ") + l;
    }
    return Status::InvalidArgument("no stemmer for language '" +
                                   std::string(language) + "' (known: " + list +
                                   ")");
  }
  return std::unique_ptr<Stemmer>(new Stemmer(std::move(impl)));
}

std::string_view Stemmer::Stem(std::string_view word) {
  const sb_symbol* out = sb_stemmer_stem(
      impl_->stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
      static_cast<int>(word.size()));
  if (out == nullptr) return word;  // out of memory: the word itself
  return std::string_view(
      reinterpret_cast<const char*>(out),
      static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

std::vector<std::string> Stemmer::Languages() {
  std::vector<std::string> out;
  for (const char** l = sb_stemmer_list(); *l != nullptr; ++l) {
    out.emplace_back(*l);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// The embedded list of a Snowball language name, or "" when there is none.
std::string_view StopWordData(std::string_view name) {
  if (name == "english" || name == "porter") return data::kStopWordsEnglish;
  if (name == "german") return data::kStopWordsGerman;
  if (name == "french") return data::kStopWordsFrench;
  if (name == "spanish") return data::kStopWordsSpanish;
  return {};
}

}  // namespace

const StopWords& StopWords::ForLanguage(std::string_view language) {
  // Lists are built once per language on first use and never freed, so the
  // references handed out stay valid; the mutex makes this thread-safe.
  static std::mutex mu;
  static auto* lists = new std::map<std::string, StopWords*, std::less<>>();
  const std::string name = Canonical(language);
  std::lock_guard<std::mutex> lock(mu);
  auto it = lists->find(name);
  if (it != lists->end()) return *it->second;
  auto* words = new StopWords();
  const std::string_view data = StopWordData(name);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
      line.remove_suffix(1);
    }
    if (line.empty() || line[0] == '#') continue;
    words->words_.push_back(line);
  }
  std::sort(words->words_.begin(), words->words_.end());
  words->words_.erase(std::unique(words->words_.begin(), words->words_.end()),
                      words->words_.end());
  auto* index = new StringInterner();
  for (const std::string_view w : words->words_) {
    index->Intern(w);
    words->longest_ = std::max(words->longest_, w.size());
  }
  words->index_ = index;
  lists->emplace(name, words);
  return *words;
}

bool StopWords::Contains(std::string_view lower_word) const {
  // Lists use the straight apostrophe; a curly one (U+2019) in the query is
  // read as straight. Words that long are never stop words.
  constexpr std::string_view kCurly = "\xE2\x80\x99";
  char buf[64];  // Outlives the if: lower_word may point into it below.
  if (lower_word.find(kCurly) != std::string_view::npos) {
    size_t n = 0;
    for (size_t i = 0; i < lower_word.size(); ++i) {
      if (n == sizeof(buf)) return false;
      if (lower_word.substr(i, 3) == kCurly) {
        buf[n++] = '\'';
        i += 2;
      } else {
        buf[n++] = lower_word[i];
      }
    }
    lower_word = std::string_view(buf, n);
  }
  return lower_word.size() <= longest_ &&
         index_->Find(lower_word) != StringInterner::kNone;
}

size_t StopWords::size() const { return words_.size(); }

}  // namespace precis
