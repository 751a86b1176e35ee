// Copyright 2026 The precis Authors.
//
// libFuzzer target for the summarizer and everything under it: boilerplate
// removal (line shapes and normalization, 16 and 64 bytes at a time), the
// sentence splitter, term interning, the stem cache, the concept solver and
// the similarity index. The first byte picks the budget in words (1 to 64)
// and the method (the default or lead); the rest, split at 0x1E bytes, is up
// to 16 articles, repaired to valid UTF-8 as the readers do. Aborts when a
// summary breaks the summarizer's contract: spans inside their article and
// on sentence bytes, other articles only in also_in, ascending, and the
// budget kept (no truncation asked); a failure must carry a message.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "precis/summarizer.h"
#include "precis/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  precis::SummarizeOptions options;
  options.budget = {precis::Budget::Unit::kWords, 1 + (data[0] & 63u)};
  options.method = (data[0] & 64u) != 0 ? "lead" : "concepts";
  const std::string_view input(reinterpret_cast<const char*>(data) + 1,
                               size - 1);
  precis::Cluster cluster;
  for (size_t begin = 0; begin <= input.size() && cluster.articles.size() < 16;) {
    size_t end = input.find('\x1e', begin);
    if (end == std::string_view::npos) end = input.size();
    precis::Article a;
    a.id = std::to_string(cluster.articles.size());
    precis::RepairUtf8(input.substr(begin, end - begin), &a.text, nullptr);
    cluster.articles.push_back(std::move(a));
    begin = end + 1;
  }
  auto summary = precis::Summarize(cluster, options);
  if (!summary.ok()) {
    if (summary.status().message().empty()) std::abort();
    return 0;
  }
  size_t words = 0;
  for (const precis::SummarySentence& s : summary->sentences) {
    if (s.article >= cluster.articles.size()) std::abort();
    const std::string& text = cluster.articles[s.article].text;
    if (s.span.begin >= s.span.end || s.span.end > text.size()) std::abort();
    uint32_t last = 0;
    for (size_t k = 0; k < s.also_in.size(); ++k) {
      const uint32_t o = s.also_in[k];
      if (o >= cluster.articles.size() || o == s.article) std::abort();
      if (k > 0 && o <= last) std::abort();
      last = o;
    }
    std::vector<precis::Token> tokens;
    precis::Tokenize(s.span.In(text), &tokens);
    for (const precis::Token& t : tokens) {
      words += t.kind == precis::TokenKind::kWord ||
               t.kind == precis::TokenKind::kNumber;
    }
  }
  if (words > options.budget.amount) std::abort();
  return 0;
}
