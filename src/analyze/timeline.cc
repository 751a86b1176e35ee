// Copyright 2026 The precis Authors.

#include "precis/timeline.h"

#include <algorithm>
#include <set>
#include <string>

#include "precis/sentence_splitter.h"
#include "precis/time_expressions.h"
#include "precis/tokenizer.h"

namespace precis {
namespace {

// More specific values first: a day beats a week, month, quarter or year.
int Specificity(const std::string& v) {
  if (v.size() == 10) return 4;                               // YYYY-MM-DD
  if (v.size() >= 8 && v[5] == 'W') return 3;                 // YYYY-Www
  if (v.size() == 7 && v[5] >= '0' && v[5] <= '9') return 2;  // YYYY-MM
  if (v.size() == 7 && v[5] == 'Q') return 1;                 // YYYY-Qn
  return 0;                                                   // YYYY, ...
}

bool IsCalendarValue(const std::string& v) {
  return v.size() >= 4 && v[0] >= '0' && v[0] <= '9' &&
         v.find('X') == std::string::npos;
}

struct Candidate {
  TimelineEvent event;
  uint32_t position;            // sentence index in its article
  std::set<std::string> words;  // lower-case words of 3+ letters
};

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (const std::string& w : a) common += b.count(w);
  return static_cast<double>(common) / (a.size() + b.size() - common);
}

}  // namespace

std::vector<TimelineEvent> BuildTimeline(const Cluster& cluster,
                                         const TimelineOptions& options) {
  const std::vector<CleanedArticle> cleaned =
      CleanArticles(cluster.articles, options.clean);
  std::vector<Candidate> candidates;
  std::vector<Token> tokens;
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    const Article& article = cluster.articles[a];
    const CivilDate ref = CivilDate::Parse(article.published);
    uint32_t position = 0;
    for (const Span& block : cleaned[a].blocks) {
      tokens.clear();
      const auto sentences =
          SplitSentences(block.In(article.text), {}, block.begin, &tokens);
      size_t t = 0;
      for (const Sentence& s : sentences) {
        ++position;
        std::set<std::string> words;
        size_t count = 0;
        while (t < tokens.size() && tokens[t].span.begin < s.span.end) {
          const Token& tok = tokens[t++];
          if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kNumber) {
            continue;
          }
          ++count;
          std::string w(tok.span.In(article.text));
          for (char& c : w) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
          }
          if (w.size() >= 3) words.insert(std::move(w));
        }
        if (!s.terminated || count < options.min_words) continue;
        const std::string_view text = s.span.In(article.text);
        const TimeExpression* best = nullptr;
        const auto found = FindTimeExpressions(text, ref, s.span.begin);
        for (const TimeExpression& e : found) {
          if (e.type != TimexType::kDate && e.type != TimexType::kTime)
            continue;
          if (!e.resolved || !IsCalendarValue(e.value)) continue;
          if (best == nullptr ||
              Specificity(e.value) > Specificity(best->value)) {
            best = &e;
          }
        }
        if (best == nullptr) continue;
        Candidate c;
        c.event.date = best->value.substr(0, best->value.find('T'));
        c.event.article = a;
        c.event.sentence = s.span;
        c.event.expression = best->span;
        c.event.sources = {a};
        c.position = position;
        c.words = std::move(words);
        candidates.push_back(std::move(c));
      }
    }
  }
  // Merge same-date candidates that say much the same, keeping the first.
  std::vector<bool> merged(candidates.size(), false);
  std::vector<TimelineEvent> events;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (merged[i]) continue;
    TimelineEvent e = candidates[i].event;
    for (size_t j = i + 1; j < candidates.size(); ++j) {
      if (merged[j] || candidates[j].event.date != e.date) continue;
      if (Jaccard(candidates[i].words, candidates[j].words) <
          options.merge_similarity) {
        continue;
      }
      merged[j] = true;
      const uint32_t src = candidates[j].event.article;
      if (std::find(e.sources.begin(), e.sources.end(), src) ==
          e.sources.end()) {
        e.sources.push_back(src);
      }
    }
    std::sort(e.sources.begin(), e.sources.end());
    events.push_back(std::move(e));
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const TimelineEvent& x, const TimelineEvent& y) {
                     return x.date < y.date;
                   });
  return events;
}

}  // namespace precis
