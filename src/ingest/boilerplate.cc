// Copyright 2026 The precis Authors.
//
// Line-based boilerplate removal. Each body line of an article is classified
// by rules in a fixed order (first match wins):
//
//   title       the line repeats the article's headline;
//   phrase:P    the line matches phrase P of data/boilerplate/en.txt;
//   byline      "By Name ..." lines and pipe-separated author/date lines;
//   repeated    a line without full sentence shape that recurs in articles of
//               two or more outlets (widgets, captions, sign-offs);
//   shapeless:* a line that is not prose: too few letters, a short fragment
//               without final punctuation, an all-caps or title-case label.
//
// A kept line among an article's first few that opens with a wire dateline
// ("LONDON (AP) _ ", "RIO DE JANEIRO, Brazil _ ", "WASHINGTON (Reuters) - ")
// loses it ("dateline"): its block starts at the first word of the story.
// The place and agency are not the news, and they cost a summary words.
//
// Lines with the shape of a sentence are never dropped by the shape rules,
// and long sentence-shaped paragraphs repeated across outlets (syndicated
// wire copy) are kept: they are news, and the summarizer's attribution
// credits every outlet that carries them. The cleaner never rewrites text;
// it returns spans of the original, so offsets stay those of the article.

#include "precis/boilerplate.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/hash.h"
#include "base/simd.h"
#include "base/string_interner.h"
#include "base/utf8.h"
#include "ingest/line_shape.h"

namespace precis {
namespace data {
extern const std::string_view kBoilerplateEn;
}  // namespace data

namespace {

// A phrase of fewer words only matches short lines.
constexpr size_t kSpecificPhraseWords = 4;
constexpr size_t kShortLineWords = 15;
constexpr size_t kLongLineWords = 80;
// Sentence shape: lines with at least this many words and final punctuation
// are prose whatever else they look like.
constexpr size_t kProseWords = 8;
// Repeated lines at least this long and terminated are kept (wire copy).
constexpr size_t kRepeatKeepWords = 12;
// A dateline opens one of an article's first this many lines (a headline or
// a byline may come before it).
constexpr size_t kDatelineLines = 4;

// ---------------------------------------------------------------------------
// Line normalization: lower-case words, punctuation as separate tokens,
// typographic variants unified, leading list numbers and bullets dropped.

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// Appends the normalized tokens of `line`, separated by single spaces, to
// *out; returns the token count. Writes through a pointer into a per-thread
// scratch buffer sized for the worst case (an invalid byte, a token of its
// own, becomes " " and U+FFFD: four bytes), with no per-character checks,
// then appends the result in one copy.
size_t NormalizeLine(std::string_view line, std::string* out) {
  thread_local std::unique_ptr<char[]> scratch;
  thread_local size_t scratch_size = 0;
  if (scratch_size < 4 * line.size() + 8) {
    scratch_size = 4 * line.size() + 8;
    scratch.reset(new char[scratch_size]);
  }
  char* const begin = scratch.get();
  char* w = begin;
  size_t tokens = 0;
  bool in_word = false;
  bool leading = true;      // still in leading digits / bullets
  bool prev_lower = false;  // the last character was a lower-case letter
  size_t i = 0;
  auto start_token = [&]() {
    if (w != begin) *w++ = ' ';
    ++tokens;
  };
  while (i < line.size()) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (!leading && c >= 'a' && c <= 'z') {  // most bytes: a lower-case run
      if (!in_word) start_token();
#if defined(__SSE2__)
      // Prose is mostly lower-case words between single spaces, which
      // normalize to themselves: copied 16 bytes at a time, up to the last
      // letter before anything else (so that the state after them is the
      // state after a letter). Each space copied starts a token.
      while (line.size() - i >= 16) {
        const __m128i v = simd::Load16(line.data() + i);
        const uint32_t lower = simd::InRange(v, 'a', 26);
        const uint32_t space = simd::Equal(v, ' ');
        const uint32_t same = (lower | space) & ~(space & (space << 1));
        const int run = std::countr_one(same);  // bytes from i that are
        const uint32_t letters =                // their own normal form
            run == 16 ? lower : lower & ((1u << run) - 1);
        if (letters == 0) break;
        const int n = 32 - std::countl_zero(letters);  // through the last
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w), v);
        w += n;
        i += static_cast<size_t>(n);
        tokens += static_cast<size_t>(
            std::popcount(space & ((uint32_t{1} << n) - 1)));
        if (n < 16) break;
      }
#endif
      while (i < line.size() &&
             static_cast<unsigned char>(line[i] - 'a') < 26) {
        *w++ = line[i++];
      }
      in_word = true;
      prev_lower = true;
      continue;
    }
    if (!leading && c < 0x80) {  // the common case, without decoding
      ++i;
      if (IsAsciiAlnum(c)) {
        const bool upper = c >= 'A' && c <= 'Z';
        if (!in_word || (prev_lower && upper)) start_token();
        in_word = true;
        prev_lower = c >= 'a' && c <= 'z';
        *w++ = static_cast<char>(upper ? c - 'A' + 'a' : c);
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        in_word = false;
      } else {
        in_word = false;
        start_token();
        *w++ = static_cast<char>(c);
      }
      continue;
    }
    char32_t cp = 0;
    const size_t len = DecodeUtf8(line, i, &cp);
    i += len;
    if (leading) {
      // "8Previous article", "1. Read more", "• Share": furniture numbering.
      if ((c >= '0' && c <= '9') || cp == U'\u2022' || cp == U'\u00B7' ||
          c == '*' || c == '>' || c == ' ' || c == '\t' || cp == U'\u00A0') {
        continue;
      }
      if ((c == '.' || c == ')') && tokens == 0) continue;
      leading = false;
    }
    if (cp == U'\u2018' || cp == U'\u2019' || cp == U'\u02BC') cp = '\'';
    if (cp == U'\u201C' || cp == U'\u201D') cp = '"';
    if (cp == U'\u2013' || cp == U'\u2014' || cp == U'\u2212') cp = '-';
    if (cp == U'\u00A0' || cp == U'\u2009' || cp == U'\u202F') cp = ' ';
    if (cp < 0x80 && IsAsciiAlnum(static_cast<unsigned char>(cp))) {
      // Text glued by a scraper ("Previous articleMayor opens") splits at
      // a lower-to-upper case change.
      const bool glued = in_word && prev_lower && cp >= 'A' && cp <= 'Z';
      if (!in_word || glued) start_token();
      in_word = true;
      prev_lower = cp >= 'a' && cp <= 'z';
      *w++ = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else if (cp >= 0x80 && cp != U'\uFFFD' && cp != U'\u00A9' &&
               cp != U'\u2026') {
      // Non-ASCII letters stay inside words (case kept: matching of the
      // English phrase list needs ASCII only).
      if (!in_word) start_token();
      in_word = true;
      prev_lower = false;
      w = EncodeUtf8(cp, w);
    } else if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n') {
      in_word = false;
    } else {
      in_word = false;
      start_token();
      if (cp == U'\u2026') {
        *w++ = '.', *w++ = '.', *w++ = '.';
      } else {
        w = EncodeUtf8(cp, w);  // U+00A9, U+FFFD, ASCII punctuation
      }
    }
  }
  out->append(begin, static_cast<size_t>(w - begin));
  return tokens;
}

// ---------------------------------------------------------------------------
// The phrase list.

enum class Mode : uint8_t { kExact, kPrefix, kSuffix, kContains };

class PhraseSet {
 public:
  static const PhraseSet& English() {
    static const PhraseSet* set = new PhraseSet(data::kBoilerplateEn);
    return *set;
  }

  // The phrase `norm` (a normalized line of `words` tokens) matches, or
  // null. One hash lookup per token of the line: phrases are indexed by
  // their first token.
  const std::string* Match(std::string_view norm, size_t words) const {
    if (words > kLongLineWords) return nullptr;
    const bool short_line = words <= kShortLineWords;
    size_t pos = 0, index = 0;
    while (pos <= norm.size()) {
      size_t end = pos;
      while (end < norm.size() && norm[end] != ' ') ++end;
      const std::string_view token = norm.substr(pos, end - pos);
      const uint32_t first = MayStartPhrase(token, short_line)
                                 ? first_tokens_.Find(token)
                                 : StringInterner::kNone;
      if (first != StringInterner::kNone) {
        for (const Phrase* p : by_first_[first]) {
          if (p->tokens < kSpecificPhraseWords && words > kShortLineWords) {
            continue;
          }
          if (norm.size() - pos < p->text.size() ||
              norm.compare(pos, p->text.size(), p->text) != 0) {
            continue;
          }
          const size_t stop = pos + p->text.size();
          if (stop < norm.size() && norm[stop] != ' ') continue;
          const bool at_start = index == 0;
          const bool at_end = stop == norm.size();
          if ((p->mode == Mode::kExact && at_start && at_end) ||
              (p->mode == Mode::kPrefix && at_start) ||
              (p->mode == Mode::kSuffix && at_end) ||
              p->mode == Mode::kContains) {
            return &p->text;
          }
        }
      }
      pos = end + 1;
      ++index;
    }
    return nullptr;
  }

 private:
  // False when no phrase that may match a line (of the short lines, any
  // phrase; else one of kSpecificPhraseWords or more) starts with `token`:
  // a filter by first byte and length (31 for 31 or more) in front of the
  // hash table, which most tokens of a line fail.
  bool MayStartPhrase(std::string_view token, bool short_line) const {
    if (token.empty()) return false;
    const uint32_t mask = first_byte_lengths_[short_line ? 0 : 1]
                                             [static_cast<unsigned char>(
                                                 token[0])];
    return (mask >> std::min<size_t>(token.size(), 31) & 1) != 0;
  }

  struct Phrase {
    Mode mode;
    std::string text;  // normalized
    size_t tokens;
  };

  explicit PhraseSet(std::string_view data) {
    std::string norm;
    size_t pos = 0;
    while (pos < data.size()) {
      size_t end = data.find('\n', pos);
      if (end == std::string_view::npos) end = data.size();
      std::string_view line = data.substr(pos, end - pos);
      pos = end + 1;
      if (line.size() < 3 || line[0] == '#') continue;
      Mode mode;
      switch (line[0]) {
        case '=':
          mode = Mode::kExact;
          break;
        case '^':
          mode = Mode::kPrefix;
          break;
        case '$':
          mode = Mode::kSuffix;
          break;
        case '~':
          mode = Mode::kContains;
          break;
        default:
          continue;
      }
      norm.clear();
      const size_t tokens = NormalizeLine(line.substr(2), &norm);
      if (tokens == 0) continue;
      phrases_.push_back(std::make_unique<Phrase>(Phrase{mode, norm, tokens}));
    }
    for (const auto& p : phrases_) {
      const std::string_view text = p->text;
      const std::string_view first = text.substr(0, text.find(' '));
      const uint32_t id = first_tokens_.Intern(first);
      if (id == by_first_.size()) by_first_.emplace_back();
      by_first_[id].push_back(p.get());
      const uint32_t bit = uint32_t{1} << std::min<size_t>(first.size(), 31);
      first_byte_lengths_[0][static_cast<unsigned char>(first[0])] |= bit;
      if (p->tokens >= kSpecificPhraseWords) {
        first_byte_lengths_[1][static_cast<unsigned char>(first[0])] |= bit;
      }
    }
  }

  std::vector<std::unique_ptr<Phrase>> phrases_;
  StringInterner first_tokens_;  // the first tokens of phrases
  std::vector<std::vector<const Phrase*>> by_first_;  // per first token
  // See MayStartPhrase: [0] for short lines, [1] for the others.
  std::array<std::array<uint32_t, 256>, 2> first_byte_lengths_{};
};

bool IsProse(const Shape& s) {
  return s.terminated && s.words >= kProseWords && s.has_lower;
}

// The shape rule that drops a line, or "" to keep it.
std::string_view ShapelessRule(const Shape& s) {
  if (s.words == 0 || s.letters * 2 < s.visible) return "shapeless:symbols";
  if (IsProse(s)) return {};
  if (s.list_item && s.words >= 4 && s.has_lower) return {};
  if (!s.has_lower && s.words < kProseWords) return "shapeless:caps";
  if (s.words < 2) return "shapeless:fragment";
  if (!s.terminated && s.words < kProseWords) return "shapeless:fragment";
  if (!s.terminated && s.words <= 20 &&
      s.capitalized * 10 >= (s.capitalized + s.lowercase_words) * 7) {
    return "shapeless:headline";
  }
  return {};
}

bool IsByline(std::string_view line, const Shape& s) {
  if (s.terminated || s.words > 30 || s.words < 2) return false;
  if (s.letters * 2 < s.visible) return false;
  if (s.pipes) return true;
  if (line.size() > 3 &&
      (line.substr(0, 3) == "By " || line.substr(0, 3) == "BY ")) {
    const unsigned char c = static_cast<unsigned char>(line[3]);
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
  }
  return false;
}

// The words of a dateline's place: "LONDON", "RIO DE JANEIRO", "N.Y.",
// "South Africa". Returns the end of at most `most` words starting with a
// capital, separated by single spaces, from `pos`, or `pos` when there are
// none; *all_caps tells whether they have no lower-case letter.
size_t PlaceWords(std::string_view line, size_t pos, int most,
                  bool* all_caps) {
  size_t end = pos;
  *all_caps = true;
  for (int words = 0; words < most; ++words) {
    size_t i = end + (words > 0 ? 1 : 0);
    if (words > 0 && (end >= line.size() || line[end] != ' ')) break;
    if (i >= line.size() || line[i] < 'A' || line[i] > 'Z') break;
    size_t j = i + 1;
    bool lower = false;
    while (j < line.size() &&
           (IsAsciiAlnum(static_cast<unsigned char>(line[j])) ||
            line[j] == '.' || line[j] == '-' || line[j] == '\'')) {
      lower |= line[j] >= 'a' && line[j] <= 'z';
      ++j;
    }
    *all_caps &= !lower;
    end = j;
  }
  return end;
}

// The length of the wire dateline opening `line`, with the space after it,
// or 0: a place (one to four capitalized words, all in capitals unless an
// agency follows), optionally ", Region" (one to three words), optionally an
// agency in parentheses, then a separator "_", "-", "--", an en or em dash,
// and a space. Photo captions ("FILE - In this photo") are no datelines.
size_t DatelineLength(std::string_view line) {
  bool caps = false, region_caps = false;
  size_t pos = PlaceWords(line, 0, 4, &caps);
  if (pos < 2) return 0;
  const std::string_view first = line.substr(0, line.find(' '));
  for (std::string_view no : {"FILE", "PHOTO", "PHOTOS", "VIDEO", "WATCH",
                              "UPDATE", "UPDATED", "NOTE", "EDITOR'S"}) {
    if (first == no) return 0;
  }
  if (line.substr(pos, 2) == ", ") {
    const size_t end = PlaceWords(line, pos + 2, 3, &region_caps);
    if (end == pos + 2) return 0;
    pos = end;
  }
  bool agency = false;
  if (line.substr(pos, 2) == " (") {
    const size_t close = line.find(')', pos + 2);
    if (close == std::string_view::npos || close - pos > 27) return 0;
    for (size_t i = pos + 2; i < close; ++i) {
      const auto c = static_cast<unsigned char>(line[i]);
      if (!IsAsciiAlnum(c) && c != ' ' && c != '&' && c != '-' && c != '/') {
        return 0;
      }
    }
    agency = close > pos + 2;
    pos = close + 1;
  }
  if (!caps && !agency) return 0;
  if (pos >= line.size() || line[pos] != ' ') return 0;
  ++pos;
  for (std::string_view dash :
       {"_ ", "-- ", "- ", "\xE2\x80\x94 ", "\xE2\x80\x93 "}) {
    if (line.substr(pos, dash.size()) == dash) return pos + dash.size();
  }
  return 0;
}

// Lines of an article body: [begin, end) trimmed, or empty for blank lines.
struct Line {
  Span span;                              // trimmed; empty when blank
  uint32_t norm_begin = 0, norm_end = 0;  // normalized tokens, in the
                                          // article's NormalizedLines::text
  size_t tokens = 0;
  Shape shape;
  std::string rule;  // why dropped; empty when kept
};

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Trims ASCII white space and U+00A0 from both ends of [b, e).
Span Trim(std::string_view text, uint32_t b, uint32_t e) {
  for (;;) {
    if (b < e && IsSpace(static_cast<unsigned char>(text[b]))) {
      ++b;
    } else if (b + 1 < e && text.substr(b, 2) == "\xC2\xA0") {
      b += 2;
    } else {
      break;
    }
  }
  for (;;) {
    if (e > b && IsSpace(static_cast<unsigned char>(text[e - 1]))) {
      --e;
    } else if (e >= b + 2 && text.substr(e - 2, 2) == "\xC2\xA0") {
      e -= 2;
    } else {
      break;
    }
  }
  return {b, e};
}

std::vector<Line> SplitLines(const Article& a) {
  std::vector<Line> lines;
  const std::string_view text = a.text;
  auto pos = static_cast<uint32_t>(std::min<size_t>(a.body_begin, text.size()));
  lines.reserve(1 + static_cast<size_t>(
                        std::count(text.begin() + pos, text.end(), '\n')));
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    Line line;
    line.span = Trim(text, pos, static_cast<uint32_t>(nl));
    lines.push_back(std::move(line));
    pos = static_cast<uint32_t>(nl + 1);
  }
  return lines;
}

// True when the normalized line repeats the normalized title: equal, or one
// contains the other and they differ by little (site names, "Quantcast").
bool RepeatsTitle(std::string_view norm, std::string_view title) {
  if (title.empty() || norm.empty()) return false;
  if (norm == title) return true;
  const std::string_view longer = norm.size() > title.size() ? norm : title;
  const std::string_view shorter = norm.size() > title.size() ? title : norm;
  return shorter.size() >= 12 && shorter.size() * 2 >= longer.size() &&
         longer.find(shorter) != std::string_view::npos;
}

}  // namespace

std::vector<CleanedArticle> CleanArticles(std::span<const Article> articles,
                                          const CleanOptions& options) {
  const PhraseSet& phrases = PhraseSet::English();
  std::vector<std::vector<Line>> all;
  all.reserve(articles.size());
  // Per article, the normalized lines back to back (Line::norm_begin):
  // one buffer, not a string a line.
  std::vector<std::string> norms(articles.size());
  std::string title_norm;
  for (size_t a = 0; a < articles.size(); ++a) {
    const Article& article = articles[a];
    std::vector<Line> lines = SplitLines(article);
    title_norm.clear();
    NormalizeLine(article.title, &title_norm);
    std::string& article_norms = norms[a];
    article_norms.reserve(article.text.size() + 64);
    for (Line& line : lines) {
      if (line.span.begin == line.span.end) continue;
      const std::string_view text = line.span.In(article.text);
      line.shape = ShapeOf(text);
      // A long paragraph of prose is never a title, matches no phrase
      // (kLongLineWords normalized tokens) and is never counted as repeated
      // (kRepeatKeepWords): it skips normalization. Only words that start
      // with an ASCII letter are counted, as each starts a token of its own
      // (a lone no-break space or a leading list number is a shape word but
      // no token).
      if (IsProse(line.shape) &&
          line.shape.capitalized + line.shape.lowercase_words >
              kLongLineWords) {
        continue;
      }
      line.norm_begin = static_cast<uint32_t>(article_norms.size());
      line.tokens = NormalizeLine(text, &article_norms);
      line.norm_end = static_cast<uint32_t>(article_norms.size());
      const std::string_view norm(article_norms.data() + line.norm_begin,
                                  line.norm_end - line.norm_begin);
      if (RepeatsTitle(norm, title_norm) && !IsProse(line.shape)) {
        line.rule = "title";
      } else if (options.drop_phrases && line.tokens > 0) {
        if (const std::string* p = phrases.Match(norm, line.tokens)) {
          line.rule = "phrase:" + *p;
        }
      }
      if (line.rule.empty() && options.drop_shapeless &&
          IsByline(text, line.shape)) {
        line.rule = "byline";
      }
    }
    all.push_back(std::move(lines));
  }

  if (options.drop_cross_source && articles.size() > 1) {
    // The number of outlets carrying each normalized line; an article
    // without a source counts as its own outlet. Articles are visited
    // outlet by outlet, so a line's outlets are counted by comparing with
    // the last one that carried it.
    std::unordered_map<std::string, uint32_t> outlet_ids;
    std::vector<std::pair<uint32_t, uint32_t>> by_outlet;  // (outlet, article)
    for (uint32_t a = 0; a < articles.size(); ++a) {
      const std::string key = articles[a].source.empty()
                                  ? "\x01" + articles[a].id
                                  : articles[a].source;
      by_outlet.emplace_back(
          outlet_ids.emplace(key, static_cast<uint32_t>(outlet_ids.size()))
              .first->second,
          a);
    }
    std::sort(by_outlet.begin(), by_outlet.end());
    auto norm_of = [&](uint32_t a, const Line& line) {
      return std::string_view(norms[a].data() + line.norm_begin,
                              line.norm_end - line.norm_begin);
    };
    StringInterner lines_seen;
    std::vector<uint32_t> outlets, last_outlet;  // per id of lines_seen
    for (const auto& [outlet, a] : by_outlet) {
      for (const Line& line : all[a]) {
        if (line.norm_begin == line.norm_end || !line.rule.empty()) continue;
        if (line.shape.terminated && line.shape.words >= kRepeatKeepWords) {
          continue;  // syndicated prose is news
        }
        const uint32_t id = lines_seen.Intern(norm_of(a, line));
        if (id == outlets.size()) {
          outlets.push_back(0);
          last_outlet.push_back(UINT32_MAX);
        }
        if (last_outlet[id] != outlet) {
          last_outlet[id] = outlet;
          ++outlets[id];
        }
      }
    }
    for (uint32_t a = 0; a < articles.size(); ++a) {
      for (Line& line : all[a]) {
        if (line.norm_begin == line.norm_end || !line.rule.empty()) continue;
        const uint32_t id = lines_seen.Find(norm_of(a, line));
        if (id != StringInterner::kNone && outlets[id] >= 2) {
          line.rule = "repeated:" + std::to_string(outlets[id]) + " outlets";
        }
      }
    }
  }

  std::vector<CleanedArticle> out(articles.size());
  for (size_t a = 0; a < articles.size(); ++a) {
    CleanedArticle& c = out[a];
    bool open = false;  // the last block may grow
    bool dateline_seen = false;  // one dateline an article at most
    std::vector<Line>& lines = all[a];
    const std::string_view text = articles[a].text;
    auto starts_lower = [&](const Line& l) {
      const char c = text[l.span.begin];
      return c >= 'a' && c <= 'z';
    };
    for (size_t i = 0; i < lines.size(); ++i) {
      Line& line = lines[i];
      if (line.span.begin == line.span.end) {
        open = false;
        continue;
      }
      if (line.rule.empty() && options.drop_shapeless) {
        // A hard-wrapped line of prose is judged with its neighbours: it is
        // continued when the next line goes on in lower case, and is a
        // continuation when it does so after an unfinished line.
        const bool continued =
            i + 1 < lines.size() &&
            lines[i + 1].span.begin != lines[i + 1].span.end &&
            lines[i + 1].rule.empty() && !line.shape.terminated &&
            starts_lower(lines[i + 1]);
        const bool continuation =
            i > 0 && lines[i - 1].span.begin != lines[i - 1].span.end &&
            !lines[i - 1].shape.terminated && starts_lower(line);
        std::string_view rule = ShapelessRule(line.shape);
        if ((continued || continuation) && rule != "shapeless:symbols")
          rule = {};
        line.rule = std::string(rule);
      }
      if (!line.rule.empty()) {
        c.dropped.push_back({line.span, std::move(line.rule)});
        open = false;
        continue;
      }
      if (options.drop_datelines && !dateline_seen &&
          i < kDatelineLines) {
        const size_t n = DatelineLength(line.span.In(text));
        if (n > 0 && n < line.span.size()) {
          const Span dateline{line.span.begin,
                              line.span.begin + static_cast<uint32_t>(n)};
          c.dropped.push_back({Trim(text, dateline.begin, dateline.end),
                               "dateline"});
          line.span.begin = dateline.end;
          dateline_seen = true;
          open = false;  // the story starts a block of its own
        }
      }
      if (open) {
        c.blocks.back().end = line.span.end;
      } else {
        c.blocks.push_back(line.span);
        open = true;
      }
    }
  }
  return out;
}

}  // namespace precis
