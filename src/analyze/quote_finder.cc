// Copyright 2026 The precis Authors.
//
// Quotes in three passes over the tokens of a text, after the attribution
// patterns of news described by Pareti (2016, PARC 3.0) and the quotation
// rules of Pouliquen, Steinberger & Best (2007):
//  1. Direct quotes: quotation marks paired (quote_marks.h); each quoted
//     stretch of enough words, or with a cue next to it, is a quote. Its
//     attribution is looked for after the closing mark (", Smith said",
//     ", said the mayor"), where a second quoted piece may follow ("We
//     are," she said, "grateful.": one quote, two parts), then before the
//     opening mark ("Smith said: "). A quote without one continues the
//     quote just before it when that is in the same or the previous
//     paragraph, and takes its speaker. A quoted stretch woven into a
//     sentence ("called it “a disaster”") is left to pass 2.
//  2. Reported speech, sentence by sentence outside direct quotes, in this
//     order: "according to SOURCE"; a cue ending the sentence ("CONTENT,
//     SOURCE said." / "CONTENT, said SOURCE."); a cue after a clause-initial
//     source ("SOURCE said (that) CONTENT", with listeners and adverbials
//     skipped: "told reporters on Tuesday that"); then ", adding that
//     CONTENT" with the same source.
//  3. Speakers, in text order (quote_names.h): a name is expanded to its
//     fullest form; "he"/"she" take the latest person mentioned outside
//     quotation marks (of the right gender when a title tells); a title
//     ("the Iranian president") takes the latest person who bore it.
// Departures: no parser; source phrases are found by walking over words
// that can be part of a noun phrase; content stops at the sentence's end,
// so reported speech over several sentences keeps only the first.

#include "analyze/quote_finder.h"

#include <algorithm>

#include "analyze/quote_lexicon.h"

namespace precis::quotes {
namespace {

constexpr std::string_view kOpenCurly = "\xE2\x80\x9C";
constexpr std::string_view kCloseCurly = "\xE2\x80\x9D";

size_t PossessiveLength(std::string_view w) {
  if (w.size() > 2 && w.ends_with("'s")) return 2;
  if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) return 4;
  return 0;
}

}  // namespace

QuoteFinder::QuoteFinder(std::string_view text, const QuoteOptions& options,
                         uint32_t base)
    : text_(text), base_(base), options_(options), folded_(text) {
  for (char& c : folded_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  sentences_ = SplitSentences(text, {}, base, &tokens_);
  sentence_of_.assign(n(), 0);
  size_t s = 0;
  for (size_t i = 0; i < n(); ++i) {
    while (s + 1 < sentences_.size() &&
           tokens_[i].span.begin >= sentences_[s + 1].span.begin) {
      ++s;
    }
    sentence_of_[i] = static_cast<uint32_t>(s);
  }
  sentence_begin_.assign(sentences_.size(), n());
  sentence_end_.assign(sentences_.size(), 0);
  for (size_t i = 0; i < n(); ++i) {
    const uint32_t k = sentence_of_[i];
    sentence_begin_[k] = std::min(sentence_begin_[k], i);
    sentence_end_[k] = i + 1;
  }
  paragraph_ = TokenParagraphs(text, tokens_, base);
  // Headlines in title case: most of their words capitalized.
  std::vector<uint32_t> words(sentences_.size(), 0), caps(sentences_.size(), 0);
  for (size_t i = 0; i < n(); ++i) {
    if (tokens_[i].kind != TokenKind::kWord) continue;
    ++words[sentence_of_[i]];
    caps[sentence_of_[i]] += Cap(i) ? 1 : 0;
  }
  title_case_.assign(sentences_.size(), false);
  for (size_t k = 0; k < sentences_.size(); ++k) {
    title_case_[k] = words[k] >= 3 && caps[k] * 10 >= words[k] * 6;
  }
  spans_ = FindQuotedSpans(text, tokens_, paragraph_, base);
  in_direct_.assign(n(), false);
  cue_used_.assign(n(), false);
  names_ = std::make_unique<NameIndex>(text, folded_, tokens_, sentence_of_,
                                       base, options.names);
}

// --- Tokens -----------------------------------------------------------

std::string_view QuoteFinder::Raw(size_t i) const {
  const Span s = tokens_[i].span;
  return text_.substr(s.begin - base_, s.size());
}

std::string_view QuoteFinder::W(size_t i) const {
  if (i >= n()) return {};
  const Span s = tokens_[i].span;
  return std::string_view(folded_).substr(s.begin - base_, s.size());
}

bool QuoteFinder::IsWord(size_t i) const {
  return i < n() && (tokens_[i].kind == TokenKind::kWord ||
                     tokens_[i].kind == TokenKind::kNumber);
}

bool QuoteFinder::Cap(size_t i) const {
  if (i >= n() || tokens_[i].kind != TokenKind::kWord) return false;
  const char c = Raw(i)[0];
  return c >= 'A' && c <= 'Z';
}

bool QuoteFinder::IsMark(size_t i) const {
  if (i >= n()) return false;
  const std::string_view r = Raw(i);
  if (r == "\"" || r == kOpenCurly || r == kCloseCurly) return true;
  if (r != "'" && r != "`") return false;
  // One of a doubled pair: '' or ``.
  const bool next = i + 1 < n() && Raw(i + 1) == r &&
                    tokens_[i + 1].span.begin == tokens_[i].span.end;
  const bool prev = i > 0 && Raw(i - 1) == r &&
                    tokens_[i].span.begin == tokens_[i - 1].span.end;
  return next || prev;
}

bool QuoteFinder::IsDash(size_t i) const {
  const std::string_view r = Raw(i);
  return r == "\xE2\x80\x94" || r == "\xE2\x80\x93" || r == "\xE2\x80\x95" ||
         r == "--" || r == "-";
}

bool QuoteFinder::SentenceFinal(size_t i) const {
  const std::string_view w = W(i);
  return w == "." || w == "!" || w == "?";
}

Span QuoteFinder::Bytes(size_t b, size_t e) const {
  if (b >= e) return {};
  return {tokens_[b].span.begin, tokens_[e - 1].span.end};
}

// --- Cues and sources --------------------------------------------------

size_t QuoteFinder::CueAt(size_t i) const {
  if (i >= n() || tokens_[i].kind != TokenKind::kWord) return 0;
  const std::string_view w = W(i);
  if (w == "according") return Is(i + 1, "to") ? 2 : 0;
  if (w == "pointed" && Is(i + 1, "out")) return 2;
  const std::string_view p = i > 0 ? W(i - 1) : std::string_view();
  const bool be = p == "is" || p == "are" || p == "was" || p == "were" ||
                  p == "been" || p.ends_with("'s") ||
                  p.ends_with("\xE2\x80\x99s") || p == "'s";
  // "is saying", "He's claiming": a progressive cue.
  if (IsCueGerund(w)) return be ? 1 : 0;
  if (!IsCueVerb(w)) return 0;
  // "the United States": a capital inside a sentence is a name, unless
  // the sentence is a headline in title case ("Trump Says He Will Win").
  if (Cap(i) && i > 0 && sentence_of_[i - 1] == sentence_of_[i] &&
      !IsMark(i - 1) && !title_case_[sentence_of_[i]]) {
    return 0;
  }
  // "appeared to suggest", "seemed to say": the cue is the infinitive.
  if (p == "to" && i >= 2 &&
      (Is(i - 2, "appeared") || Is(i - 2, "appears") || Is(i - 2, "seemed") ||
       Is(i - 2, "seems") || Is(i - 2, "continued") || Is(i - 2, "continues") ||
       Is(i - 2, "went"))) {
    return 1;
  }
  if (be || p == "to" || p == "be" || p == "being" || p == "not" ||
      p == "n't" || p == "never" || p == "the" || p == "a" || p == "an" ||
      p == "of" || p == "in" || p == "for" || p == "with" || p == "by" ||
      p == "his" || p == "her" || p == "their" || p == "its" || p == "my" ||
      p == "our" || p == "your" || p == "these" || p == "those" ||
      p == "this" || p == "on" || p == "about" || p == "from" || p == "whose") {
    return 0;  // "declined to say", "was told", "did not say", "the claims",
               // "a series of tweets"
  }
  return 1;
}

bool QuoteFinder::NounPhraseWord(size_t i) const {
  if (i >= n() || IsMark(i)) return false;
  const std::string_view w = W(i);
  if (!IsWord(i)) {
    // "United States’ military", "Rep. G.K. Butterfield": a possessive
    // apostrophe or an abbreviation's period glued to its word.
    const bool glued =
        i > 0 && tokens_[i].span.begin == tokens_[i - 1].span.end;
    if (!glued) return false;
    if (w == "'" || w == "\xE2\x80\x99") return true;
    return w == "." && i + 1 < n() && Cap(i + 1) &&
           (IsTitleWord(W(i - 1)) || W(i - 1).size() <= 2);
  }
  if (StopsSource(w) || IsCueVerb(w) || IsCueParticiple(w)) return false;
  // A lower-case past form after a word is a verb: "Trump unleashed".
  if (w.size() > 4 && w.ends_with("ed") && !Cap(i) &&
      !IsParticipialAdjective(w)) {
    return false;
  }
  return true;
}

bool QuoteFinder::SourceBefore(size_t cue, size_t limit, size_t* b,
                               size_t* e) const {
  size_t k = cue;
  while (k > limit && k + 4 > cue &&
         (IsCueModifier(W(k - 1)) || Is(k - 1, "is") || Is(k - 1, "are") ||
          Is(k - 1, "was") || Is(k - 1, "were"))) {
    --k;
  }
  if (k <= limit) return false;
  // "He's claiming": a pronoun with a contracted "is".
  if (std::string_view w = W(k - 1); PossessiveLength(w) > 0) {
    w.remove_suffix(PossessiveLength(w));
    bool person = false;
    if (IsSourcePronoun(w, &person) && k - 1 + 1 == cue) {
      *b = k - 1;
      *e = k;
      return true;
    }
  }
  // "who said", "which says": the relative pronoun is the source.
  if (Is(k - 1, "who") || Is(k - 1, "which")) {
    *b = k - 1;
    *e = k;
    return true;
  }
  // "Smith, who leads the group, said", "Smith, the mayor, said", "Donna
  // Rawlings, 59, of Ashton, Md., who watched, said": skip the appositive
  // right before the cue, then any short or relative segments before it,
  // back to the name.
  if (W(k - 1) == ",") {
    auto segment_start = [&](size_t comma) {  // first token after a comma
      size_t s0 = comma;
      while (s0 > limit && comma - s0 < 25 && W(s0 - 1) != "," &&
             !SentenceFinal(s0 - 1) && !IsMark(s0 - 1)) {
        --s0;
      }
      return s0;
    };
    size_t s0 = segment_start(k - 1);
    if (s0 <= limit || W(s0 - 1) != ",") return false;
    k = s0 - 1;  // the comma before the appositive
    for (int more = 0; more < 4; ++more) {
      s0 = segment_start(k);
      const bool skippable = k - s0 <= 2 || Is(s0, "who") || Is(s0, "which") ||
                             Is(s0, "of") ||
                             tokens_[s0].kind == TokenKind::kNumber;
      if (!skippable || s0 <= limit || W(s0 - 1) != ",") break;
      k = s0 - 1;
    }
  }
  bool person = false;
  if (IsSourcePronoun(W(k - 1), &person)) {  // "he said", "they told"
    *b = k - 1;
    *e = k;
    return true;
  }
  size_t s = k;
  while (s > limit && k - s < 10) {
    if (NounPhraseWord(s - 1)) {
      --s;
      continue;
    }
    // "a spokesman for the ministry", "the head of the agency", "the
    // Commission on Presidential Debates", "Mr. Grassley and Mr. Leahy".
    const std::string_view w = W(s - 1);
    const bool between_capitals = Cap(s) && s >= 2 && Cap(s - 2);
    if ((w == "of" || w == "for" || w == "at" || w == "from" ||
         (w == "to" && IsTitleWord(W(s - 2))) ||
         ((w == "on" || w == "in") && between_capitals) ||
         (w == "and" && s + 2 <= k)) &&
        s < k && s - 1 > limit && NounPhraseWord(s - 2)) {
      --s;
      continue;
    }
    break;
  }
  // "The owner of the ship that hit the bridge on Saturday said": the
  // walk stopped at a relative pronoun, so the words after it are a
  // relative clause, and the source is the noun phrase before it.
  if (s > limit + 1 && s < k && (Is(s - 1, "that") || Is(s - 1, "who") ||
                                 Is(s - 1, "which"))) {
    size_t head = s - 1;
    while (head > limit && s - head < 10 &&
           (NounPhraseWord(head - 1) ||
            ((Is(head - 1, "of") || Is(head - 1, "for")) && head - 1 > limit &&
             NounPhraseWord(head - 2)))) {
      --head;
    }
    if (head < s - 1 && ClauseStart(head, limit)) {
      *b = head;
      *e = s - 1;
      return true;
    }
  }
  while (s < k &&
         (Is(s, "of") || Is(s, "for") || Is(s, "at") || Is(s, "from"))) {
    ++s;
  }
  if (s >= k) return false;
  // "In an interview Smith said": keep the name that ends the phrase when
  // a lower-case word that is no title stands right before it.
  size_t name = k;
  while (name > s && Cap(name - 1)) --name;
  if (name > s && name < k && tokens_[name - 1].kind == TokenKind::kWord &&
      !Cap(name - 1) && !IsTitleWord(W(name - 1)) &&
      PossessiveLength(W(name - 1)) == 0 && W(name - 1) != "the" &&
      W(name - 1) != "to" && W(name - 1) != "of" && W(name - 1) != "for" &&
      W(name - 1) != "at" && W(name - 1) != "from" && W(name - 1) != "on" &&
      W(name - 1) != "in" && W(name - 1) != "and") {
    s = name;
  }
  *b = s;
  *e = k;
  return true;
}

void QuoteFinder::AgentOfReport(size_t limit, size_t* b, size_t* e) const {
  // "an estimate released on Monday by the Chamber of Commerce", "a report
  // published by the ministry": the agent after "by" is the source, when
  // the phrase is a common noun ("an estimate", not "Smith").
  if (*e >= limit) return;
  for (size_t k = *b; k < *e; ++k) {
    if (Cap(k)) return;
  }
  bool participle = false;
  for (size_t k = *e; k < limit && k < *e + 7; ++k) {
    const std::string_view w = W(k);
    if (w.size() > 4 && w.ends_with("ed")) participle = true;
    if (w == "," || SentenceFinal(k)) return;
    if (!Is(k, "by") || !participle) continue;
    const size_t agent = SourceAfter(k + 1, limit);
    if (agent > k + 1) {
      *b = k + 1;
      *e = agent;
    }
    return;
  }
}

size_t QuoteFinder::SourceAfter(size_t start, size_t limit) const {
  bool person = false;
  if (start < limit && IsSourcePronoun(W(start), &person)) return start + 1;
  size_t e = start;
  while (e < limit && e - start < 10) {
    if (NounPhraseWord(e)) {
      ++e;
      continue;
    }
    const std::string_view w = W(e);
    if ((w == "of" || w == "for" || w == "at" || w == "from") && e > start &&
        NounPhraseWord(e + 1) && e + 1 < limit) {
      ++e;
      continue;
    }
    break;
  }
  return e;
}

size_t QuoteFinder::SkipAfterCue(size_t k, size_t limit, bool listener) const {
  // "told reporters", "told The Washington Post", "told CNN's Jake Tapper".
  if (listener && k < limit && !Is(k, "that") && !IsMark(k)) {
    size_t e = k;
    while (e < limit && e - k < 6 && NounPhraseWord(e) &&
           !IsCueAdverbialStart(W(e))) {
      ++e;
    }
    if (e > k) k = e;
  }
  // "during a Friday evening rally in Michigan that": a "that" after a few
  // words that can only be an adverbial.
  if (k < limit && IsCueAdverbialStart(W(k))) {
    for (size_t e = k + 1; e < limit && e - k < 12; ++e) {
      if (Is(e, "that")) return e;
      const std::string_view w = W(e);
      if (!NounPhraseWord(e) && w != "in" && w != "on" && w != "at" &&
          w != "with" && w != "of" && w != "during" && w != "after" &&
          w != "this" && w != "last" && w != "next" && w != "these") {
        break;
      }
    }
  }
  // Adverbials: "on Tuesday", "in a statement", "last week", "earlier".
  for (int round = 0; round < 2 && k < limit; ++round) {
    if (!IsCueAdverbialStart(W(k))) break;
    size_t e = k + 1;
    while (e < limit && e - k < 7 && !Is(e, "that") && W(e) != "," &&
           W(e) != ":" && !IsMark(e) && NounPhraseWord(e)) {
      ++e;
    }
    // A prepositional adverbial must be followed by its content's start.
    if (e < limit && (Is(e, "that") || W(e) == "," || W(e) == ":" ||
                      IsMark(e) || e - k <= 2)) {
      k = e;
    } else {
      break;
    }
  }
  return k;
}

bool QuoteFinder::ClauseStart(size_t b, size_t sentence_begin) const {
  if (b <= sentence_begin) return true;
  const std::string_view p = W(b - 1);
  return p == "," || p == ":" || p == ";" || p == "--" || IsMark(b - 1) ||
         Raw(b - 1) == "\xE2\x80\x94" || Raw(b - 1) == "\xE2\x80\x93" ||
         p == "but" || p == "and" || p == "so" || p == "yet" || p == "that" ||
         p == "(" || p == "though" || p == "although" || p == "because" ||
         p == "while" || p == "when" || p == "as" || p == "since" ||
         p == "whereas" || p == "if" || p == "after" || p == "before" ||
         p == "which" || p == "who" || p == "whom" || p == "where";
}

size_t QuoteFinder::ContentWords(size_t b, size_t e) const {
  size_t words = 0;
  for (size_t k = b; k < e; ++k) words += IsWord(k) ? 1 : 0;
  return words;
}

// --- Direct quotes ------------------------------------------------------

size_t QuoteFinder::TrimCommas(const QuotedSpan& s) const {
  size_t e = s.end;
  while (e > s.begin && (W(e - 1) == "," || IsMark(e - 1))) --e;
  return e;
}

void QuoteFinder::FindDirect() {
  std::vector<bool> consumed(spans_.size(), false);
  int32_t previous = -1;  // the last direct quote found
  for (size_t s = 0; s < spans_.size(); ++s) {
    if (consumed[s]) continue;
    // The quote and the paragraphs it runs on into.
    size_t last = s;
    while (spans_[last].runs_on && last + 1 < spans_.size()) ++last;
    const QuotedSpan& first = spans_[s];
    // Woven into a sentence: left to reported speech.
    const size_t open = first.open;
    if (open > 0 && paragraph_[open - 1] == paragraph_[open] &&
        sentence_of_[open - 1] == sentence_of_[open] && IsWord(open - 1) &&
        CueAt(open - 1) == 0 && !IsCueParticiple(W(open - 1))) {
      continue;
    }
    Found f;
    f.direct = true;
    for (size_t k = s; k <= last; ++k) {
      f.parts.emplace_back(spans_[k].begin, TrimCommas(spans_[k]));
      consumed[k] = true;
    }
    size_t next_open = n();
    bool attributed = false;
    if (spans_[last].closed) {
      attributed = AttributeAfter(spans_[last].after, &f, &next_open);
    }
    // A second piece after the attribution: "We are," she said, "grateful."
    if (attributed && next_open < n()) {
      for (size_t k = last + 1; k < spans_.size(); ++k) {
        if (spans_[k].open > next_open) break;  // spans are in order
        if (spans_[k].open != next_open) continue;
        size_t end = k;
        while (spans_[end].runs_on && end + 1 < spans_.size()) ++end;
        // Not when it has an attribution of its own ("..." she said).
        Found own;
        size_t ignored = n();
        if (spans_[end].closed &&
            AttributeAfter(spans_[end].after, &own, &ignored)) {
          break;
        }
        for (size_t m = k; m <= end; ++m) {
          f.parts.emplace_back(spans_[m].begin, TrimCommas(spans_[m]));
          consumed[m] = true;
        }
        break;
      }
    }
    if (!attributed) attributed = AttributeBefore(open, &f);
    size_t words = 0;
    for (const auto& [b, e] : f.parts) words += ContentWords(b, e);
    if (words == 0) continue;
    if (!attributed) {
      if (words < options_.min_unattributed_words) continue;
      // Continuing the quote before it, in this or the previous paragraph.
      if (previous >= 0) {
        const Found& p = found_[previous];
        const size_t p_end = p.parts.back().second;
        if (p_end > 0 && paragraph_[open] <= paragraph_[p_end - 1] + 1) {
          f.inherit = previous;
        }
      }
    }
    for (const auto& [b, e] : f.parts) {
      for (size_t k = b; k < e; ++k) in_direct_[k] = true;
    }
    if (f.cue_e > f.cue_b) {
      for (size_t k = f.cue_b; k < f.cue_e; ++k) cue_used_[k] = true;
    }
    found_.push_back(std::move(f));
    previous = static_cast<int32_t>(found_.size() - 1);
  }
}

bool QuoteFinder::AttributeAfter(size_t k, Found* f, size_t* next_open) const {
  if (k >= n() || paragraph_[k] != paragraph_[k - 1]) return false;
  // A signature after a dash: '" ― Pamela Padilla'.
  if (IsDash(k) && k + 1 < n() && Cap(k + 1)) {
    const size_t e = SourceAfter(k + 1, std::min(n(), k + 10));
    const bool ends = e >= n() || paragraph_[e] != paragraph_[k] ||
                      SentenceFinal(e) || IsMark(e) || W(e) == ",";
    if (e > k + 1 && ends) {
      f->cue_b = k;
      f->cue_e = k + 1;
      f->src_b = k + 1;
      f->src_e = e;
      return true;
    }
  }
  if (W(k) == "," || IsDash(k)) ++k;
  const size_t limit = std::min(n(), k + 16);
  size_t cue = n(), len = 0;
  size_t src_b = 0, src_e = 0;
  if ((len = CueAt(k)) != 0 && W(k) != "according") {
    // ", said Smith", ", said the mayor".
    cue = k;
    src_b = k + len;
    src_e = SourceAfter(src_b, limit);
    if (src_e == src_b) return false;
  } else {
    // ", Smith said", ", the mayor told reporters", ", he added".
    for (size_t c = k; c < limit && !SentenceFinal(c) && !IsMark(c); ++c) {
      if ((len = CueAt(c)) == 0 || W(c) == "according") continue;
      if (!SourceBefore(c, k, &src_b, &src_e)) return false;
      // '," harbor master Lena Ortiz said': a lower-case role before the
      // name belongs to the source too.
      for (size_t t = k; t < src_b; ++t) {
        if (!NounPhraseWord(t)) return false;
      }
      src_b = k;
      cue = c;
      break;
    }
    if (cue == n()) return false;
  }
  f->cue_b = cue;
  f->cue_e = cue + len;
  f->src_b = src_b;
  f->src_e = src_e;
  // A second quoted piece: ', she said, "grateful."', or the next
  // sentence of the paragraph when it opens with a mark: '," Clinton said.
  // "In Tulsa, ..."' (the attribution may carry a phrase: ', said Caddell,
  // speaking of ...').
  size_t after = std::max(src_e, cue + len);
  after = SkipAfterCue(after, std::min(n(), after + 8), false);
  if (W(after) == "," && !IsMark(after + 1)) {
    size_t t = after + 1;
    while (t < n() && t - after < 25 && !SentenceFinal(t) && !IsMark(t)) ++t;
    if (t < n() && SentenceFinal(t)) after = t;
  }
  if (after + 1 < n() &&
      (W(after) == "," || W(after) == ":" || SentenceFinal(after)) &&
      IsMark(after + 1) && Raw(after + 1) != kCloseCurly &&
      paragraph_[after + 1] == paragraph_[k]) {
    *next_open = after + 1;
  }
  return true;
}

bool QuoteFinder::AttributeBefore(size_t open, Found* f) const {
  if (open == 0) return false;
  size_t k = open;
  if (W(k - 1) == ":" || W(k - 1) == ",") --k;
  const size_t sentence = sentence_of_[k > 0 ? k - 1 : 0];
  const size_t limit = sentence_begin_[sentence];
  // "According to SOURCE, “...”".
  if (Is(limit, "according") && Is(limit + 1, "to") && W(k) == ",") {
    const size_t e = SourceAfter(limit + 2, k);
    if (e > limit + 2) {
      f->cue_b = limit;
      f->cue_e = limit + 2;
      f->src_b = limit + 2;
      f->src_e = e;
      return true;
    }
  }
  // "SOURCE said (in a statement): “...”", the cue at most 7 tokens back.
  for (size_t c = k; c-- > limit && k - c <= 7;) {
    const size_t len = CueAt(c);
    if (len == 0 || W(c) == "according") continue;
    size_t skipped = SkipAfterCue(c + len, k, TakesListener(W(c)));
    if (Is(skipped, "that")) ++skipped;  // 'tweeted that, "...'
    if (skipped != k) return false;
    size_t b = 0, e = 0;
    if (!SourceBefore(c, limit, &b, &e)) return false;
    f->cue_b = c;
    f->cue_e = c + len;
    f->src_b = b;
    f->src_e = e;
    return true;
  }
  return false;
}

// --- Reported speech ---------------------------------------------------

void QuoteFinder::FindReported() {
  for (size_t s = 0; s < sentences_.size(); ++s) {
    const size_t b = sentence_begin_[s], e = sentence_end_[s];
    if (b >= e) continue;
    ReportedInSentence(b, e);
  }
}

void QuoteFinder::ReportedInSentence(size_t b, size_t e) {
  // The sentence without its final punctuation and closing marks.
  size_t last = e;
  while (last > b &&
         (SentenceFinal(last - 1) || IsMark(last - 1) || W(last - 1) == ")")) {
    --last;
  }
  // Skip into the sentence past a direct quote that opens it.
  size_t first = b;
  while (first < last && (in_direct_[first] || IsMark(first))) ++first;
  if (last <= first + 2) return;
  for (size_t c = first; c < last; ++c) {
    if (in_direct_[c] || cue_used_[c]) continue;
    if (W(c) == "according" && Is(c + 1, "to")) {
      if (ReportedAccordingTo(first, last, c)) return;
    }
  }
  if (ReportedCueLast(first, last)) return;
  ReportedCueFirst(first, last);
}

bool QuoteFinder::ReportedAccordingTo(size_t b, size_t last, size_t c) {
  Found f;
  f.cue_b = c;
  f.cue_e = c + 2;
  f.src_b = c + 2;
  if (c == b || (c == b + 1 && (Is(b, "but") || Is(b, "and")))) {
    // "According to SOURCE, CONTENT."
    size_t comma = c + 2;
    while (comma < last && W(comma) != ",") ++comma;
    f.src_e = SourceAfter(c + 2, comma);
    if (comma >= last || f.src_e == f.src_b) return false;
    AgentOfReport(comma, &f.src_b, &f.src_e);
    f.parts.emplace_back(comma + 1, last);
  } else {
    // "CONTENT, according to SOURCE."
    f.src_e = SourceAfter(c + 2, last);
    if (f.src_e == f.src_b) return false;
    AgentOfReport(last, &f.src_b, &f.src_e);
    size_t end = c;
    if (W(end - 1) == "," || Raw(end - 1) == "\xE2\x80\x94") --end;
    f.parts.emplace_back(b, end);
  }
  const auto [pb, pe] = f.parts.front();
  if (ContentWords(pb, pe) < options_.min_indirect_words) return false;
  cue_used_[c] = true;
  found_.push_back(std::move(f));
  return true;
}

// "CONTENT, SOURCE said (on Tuesday)." / "CONTENT, said SOURCE."
bool QuoteFinder::ReportedCueLast(size_t b, size_t last) {
  for (size_t c = last; c-- > b + 1;) {
    if (in_direct_[c] || cue_used_[c] || W(c) == "according") continue;
    const size_t len = CueAt(c);
    if (len == 0) continue;
    Found f;
    f.cue_b = c;
    f.cue_e = c + len;
    size_t content_end = 0, rest = last;
    if (W(c - 1) == ",") {
      // ", said Smith." (not ", found the report": weak cues invert not)
      if (IsWeakCue(W(c))) continue;
      // "Marta Lindqvist, who runs a bakery, said the impact woke her": the
      // sentence opens with its source and an appositive; the content
      // follows the cue (ReportedCueFirst), it does not precede it.
      if (size_t sb = 0, se = 0;
          SourceBefore(c, b, &sb, &se) && ClauseStart(sb, b)) {
        continue;
      }
      const size_t e = SourceAfter(c + len, last);
      if (e == c + len) continue;
      rest = SkipAfterCue(e, last, false);
      f.src_b = c + len;
      f.src_e = e;
      content_end = c - 1;
    } else {
      // ", Smith said (in a statement)."
      rest = SkipAfterCue(c + len, last, TakesListener(W(c)));
      size_t sb = 0, se = 0;
      if (!SourceBefore(c, b, &sb, &se) || sb <= b || W(sb - 1) != ",") {
        continue;
      }
      f.src_b = sb;
      f.src_e = se;
      content_end = sb - 1;
    }
    f.parts.emplace_back(b, content_end);
    size_t words = ContentWords(b, content_end);
    if (rest < last) {
      // "These employees, Stumpf said, were well paid": the attribution
      // sits inside the content, between commas.
      if (W(rest) != "," || ContentWords(rest + 1, last) < 2) continue;
      f.parts.emplace_back(rest + 1, last);
      words += ContentWords(rest + 1, last);
    }
    if (words < options_.min_indirect_words) continue;
    cue_used_[c] = true;
    found_.push_back(std::move(f));
    return true;
  }
  return false;
}

// Transcripts: a paragraph opening with a speaker's label in capitals
// ("WALLACE: Let's start with...").
void QuoteFinder::FindTranscripts() {
  for (size_t i = 0; i < n(); ++i) {
    if (i > 0 && paragraph_[i] == paragraph_[i - 1]) continue;
    size_t k = i;
    if (IsMark(k)) ++k;
    size_t label = k;
    while (label < n() && label - k < 3 &&
           tokens_[label].kind == TokenKind::kWord && Raw(label).size() >= 2 &&
           std::none_of(Raw(label).begin(), Raw(label).end(),
                        [](char c) { return c >= 'a' && c <= 'z'; })) {
      ++label;
    }
    // A headline in title case: "Pat Caddell: Voters Worried About Health".
    if (label == k && title_case_[sentence_of_[k]]) {
      while (label < n() && label - k < 3 && Cap(label) &&
             !IsNotAName(W(label))) {
        ++label;
      }
    }
    if (label == k || !Is(label, ":")) continue;
    size_t end = label + 1;
    while (end < n() && paragraph_[end] == paragraph_[i]) ++end;
    size_t last = end;
    while (last > label + 1 && IsMark(last - 1)) --last;
    if (ContentWords(label + 1, last) < options_.min_indirect_words) continue;
    Found f;
    f.src_b = k;
    f.src_e = label;
    f.parts.emplace_back(label + 1, last);
    for (size_t t = label + 1; t < last; ++t) in_direct_[t] = true;
    found_.push_back(std::move(f));
  }
}

// "SOURCE said (that) CONTENT", "SOURCE told reporters on Tuesday that
// CONTENT", "SOURCE said: CONTENT".
bool QuoteFinder::ReportedCueFirst(size_t b, size_t last) {
  for (size_t c = b + 1; c < last; ++c) {
    if (in_direct_[c] || cue_used_[c] || W(c) == "according") continue;
    const size_t len = CueAt(c);
    if (len == 0) continue;
    size_t sb = 0, se = 0;
    if (!SourceBefore(c, b, &sb, &se) || !ClauseStart(sb, b)) continue;
    size_t k = SkipAfterCue(c + len, last, TakesListener(W(c)));
    if (W(k) == "," || W(k) == ":") ++k;
    const bool that = Is(k, "that");
    if (IsWeakCue(W(c)) && !that && W(k - 1) != ":") continue;
    // Content to the sentence's end, or to ", adding that ...", "and said
    // ...", ", though ...".
    size_t end = last;
    size_t participle = last;
    for (size_t t = k + 1; t + 1 < last; ++t) {
      if (in_direct_[t]) continue;
      const std::string_view w = W(t), next = W(t + 1);
      if ((w == "," || Raw(t) == "\xE2\x80\x94") && IsCueGerund(next)) {
        end = t;
        participle = t + 1;
        break;
      }
      if (w == "and" && CueAt(t + 1) && W(t + 1) != "according") {
        end = t;  // "said X and added Y": the second cue, same source
        participle = t + 1;
        break;
      }
      if (w == "," && (next == "though" || next == "although" ||
                       next == "while" || next == "whereas")) {
        end = t;
        break;
      }
    }
    if (ContentWords(k, end) < options_.min_indirect_words) continue;
    Found f;
    f.cue_b = c;
    f.cue_e = c + len;
    f.src_b = sb;
    f.src_e = se;
    f.parts.emplace_back(k, end);
    cue_used_[c] = true;
    found_.push_back(std::move(f));
    if (participle < last) AddParticiple(participle, last, sb, se);
    return true;
  }
  return false;
}

void QuoteFinder::AddParticiple(size_t at, size_t last, size_t src_b,
                                size_t src_e) {
  size_t k = at + 1;
  if (Is(k, "out")) ++k;  // "pointing out that"
  if (W(k) == "," || W(k) == ":") ++k;
  if (ContentWords(k, last) < options_.min_indirect_words) return;
  Found f;
  f.cue_b = at;
  f.cue_e = at + 1;
  f.src_b = src_b;
  f.src_e = src_e;
  f.parts.emplace_back(k, last);
  cue_used_[at] = true;
  found_.push_back(std::move(f));
}

// --- Speakers ---------------------------------------------------------

std::string QuoteFinder::ResolveSource(size_t b, size_t e, int32_t* mention) {
  *mention = -1;
  if (b >= e) return "";
  const NameIndex& names = *names_;
  auto quoted = [&](size_t k) { return in_direct_[names.at(k).first]; };
  bool person = false;
  if (e - b == 1 && (Is(b, "who") || Is(b, "which"))) {
    // A relative pronoun: the name it follows, if any.
    size_t k = b;
    if (k > 0 && W(k - 1) == ",") --k;
    const int32_t m = names.LastIn(k >= 8 ? k - 8 : 0, k);
    if (m >= 0 && names.at(m).last == k) {
      *mention = static_cast<int32_t>(names.at(m).full);
    }
  } else if (e - b == 1 && IsSourcePronoun(W(b), &person)) {
    if (person && W(b) != "i") {
      const int gender = W(b) == "he" ? 1 : -1;
      *mention = names.PersonBefore(b, gender, 40, quoted);
    }
  } else {
    // A person's name in the source; else a title ("the Iranian
    // president": the latest person who bore it); else an organization's
    // name. A title phrase that finds no one ("a spokesman for the
    // Ministry") stays as written.
    int32_t m = names.LastIn(b, e);
    // "Cmdr. Grace Whitfield of the Coast Guard": the person heading the
    // phrase speaks, not the organization that ends it.
    if (m >= 0 && !names.at(m).person) {
      for (int32_t k = m; k >= 0 && names.at(k).first >= b; --k) {
        if (names.at(k).person && names.at(k).last <= e) m = k;
      }
    }
    size_t title = e;
    for (size_t k = e; k-- > b;) {
      if (IsTitleWord(W(k)) && !Cap(k)) {
        title = k;
        break;
      }
    }
    if (m >= 0 && names.at(m).person) {
      *mention = m;
    } else if (title < e) {
      std::string_view t = W(title);
      if (!t.empty() && t.back() == '.') t.remove_suffix(1);
      *mention = names.TitledBefore(t, b);
    } else if (m >= 0) {
      // An organization that is the whole source ("Reuters", "the
      // Kremlin"), not a word of a longer one ("the Iranian media").
      size_t rest = 0;
      for (size_t k = b; k < e; ++k) {
        const std::string_view w = W(k);
        const bool in_mention = k >= names.at(m).first && k < names.at(m).last;
        rest += !in_mention && w != "the" && w != "a" && w != "an";
      }
      if (rest == 0) *mention = m;
    }
  }
  if (*mention >= 0) {
    const Mention& full = names.at(names.at(*mention).full);
    *mention = static_cast<int32_t>(names.at(*mention).full);
    return std::string(text_.substr(full.span.begin - base_, full.span.size()));
  }
  return std::string(
      text_.substr(tokens_[b].span.begin - base_,
                   tokens_[e - 1].span.end - tokens_[b].span.begin));
}

std::vector<Quote> QuoteFinder::Resolve() {
  std::vector<size_t> order(found_.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return found_[x].parts.front().first < found_[y].parts.front().first;
  });
  std::vector<Quote> out(found_.size());
  std::vector<int32_t> mention(found_.size(), -1);
  std::vector<bool> done(found_.size(), false);
  for (const size_t k : order) {
    const Found& f = found_[k];
    Quote& q = out[k];
    q.direct = f.direct;
    for (const auto& [b, e] : f.parts) q.parts.push_back(Bytes(b, e));
    q.content = {q.parts.front().begin, q.parts.back().end};
    q.cue = Bytes(f.cue_b, f.cue_e);
    q.source = Bytes(f.src_b, f.src_e);
    if (f.src_e > f.src_b) {
      q.speaker = ResolveSource(f.src_b, f.src_e, &mention[k]);
    } else if (f.inherit >= 0 && done[f.inherit]) {
      q.speaker = out[f.inherit].speaker;
      q.source = out[f.inherit].source;
      mention[k] = mention[f.inherit];
    }
    if (mention[k] >= 0) {
      const Mention& m = names_->at(mention[k]);
      q.speaker_mention = m.span;
      q.entity = m.entity;
    }
    done[k] = true;
  }
  std::vector<Quote> sorted;
  sorted.reserve(out.size());
  for (const size_t k : order) {
    if (out[k].content.empty()) continue;
    sorted.push_back(std::move(out[k]));
  }
  return sorted;
}

std::vector<Quote> QuoteFinder::Run() {
  FindTranscripts();
  FindDirect();
  FindReported();
  return Resolve();
}

}  // namespace precis::quotes
