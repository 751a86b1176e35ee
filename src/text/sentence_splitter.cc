// Copyright 2026 The precis Authors.
//
// English sentence boundary detection: rules over the tokens of tokenizer.h,
// one pass per paragraph. The rule set follows the "golden rules" of
// Pragmatic Segmenter (Dias, github.com/diasks2/pragmatic_segmenter) and
// pySBD (Sadvilkar & Neumann, NLP-OSS 2020); after an abbreviation it asks,
// as Mikheev ("Periods, capitalized words, etc.", Computational Linguistics
// 28(3), 2002) does, whether the next word is one that commonly opens a
// sentence rather than a name. Departures, for news text:
//
//  * A group of terminal marks ('.', '!', '?', '…', runs and spaced dots)
//    with the closing quotes and brackets glued to it ends a sentence when
//    the next token could open one (not lower case, not ',' ';' ...).
//  * A period glued to a word is classified by the word (the whole run of
//    text without white space before it, so "D-N.Y." and "Tsu.co." are read
//    the same however the tokenizer cut them; classes in abbreviations.h):
//    after a title ("Gen.") never; after "No."/"p." before a number never;
//    after an abbreviation or a dotted acronym ("Inc.", "U.S.") only before
//    a sentence opener ("The", "He", "How"); after a state that ends a
//    place ("Buffalo, N.Y.") before any capital; after a time ("p.m.") unless
//    the time goes on ("5 p.m. Sunday", "10 a.m. EST"); after an initial in
//    a name ("John F.") only before a closed-class opener ("The", "He").
//    A closing quote after the period, or a line break after it, makes it
//    a boundary before any capital.
//  * A three-dot ellipsis ends a sentence only before a closed-class opener
//    ("... And I knew"), a closing quote and a capital, or a line break;
//    four dots do before any opener ("word. . . . Next" ends at the first,
//    attached dot).
//  * "Stop!" Smith shouted. / "Why?" Interim Police Supt. John Escalante
//    asked. / "... out of school." Vickers said. The quote and its
//    attribution (a speaker, then a verb of saying) stay one sentence.
//  * Lists: a sentence that opens with a marker ("1.", "2.)", "a)", "•")
//    ends where the next marker of the same shape begins.
//  * Lines: a line without final punctuation (a headline, a byline, a list
//    item) is a unit of its own, unless the next line continues it in lower
//    case, the line ends in an article, preposition or conjunction, or the
//    paragraph is hard-wrapped prose. Blank lines separate paragraphs; no
//    sentence spans two.

#include "precis/sentence_splitter.h"

#include <string>
#include <string_view>
#include <vector>

#include "precis/tokenizer.h"
#include "text/abbreviations.h"
#include "text/char_class.h"

namespace precis {
namespace {

using text::At;

bool IsTerminalMark(std::string_view t) {
  if (t.empty()) return false;
  if (t.find_first_not_of('.') == std::string_view::npos) return true;
  return t == "!" || t == "?" || t == "\xE2\x80\xA6" /* … */ ||
         t == "\xE2\x80\xBC" /* ‼ */ || t == "\xE2\x81\x87" /* ⁇ */ ||
         t == "\xE2\x81\x88" /* ⁈ */ || t == "\xE2\x81\x89" /* ⁉ */ ||
         t == "\xEF\xBC\x81" /* ！ */ || t == "\xEF\xBC\x9F" /* ？ */ ||
         t == "\xE3\x80\x82" /* 。 */;
}

// Closing quotes. U+0092 and U+0094 are Windows-1252's ’ and ” read as
// Latin-1, common in scraped text.
bool IsQuote(std::string_view t) {
  return t == "\"" || t == "'" || t == "\xE2\x80\x9D" /* ” */ ||
         t == "\xE2\x80\x99" /* ’ */ || t == "\xC2\xBB" /* » */ ||
         t == "\xE2\x80\xBA" /* › */ || t == "\xC2\x94" || t == "\xC2\x92";
}

bool IsCloser(std::string_view t) {
  return IsQuote(t) || t == ")" || t == "]" || t == "}";
}

bool IsOpeningQuote(std::string_view t) {
  return t == "\"" || t == "'" || t == "\xE2\x80\x9C" /* “ */ ||
         t == "\xE2\x80\x98" /* ‘ */ || t == "\xC2\xAB" /* « */ ||
         t == "\xC2\x93" || t == "\xC2\x91" || t == "`" /* `` */;
}

bool IsBullet(std::string_view t) {
  return t == "\xE2\x80\xA2" /* • */ || t == "\xE2\x81\x83" /* ⁃ */ ||
         t == "\xE2\x80\xA3" /* ‣ */ || t == "\xE2\x97\xA6" /* ◦ */ ||
         t == "\xE2\x96\xAA" /* ▪ */ || t == "\xE2\x96\xA0" /* ■ */ ||
         t == "\xC2\xB7" /* · */ || t == "*" || t == "-" ||
         t == "\xE2\x80\x93" /* – */ || t == "\xE2\x80\x94" /* — */;
}

bool IsPronoun(std::string_view t) {
  return t == "He" || t == "She" || t == "They" || t == "We" || t == "I" ||
         t == "You";
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Dotted acronyms the tokenizer keeps whole: "U.S.", "a.m.", "Ph.D.".
bool IsDottedWord(const Token& tok, std::string_view t) {
  return tok.kind == TokenKind::kWord && t.size() >= 2 && t.back() == '.';
}

// An acronym written with periods ("U.S", "N.Y", "Ph.D", "e.g", without the
// final period): letters in segments of one or two, or of up to three
// capitals. Not a domain ("Tsu.co", "example.com").
bool IsDottedAcronym(std::string_view r) {
  bool all_upper = true, short_segments = true;
  size_t segment = 0, segments = 1;
  for (const char c : r) {
    if (c == '.') {
      if (segment == 0) return false;
      short_segments = short_segments && segment <= 2;
      segment = 0;
      ++segments;
      continue;
    }
    if (!IsAsciiLetter(c)) return false;
    all_upper = all_upper && IsAsciiUpper(c);
    if (++segment > 3) return false;
  }
  if (segment == 0 || segments < 2) return false;
  short_segments = short_segments && segment <= 2;
  return short_segments || all_upper;
}

// What a period glued to a word says about a boundary.
constexpr size_t kMaxRunTokens = 12;

enum class Before {
  kWord,          // ordinary word, number, URL: ends before any opener token
  kTitle,         // "Gen.", "e.g.", "No. 5": never ends
  kAbbreviation,  // "Inc.", "U.S.": ends before a sentence opener
  kPlaceEnd,      // "Buffalo, N.Y.", "D-Calif.": ends before a capital
  kEndsFreely,    // "etc.": ends before any capital
  kTime,          // "a.m.": ends unless the time goes on
  kInitial,       // "J." after a capitalized word: ends before a strong
                  // opener only
};

std::vector<Token>& ThreadTokens() {
  thread_local std::vector<Token> tokens;
  return tokens;
}

class ParagraphSplitter {
 public:
  ParagraphSplitter(std::string_view text, const SplitterOptions& options,
                    uint32_t base, std::vector<Sentence>* out)
      : text_(text), options_(options), base_(base), out_(out) {}

  // Splits text_[b, e), paragraph number `paragraph`.
  void Run(size_t b, size_t e, uint32_t paragraph) {
    paragraph_ = paragraph;
    tokens_.clear();
    Tokenize(text_.substr(b, e - b), &tokens_, TokenizerOptions(),
             static_cast<uint32_t>(b));
    if (tokens_.empty()) return;
    wrapped_ = !options_.single_newline_is_boundary || LooksWrapped(b, e);
    const size_t n = tokens_.size();
    size_t start = 0;
    while (start < n) start = ScanSentence(start);
  }

  // Appends the last paragraph's tokens, offsets shifted by the base.
  void AppendTokens(std::vector<Token>* out) const {
    for (Token t : tokens_) {
      t.span.begin += base_;
      t.span.end += base_;
      out->push_back(t);
    }
  }

 private:
  // A group of terminal marks: tokens [first, end), then closing quotes and
  // brackets glued to it up to `close`, the first token after.
  struct Marks {
    size_t first = 0, end = 0, close = 0;
    size_t dots = 0;      // periods in it ('…' counts three)
    bool other = false;   // a '!' or '?' (or another non-period mark)
    bool spaced = false;  // ". . ." with single spaces
    bool dotted = false;  // a word ending in its own period: "U.S."
    bool quoted = false;  // a quote among the closers
  };

  std::string_view Text(size_t i) const { return tokens_[i].span.In(text_); }
  bool Adjacent(size_t i) const {  // no white space before token i
    return i > 0 && tokens_[i].span.begin == tokens_[i - 1].span.end;
  }
  bool NewlineBefore(size_t i) const {
    if (i == 0) return false;
    const std::string_view gap =
        text_.substr(tokens_[i - 1].span.end,
                     tokens_[i].span.begin - tokens_[i - 1].span.end);
    return gap.find('\n') != std::string_view::npos;
  }
  bool IsWordLike(size_t i) const {
    const TokenKind k = tokens_[i].kind;
    return k == TokenKind::kWord || k == TokenKind::kNumber ||
           k == TokenKind::kUrl || k == TokenKind::kEmail ||
           k == TokenKind::kHandle;
  }
  bool IsWord(size_t i) const { return tokens_[i].kind == TokenKind::kWord; }
  // Starts with a lower-case letter, and is not a word like "iPhone".
  bool StartsLower(size_t i) const {
    size_t len;
    const uint32_t b = tokens_[i].span.begin;
    if (!text::IsLower(At(text_, b, &len))) return false;
    return !(IsWord(i) && b + len < tokens_[i].span.end &&
             text::IsUpper(At(text_, b + len)));
  }
  bool StartsUpper(size_t i) const {
    return text::IsUpper(At(text_, tokens_[i].span.begin));
  }
  // Upper case then lower case: "Today", not "SEP" or "'s".
  bool IsTitleCase(size_t i) const {
    size_t len;
    const uint32_t b = tokens_[i].span.begin;
    return IsWord(i) && text::IsUpper(At(text_, b, &len)) &&
           b + len < tokens_[i].span.end && text::IsLower(At(text_, b + len));
  }
  uint32_t Classes(size_t i) const {
    return IsWord(i) ? text::EnglishWordClasses(Text(i)) : 0;
  }
  // A capitalized word of class `c` (kOpener or kStrongOpener), not in
  // capitals ("NOT" is emphasis).
  bool IsOpenerWord(size_t i, uint32_t c) const {
    if (i >= tokens_.size() || !StartsUpper(i)) return false;
    return (IsTitleCase(i) || Text(i).size() == 1) && (Classes(i) & c) != 0;
  }

  // Could token i open a sentence?
  bool CanOpen(size_t i) const {
    if (StartsLower(i)) return false;
    const std::string_view t = Text(i);
    if (tokens_[i].kind == TokenKind::kPunctuation) {
      return !(t == "," || t == ";" || t == ":" || t == ")" || t == "]" ||
               t == "}" || t == "%" || t == "-" || t == "\xE2\x80\x93" ||
               t == "\xE2\x80\x94" || t == "/" ||
               t.find_first_not_of('.') == std::string_view::npos);
    }
    return true;
  }
  // A sentence opener after an abbreviation: an opener word, or an opening
  // quote before a capitalized word.
  bool IsOpener(size_t i) const {
    if (IsOpenerWord(i, text::kOpener)) return true;
    if (!IsOpeningQuote(Text(i))) return false;
    const size_t n = tokens_.size();
    size_t j = i + 1;
    if (j < n && Adjacent(j) && IsOpeningQuote(Text(j))) ++j;  // ``, ''
    return j < n && Adjacent(j) && StartsUpper(j);
  }

  // Does a speaker and a verb of saying follow at token i ("Smith said",
  // "Interim Police Supt. John Escalante said", "He asked")? With
  // `period`, the verb must also end the clause ("Smith said." or "Smith
  // said, adding"), since "Smith said the ..." opens a new sentence and
  // "He added, \"..." introduces the next quote.
  bool IsAttribution(size_t i, bool period) const {
    const size_t n = tokens_.size();
    size_t names = 0;
    bool pronoun = false;
    for (; i < n && names < 6 && !pronoun; ++i) {
      const std::string_view t = Text(i);
      if (IsWord(i) && StartsUpper(i)) {
        // Openers are not names, but a pronoun may be the speaker.
        if (Classes(i) & text::kOpener) {
          // "We won." She agreed. is two sentences.
          if (names > 0 || period || !IsPronoun(t)) return false;
          pronoun = true;
        }
        ++names;
      } else if (!(t == "." && names > 0 && Adjacent(i))) {
        break;
      }
    }
    if (names == 0 || i >= n || !IsWord(i) || !StartsLower(i) ||
        (Classes(i) & text::kSpeechVerb) == 0) {
      return false;
    }
    if (!period || i + 1 >= n) return true;
    const std::string_view after = Text(i + 1);
    if (after == ".") return true;
    return after == "," && i + 2 < n && !IsOpeningQuote(Text(i + 2));
  }

  // A list marker at token i: [bullet] (1-3 digits | one letter) then
  // ".", ".)" or ")"; or a bullet alone. Returns its token count (0: none)
  // and its shape in *shape.
  size_t Marker(size_t i, std::string* shape) const {
    const size_t n = tokens_.size();
    size_t j = i;
    shape->clear();
    if (j < n && IsBullet(Text(j)) && tokens_[j].kind != TokenKind::kWord) {
      shape->append(Text(j));
      ++j;
    }
    if (j < n) {
      const std::string_view t = Text(j);
      const bool number =
          tokens_[j].kind == TokenKind::kNumber && t.size() <= 3 &&
          t.find_first_not_of("0123456789") == std::string_view::npos;
      const bool letter = tokens_[j].kind == TokenKind::kWord &&
                          t.size() == 1 && text::IsLower(At(t, 0));
      if ((number || letter) && j + 1 < n && Adjacent(j + 1)) {
        const std::string_view p = Text(j + 1);
        size_t k = j + 2;
        std::string punct(p);
        if (p == "." && k < n && Adjacent(k) && Text(k) == ")") {
          punct += ")";
          ++k;
        }
        if ((punct == "." || punct == ".)" || punct == ")") && k < n &&
            !Adjacent(k) && (letter ? StartsUpper(k) : !StartsLower(k))) {
          shape->append(number ? "1" : "a");
          shape->append(punct);
          return k - i;
        }
      }
    }
    if (!shape->empty() && j < n && !Adjacent(j)) return j - i;
    shape->clear();
    return 0;
  }

  // Whether the paragraph is hard-wrapped prose: three or more lines of
  // similar length (40 to 100 bytes) most of which end without final
  // punctuation.
  bool LooksWrapped(size_t b, size_t e) const {
    size_t lines = 0, similar = 0, open = 0;
    size_t pos = b;
    while (pos < e) {
      size_t nl = text_.find('\n', pos);
      if (nl == std::string_view::npos || nl > e) nl = e;
      std::string_view line = text_.substr(pos, nl - pos);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r' ||
                               line.back() == '\t')) {
        line.remove_suffix(1);
      }
      pos = nl + 1;
      if (nl >= e) break;  // the last line may be short
      ++lines;
      if (line.size() >= 40 && line.size() <= 100) ++similar;
      if (!line.empty()) {
        const char c = line.back();
        if (c != '.' && c != '!' && c != '?' && c != '"' && c != ':') ++open;
      }
    }
    return lines >= 2 && similar * 10 >= lines * 8 && open * 10 >= lines * 6;
  }

  // Does the line ending before token i go on in token i's line? `words`
  // counts the word tokens of the sentence so far: a lower-case line goes
  // on a sentence of three or more ("... regularly\nincites\npolitical"),
  // not a short item ("features\ncontact manager").
  bool Continues(size_t words, size_t i) const {
    if (wrapped_) return true;
    const std::string_view last = Text(i - 1);
    // "... over the\nHudson River": a line cannot end in an article, a
    // preposition or a conjunction.
    if (IsWord(i - 1) && StartsLower(i - 1) &&
        (Classes(i - 1) & text::kJoiner) && IsWordLike(i)) {
      return true;
    }
    if (last == "," || last == ";" || last == "-" || last == "&" ||
        last == "(" || last == "\xE2\x80\x94") {
      return StartsLower(i) || tokens_[i].kind == TokenKind::kNumber;
    }
    return StartsLower(i) && words >= 3;
  }

  void Emit(size_t first, size_t last, bool terminated) {
    Sentence s;
    s.span = {tokens_[first].span.begin + base_,
              tokens_[last].span.end + base_};
    s.paragraph = paragraph_;
    s.terminated = terminated;
    out_->push_back(s);
  }

  bool EndsTerminated(size_t last, size_t first) const {
    size_t k = last;
    while (k > first && IsCloser(Text(k))) --k;
    const std::string_view t = Text(k);
    return IsTerminalMark(t) || IsDottedWord(tokens_[k], t);
  }

  // The terminal group starting at token i (a mark or a dotted word).
  Marks ReadMarks(size_t i) const {
    const size_t n = tokens_.size();
    Marks m;
    m.first = i;
    m.end = i + 1;
    if (IsDottedWord(tokens_[i], Text(i))) {
      m.dotted = true;
      m.dots = 1;
    } else {
      for (m.end = i; m.end < n; ++m.end) {
        const size_t j = m.end;
        const std::string_view u = Text(j);
        if (tokens_[j].kind != TokenKind::kPunctuation || !IsTerminalMark(u)) {
          break;
        }
        if (j > i && !Adjacent(j)) {
          const uint32_t gap = tokens_[j].span.begin - tokens_[j - 1].span.end;
          const bool dot = u[0] == '.' || u == "\xE2\x80\xA6";
          if (!(gap == 1 && text_[tokens_[j].span.begin - 1] == ' ' && dot &&
                !m.other)) {
            break;
          }
          m.spaced = true;
        }
        if (u[0] == '.') {
          m.dots += u.size();
        } else if (u == "\xE2\x80\xA6") {
          m.dots += 3;
        } else {
          m.other = true;
        }
      }
    }
    m.close = m.end;
    while (m.close < n && Adjacent(m.close) && IsCloser(Text(m.close))) {
      m.quoted = m.quoted || IsQuote(Text(m.close));
      ++m.close;
    }
    return m;
  }

  // The run of text glued to the period that ends at token `last` (the
  // period itself, or a dotted word): from the first of the adjacent word,
  // number, '.', '-' and '&' tokens before it, without the final period;
  // at most kMaxRunTokens of them (an abbreviation is short, and the scan
  // must not make "A.A.A.A..." quadratic). *first gets its first token.
  std::string_view RunBefore(size_t last, size_t start, size_t* first) const {
    const uint32_t end = tokens_[last].span.end - 1;
    size_t f = last;
    if (!IsDottedWord(tokens_[last], Text(last))) {
      if (last == start || !Adjacent(last)) {
        *first = last;
        return {};
      }
      f = last - 1;
    }
    const size_t limit = f > kMaxRunTokens ? f - kMaxRunTokens : 0;
    while (f > start && f > limit && Adjacent(f)) {
      const std::string_view p = Text(f - 1);
      if (!(IsWord(f - 1) || tokens_[f - 1].kind == TokenKind::kNumber ||
            p == "." || p == "-" || p == "&" || IsWordLike(f - 1))) {
        break;
      }
      --f;
    }
    *first = f;
    return text_.substr(tokens_[f].span.begin, end - tokens_[f].span.begin);
  }

  // What the period at the end of token `last` (the sentence began at
  // `start`) follows; `next` is the token after the group and its closers.
  Before Classify(size_t last, size_t start, size_t next) const {
    size_t first;
    std::string_view run = RunBefore(last, start, &first);
    if (run.empty()) return Before::kWord;
    for (size_t t = first; t <= last; ++t) {
      const TokenKind k = tokens_[t].kind;
      if (k == TokenKind::kUrl || k == TokenKind::kEmail ||
          k == TokenKind::kHandle) {
        return Before::kWord;
      }
    }
    // "D-Mass", "Iraq-U.N": the part after the last hyphen.
    const size_t hyphen = run.rfind('-');
    const bool hyphenated = hyphen != std::string_view::npos;
    if (hyphenated) run.remove_prefix(hyphen + 1);
    if (run.empty()) return Before::kWord;
    const bool next_is_number =
        next < tokens_.size() && tokens_[next].kind == TokenKind::kNumber;
    uint32_t c = text::EnglishWordClasses(run);
    // "Buffalo, N.Y.", not "... this bill, D.C. Councilmembers".
    const bool after_city =
        first > start + 1 && Text(first - 1) == "," && StartsUpper(first - 2);
    if ((c & text::kPlace) && (after_city || hyphenated) &&
        !(run.find('.') != std::string_view::npos && !IsDottedAcronym(run))) {
      return Before::kPlaceEnd;
    }
    if (run.find('.') != std::string_view::npos) {
      if (!IsDottedAcronym(run)) return Before::kWord;  // a domain
      if (c & text::kTime) return Before::kTime;
      if (c & text::kTitle) return Before::kTitle;
      return Before::kAbbreviation;
    }
    if (c & text::kTitle) return Before::kTitle;
    if (c & text::kBeforeNumber) {
      if (next_is_number) return Before::kTitle;
      c &= ~(text::kBeforeNumber | text::kAbbreviation);
    }
    if (c & text::kStateWord) return Before::kWord;  // "He was ill."
    if (c & text::kEndsFreely) return Before::kEndsFreely;
    if (c & (text::kAbbreviation | text::kPlace)) return Before::kAbbreviation;
    if (run.size() == 1 && IsAsciiLetter(run[0])) {
      if (!IsAsciiUpper(run[0])) return Before::kAbbreviation;  // "MPI f."
      // An initial in a name ("John F.", "J. R. R."), or a letter after a
      // lower-case word ("you and I.", "vitamin C.").
      const bool in_name =
          first > start && (StartsUpper(first - 1) || Text(first - 1) == ".");
      return in_name ? Before::kInitial : Before::kAbbreviation;
    }
    return Before::kWord;
  }

  // Where the sentence ending in the terminal group `m` splits: m.close,
  // m.first + 1 (after an attached dot before a spaced ellipsis), or 0 for
  // no split. `words` counts the word tokens of the sentence so far.
  size_t Decide(size_t start, const Marks& m, size_t words) const {
    const size_t n = tokens_.size();
    const size_t k = m.close;
    if (k >= n) return 0;  // the paragraph's end closes it anyway
    const bool open = CanOpen(k);
    const bool line_end = NewlineBefore(k) && !wrapped_;
    if (m.other) {
      if (!open) return 0;
      return m.quoted && IsAttribution(k, false) ? 0 : k;
    }
    const size_t i = m.first;
    const bool attached =
        !m.dotted && i > start && Adjacent(i) && IsWordLike(i - 1);
    if (m.dots >= 3) {
      // An ellipsis opening the sentence (". . . The practice") stays in it.
      if (i == start) return 0;
      return DecideEllipsis(m, attached, open, line_end);
    }
    // One (or two) periods.
    if (!open) return 0;
    const Before before =
        m.dotted || attached ? Classify(i, start, k) : Before::kWord;
    if (Adjacent(k)) return DecideGlued(m, before, k);
    if (tokens_[k].kind == TokenKind::kNumber) {
      // "in the region. 1706 was ..." but not "p. 55", "U.S. 1", "3. 4",
      // "Prop. 64".
      return before == Before::kWord && attached && IsWord(i - 1) &&
                     StartsLower(i - 1) && Text(i - 1).size() >= 3
                 ? k
                 : 0;
    }
    if (m.quoted && IsAttribution(k, true)) return 0;
    switch (before) {
      case Before::kWord:
      case Before::kEndsFreely:
        return k;
      case Before::kTitle:
        return 0;
      case Before::kInitial:
        return IsOpenerWord(k, text::kStrongOpener) ? k : 0;
      case Before::kTime:
        if (Text(k) == "(" || (Classes(k) & text::kTimeFollower)) return 0;
        if (!StartsUpper(k) && !IsOpener(k)) return 0;
        return m.quoted || line_end || words >= 4 ? k : 0;
      case Before::kPlaceEnd:
        if (Classes(k) & text::kTimeFollower) return 0;  // "Ill. Sunday"
        return StartsUpper(k) || IsOpener(k) ? k : 0;
      case Before::kAbbreviation:
        if (m.quoted || line_end) {
          return StartsUpper(k) || IsOpener(k) ? k : 0;
        }
        return words >= 3 && IsOpener(k) ? k : 0;
    }
    return 0;
  }

  // No space after the period: "world.Today", "1,000.That", but not
  // "U.N", "24.SEP" or "Jr.'s".
  size_t DecideGlued(const Marks& m, Before before, size_t k) const {
    const size_t i = m.first;
    if (before != Before::kWord || m.dotted || i == 0) return 0;
    // After a closing quote any capital: "theirs.\"I admire".
    if (!IsTitleCase(k) && !(m.close > m.end && StartsUpper(k))) return 0;
    const bool long_prev =
        Text(i - 1).size() >= 2 || tokens_[i - 1].kind == TokenKind::kNumber;
    return long_prev && IsWordLike(i - 1) ? k : 0;
  }

  size_t DecideEllipsis(const Marks& m, bool attached, bool open,
                        bool line_end) const {
    const size_t k = m.close;
    if (!open || (m.quoted && IsAttribution(k, false))) return 0;
    if (m.dots == 3 || (m.dots > 3 && !attached && !m.spaced)) {
      // "... And then", "…” The", or at a line's end.
      if (IsOpenerWord(k, text::kStrongOpener)) return k;
      if ((m.quoted || line_end) && StartsUpper(k)) return k;
      if (m.dots == 3) return 0;
    }
    return attached && m.spaced ? m.first + 1 : k;
  }

  // Scans one sentence from token `start`; emits it and returns the first
  // token of the next.
  size_t ScanSentence(size_t start) {
    const size_t n = tokens_.size();
    std::string shape, other;
    size_t i = start + Marker(start, &shape);
    size_t words = 0;
    for (; i < n; ++i) {
      if (i > start && NewlineBefore(i) && !EndsTerminated(i - 1, start) &&
          !Continues(words, i)) {
        Emit(start, i - 1, false);
        return i;
      }
      if (i > start && !shape.empty() && !Adjacent(i) &&
          Marker(i, &other) > 0 && other == shape) {
        Emit(start, i - 1, EndsTerminated(i - 1, start));
        return i;
      }
      const std::string_view t = Text(i);
      if (IsWordLike(i)) ++words;
      const bool dotted = IsDottedWord(tokens_[i], t);
      if (!dotted &&
          (tokens_[i].kind != TokenKind::kPunctuation || !IsTerminalMark(t))) {
        continue;
      }
      const Marks m = ReadMarks(i);
      const size_t split = Decide(start, m, words);
      if (split != 0) {
        Emit(start, split - 1, true);
        return split;
      }
      i = m.close - 1;
    }
    Emit(start, n - 1, EndsTerminated(n - 1, start));
    return n;
  }

  std::string_view text_;
  const SplitterOptions& options_;
  uint32_t base_;
  uint32_t paragraph_ = 0;
  std::vector<Sentence>* out_;
  // The paragraph's tokens: a per-thread buffer, so that its capacity
  // outlives the call (splitting a cluster block by block allocated it
  // over and over).
  std::vector<Token>& tokens_ = ThreadTokens();
  bool wrapped_ = false;
};

bool IsBlank(std::string_view line) {
  for (const char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text,
                                     const SplitterOptions& options,
                                     uint32_t base) {
  return SplitSentences(text, options, base, nullptr);
}

std::vector<Sentence> SplitSentences(std::string_view text,
                                     const SplitterOptions& options,
                                     uint32_t base,
                                     std::vector<Token>* tokens) {
  std::vector<Sentence> out;
  uint32_t paragraph = 0;
  size_t para_begin = 0;
  bool in_paragraph = false;
  size_t pos = 0;
  ParagraphSplitter splitter(text, options, base, &out);
  auto flush = [&](size_t end) {
    if (!in_paragraph) return;
    splitter.Run(para_begin, end, paragraph);
    if (tokens != nullptr) splitter.AppendTokens(tokens);
    ++paragraph;
    in_paragraph = false;
  };
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    if (IsBlank(line)) {
      flush(pos);
    } else if (!in_paragraph) {
      para_begin = pos;
      in_paragraph = true;
    }
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  flush(text.size());
  return out;
}

}  // namespace precis
