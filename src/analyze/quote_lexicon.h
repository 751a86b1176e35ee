// Copyright 2026 The precis Authors.
//
// The words of attribution in English news: cue verbs ("said", "told",
// "according to"), the adverbs and auxiliaries that sit between a source
// and its cue ("has also said"), titles ("President", "spokeswoman"),
// pronouns, and the words that cannot be part of a source phrase or a
// person's name. Every lookup takes a lower-case (ASCII-folded) word.

#ifndef PRECIS_ANALYZE_QUOTE_LEXICON_H_
#define PRECIS_ANALYZE_QUOTE_LEXICON_H_

#include <string_view>

namespace precis::quotes {

// A finite cue verb: "said", "says", "told", "added", "warned", "argued",
// "found", "believes"...
bool IsCueVerb(std::string_view w);
// Lower-case words in -ed that are adjectives in a source phrase ("unnamed
// officials", "a retired general").
bool IsParticipialAdjective(std::string_view w);
// A cue that introduces its content after a comma and a participle:
// "saying", "adding", "arguing", "noting", "warning".
bool IsCueParticiple(std::string_view w);
// "-ing" forms of cue verbs ("confirming", "arguing"), derived.
bool IsCueGerund(std::string_view w);
// Cue verbs whose object is the listener: "told reporters that".
bool TakesListener(std::string_view w);
// Cue verbs of thought and finding ("believes", "found", "shows"), which
// need a "that" or a colon before their content to count.
bool IsWeakCue(std::string_view w);
// Auxiliaries, negation-free adverbs and the like between a source and its
// cue: "has", "also", "later", "repeatedly", "reportedly".
bool IsCueModifier(std::string_view w);
// Adverbials after a cue and before its content: the first word of "in a
// statement", "on Tuesday", "last week", "earlier".
bool IsCueAdverbialStart(std::string_view w);
// Personal pronouns that can be sources: "he", "she", "they", "i", "we",
// "it". *person tells whether it stands for a person (he, she, i).
bool IsSourcePronoun(std::string_view w, bool* person);
// Title words before names and heads of role phrases: "president",
// "mayor", "spokeswoman", "mr", "sen".
bool IsTitleWord(std::string_view w);
// Words that make a capitalized run an organization or a place, not a
// person: "party", "department", "times", "inc".
bool IsOrganizationWord(std::string_view w);
// Lower-case words inside names: "de", "van", "bin", "al".
bool IsNameParticle(std::string_view w);
// Capitalized words that are not names at the start of a sentence or
// alone: "the", "but", "monday", "january", "god"...
bool IsNotAName(std::string_view w);
// Words that end a source phrase when walking away from its cue: verbs,
// conjunctions, relative pronouns, most prepositions.
bool StopsSource(std::string_view w);

}  // namespace precis::quotes

#endif  // PRECIS_ANALYZE_QUOTE_LEXICON_H_
