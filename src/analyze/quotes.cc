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

}  // namespace precis
