// Copyright 2026 The precis Authors.
//
// The two word lists ROUGE-1.5.5 reads from its data folder, compiled in from
// data/rouge/: its stop-word list (-s) and the WordNet exception table its
// stemmer (-m) consults before Porter's rules.

#ifndef PRECIS_EVAL_ROUGE_LEXICON_H_
#define PRECIS_EVAL_ROUGE_LEXICON_H_

#include <optional>
#include <string_view>

namespace precis::rouge {

// Whether ROUGE-1.5.5 -s drops `lower_word` (596 words). Thread-safe.
bool IsRouge155StopWord(std::string_view lower_word);

// WordNet 2.0's base form of an irregular `lower_word` as ROUGE-1.5.5 uses it
// (were -> be, children -> child, best -> well), or nullopt. Thread-safe; the
// view points to static data.
std::optional<std::string_view> WordNetException(std::string_view lower_word);

// How many words each list holds (for tests).
size_t Rouge155StopWordCount();
size_t WordNetExceptionCount();

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_LEXICON_H_
