// Copyright 2026 The precis Authors.
//
// libFuzzer target for the readers of text, Multi-News and JSONL input (the
// HTML reader has html_fuzz.cc). The first byte picks the format (auto,
// text, multinews, jsonl), the rest is the input stream. Aborts when a read
// that succeeds breaks the reader's contract: every article's text valid
// UTF-8, body_begin <= text.size(), article ids unique within a cluster and
// cluster ids unique; a failure must carry a message.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "precis/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr precis::InputFormat kFormats[] = {
      precis::InputFormat::kAuto, precis::InputFormat::kText,
      precis::InputFormat::kMultiNews, precis::InputFormat::kJsonl};
  precis::ReadOptions options;
  options.format = kFormats[data[0] % 4];
  std::istringstream in(
      std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  precis::Diagnostics diagnostics;
  auto clusters = precis::ReadClusters(in, "fuzz", options, &diagnostics);
  if (!clusters.ok()) {
    if (clusters.status().message().empty()) std::abort();
    return 0;
  }
  std::set<std::string> cluster_ids;
  for (const precis::Cluster& c : *clusters) {
    if (!cluster_ids.insert(c.id).second) std::abort();
    std::set<std::string> ids;
    for (const precis::Article& a : c.articles) {
      if (!ids.insert(a.id).second) std::abort();
      if (a.body_begin > a.text.size()) std::abort();
      if (!precis::IsValidUtf8(a.text)) std::abort();
      if (!precis::IsValidUtf8(a.title)) std::abort();
    }
  }
  return 0;
}
