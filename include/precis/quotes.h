// Copyright 2026 The precis Authors.
//
// Quotes and reported speech with their speakers: direct quotes in straight
// or curly marks (also split by an attribution, or running over
// paragraphs) and indirect speech with a cue verb ("said", "told
// reporters", "according to"), each with the spans of its content, cue and
// source, and the source resolved to a name when it is a pronoun or a
// title. Rule based, in the manner of the attribution patterns of Pareti
// (2016) and the quote extraction of Pouliquen et al. (2007).

#ifndef PRECIS_QUOTES_H_
#define PRECIS_QUOTES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/span.h"

namespace precis {

struct Quote {
  Span content;  // what was said, without the quotation marks
  Span cue;      // "said", "told reporters", "according to"; may be empty
  Span source;   // who said it, as written ("he", "the mayor"); may be empty
  bool direct = false;  // in quotation marks
  // The speaker's name: the source itself when it is a name, else the
  // nearest preceding name it stands for ("he" -> "Daniel Okafor"), else
  // the source text; empty when there is no source.
  std::string speaker;
  // An entity the speaker was linked to (see entities.h); -1 when none.
  int32_t entity = -1;
};

// Finds the quotes of `text` (an article body; offsets relative to `text`
// plus `base`), in text order. Unbalanced marks are tolerated: an opening
// mark without a closing one quotes to the end of its paragraph, unless the
// next paragraph opens with a mark too (a quote running on). Linear time.
std::vector<Quote> FindQuotes(std::string_view text, uint32_t base = 0);

}  // namespace precis

#endif  // PRECIS_QUOTES_H_
