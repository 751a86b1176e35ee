// Copyright 2026 The precis Authors.
//
// The quote finder behind FindQuotes (see quote_finder.cc for the method).
// Internal.

#ifndef PRECIS_ANALYZE_QUOTE_FINDER_H_
#define PRECIS_ANALYZE_QUOTE_FINDER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/quote_marks.h"
#include "analyze/quote_names.h"
#include "precis/quotes.h"
#include "precis/sentence_splitter.h"
#include "precis/tokenizer.h"

namespace precis::quotes {

// Finds the quotes of one text. One per call; not thread-safe itself.
class QuoteFinder {
 public:
  QuoteFinder(std::string_view text, const QuoteOptions& options,
              uint32_t base);
  std::vector<Quote> Run();

 private:
  // An attribution being built: token ranges, turned into spans at the end.
  struct Found {
    std::vector<std::pair<size_t, size_t>> parts;  // content tokens [b, e)
    size_t cue_b = 0, cue_e = 0;
    size_t src_b = 0, src_e = 0;
    bool direct = false;
    int32_t inherit = -1;  // index of the quote whose speaker it takes
  };

  // --- Tokens ---------------------------------------------------------
  size_t n() const { return tokens_.size(); }
  std::string_view Raw(size_t i) const;
  std::string_view W(size_t i) const;  // lower-case; "" past the end
  bool Is(size_t i, std::string_view w) const { return W(i) == w; }
  bool IsWord(size_t i) const;  // a word or a number
  bool Cap(size_t i) const;
  bool IsMark(size_t i) const;  // a double quotation mark
  bool SentenceFinal(size_t i) const;
  bool IsDash(size_t i) const;  // em, en or horizontal bar dash, "-", "--"
  Span Bytes(size_t b, size_t e) const;  // tokens [b, e) with base added

  // --- Cues and sources ------------------------------------------------
  // The cue at token i: its length in tokens (2 for "according to",
  // "pointed out"), or 0. Infinitives ("declined to say") and passives
  // ("was told") are not cues.
  size_t CueAt(size_t i) const;
  // The source phrase ending just before the cue at `cue` (over
  // auxiliaries, adverbs and an appositive or relative clause), not
  // reaching before `limit`: tokens [*b, *e). False when there is none.
  bool SourceBefore(size_t cue, size_t limit, size_t* b, size_t* e) const;
  // The source phrase starting at `start`, up to `limit`: its end.
  size_t SourceAfter(size_t start, size_t limit) const;
  // Moves the source [*b, *e) of "according to" to the agent of a report
  // it names ("an estimate released by X" -> X), within `limit`.
  void AgentOfReport(size_t limit, size_t* b, size_t* e) const;
  bool NounPhraseWord(size_t i) const;
  // Past the listener of "told reporters" and adverbials ("on Tuesday",
  // "in a statement") after a cue; stops at "that", ":" or a comma.
  size_t SkipAfterCue(size_t k, size_t limit, bool listener) const;
  // True when [b, e) starts a clause: sentence start, after a comma,
  // colon, dash, quotation mark or a coordinating conjunction.
  bool ClauseStart(size_t b, size_t sentence_begin) const;

  // --- Passes -----------------------------------------------------------
  void FindDirect();
  // The end of a quoted span without the commas before its closing mark.
  size_t TrimCommas(const QuotedSpan& s) const;
  bool AttributeAfter(size_t k, Found* f, size_t* next_open) const;
  bool AttributeBefore(size_t open, Found* f) const;
  void FindTranscripts();
  void FindReported();
  void ReportedInSentence(size_t b, size_t e);
  bool ReportedAccordingTo(size_t b, size_t last, size_t c);
  bool ReportedCueLast(size_t b, size_t last);
  bool ReportedCueFirst(size_t b, size_t last);
  void AddParticiple(size_t at, size_t last, size_t src_b, size_t src_e);
  size_t ContentWords(size_t b, size_t e) const;
  std::vector<Quote> Resolve();
  std::string ResolveSource(size_t b, size_t e, int32_t* mention);

  std::string_view text_;
  uint32_t base_;
  QuoteOptions options_;
  std::string folded_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<uint32_t> sentence_of_, paragraph_;
  std::vector<size_t> sentence_begin_, sentence_end_;  // token ranges
  std::vector<QuotedSpan> spans_;
  std::vector<bool> in_direct_;  // token inside a direct quote's content
  std::vector<bool> cue_used_;
  std::vector<bool> title_case_;  // per sentence: a headline in title case
  std::vector<Found> found_;
  std::unique_ptr<NameIndex> names_;  // built after the tokens
};

}  // namespace precis::quotes

#endif  // PRECIS_ANALYZE_QUOTE_FINDER_H_
