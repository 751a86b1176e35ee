// Copyright 2026 The precis Authors.

#include "analyze/brief_quality.h"

#include <string_view>

#include "summarize/coherence.h"

namespace precis {
namespace {

// Only white space between `a`'s end and `b`'s begin in `text`.
bool Adjacent(std::string_view text, Span a, Span b) {
  if (a.end > b.begin || b.begin > text.size()) return false;
  for (uint32_t i = a.end; i < b.begin; ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return false;
  }
  return true;
}

}  // namespace

BriefCounts& BriefCounts::operator+=(const BriefCounts& o) {
  clusters += o.clusters;
  summary_sentences += o.summary_sentences;
  dangling += o.dangling;
  quotes += o.quotes;
  pronoun_speakers += o.pronoun_speakers;
  articles += o.articles;
  named_outlets += o.named_outlets;
  timeline += o.timeline;
  return *this;
}

BriefCounts CountBrief(const Cluster& cluster, const Brief& brief) {
  BriefCounts c;
  c.clusters = 1;
  const auto& sentences = brief.summary.sentences;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const SummarySentence& s = sentences[i];
    const std::string_view text = cluster.articles[s.article].text;
    const std::string_view sentence = s.span.In(text);
    ++c.summary_sentences;
    const bool needs =
        OpenerOf(sentence) != Opener::kFree || OpensWithPronoun(sentence);
    const bool carried = i > 0 && sentences[i - 1].article == s.article &&
                         Adjacent(text, sentences[i - 1].span, s.span);
    c.dangling += needs && !carried;
  }
  for (const BriefQuote& q : brief.quotes) {
    ++c.quotes;
    c.pronoun_speakers += SpeakerIsPronoun(q.quote);
  }
  for (const Article& a : cluster.articles) {
    ++c.articles;
    c.named_outlets += !a.source.empty();
  }
  c.timeline = brief.timeline.size();
  return c;
}

}  // namespace precis
