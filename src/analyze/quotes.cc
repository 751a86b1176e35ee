// Copyright 2026 The precis Authors.
//
// FindQuotes: see quote_finder.cc for the method.

#include "precis/quotes.h"

#include "analyze/quote_finder.h"

namespace precis {

std::vector<Quote> FindQuotes(std::string_view text,
                              const QuoteOptions& options, uint32_t base) {
  return quotes::QuoteFinder(text, options, base).Run();
}

std::vector<Quote> FindQuotes(std::string_view text, uint32_t base) {
  return FindQuotes(text, QuoteOptions(), base);
}

bool SpeakerIsPronoun(const Quote& quote) {
  if (quote.entity >= 0) return false;
  for (const std::string_view p :
       {"he", "she", "they", "it", "we", "i", "He", "She", "They", "It", "We",
        "I", "him", "her", "them", "you", "You"}) {
    if (quote.speaker == p) return true;
  }
  return false;
}

}  // namespace precis
