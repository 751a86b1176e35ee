// Copyright 2026 The precis Authors.
//
// Entity linking within a cluster, by rules over name forms in the manner
// of the name-matching steps of within-document coreference systems (the
// "strict head match" and acronym sieves of Lee et al. 2013, Stanford's
// deterministic coreference, restricted to proper names):
//   1. mentions with the same words (case and possessive aside) are one
//      name; its type is the one most of its mentions were tagged with;
//   2. longest names first, a shorter name joins the longer one it ends
//      (people: "Rouhani" in "Hassan Rouhani") or is a contiguous part of
//      (organizations: "Commission" in "European Commission"); when several
//      longer names fit, each mention joins the one named last before it in
//      its article, or else the most mentioned;
//   3. an acronym ("U.N.", "NATO") joins the name whose initials it spells.
// Places and other names join only by identical words or acronyms: "York"
// is not "New York". Roles come from titles next to a person's mentions
// (FindRole).

#include "analyze/entity_linker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "base/utf8.h"
#include "text/char_class.h"

namespace precis {
namespace entity {
namespace {

// Title words that can head a role, and words that only modify one.
const std::set<std::string_view, std::less<>> kRoleHeads = {
    "admiral",
    "adviser",
    "advisor",
    "ambassador",
    "analyst",
    "archbishop",
    "attorney",
    "ayatollah",
    "bishop",
    "cardinal",
    "captain",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "correspondent",
    "co-founder",
    "delegate",
    "diplomat",
    "director",
    "director-general",
    "economist",
    "editor",
    "emir",
    "emperor",
    "envoy",
    "executive",
    "founder",
    "gen.",
    "general",
    "gov.",
    "governor",
    "head",
    "imam",
    "judge",
    "justice",
    "king",
    "lawmaker",
    "leader",
    "lieutenant",
    "manager",
    "mayor",
    "minister",
    "negotiator",
    "official",
    "officer",
    "pope",
    "premier",
    "president",
    "president-elect",
    "prince",
    "princess",
    "prof.",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "rep.",
    "representative",
    "secretary",
    "secretary-general",
    "sen.",
    "senator",
    "sheikh",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "sultan",
    "chairperson",
    "strategist",
};
const std::set<std::string_view, std::less<>> kRoleModifiers = {
    "brigadier", "acting",      "assistant",    "crown",   "defence",
    "defense",   "deputy",      "finance",      "foreign", "former",
    "interior",  "prime",       "senior",       "supreme", "top",
    "vice",      "first",       "chief",        "special", "general",
    "executive", "managing",    "presidential", "economy", "justice",
    "health",    "trade",       "energy",       "labor",   "labour",
    "education", "environment", "transport",    "culture",
};
// Words that may join the parts of a title ("Ambassador to Israel").
const std::set<std::string_view, std::less<>> kConnectors = {"of", "to", "for",
                                                             "the"};
const std::set<std::string_view, std::less<>> kDeterminers = {
    "the", "a", "an", "its", "his", "her", "their", "our"};
// Last words of place and organization names, never of a person's.
// Ships' prefixes, as the linker's words have them (lower case).
const std::set<std::string_view, std::less<>> kVesselPrefixes = {
    "mv", "m/v", "ms", "m/s", "ss", "hms", "uss", "rms", "hmcs", "mt", "fv"};

const std::set<std::string_view, std::less<>> kPlaceHeads = {
    "airfield", "airport",   "airbase",   "base",   "river",  "valley",
    "province", "street",    "avenue",    "square", "bridge", "island",
    "islands",  "mountains", "lake",      "sea",    "ocean",  "county",
    "district", "region",    "peninsula", "strait", "gulf",   "heights",
    "desert",   "canal",     "harbor",    "harbour"};
const std::set<std::string_view, std::less<>> kOrganizationHeads = {
    "ministry",     "agency",      "council",    "party",      "university",
    "bank",         "corp",        "inc",        "company",    "committee",
    "commission",   "army",        "police",     "court",      "parliament",
    "association",  "institute",   "foundation", "times",      "post",
    "news",         "department",  "office",     "service",    "group",
    "airlines",     "union",       "league",     "federation", "organization",
    "organisation", "corporation", "ltd",        "network"};
// Words skipped by initials.
const std::set<std::string_view, std::less<>> kFunctionWords = {
    "of", "the", "and", "for", "de", "du", "des", "la", "le", "del", "&"};

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
  return out;
}

// `s` with typographic apostrophes and dashes in ASCII.
std::string Ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp;
    const size_t len = DecodeUtf8(s, pos, &cp);
    if (cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC') {
      out.push_back('\'');
    } else if (cp == U'\u2010' || cp == U'\u2011' || cp == U'\u2013') {
      out.push_back('-');
    } else {
      out.append(s.substr(pos, len));
    }
    pos += len;
  }
  return out;
}

// Removes a trailing "'s" or "'" (after s) from an ASCII word.
std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) {
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 2 && w.back() == '\'' && (w[w.size() - 2] == 's')) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// White-space runs as one space, ends trimmed, possessive removed.
std::string Display(std::string_view surface) {
  std::string out;
  for (char c : surface) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
    if (out.size() > suffix.size() && out.ends_with(suffix)) {
      out.resize(out.size() - suffix.size());
    }
  }
  return out;
}

bool AllCaps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

// The tokens of text[begin, end), with article offsets.
std::vector<Token> TokensIn(std::string_view text, uint32_t begin,
                            uint32_t end) {
  std::vector<Token> tokens;
  Tokenize(text.substr(begin, end - begin), &tokens, {}, begin);
  return tokens;
}

enum class RoleWord { kNone, kHead, kModifier, kConnector };

RoleWord Classify(std::string_view surface) {
  const std::string w = Lower(StripPossessive(Ascii(surface)));
  if (kRoleHeads.contains(w)) return RoleWord::kHead;
  // Plural heads ("ministers") do not title one person.
  if (kRoleModifiers.contains(w)) return RoleWord::kModifier;
  if (kConnectors.contains(w)) return RoleWord::kConnector;
  return RoleWord::kNone;
}

bool InOtherName(Span token, std::span<const EntityMention> others, Span self) {
  for (const EntityMention& m : others) {
    if (m.span != self && m.span.Overlaps(token)) return true;
  }
  return false;
}

bool OnlySpaces(std::string_view s) {
  for (char c : s) {
    if (!IsSpace(c) || c == '\n') return false;
  }
  return true;
}

// One past the last '\n' in text[floor, pos), or `floor` when there is
// none: where the line holding text[pos] starts, looking back no further
// than `floor`. It reads only those bytes, so that roles stay linear in the
// text: a search back from each mention to the line start took 17 s on 2 MB
// without line breaks, 160 s on 8 MB (issue 14).
uint32_t LineStart(std::string_view text, uint32_t floor, uint32_t pos) {
  const size_t nl = text.substr(floor, pos - floor).rfind('\n');
  return nl == std::string_view::npos ? floor : uint32_t(floor + nl + 1);
}

Span RoleBefore(std::string_view text, Span mention,
                std::span<const EntityMention> others) {
  const uint32_t begin = LineStart(
      text, mention.begin > 160 ? mention.begin - 160 : 0, mention.begin);
  const std::vector<Token> tokens = TokensIn(text, begin, mention.begin);
  int first = int(tokens.size());  // the chain is tokens[first, size)
  uint32_t next = mention.begin;
  bool head = false;
  for (int i = int(tokens.size()) - 1; i >= 0; --i) {
    const Token& t = tokens[i];
    if (!OnlySpaces(text.substr(t.span.end, next - t.span.end))) break;
    const RoleWord r = Classify(t.span.In(text));
    if (r == RoleWord::kNone &&
        (t.kind != TokenKind::kWord || !InOtherName(t.span, others, mention))) {
      break;
    }
    if (r == RoleWord::kConnector && i + 1 == int(tokens.size())) break;
    head |= r == RoleWord::kHead;
    first = i;
    next = t.span.begin;
  }
  while (first < int(tokens.size()) &&
         Classify(tokens[first].span.In(text)) == RoleWord::kConnector) {
    ++first;
  }
  if (!head || first == int(tokens.size())) return {};
  // "Russia's State Duma": a possessive next to the name owns it.
  const std::string last = Ascii(tokens.back().span.In(text));
  if (StripPossessive(last).size() < last.size()) return {};
  return {tokens[first].span.begin, tokens.back().span.end};
}

// True for a word that may stand in a title after a name: role words,
// determiners, names, possessives ("the country's defense minister").
bool InTitle(std::string_view text, const Token& t, Span mention,
             std::span<const EntityMention> others) {
  if (t.kind != TokenKind::kWord) return false;
  const std::string_view s = t.span.In(text);
  const std::string ascii = Ascii(s);
  return Classify(s) != RoleWord::kNone || kDeterminers.contains(Lower(s)) ||
         InOtherName(t.span, others, mention) ||
         StripPossessive(ascii).size() < ascii.size();
}

// "Name, the mayor of Gdansk," and "Name, a spokesman for Acme Corp."
Span RoleAfter(std::string_view text, Span mention,
               std::span<const EntityMention> others) {
  size_t pos = mention.end;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= text.size() || text[pos] != ',') return {};
  ++pos;
  size_t end = std::min(text.size(), pos + 120);
  const size_t nl = text.find('\n', pos);
  const bool line_ends =
      end == text.size() || (nl != std::string_view::npos && nl <= end);
  if (nl != std::string_view::npos && nl < end) end = nl;
  const std::vector<Token> tokens =
      TokensIn(text, uint32_t(pos), uint32_t(end));
  size_t i = 0;
  while (i < tokens.size() &&
         kDeterminers.contains(Lower(tokens[i].span.In(text)))) {
    ++i;
  }
  const size_t first = i;
  size_t last = 0;  // one past the chain; 0 while no end was seen
  bool head = false;
  // "the speaker of Iran's parliament": after "of", "for" or "to" that
  // follow the head, up to three plain words name what is headed.
  size_t free_words = 0;
  bool after_connector = false;
  for (; i < tokens.size() && i < first + 10; ++i) {
    const Token& t = tokens[i];
    const std::string_view s = t.span.In(text);
    if (t.kind == TokenKind::kPunctuation) {
      if (s == "," || s == "." || s == ";" || s == ")" || s == "(" ||
          s == "\xE2\x80\x94") {
        last = i;
      }
      break;
    }
    const RoleWord r = Classify(s);
    if (!InTitle(text, t, mention, others)) {
      static const std::set<std::string_view, std::less<>> kClauseWords = {
          "that",  "which",  "who",   "whom",  "whose", "where", "when",
          "and",   "or",     "but",   "with",  "in",    "on",    "at",
          "after", "before", "since", "while", "by",    "as"};
      const bool plain = t.kind == TokenKind::kWord && !s.empty() &&
                         s[0] >= 'a' && s[0] <= 'z' &&
                         !kClauseWords.contains(s);
      if (!head || !after_connector || !plain || ++free_words > 3) break;
      continue;
    }
    head |= r == RoleWord::kHead;
    if (r == RoleWord::kConnector && Lower(s) != "the") after_connector = true;
  }
  if (i == tokens.size() && line_ends) last = i;
  if (!head || last <= first ||
      Classify(tokens[first].span.In(text)) == RoleWord::kConnector) {
    return {};
  }
  return {tokens[first].span.begin, tokens[last - 1].span.end};
}

// "The U.N. envoy, Rafael Ortega": a title ending in its head word, begun
// by a determiner at the start of a clause, then a comma, then the name.
Span RoleBeforeComma(std::string_view text, Span mention,
                     std::span<const EntityMention> others) {
  const uint32_t begin = LineStart(
      text, mention.begin > 120 ? mention.begin - 120 : 0, mention.begin);
  const std::vector<Token> tokens = TokensIn(text, begin, mention.begin);
  const int n = int(tokens.size());
  if (n < 3 || tokens[n - 1].span.In(text) != ",") return {};
  // The title ends in its head ("The U.N. envoy,") or in a name the head
  // governs ("Russia's special envoy to Syria,").
  int head = n - 2;
  if (Classify(tokens[head].span.In(text)) != RoleWord::kHead) {
    if (!InOtherName(tokens[head].span, others, mention)) return {};
    while (head >= 0 && InOtherName(tokens[head].span, others, mention)) {
      --head;
    }
    if (head < 1 ||
        Classify(tokens[head].span.In(text)) != RoleWord::kConnector ||
        Classify(tokens[head - 1].span.In(text)) != RoleWord::kHead) {
      return {};
    }
    --head;
  }
  auto clause_start = [&](int i) {  // tokens[i] opens a clause
    if (i == 0 || tokens[i - 1].kind == TokenKind::kPunctuation) return true;
    const std::string before = Lower(tokens[i - 1].span.In(text));
    return before == "said" || before == "says" || before == "and" ||
           before == "told" || before == "between";
  };
  for (int i = head, steps = 0; i >= 0 && steps < 8; --i, ++steps) {
    const std::string lower = Lower(tokens[i].span.In(text));
    if (lower == "the" || lower == "a" || lower == "an") {
      if (i + 1 > head || !clause_start(i)) return {};
      return {tokens[i + 1].span.begin, tokens[n - 2].span.end};
    }
    // "Russia's special envoy": a possessive name opens the title.
    // The name must close the apposition ("..., Alexander Lavrentiev,"):
    // "talks with Russia's envoy, Paolo Conti said" names two people.
    const std::string ascii = Ascii(tokens[i].span.In(text));
    const bool clitic = ascii == "'s" || ascii == "'";
    const int name = clitic ? i - 1 : i;
    if (i < head && name >= 0 &&
        (clitic || StripPossessive(ascii).size() < ascii.size()) &&
        InOtherName(tokens[name].span, others, mention)) {
      const std::string_view rest = text.substr(mention.end);
      const size_t next = rest.find_first_not_of(" \t");
      if (next == std::string_view::npos || rest[next] != ',') return {};
      int start = name;
      while (start > 0 &&
             InOtherName(tokens[start - 1].span, others, mention) &&
             tokens[start - 1].kind == TokenKind::kWord) {
        --start;
      }
      if (!clause_start(start)) return {};
      return {tokens[start].span.begin, tokens[n - 2].span.end};
    }
    if (!InTitle(text, tokens[i], mention, others)) return {};
  }
  return {};
}

}  // namespace

std::vector<std::string> NameWords(std::string_view surface) {
  std::vector<std::string> words;
  const std::string ascii = Ascii(surface);
  std::string_view s = ascii;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && IsSpace(s[pos])) ++pos;
    size_t end = pos;
    while (end < s.size() && !IsSpace(s[end])) ++end;
    if (end > pos) words.push_back(Lower(s.substr(pos, end - pos)));
    pos = end;
  }
  if (!words.empty()) {
    std::string& last = words.back();
    last = std::string(StripPossessive(last));
  }
  if (words.size() > 1 && words[0] == "the") words.erase(words.begin());
  return words;
}

std::string AcronymLetters(std::string_view surface) {
  std::string letters;
  for (size_t i = 0; i < surface.size(); ++i) {
    const char c = surface[i];
    if (c >= 'A' && c <= 'Z') {
      letters.push_back(c);
    } else if (c != '.' || i == 0 || surface[i - 1] == '.') {
      return "";
    }
  }
  return letters.size() >= 2 && letters.size() <= 6 ? letters : "";
}

std::string Initials(std::string_view surface) {
  std::string out;
  const std::string ascii = Ascii(surface);
  std::string_view s = ascii;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && IsSpace(s[pos])) ++pos;
    size_t end = pos;
    while (end < s.size() && !IsSpace(s[end])) ++end;
    const std::string_view w = s.substr(pos, end - pos);
    pos = end;
    if (w.empty() || kFunctionWords.contains(Lower(w))) continue;
    if (w[0] < 'A' || w[0] > 'Z') return "";
    out.push_back(w[0]);
  }
  return out;
}

Span FindRole(std::string_view text, Span mention,
              std::span<const EntityMention> others) {
  if (mention.end > text.size() || mention.empty()) return {};
  for (auto* find : {RoleBefore, RoleBeforeComma, RoleAfter}) {
    const Span role = find(text, mention, others);
    if (!role.empty()) return role;
  }
  return {};
}

}  // namespace entity

namespace {

using entity::AllCaps;
using entity::Ascii;
using entity::Display;
using entity::Lower;
using entity::NameWords;

struct Group {
  std::string key;  // words joined by spaces
  std::vector<std::string> words;
  std::array<uint32_t, kNumEntityTypes> votes{};
  EntityType type = EntityType::kPerson;
  std::vector<uint32_t> mentions;  // into the flat mention list
  std::string display;             // as written, preferring mixed case
  bool display_caps = true;
};

struct Flat {
  EntityMention mention;
  uint32_t group;
  uint32_t entity = 0;  // root group after linking
};

// Levenshtein distance, for short words.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// Two spellings of one first name: equal, or of at least five letters,
// with the same initial, at most two edits apart.
bool SameFirstName(std::string_view a, std::string_view b) {
  if (a == b) return true;
  return a.size() >= 5 && b.size() >= 5 && a[0] == b[0] && a.size() < 20 &&
         b.size() < 20 && EditDistance(a, b) <= 2;
}

// True when the words of `shorter` may name what `longer` names.
bool PartOf(const std::vector<std::string>& shorter,
            const std::vector<std::string>& longer, EntityType type) {
  if (shorter.size() >= longer.size()) return false;
  if (type == EntityType::kPerson) {  // a last name, or last names
    // "Assad" ends "Bashar al-Assad".
    const std::string& last = longer.back();
    const std::string& s = shorter.back();
    const bool last_matches =
        last == s || (last.size() > s.size() + 1 && last.ends_with(s) &&
                      last[last.size() - s.size() - 1] == '-');
    return last_matches && std::equal(shorter.rbegin() + 1, shorter.rend(),
                                      longer.rbegin() + 1);
  }
  if (type != EntityType::kOrganization) return false;
  return std::search(longer.begin(), longer.end(), shorter.begin(),
                     shorter.end()) != longer.end();
}

// Sets the entity of each mention of `g` to one of the candidate roots:
// the one whose own name appears last before it in its article, else the
// most mentioned (see the file comment).
void AssignAmbiguous(const Group& g, const std::vector<uint32_t>& candidates,
                     const std::vector<Group>& groups,
                     std::vector<Flat>* flat) {
  for (uint32_t m : g.mentions) {
    const EntityMention& here = (*flat)[m].mention;
    uint32_t best = candidates[0];
    int64_t best_pos = -1;
    size_t best_count = 0;
    for (uint32_t c : candidates) {
      // Mentions of the candidate's own group before this one.
      int64_t pos = -1;
      for (uint32_t o : groups[c].mentions) {
        const EntityMention& e = (*flat)[o].mention;
        if (e.article == here.article && e.span.begin < here.span.begin) {
          pos = std::max<int64_t>(pos, e.span.begin);
        }
      }
      const size_t count = groups[c].mentions.size();
      if (pos > best_pos || (pos == best_pos && count > best_count)) {
        best = c;
        best_pos = pos;
        best_count = count;
      }
    }
    (*flat)[m].entity = best;
  }
}

std::vector<std::string> RankedStrings(
    const std::vector<std::pair<std::string, std::string>>& items) {
  // items: (key, display) in order of appearance; most frequent key
  // first, then first appearance; each shown as first written.
  std::map<std::string, std::pair<size_t, size_t>> stats;  // count, first
  std::map<std::string, std::string> shown;
  for (size_t i = 0; i < items.size(); ++i) {
    auto [it, fresh] = stats.try_emplace(items[i].first, 0, i);
    ++it->second.first;
    if (fresh) shown[items[i].first] = items[i].second;
  }
  std::vector<std::pair<std::string, std::pair<size_t, size_t>>> v(
      stats.begin(), stats.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    if (a.second.first != b.second.first) {
      return a.second.first > b.second.first;
    }
    return a.second.second < b.second.second;
  });
  std::vector<std::string> out;
  for (const auto& [key, s] : v) out.push_back(shown[key]);
  return out;
}

}  // namespace

std::vector<Entity> LinkEntities(
    std::span<const Article> articles,
    std::span<const std::vector<EntityMention>> mentions,
    const LinkOptions& options) {
  // 1. Names: mentions with the same words.
  std::vector<Flat> flat;
  std::vector<Group> groups;
  std::unordered_map<std::string, uint32_t> group_of;
  for (size_t a = 0; a < mentions.size() && a < articles.size(); ++a) {
    std::vector<EntityMention> sorted = mentions[a];
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const EntityMention& x, const EntityMention& y) {
                       return x.span.begin < y.span.begin;
                     });
    const std::string_view text = articles[a].text;
    for (EntityMention m : sorted) {
      if (m.span.end > text.size() || m.span.empty()) continue;
      m.article = uint32_t(a);
      const std::string_view surface = m.span.In(text);
      std::vector<std::string> words = NameWords(surface);
      if (words.empty()) continue;
      std::string key;
      for (const std::string& w : words) key += (key.empty() ? "" : " ") + w;
      auto [it, fresh] = group_of.try_emplace(key, uint32_t(groups.size()));
      if (fresh) {
        groups.emplace_back();
        groups.back().key = key;
        groups.back().words = std::move(words);
      }
      Group& g = groups[it->second];
      ++g.votes[size_t(m.type)];
      const std::string display = Display(surface);
      if (g.display.empty() || (g.display_caps && !AllCaps(display))) {
        g.display = display;
        g.display_caps = AllCaps(display);
      }
      g.mentions.push_back(uint32_t(flat.size()));
      flat.push_back({m, it->second, it->second});
    }
  }
  for (Group& g : groups) {
    g.type = EntityType(std::max_element(g.votes.begin(), g.votes.end()) -
                        g.votes.begin());
    // No person's name ends in "Airfield" or "Ministry": the tagger's
    // slip on names it has not seen ("Bagram Airfield").
    if (g.type == EntityType::kPerson && g.words.size() >= 2) {
      const std::string_view last = g.words.back();
      if (entity::kPlaceHeads.contains(last)) g.type = EntityType::kLocation;
      if (entity::kOrganizationHeads.contains(last)) {
        g.type = EntityType::kOrganization;
      }
    }
  }

  // A ship is named with its prefix once ("MV Northern Tern", MISC from the
  // tagger's titles pass) and without it after ("the Northern Tern", which
  // the tagger takes for an organization): the bare name is the ship too.
  std::set<std::string, std::less<>> vessels;
  for (const Group& g : groups) {
    if (g.type == EntityType::kMisc && g.words.size() >= 2 &&
        entity::kVesselPrefixes.contains(g.words.front())) {
      std::string rest;
      for (size_t i = 1; i < g.words.size(); ++i) {
        rest += (rest.empty() ? "" : " ") + g.words[i];
      }
      vessels.insert(std::move(rest));
    }
  }
  for (Group& g : groups) {
    if (vessels.contains(g.key)) g.type = EntityType::kMisc;
  }

  // 2, 3. Shorter names and acronyms join longer ones.
  std::vector<uint32_t> order(groups.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return groups[x].words.size() > groups[y].words.size();
  });
  std::vector<uint32_t> root(groups.size());
  for (uint32_t i = 0; i < root.size(); ++i) root[i] = i;
  std::vector<std::string> initials(groups.size());
  for (size_t i = 0; i < groups.size(); ++i) {
    if (groups[i].words.size() >= 2)
      initials[i] = entity::Initials(groups[i].display);
  }
  for (size_t oi = 0; oi < order.size(); ++oi) {
    const uint32_t g = order[oi];
    std::vector<uint32_t> candidates;
    auto add = [&](uint32_t h) {
      const uint32_t r = root[h];
      if (std::find(candidates.begin(), candidates.end(), r) ==
          candidates.end()) {
        candidates.push_back(r);
      }
    };
    for (size_t oj = 0; oj < oi && options.link_partial_names; ++oj) {
      const uint32_t h = order[oj];
      if (groups[h].type == groups[g].type &&
          PartOf(groups[g].words, groups[h].words, groups[g].type)) {
        add(h);
      }
    }
    const std::string acronym = groups[g].words.size() == 1
                                    ? entity::AcronymLetters(groups[g].display)
                                    : "";
    if (candidates.empty() && options.link_acronyms && !acronym.empty()) {
      for (size_t oj = 0; oj < oi; ++oj) {
        const uint32_t h = order[oj];
        if (groups[h].type != EntityType::kPerson && initials[h] == acronym) {
          add(h);
        }
      }
    }
    // "Bagram" tagged a person beside "Bagram Airfield", a place: the
    // place's first word, when no person's name ends in it.
    if (candidates.empty() && options.link_partial_names &&
        groups[g].type == EntityType::kPerson && groups[g].words.size() == 1) {
      const std::string& word = groups[g].words[0];
      bool person_name = false;
      std::vector<uint32_t> places;
      for (size_t oj = 0; oj < oi; ++oj) {
        const Group& h = groups[order[oj]];
        if (h.type == EntityType::kPerson && h.words.back() == word) {
          person_name = true;
        } else if (h.type == EntityType::kLocation && h.words.size() >= 2 &&
                   h.words[0] == word) {
          places.push_back(order[oj]);
        }
      }
      if (!person_name && places.size() == 1) add(places[0]);
    }
    if (candidates.size() == 1) {
      root[g] = candidates[0];
      for (uint32_t m : groups[g].mentions) flat[m].entity = candidates[0];
    } else if (candidates.size() > 1) {
      AssignAmbiguous(groups[g], candidates, groups, &flat);
    }
  }

  // 4. Spellings of one person: full names with the same last name and
  // first names alike ("Benjamin" and "Binyamin" Netanyahu).
  std::vector<uint32_t> final_root(groups.size());
  for (uint32_t i = 0; i < final_root.size(); ++i) final_root[i] = i;
  for (size_t oi = 0; oi < order.size(); ++oi) {
    const Group& g = groups[order[oi]];
    if (g.type != EntityType::kPerson || g.words.size() < 2 ||
        root[order[oi]] != order[oi]) {
      continue;
    }
    for (size_t oj = 0; oj < oi; ++oj) {
      const uint32_t h = order[oj];
      const Group& o = groups[h];
      if (o.type != EntityType::kPerson || root[h] != h || final_root[h] != h ||
          o.words.back() != g.words.back() ||
          !SameFirstName(o.words.front(), g.words.front())) {
        continue;
      }
      final_root[order[oi]] = h;
      break;
    }
  }
  for (Flat& f : flat) f.entity = final_root[f.entity];

  // Entities: one per root with mentions.
  std::map<uint32_t, std::vector<uint32_t>> members;  // root -> flat indexes
  for (uint32_t m = 0; m < flat.size(); ++m) {
    members[flat[m].entity].push_back(m);
  }
  std::vector<Entity> entities;
  std::vector<uint32_t> first_seen;
  for (const auto& [r, list] : members) {
    Entity e;
    e.name = groups[r].display;
    e.type = groups[r].type;
    std::vector<std::pair<std::string, std::string>> alias_items, role_items;
    std::set<uint32_t> arts;
    std::set<std::string> outlets;
    std::map<uint32_t, uint32_t> per_article;  // article -> mentions
    std::set<uint32_t> early;
    for (uint32_t m : list) {
      const EntityMention& mention = flat[m].mention;
      e.mentions.push_back(mention);
      const Group& g = groups[flat[m].group];
      if (flat[m].group != r) alias_items.emplace_back(g.key, g.display);
      const Article& art = articles[mention.article];
      arts.insert(mention.article);
      outlets.insert(art.source.empty()
                         ? "\x01" + std::to_string(mention.article)
                         : art.source);
      ++per_article[mention.article];
      if (mention.span.begin < art.body_begin + options.early_bytes) {
        early.insert(mention.article);
      }
      if (e.type == EntityType::kPerson) {
        const Span role =
            entity::FindRole(art.text, mention.span, mentions[mention.article]);
        if (!role.empty()) {
          const std::string shown = Display(role.In(art.text));
          role_items.emplace_back(Lower(Ascii(shown)), shown);
        }
      }
    }
    std::sort(e.mentions.begin(), e.mentions.end(),
              [](const EntityMention& x, const EntityMention& y) {
                if (x.article != y.article) return x.article < y.article;
                return x.span.begin < y.span.begin;
              });
    e.aliases = RankedStrings(alias_items);
    e.roles = RankedStrings(role_items);
    e.articles = uint32_t(arts.size());
    e.outlets = uint32_t(outlets.size());
    for (const auto& [a, n] : per_article) {
      e.salience += std::log1p(double(n));
      if (early.contains(a)) e.salience += options.early_bonus;
      const std::string& title = articles[a].title;
      if (!title.empty() && title.find(e.name) != std::string::npos) {
        e.salience += options.title_bonus;
      }
    }
    first_seen.push_back(list.front());
    entities.push_back(std::move(e));
  }
  // "Tehran-Moscow cooperation", "US-Russia talks": a hyphenated compound
  // of names the cluster has on their own modifies a noun and names
  // nothing itself.
  // (People's names are left alone: "Jean-Pierre" beside Jean and Pierre.)
  std::set<std::string> names;
  for (const Entity& e : entities) {
    if (e.type != EntityType::kPerson) names.insert(Lower(Ascii(e.name)));
  }
  std::vector<bool> compound(entities.size(), false);
  for (size_t i = 0; i < entities.size(); ++i) {
    const std::string name = Lower(Ascii(entities[i].name));
    if (entities[i].type == EntityType::kPerson ||
        name.find(' ') != std::string::npos) {
      continue;
    }
    size_t parts = 0, known = 0;
    for (size_t b = 0; b <= name.size();) {
      size_t e = name.find('-', b);
      if (e == std::string::npos) e = name.size();
      ++parts;
      known += names.contains(name.substr(b, e - b));
      b = e + 1;
    }
    compound[i] = parts >= 2 && known == parts;
  }
  std::vector<size_t> idx;
  for (size_t i = 0; i < entities.size(); ++i) {
    if (!compound[i]) idx.push_back(i);
  }
  std::sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
    if (entities[x].salience != entities[y].salience) {
      return entities[x].salience > entities[y].salience;
    }
    return first_seen[x] < first_seen[y];
  });
  std::vector<Entity> ranked;
  ranked.reserve(entities.size());
  for (size_t i : idx) {
    ranked.push_back(std::move(entities[i]));
    ranked.back().rank = uint32_t(ranked.size());
  }
  return ranked;
}

namespace {

// The words of text[span) as the tokenizer splits them, apostrophes in
// ASCII, joined by single spaces.
std::string TokenKey(std::string_view text, std::span<const Token> tokens) {
  std::string key;
  for (const Token& t : tokens) {
    if (!key.empty()) key.push_back(' ');
    key += entity::Ascii(t.span.In(text));
  }
  return key;
}

// True when the tokens are separated by spaces on one line.
bool OnlyOneSpace(std::string_view text, std::span<const Token> run) {
  for (size_t j = 1; j < run.size(); ++j) {
    const Span gap{run[j - 1].span.end, run[j].span.begin};
    if (gap.empty()) return false;
    for (char c : gap.In(text)) {
      if (c != ' ') return false;
    }
  }
  return true;
}

std::vector<Token> RegionTokens(const Article& article,
                                std::span<const Span> regions) {
  std::vector<Token> tokens;
  const std::string_view text = article.text;
  if (regions.empty()) {
    const uint32_t b = std::min<uint32_t>(article.body_begin, text.size());
    Tokenize(text.substr(b), &tokens, {}, b);
  }
  for (const Span& r : regions) {
    if (r.end > text.size() || r.begin > r.end) continue;
    Tokenize(r.In(text), &tokens, {}, r.begin);
  }
  return tokens;
}

}  // namespace

void AddRepeatedNames(std::span<const Article> articles,
                      std::span<std::vector<EntityMention>> mentions,
                      std::span<const std::vector<Span>> regions) {
  // Names as written (by their tokens), with type votes and counts.
  struct Pattern {
    std::array<uint32_t, kNumEntityTypes> votes{};
    uint32_t count = 0;
    bool last_name = false;
  };
  std::map<std::string, Pattern> patterns;
  size_t longest = 1;
  for (size_t a = 0; a < mentions.size() && a < articles.size(); ++a) {
    const std::string_view text = articles[a].text;
    for (const EntityMention& m : mentions[a]) {
      if (m.span.end > text.size() || m.span.empty()) continue;
      std::vector<Token> tokens;
      Tokenize(m.span.In(text), &tokens, {}, m.span.begin);
      if (tokens.empty()) continue;
      longest = std::max(longest, tokens.size());
      Pattern& p = patterns[TokenKey(text, tokens)];
      ++p.votes[size_t(m.type)];
      ++p.count;
      if (m.type == EntityType::kPerson && tokens.size() >= 2) {
        Pattern& last = patterns[TokenKey(text, std::span(tokens).last(1))];
        last.last_name = true;
      }
    }
  }
  longest = std::min<size_t>(longest, 8);
  for (size_t a = 0; a < mentions.size() && a < articles.size(); ++a) {
    const std::string_view text = articles[a].text;
    const std::vector<Token> tokens = RegionTokens(
        articles[a], a < regions.size() ? std::span<const Span>(regions[a])
                                        : std::span<const Span>());
    std::vector<EntityMention>& found = mentions[a];
    const size_t before = found.size();
    std::vector<Span> taken;
    for (const EntityMention& m : found) taken.push_back(m.span);
    std::sort(taken.begin(), taken.end());
    auto free = [&](Span s) {
      auto it = std::lower_bound(taken.begin(), taken.end(), Span{s.end, 0});
      while (it != taken.begin()) {
        --it;
        if (it->Overlaps(s)) return false;
        if (it->end <= s.begin) break;
      }
      return true;
    };
    for (size_t i = 0; i < tokens.size(); ++i) {
      const std::string_view first = tokens[i].span.In(text);
      if (tokens[i].kind != TokenKind::kWord || first[0] < 'A' ||
          first[0] > 'Z') {
        continue;
      }
      for (size_t k = std::min(longest, tokens.size() - i); k >= 1; --k) {
        std::span<const Token> run(tokens.data() + i, k);
        if (k > 1 && !OnlyOneSpace(text, run)) continue;
        std::string key = TokenKey(text, run);
        Span span{run.front().span.begin, run.back().span.end};
        auto it = patterns.find(key);
        if (it == patterns.end() && key.size() > 2 && key.ends_with("'s")) {
          key.resize(key.size() - 2);  // "Conti's": the name is "Conti"
          const std::string_view w = run.back().span.In(text);
          span.end -= uint32_t(w.ends_with("'s")          ? 2
                               : w.ends_with("\xCA\xBCs") ? 3
                                                          : 4);
          it = patterns.find(key);
        }
        if (it == patterns.end()) continue;
        const Pattern& p = it->second;
        // One-word names only when tagged twice, or a person's last name.
        if (k == 1 && p.count < 2 && !p.last_name) continue;
        if (!free(span)) break;
        const auto& v = p.votes;
        const EntityType type =
            p.count == 0
                ? EntityType::kPerson
                : EntityType(std::max_element(v.begin(), v.end()) - v.begin());
        found.push_back({span, type, uint32_t(a)});
        i += k - 1;
        break;
      }
    }
    if (found.size() != before) {
      std::stable_sort(found.begin(), found.end(),
                       [](const EntityMention& x, const EntityMention& y) {
                         return x.span.begin < y.span.begin;
                       });
    }
  }
}

std::vector<EntityMention> TagArticle(const Article& article, uint32_t index,
                                      std::span<const Span> regions,
                                      const NerTagger& tagger) {
  const std::vector<Token> tokens = RegionTokens(article, regions);
  std::vector<EntityMention> out;
  tagger.Tag(article.text, tokens, &out, index);
  return out;
}

std::vector<Entity> FindEntities(std::span<const Article> articles,
                                 const NerTagger& tagger,
                                 const LinkOptions& options) {
  return FindEntities(articles, {}, tagger, options);
}

std::vector<Entity> FindEntities(std::span<const Article> articles,
                                 std::span<const std::vector<Span>> regions,
                                 const NerTagger& tagger,
                                 const LinkOptions& options) {
  std::vector<std::vector<EntityMention>> mentions;
  mentions.reserve(articles.size());
  for (size_t a = 0; a < articles.size(); ++a) {
    const std::span<const Span> r = a < regions.size()
                                        ? std::span<const Span>(regions[a])
                                        : std::span<const Span>();
    mentions.push_back(TagArticle(articles[a], uint32_t(a), r, tagger));
  }
  AddRepeatedNames(articles, mentions, regions);
  return LinkEntities(articles, mentions, options);
}

}  // namespace precis
