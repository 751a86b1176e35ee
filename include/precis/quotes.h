// Copyright 2026 The precis Authors.
//
// Quotes and reported speech with their speakers: direct quotes in straight
// or curly marks (also split by an attribution, or running over
// paragraphs) and indirect speech with a cue ("said", "told reporters",
// "according to", "warned", "added that"), each with the spans of its
// content, cue and source, and the source resolved to a speaker's name
// when it is a pronoun ("he said"), a surname or a title ("the Iranian
// president"). Rule based, after the attribution patterns of Pareti (2016)
// and the quote extraction of Pouliquen et al. (2007).

#ifndef PRECIS_QUOTES_H_
#define PRECIS_QUOTES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/span.h"

namespace precis {

struct Quote {
  // What was said, from the first quoted word to the last, without the
  // outer quotation marks; a quote split by its attribution ("We are," she
  // said, "grateful.") or running over paragraphs spans all of it, and
  // `parts` lists the quoted pieces. Indirect content keeps a leading
  // "that", as attribution corpora do.
  Span content;
  std::vector<Span> parts;  // the quoted pieces, in order; one for most
  Span cue;     // "said", "told", "according to"; empty when inherited
  Span source;  // who said it, as written ("he", "the mayor"); may be empty
  bool direct = false;  // in quotation marks
  // The speaker's name: the source itself when it is a name ("Adeyemi"
  // expanded to "Ruth Adeyemi"), the person a pronoun or title stands for,
  // else the source's text; for a quote without an attribution of its own,
  // the speaker of the quote it continues. Empty when unknown.
  std::string speaker;
  // The name mention the speaker was resolved to (bytes of the same text);
  // empty when the speaker is not a name found in the text.
  Span speaker_mention;
  // The entity of that mention when QuoteOptions::names gave one; else -1.
  int32_t entity = -1;
};

// A name found by a named-entity tagger, handed to FindQuotes so that
// speakers resolve to its mentions (and entity ids) instead of the
// built-in capitalized-word heuristics.
struct NameMention {
  Span span;            // bytes of the text (plus `base`, as quotes)
  int32_t entity = -1;  // copied to Quote::entity
  bool person = true;   // only people are what "he" or "she" refer to
};

struct QuoteOptions {
  // Names of the text, in order (see NameMention); empty: find them here.
  std::span<const NameMention> names;
  // Direct quotes shorter than this many words need an attribution next to
  // them to count (scare quotes, titles and names in quotation marks).
  size_t min_unattributed_words = 5;
  // Reported speech needs at least this many words of content.
  size_t min_indirect_words = 3;
};

// Finds the quotes of `text` (an article body; offsets relative to `text`
// plus `base`), in order of content. Total: unbalanced marks are
// tolerated (an opening mark without a closing one quotes to the end of its
// paragraph, unless the next paragraph opens with a mark: a quote running
// on); linear time in text.size(). Thread-safe.
std::vector<Quote> FindQuotes(std::string_view text, uint32_t base = 0);
std::vector<Quote> FindQuotes(std::string_view text,
                              const QuoteOptions& options, uint32_t base = 0);

// True when the quote's speaker is only a pronoun ("he", "They"): no name
// was found for it, so the quote is attributed to no one a reader knows.
bool SpeakerIsPronoun(const Quote& quote);

}  // namespace precis

#endif  // PRECIS_QUOTES_H_
