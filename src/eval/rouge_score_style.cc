// Copyright 2026 The precis Authors.
//
// ROUGE as Google's rouge-score (v0.1.2, rouge_scorer.py) computes it:
// tokens are runs of [a-z0-9] after str.lower(), stemmed with NLTK's Porter
// stemmer when longer than 3 characters; rougeN counts clipped n-gram
// overlaps, P = hits / max(candidate n-grams, 1), R likewise, F = 2PR/(P+R);
// rougeL is the LCS of the whole token lists; rougeLsum splits both texts on
// "\n", drops empty lines and takes the union LCS of each reference line with
// every candidate line, clipped by the unigram counts of the lines.

#include "eval/rouge_score_style.h"

#include <algorithm>

namespace precis::rouge {
namespace {

RougeValue FromPrecisionRecall(double p, double r) {
  RougeValue v;
  v.precision = p;
  v.recall = r;
  v.f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  return v;
}

}  // namespace

RougeScoreStyleScorer::RougeScoreStyleScorer(const RougeOptions& options)
    : options_(options),
      mapper_(options.stem ? Stemming::kNltk : Stemming::kNone, false),
      tables_(std::max(options.max_n, 2) + 1) {
  for (int n = 1; n <= options_.max_n; ++n) {
    names_.push_back("rouge" + std::to_string(n));
  }
  if (options_.lcs) names_.push_back("rougeL");
  if (options_.summary_lcs) names_.push_back("rougeLsum");
}

void RougeScoreStyleScorer::Prepare(std::string_view text, Text* t) {
  t->tokens.clear();
  ForEachRougeScoreToken(text, &scratch_, [&](std::string_view token) {
    t->tokens.push_back(mapper_.Map(token));
  });
  if (options_.summary_lcs) {
    t->lines.Clear();
    while (!text.empty()) {
      const size_t nl = text.find('\n');
      const std::string_view line = text.substr(0, nl);
      text = nl == std::string_view::npos ? std::string_view()
                                          : text.substr(nl + 1);
      if (line.empty()) continue;
      ForEachRougeScoreToken(line, &scratch_, [&](std::string_view token) {
        t->lines.ids.push_back(mapper_.Map(token));
      });
      t->lines.EndSentence();
    }
  }
  t->ngrams.resize(options_.max_n + 1);
  for (int n = 2; n <= options_.max_n; ++n) {
    const std::span<const uint32_t> prev =
        n == 2 ? std::span<const uint32_t>(t->tokens) : t->ngrams[n - 1];
    ExtendNgrams(prev, t->tokens, n, &tables_[n], &t->ngrams[n]);
  }
}

RougeValue RougeScoreStyleScorer::SummaryLcs(const Text& ref,
                                             const Text& cand) {
  const size_t m = ref.lines.ids.size(), n = cand.lines.ids.size();
  if (m == 0 || n == 0) return RougeValue();
  const size_t vocabulary = mapper_.size();
  if (ref_counts_.size() < vocabulary) {
    ref_counts_.resize(vocabulary, 0);
    cand_counts_.resize(vocabulary, 0);
  }
  for (uint32_t id : ref.lines.ids) ++ref_counts_[id];
  for (uint32_t id : cand.lines.ids) ++cand_counts_[id];
  const double hits = static_cast<double>(
      lcs_.UnionLcsHits(ref.lines, cand.lines, ref_counts_, cand_counts_));
  for (uint32_t id : ref.lines.ids) ref_counts_[id] = 0;
  for (uint32_t id : cand.lines.ids) cand_counts_[id] = 0;
  return FromPrecisionRecall(hits / n, hits / m);
}

void RougeScoreStyleScorer::Compare(const Text& ref, const Text& cand,
                                    RougeScores* out) {
  size_t k = 0;
  for (int n = 1; n <= options_.max_n; ++n) {
    const std::span<const uint32_t> r =
        n == 1 ? std::span<const uint32_t>(ref.tokens) : ref.ngrams[n];
    const std::span<const uint32_t> c =
        n == 1 ? std::span<const uint32_t>(cand.tokens) : cand.ngrams[n];
    const double hits = overlap_.Overlap(r, c);
    (*out)[k++].value =
        FromPrecisionRecall(hits / std::max<size_t>(c.size(), 1),
                            hits / std::max<size_t>(r.size(), 1));
  }
  if (options_.lcs) {
    const size_t m = ref.tokens.size(), n = cand.tokens.size();
    RougeValue v;
    if (m > 0 && n > 0) {
      const double lcs = lcs_.Length(ref.tokens, cand.tokens);
      v = FromPrecisionRecall(lcs / n, lcs / m);
    }
    (*out)[k++].value = v;
  }
  if (options_.summary_lcs) (*out)[k++].value = SummaryLcs(ref, cand);
}

RougeScores RougeScoreStyleScorer::Score(
    std::string_view candidate, std::span<const std::string_view> references) {
  for (PairTable& t : tables_) t.Clear();
  Prepare(candidate, &cand_);
  RougeScores best(names_.size()), current(names_.size());
  for (size_t k = 0; k < names_.size(); ++k) best[k].name = names_[k];
  for (size_t i = 0; i < references.size(); ++i) {
    Prepare(references[i], &ref_);
    Compare(ref_, cand_, &current);
    for (size_t k = 0; k < names_.size(); ++k) {
      if (i == 0 || current[k].value.f > best[k].value.f) {
        best[k].value = current[k].value;
      }
    }
  }
  return best;
}

}  // namespace precis::rouge
