// Copyright 2026 The precis Authors.
//
// A single left-to-right pass. At each non-space position the longest of
// these wins, tried in order: URL, e-mail address, @handle or #tag, number
// (with currency, sign, separators, percent, ordinal and unit suffixes),
// word (with inner hyphens, apostrophes and acronym periods), a run of dots
// or hyphens, one punctuation mark, one symbol.

#include "precis/tokenizer.h"

#include "text/char_class.h"

namespace precis {
namespace {

using text::At;
using text::Before;
using text::CharClass;
using text::Classify;

bool IsAlnum(char32_t cp) {
  const CharClass c = Classify(cp);
  return c == CharClass::kLetter || c == CharClass::kDigit;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

bool StartsWithNoCase(std::string_view s, size_t pos, std::string_view p) {
  if (s.size() - pos < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (Lower(s[pos + i]) != p[i]) return false;
  }
  return true;
}

// End of a run of non-space code points from `pos`.
size_t NonSpaceEnd(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    size_t len;
    const char32_t cp = At(s, pos, &len);
    if (Classify(cp) == CharClass::kSpace) break;
    pos += len;
  }
  return pos;
}

// Trims trailing punctuation a URL does not end with (sentence marks,
// closing quotes, unbalanced brackets) from [begin, end).
size_t TrimUrlEnd(std::string_view s, size_t begin, size_t end) {
  int parens = 0;
  for (size_t i = begin; i < end; ++i) {
    if (s[i] == '(') ++parens;
    if (s[i] == ')') --parens;
  }
  while (end > begin) {
    size_t len;
    const char32_t cp = Before(s, end, &len);
    if (cp == ')' && parens < 0) {
      ++parens;
    } else if (!(cp == '.' || cp == ',' || cp == ';' || cp == ':' ||
                 cp == '!' || cp == '?' || cp == '"' || cp == '\'' ||
                 cp == ']' || cp == '>' || cp == U'\u201D' || cp == U'\u2019' ||
                 cp == U'\u00BB' || cp == 0xFFFD)) {
      break;
    }
    end -= len;
  }
  return end;
}

// A domain "label(.label)+" at pos whose last label is 2 to 24 letters.
// Returns its end, or pos when there is none. *scan_end (if not null) gets
// where the scan stopped, which is the same for every start inside the run.
// No length limit: a limit would make the result depend on the start, and
// the callers' memo of failed runs relies on it not doing so.
size_t DomainEnd(std::string_view s, size_t pos, size_t* scan_end = nullptr) {
  size_t i = pos;
  size_t labels = 0, last_label_begin = pos;
  bool last_all_letters = false;
  while (i < s.size()) {
    const size_t label_begin = i;
    bool letters = true;
    while (i < s.size() && (IsAsciiAlnum(s[i]) || s[i] == '-')) {
      if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) {
        letters = false;
      }
      ++i;
    }
    if (i == label_begin) {
      if (labels > 0) i = label_begin - 1;  // drop the dangling dot
      break;
    }
    ++labels;
    last_label_begin = label_begin;
    last_all_letters = letters;
    if (i + 1 < s.size() && s[i] == '.' && IsAsciiAlnum(s[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (scan_end != nullptr) *scan_end = i;
  const size_t last_len = i - last_label_begin;
  if (labels < 2 || !last_all_letters || last_len < 2 || last_len > 24) {
    return pos;
  }
  return i;
}

// Ends of runs already known to hold no match: a failed scan from one start
// proves that every later start before its stopping point fails the same
// way (fewer labels, same last label, same byte after). Keeps runs such as
// "1a.1a.1a..." linear with a small constant.
struct Misses {
  size_t domain = 0;  // no bare domain + path starts before this
  size_t email = 0;   // no e-mail address starts before this
};

// URL at pos: a scheme, "www.", or a domain followed by a path.
size_t MatchUrl(std::string_view s, size_t pos, Misses* misses) {
  size_t end = 0;
  if (StartsWithNoCase(s, pos, "http://") ||
      StartsWithNoCase(s, pos, "https://") ||
      StartsWithNoCase(s, pos, "ftp://")) {
    end = NonSpaceEnd(s, pos);
  } else if (StartsWithNoCase(s, pos, "www.") && pos + 4 < s.size() &&
             IsAsciiAlnum(s[pos + 4])) {
    end = NonSpaceEnd(s, pos);
  } else {
    if (pos < misses->domain) return pos;
    size_t scan_end;
    const size_t d = DomainEnd(s, pos, &scan_end);
    if (d == pos || d >= s.size() || s[d] != '/') {
      misses->domain = scan_end;
      return pos;
    }
    end = NonSpaceEnd(s, pos);
  }
  end = TrimUrlEnd(s, pos, end);
  // A scheme alone ("http://") is not a URL.
  const size_t scheme = s.substr(pos, end - pos).find("://");
  if (scheme != std::string_view::npos && pos + scheme + 3 >= end) return pos;
  return end;
}

bool IsEmailLocal(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}

size_t MatchEmail(std::string_view s, size_t pos, Misses* misses) {
  if (pos < misses->email) return pos;
  size_t i = pos;
  while (i < s.size() && IsEmailLocal(s[i])) ++i;
  // A later start in [pos, i) stops at the same byte and fails the same way.
  size_t d = i + 1;
  if (i > pos && i < s.size() && s[i] == '@' && s[i - 1] != '.') {
    d = DomainEnd(s, i + 1);
  }
  if (d > i + 1) return d;
  misses->email = i;
  return pos;
}

size_t MatchHandle(std::string_view s, size_t pos) {
  // '@' or '#' not glued to a preceding word, then letters, digits or '_'.
  const char32_t prev = Before(s, pos);
  if (IsAlnum(prev) || prev == '_') return pos;
  size_t i = pos + 1;
  bool any_letter = false;
  while (i < s.size()) {
    size_t len;
    const char32_t cp = At(s, i, &len);
    if (cp == '_' || IsAlnum(cp)) {
      if (Classify(cp) == CharClass::kLetter || cp == '_') any_letter = true;
      i += len;
    } else {
      break;
    }
  }
  // "#1" is a rank, not a tag.
  return any_letter ? i : pos;
}

// Letters (and digits, marks) from pos; returns the end.
size_t AlnumEnd(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    size_t len;
    const char32_t cp = At(s, pos, &len);
    if (!IsAlnum(cp)) break;
    pos += len;
  }
  return pos;
}

// A word from pos (which holds a letter or digit): alphanumerics joined by
// single inner hyphens or apostrophes ("well-known", "don't", "Iran's",
// "10-year-old"), or letters joined by periods ("U.S.", "e.g.", "Ph.D.").
size_t WordEnd(std::string_view s, size_t pos) {
  size_t i = AlnumEnd(s, pos);
  // Acronym with periods: single letters (or two) each followed by '.'.
  if (i < s.size() && s[i] == '.' && i - pos <= 2) {
    size_t j = i;
    int parts = 1;
    while (j < s.size() && s[j] == '.') {
      const size_t k = AlnumEnd(s, j + 1);
      if (k == j + 1 || k - (j + 1) > 2) break;
      j = k;
      ++parts;
    }
    if (parts >= 2) {
      // The final period belongs to the acronym ("U.S."), as in the Penn
      // Treebank; the sentence splitter decides if it also ends a sentence.
      return j < s.size() && s[j] == '.' ? j + 1 : j;
    }
  }
  while (i < s.size()) {
    size_t len;
    const char32_t cp = At(s, i, &len);
    if (!(text::IsHyphen(cp) || text::IsApostrophe(cp))) break;
    size_t next_len;
    const char32_t next = At(s, i + len, &next_len);
    if (!IsAlnum(next)) break;
    i = AlnumEnd(s, i + len);
  }
  return i;
}

// A number from pos: [currency][sign] digits with inner separators
// (1,000  3.14  10:30  1/2), then an optional percent sign, or letters
// (ordinals 1st, decades 1990s, units 5km, 3D, $1.2bn). Hyphens join digit
// groups (2018-04-10, 3-2); a hyphen before letters makes the whole a word
// ("10-year-old"), reported through *is_word. Returns pos if there is no
// digit after the prefix. Iterative, so long "1-1-1-..." runs cannot
// exhaust the stack.
size_t NumberEnd(std::string_view s, size_t pos, bool* is_word) {
  *is_word = false;
  size_t i = pos;
  size_t len;
  char32_t cp = At(s, i, &len);
  if (Classify(cp) == CharClass::kCurrency) {
    i += len;
    cp = At(s, i, &len);
  }
  if (cp == '-' || cp == '+' || cp == U'\u2212') {
    i += len;
    cp = At(s, i, &len);
  }
  if (Classify(cp) != CharClass::kDigit) return pos;
  while (true) {
    // Digits with inner separators.
    while (true) {
      while (i < s.size()) {
        cp = At(s, i, &len);
        if (Classify(cp) != CharClass::kDigit) break;
        i += len;
      }
      if (i + 1 < s.size() &&
          (s[i] == '.' || s[i] == ',' || s[i] == ':' || s[i] == '/') &&
          s[i + 1] >= '0' && s[i + 1] <= '9') {
        ++i;
        continue;
      }
      break;
    }
    cp = At(s, i, &len);
    if (cp == '%' || cp == U'\u2030') return i + len;
    if (Classify(cp) == CharClass::kLetter) i = AlnumEnd(s, i);
    cp = At(s, i, &len);
    if (!text::IsHyphen(cp)) return i;
    const char32_t next = At(s, i + len);
    if (Classify(next) == CharClass::kLetter) {
      *is_word = true;
      return WordEnd(s, i + len);
    }
    if (Classify(next) != CharClass::kDigit || s[i] != '-') return i;
    i += len;  // 2018-04-10, 3-2: the next digit group
  }
}

void Emit(std::vector<Token>* out, size_t b, size_t e, TokenKind kind,
          uint32_t base) {
  out->push_back(
      {{static_cast<uint32_t>(b) + base, static_cast<uint32_t>(e) + base},
       kind});
}

// Splits a final possessive "'s" off the word [b, e) when asked to.
void EmitWord(std::string_view s, std::vector<Token>* out, size_t b, size_t e,
              const TokenizerOptions& options, uint32_t base) {
  if (options.split_possessives && e - b > 2) {
    const char last = s[e - 1];
    if (last == 's' || last == 'S') {
      size_t alen;
      const char32_t apos = Before(s, e - 1, &alen);
      if (text::IsApostrophe(apos) && e - 1 - alen > b) {
        Emit(out, b, e - 1 - alen, TokenKind::kWord, base);
        Emit(out, e - 1 - alen, e, TokenKind::kWord, base);
        return;
      }
    }
  }
  Emit(out, b, e, TokenKind::kWord, base);
}

}  // namespace

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunctuation:
      return "punctuation";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHandle:
      return "handle";
  }
  return "unknown";
}

void Tokenize(std::string_view s, std::vector<Token>* out,
              const TokenizerOptions& options, uint32_t base) {
  Misses misses;
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    const char32_t cp = At(s, i, &len);
    const CharClass cls = Classify(cp);
    if (cls == CharClass::kSpace) {
      i += len;
      continue;
    }
    // URL and e-mail: only where a word could start.
    // Only a word glued to '.', '@', ':' or an e-mail character can start
    // one; checking that first keeps plain words cheap.
    size_t run_end = i;
    while (run_end < s.size() && IsAsciiAlnum(s[run_end])) ++run_end;
    if (run_end > i && run_end < s.size() &&
        (s[run_end] == '.' || s[run_end] == '@' || s[run_end] == ':' ||
         s[run_end] == '_' || s[run_end] == '%' || s[run_end] == '+' ||
         s[run_end] == '-')) {
      size_t e = MatchUrl(s, i, &misses);
      if (e > i) {
        Emit(out, i, e, TokenKind::kUrl, base);
        i = e;
        continue;
      }
      e = MatchEmail(s, i, &misses);
      if (e > i) {
        Emit(out, i, e, TokenKind::kEmail, base);
        i = e;
        continue;
      }
    }
    if (cp == '@' || cp == '#') {
      const size_t e = MatchHandle(s, i);
      if (e > i) {
        Emit(out, i, e, TokenKind::kHandle, base);
        i = e;
        continue;
      }
    }
    // Numbers: a digit, or a currency sign or sign before one. A sign
    // counts only where no word or number ends just before it ("3-2" is one
    // number, "pre-1990" stays apart).
    if (cls == CharClass::kDigit || cls == CharClass::kCurrency ||
        ((cp == '-' || cp == '+' || cp == U'\u2212') &&
         !IsAlnum(Before(s, i)))) {
      bool is_word = false;
      const size_t e = NumberEnd(s, i, &is_word);
      if (e > i) {
        Emit(out, i, e, is_word ? TokenKind::kWord : TokenKind::kNumber, base);
        i = e;
        continue;
      }
    }
    if (cls == CharClass::kLetter) {
      const size_t e = WordEnd(s, i);
      EmitWord(s, out, i, e, options, base);
      i = e;
      continue;
    }
    // Runs: "..." and "--" are one token each.
    if (cp == '.' || cp == '-') {
      size_t e = i;
      while (e < s.size() && s[e] == static_cast<char>(cp)) ++e;
      Emit(out, i, e, TokenKind::kPunctuation, base);
      i = e;
      continue;
    }
    Emit(out, i, i + len,
         cls == CharClass::kPunctuation ? TokenKind::kPunctuation
                                        : TokenKind::kSymbol,
         base);
    i += len;
  }
}

}  // namespace precis
