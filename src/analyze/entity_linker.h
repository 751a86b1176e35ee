// Copyright 2026 The precis Authors.
//
// The parts of entity linking that tests look at one by one: name forms
// and roles in apposition. LinkEntities (precis/entities.h) puts them
// together.

#ifndef PRECIS_ANALYZE_ENTITY_LINKER_H_
#define PRECIS_ANALYZE_ENTITY_LINKER_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/entities.h"
#include "precis/span.h"

namespace precis::entity {

// The words of a name for matching: lower case, typographic apostrophes
// and dashes in ASCII, a trailing possessive removed ("Iran's" -> "iran"),
// split at white space.
std::vector<std::string> NameWords(std::string_view surface);

// The letters of an acronym ("U.N." -> "UN", "NATO" -> "NATO"): two to
// six letters, upper case, optionally each followed by a period; "" when
// `surface` is not one.
std::string AcronymLetters(std::string_view surface);

// The initials of a name's capitalized words, skipping function words
// ("United Nations" -> "UN", "Organization of American States" -> "OAS").
std::string Initials(std::string_view surface);

// The title or role written in apposition to the person mentioned at
// `mention` in `text`, as written: before the name ("Iran's President
// Hassan Rouhani" -> "Iran's President", "Russia's Ambassador to Israel
// Anatoly Viktorov" -> "Russia's Ambassador to Israel") or between commas
// after it ("Hassan Rouhani, Iran's president," -> "Iran's president").
// `others` are the article's other mentions (a name inside a title is
// allowed: "Russia", "Israel"). Empty span when there is none.
Span FindRole(std::string_view text, Span mention,
              std::span<const EntityMention> others);

}  // namespace precis::entity

#endif  // PRECIS_ANALYZE_ENTITY_LINKER_H_
