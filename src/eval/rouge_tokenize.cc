// Copyright 2026 The precis Authors.

#include "eval/rouge_tokenize.h"

#include "eval/porter_nltk.h"
#include "eval/porter_rouge155.h"
#include "eval/rouge_lexicon.h"

namespace precis::rouge {

void ForEachRougeScoreToken(std::string_view text, std::string* scratch,
                            void (*f)(void*, std::string_view), void* arg) {
  scratch->clear();
  const size_t n = text.size();
  auto flush = [&] {
    if (!scratch->empty()) f(arg, std::string_view(*scratch));
    scratch->clear();
  };
  for (size_t i = 0; i < n; ++i) {
    char ch = text[i];
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      scratch->push_back(ch);
      continue;
    }
    // str.lower() turns U+0130 into "i" + U+0307, U+212A into "k".
    if (ch == '\xC4' && i + 1 < n && text[i + 1] == '\xB0') {
      scratch->push_back('i');
      flush();  // U+0307 is not alphanumeric
      ++i;
      continue;
    }
    if (ch == '\xE2' && i + 2 < n && text[i + 1] == '\x84' &&
        text[i + 2] == '\xAA') {
      scratch->push_back('k');
      i += 2;
      continue;
    }
    flush();
  }
  flush();
}

uint32_t TokenMapper::Map(std::string_view token) {
  const auto it = tokens_.find(token);
  if (it != tokens_.end()) return it->second;
  uint32_t id;
  if (drop_stopwords_ && IsRouge155StopWord(token)) {
    id = kDropped;
  } else if (stemming_ == Stemming::kNone || token.size() <= 3) {
    id = Intern(std::string(token));
  } else if (stemming_ == Stemming::kNltk) {
    id = Intern(PorterStemNltk(token));
  } else if (const auto form = WordNetException(token)) {
    id = Intern(std::string(*form));
  } else {
    id = Intern(PorterStemRouge155(token));
  }
  tokens_.emplace(std::string(token), id);
  return id;
}

uint32_t TokenMapper::Intern(std::string form) {
  const auto it = form_ids_.find(form);
  if (it != form_ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(forms_.size());
  forms_.push_back(form);
  form_ids_.emplace(std::move(form), id);
  return id;
}

}  // namespace precis::rouge
