// Copyright 2026 The precis Authors.

#include "ingest/text_reader.h"

#include <utf8proc.h>

#include <cctype>
#include <utility>

#include "base/utf8.h"
#include "ingest/outlet.h"
#include "ingest/published_date.h"

namespace precis {
namespace {

constexpr size_t kMaxHeadlineBytes = 200;
constexpr size_t kMaxHeadlineWords = 30;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

// One line of `text` starting at `begin`: its content without the line
// break, and where the next line starts.
struct Line {
  std::string_view content;
  size_t next;
};

Line LineAt(std::string_view text, size_t begin) {
  const size_t nl = text.find('\n', begin);
  if (nl == std::string_view::npos) {
    return {text.substr(begin), text.size()};
  }
  return {text.substr(begin, nl - begin), nl + 1};
}

bool IsBlank(std::string_view line) { return Trim(line).empty(); }

enum class Field { kNone, kTitle, kSource, kUrl, kDate };

// The field a header line sets, and its value.
Field ParseHeader(std::string_view line, std::string_view* value) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 8) return Field::kNone;
  std::string key(Trim(line.substr(0, colon)));
  for (char& c : key)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  Field field = Field::kNone;
  if (key == "title") field = Field::kTitle;
  if (key == "source") field = Field::kSource;
  if (key == "url") field = Field::kUrl;
  if (key == "date") field = Field::kDate;
  *value = Trim(line.substr(colon + 1));
  return field;
}

size_t SkipBlankLines(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    const Line line = LineAt(text, pos);
    if (!IsBlank(line.content) || line.next == pos) break;
    pos = line.next;
  }
  return pos;
}

void SetDate(std::string_view value, const std::string& file,
             Diagnostics* diagnostics, std::string* published) {
  if (NormalizeDate(value, published)) return;
  *published = std::string(value);
  diagnostics->Note(file, 0,
                    "date '" + *published +
                        "' is not a date precis knows; "
                        "kept as given");
}

// Reads the header lines at the top of a->text. Returns where they end, or
// 0 when there are none.
size_t ReadHeaders(const std::string& file, Diagnostics* diagnostics,
                   Article* a) {
  const std::string_view text = a->text;
  size_t pos = 0;
  bool any = false;
  while (pos < text.size()) {
    const Line line = LineAt(text, pos);
    std::string_view value;
    const Field field = ParseHeader(line.content, &value);
    if (field == Field::kNone) break;
    std::string* target = field == Field::kTitle    ? &a->title
                          : field == Field::kSource ? &a->source
                          : field == Field::kUrl    ? &a->url
                                                    : &a->published;
    if (target->empty()) {  // the first of repeated headers wins
      if (field == Field::kDate) {
        SetDate(value, file, diagnostics, target);
      } else {
        *target = std::string(value);
      }
    }
    any = true;
    pos = line.next;
  }
  return any ? SkipBlankLines(text, pos) : 0;
}

// Takes the line at `begin` as the title when it looks like a headline and
// a body follows it. Returns where the body starts (`begin` if no title).
size_t ReadHeadline(size_t begin, Article* a) {
  const std::string_view text = a->text;
  const Line first = LineAt(text, begin);
  if (first.next >= text.size() || !LooksLikeHeadline(first.content)) {
    return begin;
  }
  const size_t body = SkipBlankLines(text, first.next);
  if (body >= text.size()) return begin;
  std::string_view title = Trim(first.content);
  // A saved page title often carries the site's name ("i24NEWS - Putin
  // meets Rouhani", "Putin meets Rouhani | Reuters") and the page repeats
  // the headline alone on the next line: that line is the title, and the
  // body starts after it.
  const Line second = LineAt(text, body);
  const std::string_view headline = Trim(second.content);
  if (second.next < text.size() && headline.size() + 3 <= title.size() &&
      LooksLikeHeadline(headline)) {
    const size_t at = title.find(headline);
    const bool prefix = at == 0;
    const bool suffix =
        at != std::string_view::npos && at + headline.size() == title.size();
    auto separator = [](std::string_view s) {
      s = Trim(s);
      return s == "-" || s == "|" || s == ":" || s == "\xE2\x80\x93" ||
             s == "\xE2\x80\x94" || s == "\xC2\xB7" || s == "\xE2\x80\xA2";
    };
    std::string_view rest;
    if (prefix) rest = title.substr(headline.size());
    if (suffix) rest = title.substr(0, at);
    if ((prefix || suffix) && !rest.empty()) {
      // The separator is the word next to the headline.
      const size_t cut =
          prefix ? rest.find_first_not_of(' ') : rest.find_last_not_of(' ');
      const bool separated =
          cut != std::string_view::npos &&
          (prefix ? separator(rest.substr(0, rest.find(' ', cut)))
                  : separator(rest.substr(rest.rfind(' ', cut) + 1)));
      if (separated) {
        a->title = std::string(headline);
        if (a->source.empty()) a->source = OutletFromMasthead(rest);
        return SkipBlankLines(text, second.next);
      }
    }
  }
  a->title = std::string(title);
  return body;
}

// A publication date in a byline or dateline near the top of the body, as
// saved pages carry them: "By Ahmad Majidyar | Fellow ... | Apr 10, 2018",
// "Published: April 10, 2018 10:32 am", "Updated on 2018-04-10", or a line
// that is a date alone. Lines shaped like sentences are not read, so a date
// in the story is never taken for the article's. Looks at the first
// `kBylineLines` non-blank lines from `begin`.
constexpr int kBylineLines = 6;
constexpr size_t kMaxBylineBytes = 240;

bool StartsWithWord(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != word[i]) return false;
  }
  return s.size() == word.size() ||
         !std::isalpha(static_cast<unsigned char>(s[word.size()]));
}

// A date after an optional "Published", "Posted", "Updated" or "Date" and
// an optional ":" or "on".
bool SegmentDate(std::string_view segment, std::string* iso) {
  segment = Trim(segment);
  for (const std::string_view word :
       {"published", "posted", "updated", "last updated", "date"}) {
    if (StartsWithWord(segment, word)) {
      segment = Trim(segment.substr(word.size()));
      if (!segment.empty() && segment[0] == ':') {
        segment = Trim(segment.substr(1));
      } else if (StartsWithWord(segment, "on")) {
        segment = Trim(segment.substr(2));
      }
      break;
    }
  }
  return !segment.empty() && NormalizeDate(segment, iso);
}

std::string DateFromByline(std::string_view text, size_t begin) {
  size_t pos = SkipBlankLines(text, begin);
  for (int n = 0; n < kBylineLines && pos < text.size(); ++n) {
    const Line line = LineAt(text, pos);
    pos = SkipBlankLines(text, line.next);
    const std::string_view content = Trim(line.content);
    if (content.size() > kMaxBylineBytes) continue;
    std::string iso;
    if (SegmentDate(content, &iso)) return iso;
    // Bylines split into fields by '|', a bullet or a spaced dash.
    const bool byline = StartsWithWord(content, "by");
    size_t from = 0;
    bool split = false;
    for (size_t i = 0; i <= content.size(); ++i) {
      size_t skip = 0;
      if (i == content.size()) {
        // the last field
      } else if (content[i] == '|') {
        skip = 1;
      } else if (content.compare(i, 3, " - ") == 0) {
        skip = 3;
      } else if (content.compare(i, 2, "\xC2\xB7") == 0 ||
                 content.compare(i, 3, "\xE2\x80\xA2") == 0 ||
                 content.compare(i, 3, "\xE2\x80\x94") == 0) {
        skip = content[i] == '\xC2' ? 2 : 3;
      } else {
        continue;
      }
      if (i < content.size()) split = true;
      if ((split || byline) &&
          SegmentDate(content.substr(from, i - from), &iso)) {
        return iso;
      }
      if (i == content.size()) break;
      from = i + skip;
      i = from - 1;  // the loop steps to `from`
    }
  }
  return "";
}

// The outlet a byline near the top of the body names (outlet.h), looking at
// the same lines as DateFromByline.
std::string OutletFromBylines(std::string_view text, size_t begin) {
  size_t pos = SkipBlankLines(text, begin);
  for (int n = 0; n < kBylineLines && pos < text.size(); ++n) {
    const Line line = LineAt(text, pos);
    pos = SkipBlankLines(text, line.next);
    if (line.content.size() > kMaxBylineBytes) continue;
    std::string outlet = OutletFromByline(line.content);
    if (!outlet.empty()) return outlet;
  }
  return "";
}

char32_t FirstCodePoint(std::string_view s) {
  char32_t cp = 0;
  if (!s.empty()) DecodeUtf8(s, 0, &cp);
  return cp;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = IsSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

bool LooksLikeHeadline(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxHeadlineBytes ||
      CountWords(line) > kMaxHeadlineWords) {
    return false;
  }
  const char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  // Skip opening quotes: '"Fake news," he said' starts with a quote.
  while (!line.empty() && (line.front() == '"' || line.front() == '\'')) {
    line.remove_prefix(1);
  }
  if (line.rfind("\xE2\x80\x9C", 0) == 0 ||
      line.rfind("\xE2\x80\x98", 0) == 0) {
    line.remove_prefix(3);
  }
  const char32_t cp = FirstCodePoint(line);
  if (cp >= '0' && cp <= '9') return true;
  return cp != 0 && cp != kReplacementChar &&
         utf8proc_isupper(static_cast<utf8proc_int32_t>(cp));
}

Article ParseTextArticle(std::string_view bytes, std::string id,
                         std::string origin, const std::string& file,
                         Diagnostics* diagnostics) {
  SkipByteOrderMark(&bytes);
  Article a;
  a.id = std::move(id);
  a.origin = std::move(origin);
  const size_t repaired = RepairUtf8(bytes, &a.text);
  if (repaired > 0) {
    diagnostics->Warn(file, 0,
                      "replaced " + std::to_string(repaired) +
                          " invalid UTF-8 byte(s) with U+FFFD");
  }
  size_t body = ReadHeaders(file, diagnostics, &a);
  if (a.title.empty()) body = ReadHeadline(body, &a);
  if (a.published.empty()) a.published = DateFromByline(a.text, body);
  if (a.source.empty()) a.source = OutletFromBylines(a.text, body);
  if (a.source.empty()) a.source = OutletFromUrl(a.url);
  a.body_begin = static_cast<uint32_t>(body);
  return a;
}

}  // namespace precis
