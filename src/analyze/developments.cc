// Copyright 2026 The precis Authors.

#include "analyze/developments.h"

#include <algorithm>
#include <set>
#include <string>

#include "precis/time_expressions.h"

namespace precis {
namespace {

// How far into a body a dateline or byline date is looked for, as the
// timeline does (TimelineOptions::dateline_bytes).
constexpr size_t kDatelineBytes = 600;

// The day of an ISO date or date-time, "" when it is not one.
std::string DayOf(const std::string& published) {
  const CivilDate d = CivilDate::Parse(published);
  if (!d.valid()) return "";
  return published.substr(0, 10);
}

// Full absolute dates (YYYY-MM-DD) in `text` from `from`: the first within
// kDatelineBytes, and the latest anywhere.
void TextDates(const Article& a, std::string* dateline, std::string* latest) {
  const size_t body = std::min<size_t>(a.body_begin, a.text.size());
  for (const TimeExpression& e :
       FindTimeExpressions(std::string_view(a.text).substr(body), CivilDate(),
                           static_cast<uint32_t>(body))) {
    if (e.type != TimexType::kDate || e.relative || e.value.size() != 10 ||
        !CivilDate::Parse(e.value).valid()) {
      continue;
    }
    if (dateline->empty() && e.span.begin < body + kDatelineBytes) {
      *dateline = e.value;
    }
    if (e.value > *latest) *latest = e.value;
  }
}

}  // namespace

std::vector<Development> BuildDevelopments(
    const Cluster& cluster, const std::vector<std::vector<uint32_t>>& events,
    const SummarizeOptions& options, size_t sentences) {
  std::vector<Development> out;
  const size_t n = cluster.articles.size();
  for (const std::vector<uint32_t>& group : events) {
    Development d;
    for (const uint32_t a : group) {
      if (a < n) d.articles.push_back(a);
    }
    std::sort(d.articles.begin(), d.articles.end());
    d.articles.erase(std::unique(d.articles.begin(), d.articles.end()),
                     d.articles.end());
    if (d.articles.empty()) continue;
    // The date: a publication date; else the text's.
    for (const uint32_t a : d.articles) {
      const std::string day = DayOf(cluster.articles[a].published);
      if (!day.empty() && (d.date.empty() || day < d.date)) d.date = day;
    }
    if (d.date.empty()) {
      std::string dateline, latest;
      for (const uint32_t a : d.articles) {
        std::string first, last;
        TextDates(cluster.articles[a], &first, &last);
        if (dateline.empty()) dateline = first;
        if (last > latest) latest = last;
      }
      d.date = dateline.empty() ? latest : dateline;
      d.inferred = !d.date.empty();
    }
    // Its sentences, from its own articles.
    Cluster sub;
    sub.id = cluster.id;
    for (const uint32_t a : d.articles) sub.articles.push_back(cluster.articles[a]);
    SummarizeOptions o = options;
    o.budget = {Budget::Unit::kSentences, sentences};
    auto summary = Summarize(sub, o);
    if (summary.ok()) {
      d.summary = std::move(summary).value();
      for (SummarySentence& s : d.summary.sentences) {
        s.article = d.articles[s.article];
        for (uint32_t& x : s.also_in) x = d.articles[x];
      }
    }
    std::set<std::string> outlets;
    for (const uint32_t a : d.articles) {
      const Article& x = cluster.articles[a];
      outlets.insert(x.source.empty() ? x.id : x.source);
    }
    d.outlets.assign(outlets.begin(), outlets.end());
    out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Development& x, const Development& y) {
                     if (x.date.empty() != y.date.empty()) {
                       return !x.date.empty();
                     }
                     return x.date < y.date;
                   });
  return out;
}

}  // namespace precis
