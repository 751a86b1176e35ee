// Copyright 2026 The precis Authors.

#include "eval/rouge155_text.h"

namespace precis::rouge {
namespace {

// Perl's \s on bytes.
bool IsPerlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// The fields of Perl's split(/\s+/, line): a leading empty field when the
// line starts with white space, no trailing empty ones.
void PerlSplit(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t i = 0;
  const size_t n = line.size();
  if (n > 0 && IsPerlSpace(line[0])) {
    while (i < n && IsPerlSpace(line[i])) ++i;
    if (i == n) return;  // all white space: no fields at all
    fields->push_back(line.substr(0, 0));
  }
  while (i < n) {
    const size_t begin = i;
    while (i < n && !IsPerlSpace(line[i])) ++i;
    fields->push_back(line.substr(begin, i - begin));
    while (i < n && IsPerlSpace(line[i])) ++i;
  }
}

// join(" ", first `k` fields), Perl's slice padding with empty fields.
std::string JoinFirst(const std::vector<std::string_view>& fields, size_t k) {
  std::string out;
  for (size_t i = 0; i < k; ++i) {
    if (i > 0) out += ' ';
    if (i < fields.size()) out += fields[i];
  }
  return out;
}

}  // namespace

void Rouge155Text::Read(std::string_view text, int word_limit, int byte_limit) {
  lines_.clear();
  joined_.clear();
  sentences_.clear();
  joined_tail_.clear();
  sentence_tail_.clear();
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text =
        nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty()) lines_.push_back(line);
  }
  if (word_limit > 0) {
    ReadWordLimited(word_limit);
  } else if (byte_limit > 0) {
    ReadByteLimited(byte_limit);
  } else {
    joined_ = lines_;
    sentences_ = lines_;
  }
}

void Rouge155Text::ReadWordLimited(int limit) {
  std::vector<std::string_view> fields;
  size_t taken = 0;
  for (const std::string_view line : lines_) {
    PerlSplit(line, &fields);
    if (taken + fields.size() < static_cast<size_t>(limit)) {
      joined_.push_back(line);
      sentences_.push_back(line);
      taken += fields.size();
      continue;
    }
    joined_tail_ = JoinFirst(fields, limit - taken);
    sentence_tail_ = joined_tail_;
    joined_.push_back(joined_tail_);
    sentences_.push_back(sentence_tail_);
    return;
  }
}

void Rouge155Text::ReadByteLimited(int limit) {
  const size_t max = static_cast<size_t>(limit);
  size_t taken = 0;
  for (const std::string_view line : lines_) {
    if (taken + line.size() < max) {
      joined_.push_back(line);
      taken += line.size();
      continue;
    }
    joined_tail_ = std::string(line.substr(0, max - taken));
    joined_.push_back(joined_tail_);
    break;
  }
  for (const std::string_view line : lines_) {
    if (line.size() < max) {
      sentences_.push_back(line);
      continue;
    }
    sentence_tail_ = std::string(line.substr(0, max));
    sentences_.push_back(sentence_tail_);
    break;
  }
}

}  // namespace precis::rouge
