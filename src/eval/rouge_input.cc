// Copyright 2026 The precis Authors.

#include "eval/rouge_input.h"

#include <unordered_map>

#include "base/utf8.h"
#include "nlohmann/json.hpp"

namespace precis {
namespace {

Status LineError(const std::string& file, size_t line,
                 const std::string& what) {
  return Status::BadInput(file + ":" + std::to_string(line) + ": " + what);
}

// The 1-based line of the first invalid UTF-8 byte of `text`, or 0.
size_t FirstBadUtf8Line(std::string_view text) {
  size_t line = 1;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const size_t n = DecodeUtf8(text, i, &cp);
    if (cp == kReplacementChar && n == 1) return line;
    if (text[i] == '\n') ++line;
    i += n;
  }
  return 0;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
        c != '\v') {
      return false;
    }
  }
  return true;
}

struct Entry {
  std::string id;
  size_t line = 0;
  std::vector<std::string> texts;
};

// Reads one JSONL text; `references` allows the "references" list.
Result<std::vector<Entry>> ReadEntries(std::string_view text,
                                       const std::string& name,
                                       bool references) {
  std::vector<Entry> entries;
  std::unordered_map<std::string, size_t> seen;  // id -> line
  size_t line_no = 0;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text =
        nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (IsBlank(line)) continue;
    if (!IsValidUtf8(line)) return LineError(name, line_no, "not valid UTF-8");
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      return LineError(name, line_no, "not a JSON object");
    }
    Entry e;
    e.line = line_no;
    const auto id = j.find("id");
    if (id == j.end() || !(id->is_string() || id->is_number_integer())) {
      return LineError(name, line_no, "no \"id\" (a string)");
    }
    e.id = id->is_string() ? id->get<std::string>() : id->dump();
    if (const auto it = seen.find(e.id); it != seen.end()) {
      return LineError(
          name, line_no,
          "id \"" + e.id + "\" repeats line " + std::to_string(it->second));
    }
    seen.emplace(e.id, line_no);
    const auto summary = j.find("summary");
    const auto list = j.find("references");
    if (references && list != j.end()) {
      if (!list->is_array() || list->empty()) {
        return LineError(name, line_no,
                         "\"references\" must be a non-empty list of strings");
      }
      for (const auto& r : *list) {
        if (!r.is_string()) {
          return LineError(name, line_no, "\"references\" holds a non-string");
        }
        e.texts.push_back(r.get<std::string>());
      }
    } else if (summary != j.end() && summary->is_string()) {
      e.texts.push_back(summary->get<std::string>());
    } else {
      return LineError(name, line_no,
                       references ? "no \"summary\" or \"references\""
                                  : "no \"summary\" (a string)");
    }
    for (const std::string& t : e.texts) {
      if (IsBlank(t)) {
        return LineError(name, line_no,
                         "empty summary for id \"" + e.id + "\"");
      }
    }
    entries.push_back(std::move(e));
  }
  if (entries.empty()) return Status::BadInput(name + ": no summaries");
  return entries;
}

// "<file>:<line>: id "x" is not in <other>" for the first unmatched entry,
// with a count of the others.
Status Unmatched(const std::vector<const Entry*>& missing,
                 const std::string& name, const std::string& other,
                 const char* what) {
  std::string message = name + ":" + std::to_string(missing[0]->line) +
                        ": id \"" + missing[0]->id + "\" has no " + what +
                        " in " + other;
  if (missing.size() > 1) {
    message += " (nor do " + std::to_string(missing.size() - 1) + " more)";
  }
  return Status::BadInput(message);
}

}  // namespace

Result<std::vector<RougeInputCase>> ParseRougeJsonl(
    std::string_view candidates, const std::string& candidates_name,
    std::string_view references, const std::string& references_name) {
  PRECIS_ASSIGN_OR_RETURN(auto cands,
                          ReadEntries(candidates, candidates_name, false));
  PRECIS_ASSIGN_OR_RETURN(auto refs,
                          ReadEntries(references, references_name, true));
  std::unordered_map<std::string, size_t> ref_index;
  for (size_t i = 0; i < refs.size(); ++i) ref_index.emplace(refs[i].id, i);
  std::vector<const Entry*> no_reference;
  std::vector<char> used(refs.size(), 0);
  std::vector<RougeInputCase> cases;
  for (Entry& c : cands) {
    const auto it = ref_index.find(c.id);
    if (it == ref_index.end()) {
      no_reference.push_back(&c);
      continue;
    }
    used[it->second] = 1;
    cases.push_back(
        {c.id, std::move(c.texts[0]), std::move(refs[it->second].texts)});
  }
  if (cases.empty()) {
    return Status::BadInput("no id of " + candidates_name + " is in " +
                            references_name + ": nothing to score");
  }
  if (!no_reference.empty()) {
    return Unmatched(no_reference, candidates_name, references_name,
                     "reference");
  }
  std::vector<const Entry*> no_candidate;
  for (size_t i = 0; i < refs.size(); ++i) {
    if (!used[i]) no_candidate.push_back(&refs[i]);
  }
  if (!no_candidate.empty()) {
    return Unmatched(no_candidate, references_name, candidates_name,
                     "candidate");
  }
  return cases;
}

Result<RougeInputCase> MakeRougeCase(
    std::string candidate, const std::string& candidate_name,
    std::vector<std::string> references,
    const std::vector<std::string>& reference_names) {
  auto check = [](const std::string& text, const std::string& name) {
    if (const size_t line = FirstBadUtf8Line(text)) {
      return LineError(name, line, "not valid UTF-8");
    }
    if (IsBlank(text)) return Status::BadInput(name + ": empty summary");
    return Status::OK();
  };
  PRECIS_RETURN_IF_ERROR(check(candidate, candidate_name));
  if (references.empty()) return Status::InvalidArgument("no reference given");
  for (size_t i = 0; i < references.size(); ++i) {
    PRECIS_RETURN_IF_ERROR(check(references[i], reference_names[i]));
  }
  RougeInputCase c;
  c.id = candidate_name;
  c.candidate = std::move(candidate);
  c.references = std::move(references);
  return c;
}

}  // namespace precis
