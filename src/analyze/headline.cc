// Copyright 2026 The precis Authors.

#include "precis/headline.h"

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "precis/sentence_splitter.h"
#include "precis/stemmer.h"
#include "precis/tokenizer.h"
#include "represent/fold.h"

namespace precis {
namespace {

// How far into a body its lead sentences are looked for.
constexpr size_t kLeadBytes = 2048;

using StemSet = std::unordered_set<std::string>;

class Terms {
 public:
  explicit Terms(const std::string& language)
      : stop_(StopWords::ForLanguage(language)) {
    auto stemmer = Stemmer::Create(language);
    if (stemmer.ok()) stemmer_ = std::move(stemmer).value();
  }

  // Adds the content stems of `text` to *out; returns how many content
  // words it read.
  size_t Add(std::string_view text, StemSet* out) {
    tokens_.clear();
    Tokenize(text, &tokens_);
    size_t words = 0;
    for (const Token& t : tokens_) {
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
      FoldCase(t.span.In(text), &folded_);
      StripPossessive(&folded_);
      if (folded_.empty() || stop_.Contains(folded_)) continue;
      ++words;
      out->insert(stemmer_ ? std::string(stemmer_->Stem(folded_)) : folded_);
    }
    return words;
  }

 private:
  const StopWords& stop_;
  std::unique_ptr<Stemmer> stemmer_;
  std::vector<Token> tokens_;
  std::string folded_;
};

struct Candidate {
  std::string text;
  uint32_t article = 0;
  bool from_title = false;
  Span span;
  StemSet stems;
  size_t words = 0;
  double score = 0;
};

// The first `n` sentences of the article's body, within kLeadBytes.
std::vector<Span> LeadSentences(const Article& a, size_t n) {
  std::vector<Span> out;
  const size_t begin = std::min<size_t>(a.body_begin, a.text.size());
  std::string_view body = std::string_view(a.text).substr(begin, kLeadBytes);
  for (const Sentence& s :
       SplitSentences(body, {}, static_cast<uint32_t>(begin))) {
    if (out.size() >= n) break;
    // A fragment at the cut or a label ("Getty Images") leads nothing.
    if (!s.terminated) continue;
    out.push_back(s.span);
  }
  return out;
}

}  // namespace

Headline ChooseHeadline(const Cluster& cluster,
                        const HeadlineOptions& options) {
  Terms terms(options.language);
  const size_t n = cluster.articles.size();
  std::vector<StemSet> leads(n);
  std::vector<Span> first(n);
  for (size_t i = 0; i < n; ++i) {
    const Article& a = cluster.articles[i];
    terms.Add(a.title, &leads[i]);
    const std::vector<Span> lead = LeadSentences(a, options.lead_sentences);
    for (const Span& s : lead) terms.Add(s.In(a.text), &leads[i]);
    if (!lead.empty()) first[i] = lead.front();
  }
  auto score = [&](Candidate& c) {
    if (c.stems.empty()) return;
    double sum = 0;
    size_t others = 0;
    for (size_t j = 0; j < n; ++j) {
      if (j == c.article) continue;
      size_t shared = 0;
      for (const std::string& s : c.stems) shared += leads[j].count(s);
      sum += static_cast<double>(shared) / c.stems.size();
      ++others;
    }
    c.score = others == 0 ? 1.0 : sum / others;
  };
  auto better = [](const Candidate& x, const Candidate& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.words != y.words) return x.words > y.words;
    return x.text < y.text;
  };

  std::vector<Candidate> titles, sentences;
  for (uint32_t i = 0; i < n; ++i) {
    const Article& a = cluster.articles[i];
    if (!a.title.empty()) {
      Candidate c;
      c.text = a.title;
      c.article = i;
      c.from_title = true;
      c.words = terms.Add(a.title, &c.stems);
      if (c.words >= options.min_title_words) {
        score(c);
        titles.push_back(std::move(c));
      }
    }
    if (!first[i].empty()) {
      Candidate c;
      c.text = std::string(first[i].In(a.text));
      c.article = i;
      c.span = first[i];
      c.words = terms.Add(c.text, &c.stems);
      score(c);
      sentences.push_back(std::move(c));
    }
  }
  const std::vector<Candidate>& pool = titles.empty() ? sentences : titles;
  Headline h;
  if (pool.empty()) return h;
  const Candidate& best = *std::min_element(pool.begin(), pool.end(), better);
  h.text = best.text;
  h.article = static_cast<int32_t>(best.article);
  h.from_title = best.from_title;
  h.span = best.span;
  h.score = best.score;
  return h;
}

}  // namespace precis
