// Copyright 2026 The precis Authors.
//
// libFuzzer target for BuildBrief and BriefToJson, and so for all of
// src/analyze as `precis brief` runs it: boilerplate removal, NER tagging,
// repeated names and entity linking, quotes and their speakers, time
// expressions and the timeline, near-duplicates, the headline and the
// developments. The first byte picks the budget in words (1 to 64), whether
// entities are tagged and whether the articles form two events; the rest,
// split at 0x1E bytes, is up to 8 articles (fuzz_input.h). Aborts when a
// brief breaks its contract: every span inside its article, every article
// index in range, the JSON form valid JSON; a failure must carry a message.
//
//   brief_fuzz -max_len=16384 -timeout=20 CORPUS_DIR

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_input.h"
#include "nlohmann/json.hpp"
#include "precis/brief.h"

namespace {

using precis::fuzz::CheckSpan;

void CheckBrief(const precis::Cluster& c, const precis::Brief& b) {
  const size_t n = c.articles.size();
  auto size_of = [&](uint32_t article) {
    if (article >= n) std::abort();
    return c.articles[article].text.size();
  };
  for (const precis::SummarySentence& s : b.summary.sentences) {
    CheckSpan(s.span, size_of(s.article), false);
  }
  for (const precis::Entity& e : b.entities) {
    if (e.mentions.empty() || e.name.empty()) std::abort();
    for (const precis::EntityMention& m : e.mentions) {
      CheckSpan(m.span, size_of(m.article), false);
    }
  }
  for (const precis::BriefQuote& q : b.quotes) {
    const size_t size = size_of(q.article);
    CheckSpan(q.quote.content, size, false);
    CheckSpan(q.quote.cue, size);
    CheckSpan(q.quote.source, size);
    CheckSpan(q.quote.speaker_mention, size);
    for (const precis::Span& p : q.quote.parts) CheckSpan(p, size);
    if (q.quote.entity >= static_cast<int32_t>(b.entities.size())) {
      std::abort();
    }
    for (uint32_t s : q.sources) size_of(s);
  }
  for (const precis::TimelineEvent& e : b.timeline) {
    const size_t size = size_of(e.article);
    CheckSpan(e.sentence, size, false);
    if (!e.sentence.Contains(e.expression)) std::abort();
    for (const precis::EventMention& m : e.mentions) {
      CheckSpan(m.sentence, size_of(m.article), false);
    }
  }
  for (const auto& group : b.duplicates) {
    for (uint32_t a : group) size_of(a);
  }
  if (b.headline.article >= static_cast<int32_t>(n)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  precis::BriefOptions options;
  options.summary.budget = {precis::Budget::Unit::kWords, 1 + (data[0] & 63u)};
  options.entities = (data[0] & 64u) == 0;
  const precis::Cluster cluster = precis::fuzz::SplitArticles(
      std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), 8);
  if ((data[0] & 128u) != 0 && cluster.articles.size() >= 2) {
    options.events.resize(2);
    for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
      options.events[a % 2].push_back(a);
    }
  }
  auto brief = precis::BuildBrief(cluster, options);
  if (!brief.ok()) {
    if (brief.status().message().empty()) std::abort();
    return 0;
  }
  CheckBrief(cluster, *brief);
  const std::string json = precis::BriefToJson(cluster, *brief);
  if (!nlohmann::json::accept(json)) std::abort();
  return 0;
}
