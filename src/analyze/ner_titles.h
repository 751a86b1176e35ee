// Copyright 2026 The precis Authors.
//
// Titles inside tagged names. CoNLL-2003 leaves titles out of names
// ("President [Bill Clinton]"), and the tagger mostly does too, but on
// news unlike its training text it sometimes takes a whole title with the
// name as one organization: "[Iranian Supreme Leader Ayatollah Khamenei]".
// SplitTitles keeps the person: the capitalized words after the last title
// word, as a person's name.

#ifndef PRECIS_ANALYZE_NER_TITLES_H_
#define PRECIS_ANALYZE_NER_TITLES_H_

#include <span>
#include <string_view>
#include <vector>

#include "analyze/ner_model.h"

namespace precis::ner {

// True for a word that titles a person ("President", "Ayatollah",
// "Minister"), in any case, with a final period allowed ("Gen.").
bool IsTitleWord(std::string_view word);

// Drops chunks made of title words that are never names ("Leader",
// "President"; "King" may be a name); for each chunk of more than one
// word with a title word before its last word and only capitalized words
// after that title word, the chunk becomes those words, a person; when an
// "of (the) Organization" follows those words, the chunk becomes the person
// and that organization ("Cmdr. Grace Whitfield of the Coast Guard"). A
// chunk opening with a ship's prefix ("MV", "USS") is MISC. `words` are the
// document's words.
void SplitTitles(std::span<const std::string_view> words,
                 std::vector<WordChunk>* chunks);

}  // namespace precis::ner

#endif  // PRECIS_ANALYZE_NER_TITLES_H_
