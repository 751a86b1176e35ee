// Copyright 2026 The precis Authors.
//
// Rule-based sentence splitting over tokens (tokenizer.h), in one pass per
// paragraph. The rules follow the "golden rules" of Pragmatic Segmenter
// (Dias) and pySBD (Sadvilkar & Neumann 2020) and what news text needs:
//
//  * A group of terminal marks ('.', '!', '?', '…', runs and spaced dots)
//    with the closing quotes and brackets glued to it ends a sentence when
//    the next token could start one (not lower case, not ',' ';' ':' ...).
//  * A single period after an abbreviation, an initial or a dotted acronym
//    ("U.S.", "a.m.") ends a sentence only before a common sentence opener
//    ("The", "He", "How", "Mr.") and after at least four words; after a
//    title ("Mr.", "Gen.", "Mt.") never; before a number never.
//  * A three-dot ellipsis never ends a sentence; four dots do ("word. . . .
//    Next" ends at the first, attached dot).
//  * Lists: a sentence that opens with a marker ("1.", "2.)", "a)", "•")
//    ends where the next marker of the same shape begins.
//  * Lines: a line without final punctuation (a headline, a byline, a list
//    item) is a unit of its own, unless the next line continues it in lower
//    case or the paragraph is hard-wrapped prose. Blank lines separate
//    paragraphs.

#include "precis/sentence_splitter.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "precis/tokenizer.h"
#include "text/char_class.h"

namespace precis {
namespace {

using text::At;

// Titles before a name: a period after them never ends a sentence.
constexpr std::string_view kPrepositive[] = {
    "mr",     "mrs",   "ms",   "dr",   "prof", "gen",  "sen",  "rep", "gov",
    "lt",     "col",   "capt", "sgt",  "cpl",  "pvt",  "adm",  "maj", "rev",
    "hon",    "pres",  "supt", "gens", "sens", "reps", "fr",   "mt",  "ft",
    "messrs", "mme",   "mlle", "brig", "cmdr", "cmdt", "insp", "det", "sec",
    "atty",   "lieut", "sr",   "sra",  "amb",  "gov's"};

// Abbreviations that may end a sentence.
constexpr std::string_view kAbbreviations[] = {
    "inc",   "corp",  "co",     "ltd",  "llc",  "jr",   "bros", "vs",   "v",
    "etc",   "al",    "approx", "dept", "est",  "fig",  "no",   "nos",  "vol",
    "vols",  "pp",    "p",      "ca",   "cf",   "ave",  "blvd", "rd",   "st",
    "mi",    "oz",    "lb",     "lbs",  "yr",   "yrs",  "hr",   "hrs",  "min",
    "mins",  "jan",   "feb",    "mar",  "apr",  "jun",  "jul",  "aug",  "sep",
    "sept",  "oct",   "nov",    "dec",  "mon",  "tue",  "tues", "wed",  "thu",
    "thur",  "thurs", "fri",    "sat",  "sun",  "ala",  "ariz", "ark",  "calif",
    "colo",  "conn",  "del",    "fla",  "ga",   "ill",  "ind",  "kan",  "kans",
    "ky",    "la",    "md",     "mass", "mich", "minn", "miss", "mo",   "mont",
    "neb",   "nev",   "okla",   "ore",  "pa",   "tenn", "tex",  "va",   "vt",
    "wash",  "wis",   "wyo",    "univ", "assn", "intl", "govt", "dist", "gal",
    "ft",    "sq",    "mln",    "bln",  "pct",  "ed",   "eds",  "op",   "ch",
    "art",   "sec",   "para",   "tel",  "ext",  "dept", "div",  "mgr",  "asst",
    "assoc", "natl",  "cos"};

// Capitalized words that commonly open an English sentence. After an
// abbreviation or an initial, only these signal a new sentence.
constexpr std::string_view kOpeners[] = {
    "The",    "A",         "An",      "This",      "That",        "These",
    "Those",  "It",        "Its",     "He",        "She",         "They",
    "We",     "I",         "You",     "His",       "Her",         "Their",
    "Our",    "My",        "Your",    "There",     "Here",        "But",
    "And",    "Or",        "So",      "Yet",       "However",     "Meanwhile",
    "Then",   "Also",      "Still",   "Now",       "If",          "In",
    "On",     "At",        "For",     "After",     "Before",      "As",
    "While",  "Although",  "Though",  "Because",   "Since",       "When",
    "Where",  "What",      "Who",     "Why",       "How",         "Which",
    "Is",     "Are",       "Was",     "Were",      "Do",          "Does",
    "Did",    "Have",      "Has",     "Had",       "Will",        "Would",
    "Can",    "Could",     "Should",  "May",       "Might",       "Must",
    "Shall",  "Not",       "Some",    "Many",      "Most",        "All",
    "Each",   "Every",     "Both",    "Last",      "Next",        "Earlier",
    "Later",  "According", "Other",   "Another",   "More",        "Such",
    "Among",  "During",    "Despite", "Under",     "With",        "Without",
    "From",   "To",        "Over",    "Through",   "Until",       "Even",
    "Just",   "Only",      "Instead", "Indeed",    "Yes",         "Let",
    "Please", "Mr",        "Mrs",     "Ms",        "Dr",          "Several",
    "Few",    "Once",      "Thus",    "Therefore", "Nor",         "Neither",
    "Either", "Whether",   "Hence",   "Otherwise", "Nevertheless"};

// A set over a static table, built once and never freed.
const std::unordered_set<std::string_view>& Set(const std::string_view* begin,
                                                const std::string_view* end) {
  return *new std::unordered_set<std::string_view>(begin, end);
}

const std::unordered_set<std::string_view>& Prepositive() {
  static const auto& s = Set(std::begin(kPrepositive), std::end(kPrepositive));
  return s;
}
const std::unordered_set<std::string_view>& Abbreviations() {
  static const auto& s =
      Set(std::begin(kAbbreviations), std::end(kAbbreviations));
  return s;
}
const std::unordered_set<std::string_view>& Openers() {
  static const auto& s = Set(std::begin(kOpeners), std::end(kOpeners));
  return s;
}

// Lower-cases ASCII into buf; false when the word is too long to matter.
bool LowerAscii(std::string_view w, char* buf, size_t cap, size_t* n) {
  if (w.size() > cap) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  *n = w.size();
  return true;
}

bool InSet(const std::unordered_set<std::string_view>& set,
           std::string_view word) {
  char buf[16];
  size_t n;
  return LowerAscii(word, buf, sizeof(buf), &n) &&
         set.count(std::string_view(buf, n)) > 0;
}

bool IsTerminalMark(std::string_view t) {
  if (t.empty()) return false;
  if (t.find_first_not_of('.') == std::string_view::npos) return true;
  return t == "!" || t == "?" || t == "\xE2\x80\xA6" /* … */ ||
         t == "\xE2\x80\xBC" /* ‼ */ || t == "\xE2\x81\x87" /* ⁇ */ ||
         t == "\xE2\x81\x88" /* ⁈ */ || t == "\xE2\x81\x89" /* ⁉ */ ||
         t == "\xEF\xBC\x81" /* ！ */ || t == "\xEF\xBC\x9F" /* ？ */ ||
         t == "\xE3\x80\x82" /* 。 */;
}

bool IsCloser(std::string_view t) {
  return t == "\"" || t == "'" || t == ")" || t == "]" || t == "}" ||
         t == "\xE2\x80\x9D" /* ” */ || t == "\xE2\x80\x99" /* ’ */ ||
         t == "\xC2\xBB" /* » */ || t == "\xE2\x80\xBA" /* › */;
}

bool IsBullet(std::string_view t) {
  return t == "\xE2\x80\xA2" /* • */ || t == "\xE2\x81\x83" /* ⁃ */ ||
         t == "\xE2\x80\xA3" /* ‣ */ || t == "\xE2\x97\xA6" /* ◦ */ ||
         t == "\xE2\x96\xAA" /* ▪ */ || t == "\xE2\x96\xA0" /* ■ */ ||
         t == "\xC2\xB7" /* · */ || t == "*" || t == "-" ||
         t == "\xE2\x80\x93" /* – */ || t == "\xE2\x80\x94" /* — */;
}

// Dotted acronyms the tokenizer keeps whole: "U.S.", "a.m.", "Ph.D.".
bool IsDottedWord(const Token& tok, std::string_view t) {
  return tok.kind == TokenKind::kWord && t.size() >= 2 && t.back() == '.';
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
  bool StartsLower(size_t i) const {
    return text::IsLower(At(text_, tokens_[i].span.begin));
  }
  bool StartsUpper(size_t i) const {
    return text::IsUpper(At(text_, tokens_[i].span.begin));
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
  bool IsOpener(size_t i) const {
    const std::string_view t = Text(i);
    if (Openers().count(t) > 0) return true;
    // An opening quote or bracket before a capitalized word.
    if ((t == "\"" || t == "\xE2\x80\x9C" || t == "(" || t == "'" ||
         t == "\xE2\x80\x98") &&
        i + 1 < tokens_.size() && StartsUpper(i + 1)) {
      return true;
    }
    return false;
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

  // Does the line ending before token i go on in token i's line?
  bool Continues(size_t line_start, size_t i) const {
    if (wrapped_) return true;
    const std::string_view last = Text(i - 1);
    if (last == "," || last == ";" || last == "-" || last == "&" ||
        last == "(" || last == "\xE2\x80\x94") {
      return StartsLower(i) || tokens_[i].kind == TokenKind::kNumber;
    }
    if (!StartsLower(i)) return false;
    size_t words = 0;
    for (size_t k = line_start; k < i; ++k) words += IsWordLike(k) ? 1 : 0;
    return words >= 3;
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

  // Scans one sentence from token `start`; emits it and returns the first
  // token of the next.
  size_t ScanSentence(size_t start) {
    const size_t n = tokens_.size();
    std::string shape, other;
    size_t i = start + Marker(start, &shape);
    size_t words = 0, line_start = start;
    for (; i < n; ++i) {
      if (i > start && NewlineBefore(i)) {
        if (!EndsTerminated(i - 1, start) && !Continues(line_start, i)) {
          Emit(start, i - 1, false);
          return i;
        }
        line_start = i;
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
      // The terminal group [i, j), then closers up to k.
      size_t j = i + 1, dots = 0;
      bool marks = false, spaced = false;
      if (dotted) {
        dots = 1;
      } else {
        for (j = i; j < n; ++j) {
          const std::string_view u = Text(j);
          if (tokens_[j].kind != TokenKind::kPunctuation ||
              !IsTerminalMark(u)) {
            break;
          }
          if (j > i && !Adjacent(j)) {
            const uint32_t gap =
                tokens_[j].span.begin - tokens_[j - 1].span.end;
            const bool dot = u[0] == '.' || u == "\xE2\x80\xA6";
            if (!(gap == 1 && text_[tokens_[j].span.begin - 1] == ' ' && dot &&
                  !marks)) {
              break;
            }
            spaced = true;
          }
          if (u[0] == '.') {
            dots += u.size();
          } else if (u == "\xE2\x80\xA6") {
            dots += 3;
          } else {
            marks = true;
          }
        }
      }
      size_t k = j;
      while (k < n && Adjacent(k) && IsCloser(Text(k))) ++k;
      const bool attached =
          !dotted && i > start && Adjacent(i) && IsWordLike(i - 1);
      const size_t split =
          Decide(start, i, k, dots, marks, spaced, attached, dotted, words);
      if (split != 0) {
        Emit(start, split - 1, true);
        return split;
      }
      i = k - 1;
    }
    Emit(start, n - 1, EndsTerminated(n - 1, start));
    return n;
  }

  // Where the sentence ending in the terminal group [i, j) with closers up
  // to k splits: k, i + 1 (after an attached dot before a spaced
  // ellipsis), or 0 for no split.
  size_t Decide(size_t start, size_t i, size_t k, size_t dots, bool marks,
                bool spaced, bool attached, bool dotted, size_t words) const {
    const size_t n = tokens_.size();
    if (k >= n) return 0;  // the paragraph's end closes it anyway
    const bool open = CanOpen(k);
    if (marks) return open ? k : 0;
    if (dots == 3 || (dots > 3 && !attached && !spaced && !open)) return 0;
    if (dots >= 4) {
      if (!open) return 0;
      return attached && spaced ? i + 1 : k;
    }
    // One (or two) periods.
    if (!open || tokens_[k].kind == TokenKind::kNumber) return 0;
    if (Adjacent(k)) {
      // No space after the period: "world.Today", "1,000.That".
      const bool long_prev =
          i > start && (Text(i - 1).size() >= 2 ||
                        tokens_[i - 1].kind == TokenKind::kNumber);
      return long_prev && StartsUpper(k) && tokens_[k].kind == TokenKind::kWord
                 ? k
                 : 0;
    }
    if (dotted) {
      return IsOpener(k) && words >= 4 ? k : 0;
    }
    if (!attached) return k;  // "word ." with a space
    const std::string_view prev = Text(i - 1);
    if (tokens_[i - 1].kind != TokenKind::kWord) return k;
    if (InSet(Prepositive(), prev)) return 0;
    // An initial ("E. Smith") or an abbreviation that may end a sentence.
    if (prev.size() == 1 || InSet(Abbreviations(), prev)) {
      return IsOpener(k) && words >= 4 ? k : 0;
    }
    return k;
  }

  std::string_view text_;
  const SplitterOptions& options_;
  uint32_t base_;
  uint32_t paragraph_ = 0;
  std::vector<Sentence>* out_;
  std::vector<Token> tokens_;
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
