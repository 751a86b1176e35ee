// Copyright 2026 The precis Authors.
//
// The words of English time expressions: months, weekdays, numbers and
// ordinals, calendar units, seasons, parts of the day, and the cues of
// tense. Every lookup takes a lower-case (ASCII-folded) word and is total.

#ifndef PRECIS_ANALYZE_TIMEX_LEXICON_H_
#define PRECIS_ANALYZE_TIMEX_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "analyze/timex_calendar.h"

namespace precis::timex {

// Month 1..12 of a full name ("april") or abbreviation ("apr", "sept"), or
// 0. *abbreviated tells which.
int MonthOf(std::string_view w, bool* abbreviated);
// Weekday 0 (Monday) .. 6 of a full name, or -1.
int WeekdayOf(std::string_view w);
// Cardinal numbers: digits ("12", "1,500" not), words ("twelve",
// "twenty-five"), "a"/"an" -> 1. -1 otherwise.
int CardinalOf(std::string_view w);
// Vague amounts that stand for a number: "several", "few", "many",
// "some", "couple".
bool IsVagueAmount(std::string_view w);
// Ordinals 1..31: "first", "twenty-first", "1st", "22nd". 0 otherwise.
int OrdinalOf(std::string_view w);
// A day of the month 1..31 in digits, with or without an ordinal suffix
// ("10", "10th"). 0 otherwise.
int DayNumberOf(std::string_view w);
// A four-digit year 1000..2999, or 0.
int YearOf(std::string_view w);
// A calendar unit, singular or plural ("days" -> kDay); *plural tells
// which. std::nullopt for other words.
std::optional<Unit> UnitOf(std::string_view w, bool* plural);
// The letter of a unit in a TIMEX3 duration: "D", "W", "M", "Y", "E" (a
// decade), "C" (a century), "Q"; hours and minutes are "H" and "M" after T.
const char* DurationLetter(Unit u);
std::optional<Season> SeasonOf(std::string_view w);
// Parts of the day as TIMEX3 codes: "morning" -> "MO", "afternoon" ->
// "AF", "evening" -> "EV", "night" -> "NI"; nullptr otherwise.
const char* PartOfDayOf(std::string_view w);

// Tense cues, for reading weekdays and months without a year.
// +1 for future markers ("will", "'ll", "scheduled", "next"), -1 for past
// ones ("said", "was", "had", "ago", regular -ed forms), 0 otherwise.
int TenseOf(std::string_view w);

// Words before which a month or year named alone is a date ("in May",
// "since 1987").
bool IsPreposition(std::string_view w);
// Plural nouns after which a four-digit number is a count, not a year.
bool IsCountNoun(std::string_view w);

// Lower-case ASCII copy of `in` into `out` (same size; other bytes kept):
// offsets carry over unchanged.
void FoldAscii(std::string_view in, char* out);

}  // namespace precis::timex

#endif  // PRECIS_ANALYZE_TIMEX_LEXICON_H_
