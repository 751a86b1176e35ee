// Copyright 2026 The precis Authors.
//
// How the two reference implementations of ROUGE turn text into tokens, and
// the interning of those tokens to dense ids.
//
// ROUGE-1.5.5 lower-cases A-Z, makes every byte that is not an ASCII letter
// or digit a space and keeps the words that start with a letter or digit:
// that is, the maximal runs of [a-z0-9]. rouge-score does the same after
// Python's str.lower(), which also maps U+0130 to "i" + U+0307 and U+212A
// (Kelvin) to "k".

#ifndef PRECIS_EVAL_ROUGE_TOKENIZE_H_
#define PRECIS_EVAL_ROUGE_TOKENIZE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace precis::rouge {

// Calls f(token) for each token of `text`, ROUGE-1.5.5's way. The token is a
// view into *scratch, valid during the call.
template <typename F>
void ForEachRouge155Token(std::string_view text, std::string* scratch, F f) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    scratch->clear();
    for (; i < n; ++i) {
      char ch = text[i];
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        scratch->push_back(ch);
      } else if (!scratch->empty()) {
        break;
      }
    }
    if (!scratch->empty()) f(std::string_view(*scratch));
  }
}

// Calls f(token) for each token of `text`, rouge-score's way.
void ForEachRougeScoreToken(std::string_view text, std::string* scratch,
                            void (*f)(void*, std::string_view), void* arg);
template <typename F>
void ForEachRougeScoreToken(std::string_view text, std::string* scratch, F f) {
  ForEachRougeScoreToken(
      text, scratch,
      [](void* a, std::string_view t) { (*static_cast<F*>(a))(t); }, &f);
}

// A tokenized text: ids, split into sentences.
struct TokenSeq {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> sentence_ends;  // sentence i is [end(i-1), end(i))

  void Clear() {
    ids.clear();
    sentence_ends.clear();
  }
  void EndSentence() {
    sentence_ends.push_back(static_cast<uint32_t>(ids.size()));
  }
  size_t sentences() const { return sentence_ends.size(); }
  std::span<const uint32_t> Sentence(size_t i) const {
    const uint32_t begin = i == 0 ? 0 : sentence_ends[i - 1];
    return std::span<const uint32_t>(ids).subspan(begin,
                                                  sentence_ends[i] - begin);
  }
};

// Which stemmer a TokenMapper applies (to tokens longer than 3 bytes).
enum class Stemming {
  kNone,
  kRouge155,  // WordNet exceptions, then ROUGE-1.5.5's Porter stemmer
  kNltk,      // NLTK's Porter stemmer, NLTK_EXTENSIONS mode
};

// Maps tokens to dense ids of their final form (after stop-word removal and
// stemming), computing each distinct token's form once. Ids are given in
// order of first appearance. Not thread-safe.
class TokenMapper {
 public:
  static constexpr uint32_t kDropped = UINT32_MAX;

  TokenMapper(Stemming stemming, bool drop_rouge155_stopwords)
      : stemming_(stemming), drop_stopwords_(drop_rouge155_stopwords) {}

  // The id of `token`'s form, or kDropped for a stop word.
  uint32_t Map(std::string_view token);
  // Appends Map(token) to *ids unless it is kDropped.
  void Append(std::string_view token, std::vector<uint32_t>* ids) {
    const uint32_t id = Map(token);
    if (id != kDropped) ids->push_back(id);
  }
  // Number of distinct forms; every id is below it.
  size_t size() const { return forms_.size(); }
  std::string_view Form(uint32_t id) const { return forms_[id]; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>{}(s);
    }
  };
  uint32_t Intern(std::string form);

  Stemming stemming_;
  bool drop_stopwords_;
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> tokens_;
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> form_ids_;
  std::vector<std::string> forms_;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_TOKENIZE_H_
