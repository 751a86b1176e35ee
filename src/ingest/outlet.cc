// Copyright 2026 The precis Authors.

#include "ingest/outlet.h"

#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/published_date.h"

namespace precis {

namespace data {
extern const std::string_view kOutletHosts;
extern const std::string_view kBoilerplateEn;
}  // namespace data

namespace {

constexpr size_t kMaxNameBytes = 60;
constexpr int kMaxNameWords = 6;

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// Splits `s` at runs of blanks.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    const size_t begin = i;
    while (i < s.size() && !IsBlank(s[i])) ++i;
    if (i > begin) words.push_back(s.substr(begin, i - begin));
  }
  return words;
}

// Lines of `table` that are not blank or comments, split at the first tab
// (host table) or taken whole.
const std::unordered_map<std::string, std::string>& HostNames() {
  static const auto* names = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    std::string_view t = data::kOutletHosts;
    while (!t.empty()) {
      const size_t nl = t.find('\n');
      std::string_view line = t.substr(0, nl);
      t = nl == std::string_view::npos ? std::string_view() : t.substr(nl + 1);
      if (line.empty() || line[0] == '#') continue;
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      m->emplace(Lower(Trim(line.substr(0, tab))),
                 std::string(Trim(line.substr(tab + 1))));
    }
    return m;
  }();
  return *names;
}

// Words that are page furniture on a line of their own ("= quantcast" in
// the boilerplate list): left before a masthead by saved pages.
const std::unordered_set<std::string>& FurnitureWords() {
  static const auto* words = [] {
    auto* s = new std::unordered_set<std::string>;
    std::string_view t = data::kBoilerplateEn;
    while (!t.empty()) {
      const size_t nl = t.find('\n');
      std::string_view line = t.substr(0, nl);
      t = nl == std::string_view::npos ? std::string_view() : t.substr(nl + 1);
      if (line.size() < 3 || line.substr(0, 2) != "= ") continue;
      const std::string_view phrase = Trim(line.substr(2));
      if (!phrase.empty() && phrase.find(' ') == std::string_view::npos) {
        s->insert(Lower(phrase));
      }
    }
    return s;
  }();
  return *words;
}

bool IsJoiningWord(std::string_view w) {
  const std::string lower = Lower(w);
  return lower == "of" || lower == "the" || lower == "and" || lower == "for" ||
         lower == "on" || lower == "&" || lower == "de" || lower == "al";
}

bool HasCapitalOrDigit(std::string_view w) {
  for (const char c : w) {
    if (std::isupper(static_cast<unsigned char>(c)) ||
        std::isdigit(static_cast<unsigned char>(c))) {
      return true;
    }
  }
  // Letters beyond ASCII: a name in another script is not judged here.
  for (const char c : w) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// Strips one separator ("-", "|", ":", en or em dash, middle dot, bullet)
// from either end of `s`.
std::string_view StripSeparators(std::string_view s) {
  static constexpr std::string_view kSeparators[] = {
      "-", "|", ":", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7",
      "\xE2\x80\xA2"};
  bool changed = true;
  while (changed) {
    changed = false;
    s = Trim(s);
    for (const std::string_view sep : kSeparators) {
      if (s.size() >= sep.size() && s.substr(0, sep.size()) == sep) {
        s.remove_prefix(sep.size());
        changed = true;
      }
      if (s.size() >= sep.size() && s.substr(s.size() - sep.size()) == sep) {
        s.remove_suffix(sep.size());
        changed = true;
      }
    }
  }
  return s;
}

// Where the last spaced dash (" - ", en or em dash) in `s` ends, or 0.
size_t AfterLastDash(std::string_view s) {
  size_t best = 0;
  for (const std::string_view dash :
       {std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
        std::string_view(" \xE2\x80\x94 ")}) {
    const size_t at = s.rfind(dash);
    if (at != std::string_view::npos && at + dash.size() > best) {
      best = at + dash.size();
    }
  }
  return best;
}

}  // namespace

bool LooksLikeOutletName(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > kMaxNameBytes) return false;
  const char last = s.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' ||
      last == '?' || last == '!') {
    return false;
  }
  const std::vector<std::string_view> words = Words(s);
  if (words.empty() || static_cast<int>(words.size()) > kMaxNameWords) {
    return false;
  }
  // The first word has a letter: "France 24", not "10:30".
  bool letter = false;
  for (const char c : words[0]) {
    letter |= std::isalpha(static_cast<unsigned char>(c)) ||
              static_cast<unsigned char>(c) >= 0x80;
  }
  if (!letter) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const bool joining = IsJoiningWord(words[i]);
    if (joining && i == 0 && Lower(words[i]) != "the") return false;
    if (joining && i + 1 == words.size()) return false;
    if (!joining && !HasCapitalOrDigit(words[i])) return false;
  }
  // A date is no outlet ("Apr 10, 2018", "2018-04-10").
  std::string iso;
  return !NormalizeDate(s, &iso);
}

std::string OutletFromUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  const size_t at = url.rfind('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  std::string host = Lower(url);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  if (host.empty()) return {};
  const auto& names = HostNames();
  for (std::string_view h = host;;) {
    const auto it = names.find(std::string(h));
    if (it != names.end()) return it->second;
    const size_t dot = h.find('.');
    if (dot == std::string_view::npos) break;
    h.remove_prefix(dot + 1);
    if (h.find('.') == std::string_view::npos) break;  // a bare TLD + 1
  }
  return host;
}

std::string OutletFromMasthead(std::string_view rest) {
  rest = StripSeparators(rest);
  const std::vector<std::string_view> words = Words(rest);
  size_t first = 0;
  const auto& furniture = FurnitureWords();
  while (first < words.size() && furniture.count(Lower(words[first]))) {
    ++first;
  }
  if (first == words.size()) return {};
  const std::string_view name = rest.substr(
      words[first].data() - rest.data(),
      words.back().data() + words.back().size() - words[first].data());
  return LooksLikeOutletName(name) ? std::string(name) : std::string();
}

std::string OutletFromByline(std::string_view line) {
  line = Trim(line);
  if (line.size() < 3 || Lower(line.substr(0, 3)) != "by ") return {};
  // Fields after the author's: "Fellow and Director of X - The Outlet".
  size_t bar = line.find('|');
  while (bar != std::string_view::npos) {
    const size_t next = line.find('|', bar + 1);
    const std::string_view field = Trim(line.substr(
        bar + 1, next == std::string_view::npos ? std::string_view::npos
                                                : next - bar - 1));
    const size_t dash = AfterLastDash(field);
    if (dash > 0) {
      const std::string_view name = Trim(field.substr(dash));
      if (LooksLikeOutletName(name)) return std::string(name);
    }
    bar = next;
  }
  return {};
}

}  // namespace precis
