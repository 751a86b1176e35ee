// Copyright 2026 The precis Authors.
//
// Quotes in two passes over the tokens of an article body:
//  1. Direct quotes: pairs of quotation marks (curly, or straight ones
//     toggling within a paragraph) around four words or more, then their
//     attribution in the same sentence, after the closing mark (", Smith
//     said", ", said Smith") or before the opening one ("Smith said: ").
//     A quote without one takes the speaker of the quote just before it
//     (split quotes, quotes over several paragraphs).
//  2. Reported speech in sentences outside quotation marks, by the cue
//     patterns of news: "SOURCE said (that) CONTENT", "CONTENT, SOURCE
//     said", "CONTENT, said SOURCE", "CONTENT, according to SOURCE",
//     "According to SOURCE, CONTENT".
// Sources are resolved to names: pronouns to the latest name before them,
// surnames and titles ("the mayor") to a full name mentioned earlier.

#include "precis/quotes.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "precis/sentence_splitter.h"
#include "precis/tokenizer.h"
#include "text/char_class.h"

namespace precis {
namespace {

constexpr std::string_view kCues[] = {
    "said",           "says",         "say",       "told",
    "tells",          "added",        "adds",      "warned",
    "warns",          "stated",       "wrote",     "writes",
    "explained",      "noted",        "notes",     "argued",
    "argues",         "insisted",     "claimed",   "claims",
    "declared",       "announced",    "reported",  "reports",
    "tweeted",        "replied",      "stressed",  "emphasized",
    "acknowledged",   "admitted",     "suggested", "commented",
    "recalled",       "urged",        "vowed",     "confirmed",
    "denied",         "alleged",      "contended", "maintained",
    "testified",      "predicted",    "cautioned", "estimated",
    "believes",       "asserted",     "observed",  "remarked",
    "continued",      "concluded",    "announces", "asked",
    "told reporters", "found",        "finds",     "showed",
    "shows",          "revealed",     "indicated", "thinks",
    "think",          "believe",      "argue",     "claim",
    "warn",           "insists",      "suggests",  "suggest",
    "predicts",       "acknowledges", "explains",  "hopes",
    "hoped",          "expects",      "pledged",   "promised",
    "promises",       "charged",      "accused",   "complained",
    "agreed",         "disputed",     "countered"};

constexpr std::string_view kPronouns[] = {"he", "she", "they", "we", "i", "it"};

// Words of a title before a name ("Mayor Ruth Adeyemi"); lower case.
constexpr std::string_view kTitles[] = {
    "mr",         "mrs",       "ms",          "dr",           "president",
    "mayor",      "governor",  "gov",         "senator",      "sen",
    "rep",        "gen",       "general",     "minister",     "secretary",
    "chairman",   "chief",     "director",    "commander",    "cmdr",
    "captain",    "capt",      "judge",       "prof",         "professor",
    "ambassador", "spokesman", "spokeswoman", "spokesperson", "lt",
    "col",        "sgt",       "officer",     "inspector",    "king",
    "queen",      "prince",    "pope",        "premier",      "chancellor",
    "leader",     "ayatollah", "sheikh",      "lord",         "lady",
    "sir",        "dame",      "coach",       "manager",      "harbor",
    "master",     "engineer",  "economist",   "analyst",      "deputy",
    "vice",       "prime",     "foreign",     "defense",      "state"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool In(std::string_view w, const std::string_view* b,
        const std::string_view* e) {
  return std::find(b, e, w) != e;
}

bool IsOpen(std::string_view t) { return t == "\xE2\x80\x9C"; }   // “
bool IsClose(std::string_view t) { return t == "\xE2\x80\x9D"; }  // ”
bool IsStraight(std::string_view t) { return t == "\""; }

class QuoteFinder {
 public:
  QuoteFinder(std::string_view text, uint32_t base) : text_(text), base_(base) {
    sentences_ = SplitSentences(text, {}, 0, &tokens_);
    sentence_of_.assign(tokens_.size(), 0);
    size_t s = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      while (s + 1 < sentences_.size() &&
             tokens_[i].span.begin >= sentences_[s + 1].span.begin) {
        ++s;
      }
      sentence_of_[i] = static_cast<uint32_t>(s);
      lower_.push_back(Lower(Raw(i)));
    }
  }

  std::vector<Quote> Run() {
    FindDirect();
    FindReported();
    ResolveAll();
    for (Quote& q : quotes_) {
      q.content = Shift(q.content);
      q.cue = Shift(q.cue);
      q.source = Shift(q.source);
    }
    return std::move(quotes_);
  }

 private:
  size_t n() const { return tokens_.size(); }
  std::string_view Raw(size_t i) const { return tokens_[i].span.In(text_); }
  bool IsWord(size_t i) const {
    return tokens_[i].kind == TokenKind::kWord ||
           tokens_[i].kind == TokenKind::kNumber;
  }
  bool Capitalized(size_t i) const {
    return tokens_[i].kind == TokenKind::kWord &&
           text::IsUpper(text::At(Raw(i), 0));
  }
  Span Shift(Span s) const {
    if (s.begin == s.end) return s;
    return {s.begin + base_, s.end + base_};
  }
  Span Tokens(size_t b, size_t e) const {  // tokens [b, e)
    if (b >= e) return {};
    return {tokens_[b].span.begin, tokens_[e - 1].span.end};
  }
  bool ParagraphBreak(size_t i) const {  // a blank line before token i
    if (i == 0) return false;
    const std::string_view gap =
        text_.substr(tokens_[i - 1].span.end,
                     tokens_[i].span.begin - tokens_[i - 1].span.end);
    const size_t nl = gap.find('\n');
    return nl != std::string_view::npos &&
           gap.find('\n', nl + 1) != std::string_view::npos;
  }
  // A cue at token i: its length in tokens (2 for "told reporters",
  // "according to"), or 0.
  size_t CueAt(size_t i) const {
    if (i >= n()) return 0;
    const std::string& w = lower_[i];
    if (w == "according" && i + 1 < n() && lower_[i + 1] == "to") return 2;
    if (w == "told" && i + 1 < n() && lower_[i + 1] == "reporters") return 2;
    if (w == "has" || w == "have") {
      if (i + 1 < n() && (lower_[i + 1] == "said" || lower_[i + 1] == "told"))
        return 2;
    }
    return In(w, std::begin(kCues), std::end(kCues)) ? 1 : 0;
  }
  bool IsSourceToken(size_t i) const {
    if (tokens_[i].kind == TokenKind::kWord ||
        tokens_[i].kind == TokenKind::kNumber) {
      return true;
    }
    const std::string_view t = Raw(i);
    return t == "." || t == "-" || t == "'s" || t == "'" || t == "\xE2\x80\x99";
  }

  // The source before a cue at `cue`: back to a comma, a quote mark or the
  // sentence start, at most 8 tokens. Returns its first token, or cue.
  size_t SourceBefore(size_t cue, size_t limit) const {
    size_t b = cue;
    while (b > limit && cue - b < 8 && IsSourceToken(b - 1) &&
           sentence_of_[b - 1] == sentence_of_[cue]) {
      --b;
    }
    return b;
  }
  // The source after a cue ending at `after`: to the sentence's end or a
  // comma, at most 10 tokens. Returns its end, or after.
  size_t SourceAfter(size_t after) const {
    size_t e = after;
    while (e < n() && e - after < 10 && IsSourceToken(e) &&
           sentence_of_[e] == sentence_of_[after] &&
           !(Raw(e) == "." && e + 1 < n() &&
             sentence_of_[e + 1] != sentence_of_[e])) {
      ++e;
    }
    // Drop a trailing sentence period.
    while (e > after && !IsWord(e - 1)) --e;
    return e;
  }

  // Records the cue and source of `q`; the source is resolved to a name
  // later, in text order (Resolve needs the speakers named before it).
  void Attribute(Quote* q, size_t src_b, size_t src_e, size_t cue_b,
                 size_t cue_len) {
    q->cue = Tokens(cue_b, cue_b + cue_len);
    q->source = Tokens(src_b, src_e);
    pending_src_ = {src_b, src_e};
  }

  // Adds a quote with the source range of the last Attribute call (or
  // none), and its first sentence.
  void Add(const Quote& q, bool attributed, size_t sentence) {
    quotes_.push_back(q);
    meta_.push_back({attributed ? pending_src_.first : 0,
                     attributed ? pending_src_.second : 0, sentence});
  }

  // Resolves every source to a speaker, in text order; a direct quote
  // without a source takes the speaker of the direct quote just before it
  // when that is at most two sentences back (split and continued quotes).
  void ResolveAll() {
    std::vector<size_t> order(quotes_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return quotes_[a].content.begin < quotes_[b].content.begin;
    });
    std::vector<Quote> sorted;
    sorted.reserve(quotes_.size());
    size_t last_direct = SIZE_MAX;  // index into sorted
    size_t last_sentence = 0;
    for (const size_t k : order) {
      Quote q = quotes_[k];
      const Meta& m = meta_[k];
      if (m.src_b < m.src_e) {
        q.speaker = Resolve(m.src_b, m.src_e);
      } else if (q.direct && last_direct != SIZE_MAX &&
                 m.sentence <= last_sentence + 2) {
        q.speaker = sorted[last_direct].speaker;
      }
      sorted.push_back(q);
      if (q.direct) {
        last_direct = sorted.size() - 1;
        last_sentence = m.sentence;
      }
    }
    quotes_ = std::move(sorted);
  }

  // Direct quotes and their attributions.
  void FindDirect() {
    size_t i = 0;
    while (i < n()) {
      const std::string_view t = Raw(i);
      if (!IsOpen(t) && !IsStraight(t)) {
        ++i;
        continue;
      }
      // Find the closing mark; a paragraph break ends an unclosed quote
      // unless the next paragraph opens with a mark (a quote running on).
      size_t j = i + 1;
      size_t close = n();
      while (j < n()) {
        if (IsClose(Raw(j)) || IsStraight(Raw(j)) || IsOpen(Raw(j))) {
          if (IsOpen(Raw(j)) && !ParagraphBreak(j)) {
            close = j;  // an opening mark inside: unbalanced; stop here
            break;
          }
          if (!IsOpen(Raw(j))) {
            close = j;
            break;
          }
        }
        if (ParagraphBreak(j) && !(IsOpen(Raw(j)) || IsStraight(Raw(j)))) {
          close = j;  // unclosed at the paragraph's end
          break;
        }
        ++j;
      }
      size_t cb = i + 1, ce = close;
      // The content: without a comma before the closing mark, and without
      // the marks of paragraphs it runs over.
      while (ce > cb && (Raw(ce - 1) == "," || IsOpen(Raw(ce - 1)))) --ce;
      size_t words = 0;
      for (size_t k = cb; k < ce; ++k) words += IsWord(k) ? 1 : 0;
      const size_t next =
          close < n() && !IsOpen(Raw(close)) ? close + 1 : close;
      // Scare quotes, names, and partial quotes woven into a sentence
      // ("said her crew arrived “in under an hour”") are not quotes of their
      // own; the sentence may still be reported speech.
      const bool partial = i > 0 && IsWord(i - 1) && !ParagraphBreak(i) &&
                           sentence_of_[i - 1] == sentence_of_[i] &&
                           CueAt(i - 1) == 0;
      if (words < 4 || partial) {
        i = std::max(next, i + 1);
        continue;
      }
      Quote q;
      q.direct = true;
      q.content = Tokens(cb, ce);
      // After the closing mark: ", Smith said" or ", said Smith".
      size_t a = next;
      if (a < n() && Raw(a) == ",") ++a;
      bool found = false;
      if (a < n() && a > i && sentence_of_[a] == sentence_of_[ce - 1]) {
        if (const size_t len = CueAt(a)) {
          const size_t e = SourceAfter(a + len);
          if (e > a + len) {
            Attribute(&q, a + len, e, a, len);
            found = true;
          }
        } else {
          for (size_t c = a;
               c < n() && c < a + 8 && sentence_of_[c] == sentence_of_[a];
               ++c) {
            if (const size_t len = CueAt(c)) {
              if (c > a) Attribute(&q, a, c, c, len);
              found = c > a;
              break;
            }
            if (!IsSourceToken(c)) break;
          }
        }
      }
      // Before the opening mark: "Smith said: " / "Smith told reporters, ".
      if (!found && i > 0) {
        size_t b = i;
        if (b > 0 && (Raw(b - 1) == ":" || Raw(b - 1) == ",")) --b;
        for (size_t len = 2; len >= 1 && !found; --len) {
          if (b >= len && CueAt(b - len) == len) {
            const size_t cue = b - len;
            const size_t sb = SourceBefore(cue, 0);
            if (sb < cue) {
              Attribute(&q, sb, cue, cue, len);
              found = true;
            }
          }
        }
      }
      Add(q, found, sentence_of_[i]);
      covered_.push_back(Tokens(i, std::min(next, n())));
      i = std::max(next, i + 1);
    }
  }

  bool Covered(Span s) const {
    for (const Span& c : covered_) {
      if (s.begin < c.end && c.begin < s.end) return true;
    }
    return false;
  }

  // Reported speech, one sentence at a time.
  void FindReported() {
    size_t t = 0;
    for (size_t s = 0; s < sentences_.size(); ++s) {
      const size_t b = t;
      while (t < n() && sentence_of_[t] == s) ++t;
      const size_t e = t;  // tokens [b, e)
      if (e - b < 5 || Covered(Tokens(b, e))) continue;
      size_t last = e;
      while (last > b && !IsWord(last - 1)) --last;  // before final marks
      // "According to SOURCE, CONTENT."
      if (lower_[b] == "according" && b + 1 < e && lower_[b + 1] == "to") {
        size_t comma = b + 2;
        while (comma < e && Raw(comma) != ",") ++comma;
        if (comma + 4 < last) {
          Quote q;
          q.content = Tokens(comma + 1, last);
          Attribute(&q, b + 2, comma, b, 2);
          Add(q, true, s);
        }
        continue;
      }
      for (size_t c = b + 1; c < last; ++c) {
        const size_t len = CueAt(c);
        if (len == 0) continue;
        Quote q;
        if (Raw(c - 1) == "," && c + len < last) {
          // "CONTENT, said SOURCE." / "CONTENT, according to SOURCE."
          const size_t se = SourceAfter(c + len);
          bool named = len == 2 && lower_[c] == "according";
          for (size_t k = c + len; k < se && k < c + len + 8; ++k) {
            named |= Capitalized(k);
          }
          if (se >= last && named && c - 1 > b + 3) {
            q.content = Tokens(b, c - 1);
            Attribute(&q, c + len, se, c, len);
            Add(q, true, s);
            break;
          }
        }
        const size_t sb = SourceBefore(c, b);
        if (c + len >= last && sb > b && Raw(sb - 1) == ",") {
          // "CONTENT, SOURCE said."
          if (sb - 1 > b + 3) {
            q.content = Tokens(b, sb - 1);
            Attribute(&q, sb, c, c, len);
            Add(q, true, s);
          }
          break;
        }
        // "NAME, who ..., said CONTENT" / "The chief, Paul Brandt,
        // estimated CONTENT": the subject is the sentence's first phrase.
        if (Raw(c - 1) == "," && Capitalized(b) && c + len + 3 < last) {
          size_t comma = b;
          while (comma < c && Raw(comma) != ",") ++comma;
          if (comma > b && comma - b <= 8) {
            size_t cb = c + len;
            if (cb + 3 < last) {
              q.content = Tokens(cb, last);
              Attribute(&q, b, c - 1, c, len);
              Add(q, true, s);
              break;
            }
          }
        }
        // After an introductory phrase: "In an interview, Smith said ...".
        const bool intro = sb > b && Raw(sb - 1) == "," && c - sb <= 6;
        if ((sb == b || intro) && c - b <= 16 && last > c + len + 3) {
          // "SOURCE said (that) CONTENT."
          size_t cb = c + len;
          if (lower_[c] == "told" && len == 1) {
            // "told NAME (that)": skip the listener.
            while (cb < last && Capitalized(cb)) ++cb;
          }
          // "said on Tuesday that", "said in a statement that".
          for (size_t k = cb; k < last && k < cb + 6; ++k) {
            if (lower_[k] == "that") {
              cb = k;  // PolNeAR's content spans keep the "that"
              break;
            }
            if (!IsWord(k)) break;
          }
          if (cb + 3 < last) {
            q.content = Tokens(cb, last);
            Attribute(&q, sb, c, c, len);
            Add(q, true, s);
          }
          break;
        }
      }
    }
  }

  // The name a source stands for.
  std::string Resolve(size_t b, size_t e) {
    if (b >= e) return "";
    if (e - b == 1 &&
        In(lower_[b], std::begin(kPronouns), std::end(kPronouns))) {
      const std::string name = LatestName(b);
      return name.empty() ? std::string(Raw(b)) : name;
    }
    // The first run of capitalized words holding a name ("Cmdr. Grace
    // Whitfield of the Coast Guard" -> "Grace Whitfield"), titles and
    // possessors ("Iran's President") left out; else the last run.
    size_t best_b = e, best_e = e;
    for (size_t k = b; k < e;) {
      if (!Capitalized(k)) {
        ++k;
        continue;
      }
      size_t rb = k, re = k;
      while (re < e && (Capitalized(re) ||
                        (Raw(re) == "." && re > rb && Capitalized(re - 1)))) {
        const std::string_view w = Raw(re);
        ++re;
        if (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s")) rb = re;
      }
      while (rb < re && (In(Lower(std::string(Raw(rb))), std::begin(kTitles),
                            std::end(kTitles)) ||
                         Raw(rb) == "." || lower_[rb] == "the")) {
        ++rb;
      }
      while (re > rb && !Capitalized(re - 1)) --re;
      if (re > rb) {
        best_b = rb;
        best_e = re;
        if (re - rb >= 2) break;
      }
      k = std::max(re, k + 1);
    }
    if (best_b < best_e) {
      const std::string name(Tokens(best_b, best_e).In(text_));
      const std::string full = Expand(name, best_b);
      names_.push_back({tokens_[best_b].span.begin, full});
      return full;
    }
    // A title ("the mayor"): the latest name that came with that title.
    for (size_t k = e; k > b; --k) {
      if (In(lower_[k - 1], std::begin(kTitles), std::end(kTitles))) {
        const std::string name = TitledName(lower_[k - 1], b);
        if (!name.empty()) return name;
      }
    }
    return std::string(Tokens(b, e).In(text_));
  }

  // A surname alone becomes the full name seen before it ("Adeyemi" ->
  // "Ruth Adeyemi").
  std::string Expand(const std::string& name, size_t before) {
    if (name.find(' ') != std::string::npos) return name;
    std::string best;
    for (size_t k = 0; k + 1 < before; ++k) {
      if (!Capitalized(k) || !Capitalized(k + 1)) continue;
      size_t end = k;
      while (end < before && Capitalized(end)) ++end;
      if (Raw(end - 1) == name && end - k >= 2) {
        size_t start = k;
        // "Iran's President Hassan Rouhani": the name starts after the
        // possessor.
        for (size_t p = k; p + 1 < end; ++p) {
          const std::string_view w = Raw(p);
          if (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s")) start = p + 1;
        }
        while (start < end &&
               In(lower_[start], std::begin(kTitles), std::end(kTitles))) {
          ++start;
        }
        if (end - start >= 2) best = std::string(Tokens(start, end).In(text_));
      }
      k = end - 1;
    }
    return best.empty() ? name : best;
  }

  // The name after the latest "<Title> First Last" before token `before`.
  std::string TitledName(const std::string& title, size_t before) {
    for (size_t k = before; k-- > 0;) {
      if (lower_[k] != title) continue;
      size_t b = k + 1;
      if (b < before && Raw(b) == ".") ++b;
      size_t e = b;
      while (e < before && Capitalized(e)) ++e;
      if (e - b >= 2) return std::string(Tokens(b, e).In(text_));
    }
    return "";
  }

  // The person a pronoun before token `before` stands for: the latest
  // speaker already named, else the latest run of two or more capitalized
  // words (titles and sentence-initial function words left out).
  std::string LatestName(size_t before) {
    const uint32_t pos = tokens_[before].span.begin;
    std::string best;
    uint32_t best_pos = 0;
    for (const auto& [p, name] : names_) {
      if (p < pos && p >= best_pos) {
        best = name;
        best_pos = p;
      }
    }
    if (!best.empty()) return best;
    static constexpr std::string_view kOpeners[] = {
        "the",  "a",    "an",    "in",     "on", "at",    "but", "and", "this",
        "that", "when", "after", "before", "as", "while", "for", "by"};
    for (size_t k = before; k-- > 1;) {
      if (!Capitalized(k) || !Capitalized(k - 1)) continue;
      size_t b = k - 1;
      while (b > 0 && Capitalized(b - 1)) --b;
      size_t start = b;
      while (start < k &&
             (In(lower_[start], std::begin(kTitles), std::end(kTitles)) ||
              In(lower_[start], std::begin(kOpeners), std::end(kOpeners)))) {
        ++start;
      }
      if (k + 1 - start >= 2) {
        return std::string(Tokens(start, k + 1).In(text_));
      }
      k = b + 1;
    }
    return "";
  }

  std::string_view text_;
  uint32_t base_;
  std::vector<Token> tokens_;
  std::vector<std::string> lower_;
  std::vector<Sentence> sentences_;
  std::vector<uint32_t> sentence_of_;
  struct Meta {
    size_t src_b, src_e;  // source tokens; empty when none
    size_t sentence;
  };
  std::vector<Quote> quotes_;
  std::vector<Meta> meta_;  // beside quotes_
  std::pair<size_t, size_t> pending_src_{0, 0};
  std::vector<Span> covered_;  // direct quotes with their marks
  std::vector<std::pair<uint32_t, std::string>> names_;  // resolved speakers
};

}  // namespace

std::vector<Quote> FindQuotes(std::string_view text, uint32_t base) {
  return QuoteFinder(text, base).Run();
}

}  // namespace precis
