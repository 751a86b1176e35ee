// Copyright 2026 The precis Authors.
//
// The inputs of `precis rouge`: candidates and references as JSON lines,
// paired by id, or plain-text files for a single case.

#ifndef PRECIS_EVAL_ROUGE_INPUT_H_
#define PRECIS_EVAL_ROUGE_INPUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis {

// One candidate with its references.
struct RougeInputCase {
  std::string id;
  std::string candidate;
  std::vector<std::string> references;
};

// Pairs two JSONL texts by id: candidates have "id" and "summary";
// references have "id" and either "summary" (one reference) or
// "references" (a list). Blank lines are skipped. Cases come in the order of
// the candidates. Fails with BadInput, naming the file and line, on a line
// that is not valid UTF-8 or not a JSON object, a missing or repeated id, a
// missing or empty (white space only) summary, a candidate id without
// references or a reference id without a candidate, and when there is no
// case at all. `*_name` is how messages name each file.
Result<std::vector<RougeInputCase>> ParseRougeJsonl(
    std::string_view candidates, const std::string& candidates_name,
    std::string_view references, const std::string& references_name);

// One case from plain texts (one sentence a line). Fails with BadInput,
// naming the file and line, on invalid UTF-8 or an empty text.
Result<RougeInputCase> MakeRougeCase(
    std::string candidate, const std::string& candidate_name,
    std::vector<std::string> references,
    const std::vector<std::string>& reference_names);

}  // namespace precis

#endif  // PRECIS_EVAL_ROUGE_INPUT_H_
