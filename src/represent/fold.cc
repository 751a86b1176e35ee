// Copyright 2026 The precis Authors.

#include "represent/fold.h"

#include <utf8proc.h>

#include "base/utf8.h"

namespace precis {

void FoldCase(std::string_view token, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < token.size()) {
    const auto b = static_cast<unsigned char>(token[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    char32_t cp;
    i += DecodeUtf8(token, i, &cp);
    if (cp == 0x2019 || cp == 0x2018) {
      out->push_back('\'');
      continue;
    }
    if (cp == 0xAD) continue;  // soft hyphen: invisible, inside words
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(cp)), out);
  }
}

void StripPossessive(std::string* word) {
  const size_t n = word->size();
  if (n > 2 && (*word)[n - 2] == '\'' && (*word)[n - 1] == 's') {
    word->resize(n - 2);
  } else if (n > 1 && (*word)[n - 1] == '\'') {
    word->resize(n - 1);
  }
}

}  // namespace precis
