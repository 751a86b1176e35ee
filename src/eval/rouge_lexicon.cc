// Copyright 2026 The precis Authors.

#include "eval/rouge_lexicon.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace precis::data {
extern const std::string_view kRougeStopWords;
extern const std::string_view kRougeWordNetExceptions;
}  // namespace precis::data

namespace precis::rouge {
namespace {

// Calls f(line) for each line of `text` that is not empty and is not a
// "#" comment.
template <typename F>
void ForEachLine(std::string_view text, F f) {
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text =
        nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] != '#') f(line);
  }
}

const std::unordered_set<std::string_view>& StopWords() {
  static const auto* words = [] {
    auto* set = new std::unordered_set<std::string_view>();
    ForEachLine(data::kRougeStopWords,
                [&](std::string_view w) { set->insert(w); });
    return set;
  }();
  return *words;
}

const std::unordered_map<std::string_view, std::string_view>& Exceptions() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, std::string_view>();
    ForEachLine(data::kRougeWordNetExceptions, [&](std::string_view line) {
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      (*map)[line.substr(0, tab)] = line.substr(tab + 1);
    });
    return map;
  }();
  return *table;
}

}  // namespace

bool IsRouge155StopWord(std::string_view lower_word) {
  return StopWords().count(lower_word) != 0;
}

std::optional<std::string_view> WordNetException(std::string_view lower_word) {
  const auto& table = Exceptions();
  const auto it = table.find(lower_word);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

size_t Rouge155StopWordCount() { return StopWords().size(); }
size_t WordNetExceptionCount() { return Exceptions().size(); }

}  // namespace precis::rouge
