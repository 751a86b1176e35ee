// Copyright 2026 The precis Authors.

#include "summarize/coherence.h"

#include <string>
#include <string_view>

namespace precis {
namespace {

bool IsLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The first words of a sentence, lower case, separated by single spaces:
// up to `n` of them, stopping after a word followed by a mark other than a
// space ("Earlier in the day, Putin" -> "earlier in the day").
struct Head {
  std::string words;
  size_t count = 0;
  char next = 0;  // the byte after the last word read, 0 at the end
};

Head FirstWords(std::string_view s, size_t n) {
  Head h;
  size_t i = 0;
  while (h.count < n && i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t b = i;
    while (i < s.size() && IsLetter(s[i])) ++i;
    if (i == b) break;
    if (!h.words.empty()) h.words += ' ';
    for (size_t k = b; k < i; ++k) {
      h.words += static_cast<char>(s[k] | 0x20);
    }
    ++h.count;
    h.next = i < s.size() ? s[i] : 0;
    if (i < s.size() && s[i] != ' ') break;
  }
  return h;
}

// Whether `sentence` opens with the words of `phrase` as whole words (not
// "Then-President", not "Andrew").
bool StartsWithPhrase(std::string_view sentence, std::string_view phrase) {
  size_t words = 1;
  for (const char c : phrase) words += c == ' ';
  const Head h = FirstWords(sentence, words);
  return h.count == words && h.words == phrase && h.next != '-' &&
         h.next != '\'' && h.next != '\xE2';
}

// Connectives that relate a sentence to the one before it (Penn Discourse
// Treebank's explicit sentence-initial connectives, the common ones).
constexpr std::string_view kConnectives[] = {
    "however",        "but",          "and",           "also",
    "still",          "meanwhile",    "moreover",      "furthermore",
    "instead",        "nevertheless", "nonetheless",   "therefore",
    "thus",           "otherwise",    "in addition",   "as a result",
    "at the same time", "on the other hand", "in contrast", "by contrast",
    "similarly",      "likewise",     "besides",       "yet",
    "then",           "afterwards",   "afterward",     "even so",
    "for his part",   "for her part", "for their part", "in turn",
    "in response",    "as well",      "hence",         "consequently",
    "in fact",        "indeed",       "again"};

// Times counted from a moment the reader must already know.
constexpr std::string_view kTemporal[] = {
    "earlier in the day", "earlier that day", "later in the day",
    "later that day",     "the next day",     "the following day",
    "the day before",     "the previous day", "that same day",
    "the same day",       "that day",         "hours later",
    "days later",         "weeks later",      "months later",
    "years later",        "minutes later",    "a day later",
    "a week later",       "a month later",    "a year later",
    "just a week later",  "just days later",  "shortly after",
    "shortly afterward",  "shortly afterwards", "soon after",
    "soon afterward",     "at the time",      "at that time",
    "by then",            "since then",       "until then",
    "the night before",   "that night",       "that evening",
    "that morning",       "hours earlier",    "days earlier",
    "a day earlier",      "a week earlier"};

// Nouns that name an event or a statement: "The meeting ...", "The results
// from the talks ...", "This move ...".
constexpr std::string_view kEventNouns[] = {
    "meeting",  "meetings",  "talks",     "results",   "result",
    "outcome",  "move",      "decision",  "statement", "announcement",
    "remarks",  "comments",  "visit",     "trip",      "summit",
    "incident", "vote",      "ruling",    "findings",  "conversation",
    "session",  "discussion", "discussions", "negotiations", "episode"};

bool IsEventNoun(std::string_view w) {
  for (const std::string_view n : kEventNouns) {
    if (w == n) return true;
  }
  return false;
}

}  // namespace

bool OpensWithPronoun(std::string_view text) {
  size_t end = 0;
  while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') ||
                               (text[end] >= 'A' && text[end] <= 'Z'))) {
    ++end;
  }
  if (end == text.size() || (text[end] != ' ' && text[end] != ',')) {
    return false;
  }
  static constexpr std::string_view kPointers[] = {
      "He", "She", "It", "They", "His", "Her", "Its", "Their", "Him", "Them"};
  const std::string_view word = text.substr(0, end);
  for (const std::string_view p : kPointers) {
    if (word == p) return true;
  }
  return false;
}

Opener OpenerOf(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '"' ||
                        s.front() == '\'')) {
    s.remove_prefix(1);
  }
  for (const std::string_view p : kTemporal) {
    if (StartsWithPhrase(s, p)) return Opener::kTemporal;
  }
  // "Earlier, ..." and "Later, ..." point back; "Later this year" does not.
  if (const Head h = FirstWords(s, 1);
      (h.words == "earlier" || h.words == "later") && h.next == ',') {
    return Opener::kTemporal;
  }
  for (const std::string_view p : kConnectives) {
    if (StartsWithPhrase(s, p)) return Opener::kConnective;
  }
  const Head h = FirstWords(s, 4);
  const size_t space = h.words.find(' ');
  const std::string_view first = std::string_view(h.words).substr(0, space);
  const std::string_view rest =
      space == std::string::npos ? std::string_view()
                                 : std::string_view(h.words).substr(space + 1);
  const std::string_view second = rest.substr(0, rest.find(' '));
  // "This is", "That was", "Such a step": a demonstrative as the subject.
  if ((first == "this" || first == "that" || first == "these" ||
       first == "those") &&
      (second == "is" || second == "was" || second == "are" ||
       second == "were" || second == "has" || second == "will" ||
       second == "would" || second == "means" || second == "comes" ||
       second == "came")) {
    return Opener::kDemonstrative;
  }
  if (first == "such") return Opener::kDemonstrative;
  // "The meeting", "This move", "These talks", "The results from ...":
  // an event the sentence takes as known.
  if ((first == "the" || first == "this" || first == "these" ||
       first == "that" || first == "those") &&
      IsEventNoun(second)) {
    return Opener::kDefinite;
  }
  return Opener::kFree;
}

}  // namespace precis
