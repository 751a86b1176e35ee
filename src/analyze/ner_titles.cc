// Copyright 2026 The precis Authors.

#include "analyze/ner_titles.h"

#include <set>
#include <string>

#include "precis/entities.h"

namespace precis::ner {
namespace {

// Titles that are not also parts of organization names ("General Motors",
// "Prime Computer" stay whole).
const std::set<std::string, std::less<>> kTitles = {
    "president",   "vice-president",
    "minister",    "leader",
    "ayatollah",   "ambassador",
    "secretary",   "chancellor",
    "king",        "queen",
    "prince",      "princess",
    "senator",     "sen",
    "governor",    "gov",
    "mayor",       "spokesman",
    "spokeswoman", "chairman",
    "chairwoman",  "pope",
    "sheikh",      "emir",
    "premier",     "envoy",
    "commander",   "president-elect",
    "rep",         "judge",
    "brigadier",   "colonel",
    "lieutenant",  "sergeant",
    "rabbi",       "imam",
    "cardinal",    "archbishop",
    "bishop",      "ceo",
    "dr",          "mr",
    "mrs",         "ms",
    "gen",         "col",
    "lt",          "sgt",
    "maj",         "pvt",
    "cpl",         "capt",
    "adm",         "cmdr",
    "corporal",    "admiral",
    "prof",        "rev",
    "mullah",
};

// Titles that are not also surnames ("King", "Bishop" are).
const std::set<std::string, std::less<>> kNeverNames = {
    "president",   "vice-president",
    "minister",    "leader",
    "ayatollah",   "ambassador",
    "secretary",   "chancellor",
    "senator",     "governor",
    "mayor",       "spokesman",
    "spokeswoman", "chairman",
    "chairwoman",  "premier",
    "envoy",       "president-elect",
    "ceo",         "mr",
    "mrs",         "ms",
    "dr",
};

// Prefixes of ships' names.
const std::set<std::string, std::less<>> kVesselPrefixes = {
    "MV", "M/V", "MS", "M/S", "SS", "HMS", "USS", "RMS", "HMCS", "MT", "FV"};

std::string Lower(std::string_view word) {
  if (word.ends_with(".")) word.remove_suffix(1);
  std::string lower(word.substr(0, 24));
  for (char& c : lower) c = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
  return lower;
}

bool Capitalized(std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

}  // namespace

bool IsTitleWord(std::string_view word) {
  return kTitles.contains(Lower(word));
}

void SplitTitles(std::span<const std::string_view> words,
                 std::vector<WordChunk>* chunks) {
  // A title alone is no name ("Leader"; but "King" may be).
  std::erase_if(*chunks, [&](const WordChunk& c) {
    for (uint32_t i = c.begin; i < c.end && i < words.size(); ++i) {
      if (!kNeverNames.contains(Lower(words[i]))) return false;
    }
    return true;
  });
  std::vector<WordChunk> out;
  out.reserve(chunks->size());
  for (WordChunk c : *chunks) {
    if (c.end - c.begin < 2 || c.end > words.size()) {
      out.push_back(c);
      continue;
    }
    // "MV Northern Tern", "USS Cole": a vessel, not an organization.
    if (kVesselPrefixes.contains(words[c.begin])) {
      c.type = int(EntityType::kMisc);
      out.push_back(c);
      continue;
    }
    uint32_t title = c.end;  // the last title word before the last word
    for (uint32_t i = c.begin; i + 1 < c.end; ++i) {
      if (IsTitleWord(words[i])) title = i;
    }
    if (title == c.end) {
      out.push_back(c);
      continue;
    }
    // The capitalized names after the title, up to an "of (the)" that
    // introduces the organization the person belongs to ("Cmdr. Grace
    // Whitfield of the Coast Guard": a person, then an organization).
    uint32_t end = title + 1;
    while (end < c.end && Capitalized(words[end]) && !IsTitleWord(words[end])) {
      ++end;
    }
    uint32_t org = end;
    if (end > title + 1 && end + 1 < c.end && words[end] == "of") {
      org = end + 1;
      if (words[org] == "the" && org + 1 < c.end) ++org;
      for (uint32_t i = org; i < c.end; ++i) {
        if (!Capitalized(words[i])) org = c.end + 1;  // not the pattern
      }
    }
    if (end == c.end || (org <= c.end && org > end)) {
      if (end == title + 1) {
        out.push_back(c);
        continue;
      }
      out.push_back({title + 1, end, int(EntityType::kPerson)});
      if (end < c.end) {
        out.push_back({org, c.end, int(EntityType::kOrganization)});
      }
      continue;
    }
    out.push_back(c);
  }
  *chunks = std::move(out);
}

}  // namespace precis::ner
