// Copyright 2026 The precis Authors.
//
// SummaryFlags: the summary options `summarize` and `eval` share.

#include "command.h"

namespace precis::cli {

void SummaryFlags::AddTo(CLI::App* sub, const std::string& method_help) {
  sub->add_option("--method", method, method_help)->capture_default_str();
  sub->add_option("--words", words, "Budget in words (default 100)");
  sub->add_option("--bytes", bytes, "Budget in bytes");
  sub->add_option("--sentences", sentences, "Budget in sentences");
  sub->add_flag("--truncate", truncate,
                "Cut the last sentence to fill the budget exactly");
  sub->add_option("--language", language,
                  "Stemmer and stop words (Snowball name)")
      ->capture_default_str();
}

Result<SummarizeOptions> SummaryFlags::Options() const {
  SummarizeOptions options;
  options.method = method;
  options.language = language;
  options.truncate = truncate;
  const int units = (words > 0) + (bytes > 0) + (sentences > 0);
  if (units > 1) {
    return Status::InvalidArgument(
        "give at most one of --words, --bytes and --sentences");
  }
  if (bytes > 0) {
    options.budget = {Budget::Unit::kBytes, bytes};
  } else if (sentences > 0) {
    options.budget = {Budget::Unit::kSentences, sentences};
  } else if (words > 0) {
    options.budget = {Budget::Unit::kWords, words};
  }
  return options;
}

}  // namespace precis::cli
