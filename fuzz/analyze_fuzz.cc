// Copyright 2026 The precis Authors.
//
// libFuzzer target for the analyzers of src/analyze one at a time, on any
// text: the low two bits of the first byte pick FindQuotes, FindTimeExpressions
// (with or without a reference date, durations and anaphora from the next
// bits) or the NER tagger with AddRepeatedNames and LinkEntities; the rest
// is the text, repaired to valid UTF-8 as the readers do (split at 0x1E
// bytes into up to 4 articles for the NER path). Aborts when a result
// breaks its contract: spans inside [base, base + size), in order and
// non-overlapping where the header promises it.
//
//   analyze_fuzz -max_len=16384 -timeout=20 CORPUS_DIR

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_input.h"
#include "precis/entities.h"
#include "precis/quotes.h"
#include "precis/time_expressions.h"

namespace {

using precis::Span;
using precis::fuzz::CheckSpan;

constexpr uint32_t kBase = 1000;

// `span` shifted back by kBase, checked inside a text of `size` bytes.
void CheckBased(const Span& span, size_t size, bool allow_empty = true) {
  if (span.empty() && allow_empty) return;
  if (span.begin < kBase) std::abort();
  CheckSpan({span.begin - kBase, span.end - kBase}, size, allow_empty);
}

void Quotes(const std::string& text) {
  const std::vector<precis::Quote> quotes = precis::FindQuotes(text, kBase);
  for (const precis::Quote& q : quotes) {
    CheckBased(q.content, text.size(), false);
    CheckBased(q.cue, text.size());
    CheckBased(q.source, text.size());
    CheckBased(q.speaker_mention, text.size());
    for (const Span& p : q.parts) {
      CheckBased(p, text.size());
      if (!q.content.Contains(p)) std::abort();
    }
  }
}

void Timex(const std::string& text, uint8_t control) {
  const precis::CivilDate reference = (control & 4u) != 0
                                          ? precis::CivilDate{2018, 4, 10}
                                          : precis::CivilDate{};
  precis::TimexOptions options;
  options.durations = (control & 8u) == 0;
  options.anaphora = (control & 16u) == 0;
  uint32_t last = kBase;
  for (const precis::TimeExpression& t :
       precis::FindTimeExpressions(text, reference, kBase, options)) {
    CheckBased(t.span, text.size(), false);
    if (t.span.begin < last) std::abort();  // in order, non-overlapping
    if (t.value.empty()) std::abort();
    last = t.span.end;
  }
}

void Entities(std::string_view input) {
  const precis::Cluster cluster = precis::fuzz::SplitArticles(input, 4);
  const std::vector<precis::Article>& articles = cluster.articles;
  std::vector<std::vector<precis::EntityMention>> mentions;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    mentions.push_back(precis::TagArticle(articles[a], a));
  }
  precis::AddRepeatedNames(articles, mentions);
  for (uint32_t a = 0; a < articles.size(); ++a) {
    uint32_t last = 0;
    for (const precis::EntityMention& m : mentions[a]) {
      CheckSpan(m.span, articles[a].text.size(), false);
      if (m.article != a || m.span.begin < last) std::abort();
      last = m.span.end;
    }
  }
  for (const precis::Entity& e : precis::LinkEntities(articles, mentions)) {
    if (e.mentions.empty() || e.name.empty() || e.rank == 0) std::abort();
    for (const precis::EntityMention& m : e.mentions) {
      if (m.article >= articles.size()) std::abort();
      CheckSpan(m.span, articles[m.article].text.size(), false);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t control = data[0];
  const std::string_view input(reinterpret_cast<const char*>(data) + 1,
                               size - 1);
  if ((control & 3u) == 2) {
    Entities(input);
    return 0;
  }
  std::string text;
  precis::RepairUtf8(input, &text, nullptr);
  if ((control & 3u) == 1) {
    Timex(text, control);
  } else {
    Quotes(text);
  }
  return 0;
}
