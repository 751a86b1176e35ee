// Copyright 2026 The precis Authors.
//
// ROUGE as the ROUGE-1.5.5 Perl script computes it (C.-Y. Lin, "ROUGE: A
// Package for Automatic Evaluation of Summaries", 2004), detail for detail:
//
// - R = hits / reference count and P = hits / candidate count are rounded to
//   5 decimals (sprintf "%7.5f") and F = P·R / ((1-alpha)·P + alpha·R) is
//   computed from the rounded values, then rounded;
// - -f A pools hits and counts over the references; -f B keeps those of the
//   reference with the best rounded recall (ROUGE-L/W: unrounded), the
//   first one on ties;
// - ROUGE-L is the summary-level union LCS of each reference sentence with
//   every candidate sentence, clipped by the unigram counts of the whole
//   texts; its P divides by the candidate's token count;
// - ROUGE-W's counts are raised to the weight twice for the reference (its
//   sentences' lengths, then their sum) and once for the candidate, and R
//   and P are (hits / count)^(1/weight);
// - ROUGE-SU's unigrams are those of every token but the last;
// - n-grams and skip-bigrams run across sentence boundaries.

#include "eval/rouge155_scorer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace precis::rouge {
namespace {

std::string FormatWeight(double w) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%g", w);
  return buf;
}

// The unigram counts of `ids` into `counts` (by token id).
void CountInto(std::span<const uint32_t> ids, std::vector<int32_t>* counts) {
  for (uint32_t id : ids) ++(*counts)[id];
}
void Uncount(std::span<const uint32_t> ids, std::vector<int32_t>* counts) {
  for (uint32_t id : ids) (*counts)[id] = 0;
}

}  // namespace

double Round5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%7.5f", x);
  return std::strtod(buf, nullptr);
}

Rouge155Scorer::Rouge155Scorer(const RougeOptions& options)
    : options_(options),
      mapper_(options.stem ? Stemming::kRouge155 : Stemming::kNone,
              options.remove_stopwords),
      tables_(std::max(options.max_n, 2) + 1) {
  for (int n = 1; n <= options_.max_n; ++n) {
    names_.push_back("ROUGE-" + std::to_string(n));
  }
  if (options_.lcs) names_.push_back("ROUGE-L");
  if (options_.wlcs)
    names_.push_back("ROUGE-W-" + FormatWeight(options_.wlcs_weight));
  const std::string distance =
      options_.skip_distance < 0 ? "*" : std::to_string(options_.skip_distance);
  if (options_.skip_bigram) names_.push_back("ROUGE-S" + distance);
  if (options_.skip_unigram) names_.push_back("ROUGE-SU" + distance);
}

void Rouge155Scorer::Prepare(std::string_view text, Summary* s) {
  reader_.Read(text, options_.word_limit, options_.byte_limit);
  s->sentences.Clear();
  for (const std::string_view sentence : reader_.sentences()) {
    ForEachRouge155Token(sentence, &scratch_, [&](std::string_view token) {
      mapper_.Append(token, &s->sentences.ids);
    });
    s->sentences.EndSentence();
  }
  s->joined.Clear();
  if (options_.byte_limit > 0) {
    for (const std::string_view piece : reader_.joined()) {
      ForEachRouge155Token(piece, &scratch_, [&](std::string_view token) {
        mapper_.Append(token, &s->joined.ids);
      });
    }
  } else {  // both readers see the same text
    s->joined.ids = s->sentences.ids;
  }
  s->joined.EndSentence();

  const std::span<const uint32_t> tokens = s->joined.ids;
  s->ngrams.resize(options_.max_n + 1);
  if (options_.max_n >= 1) s->ngrams[1].assign(tokens.begin(), tokens.end());
  for (int n = 2; n <= options_.max_n; ++n) {
    ExtendNgrams(s->ngrams[n - 1], tokens, n, &tables_[n], &s->ngrams[n]);
  }
  if (options_.skip_bigram || options_.skip_unigram) {
    SkipBigrams(tokens, options_.skip_distance, &tables_[2], &s->skip_bigrams);
  }
}

void Rouge155Scorer::Pool::Add(RougeCombine combine, double score, double h,
                               double r, double c) {
  if (combine == RougeCombine::kAverage) {
    hits += h, ref_count += r, cand_count += c;
  } else if (score > best) {
    best = score;
    hits = h, ref_count = r, cand_count = c;
  }
}

double Rouge155Scorer::LcsHits(const Summary& ref, const Summary& cand,
                               bool weighted) {
  const size_t vocabulary = mapper_.size();
  if (ref_counts_.size() < vocabulary) {
    ref_counts_.resize(vocabulary, 0);
    cand_counts_.resize(vocabulary, 0);
  }
  CountInto(ref.joined.ids, &ref_counts_);
  CountInto(cand.joined.ids, &cand_counts_);
  const double hits =
      weighted ? lcs_.UnionWeightedLcsHits(ref.sentences, cand.sentences,
                                           options_.wlcs_weight, ref_counts_,
                                           cand_counts_)
               : static_cast<double>(lcs_.UnionLcsHits(
                     ref.sentences, cand.sentences, ref_counts_, cand_counts_));
  Uncount(ref.joined.ids, &ref_counts_);
  Uncount(cand.joined.ids, &cand_counts_);
  return hits;
}

void Rouge155Scorer::Compare(const Summary& ref, const Summary& cand,
                             std::vector<Pool>* pools) {
  const RougeCombine combine = options_.combine;
  size_t k = 0;
  // The score -f B compares: rounded recall, 0 without reference n-grams.
  auto recall = [](double hits, double count) {
    return count != 0 ? Round5(hits / count) : 0.0;
  };
  for (int n = 1; n <= options_.max_n; ++n) {
    const double hits = overlap_.Overlap(ref.ngrams[n], cand.ngrams[n]);
    const double r = ref.ngrams[n].size(), c = cand.ngrams[n].size();
    (*pools)[k++].Add(combine, recall(hits, r), hits, r, c);
  }
  if (options_.lcs) {
    const double hits = LcsHits(ref, cand, false);
    const double r = ref.sentences.ids.size();
    const double c = cand.joined.ids.size();
    (*pools)[k++].Add(combine, r > 0 ? hits / r : 0, hits, r, c);
  }
  if (options_.wlcs) {
    const double w = options_.wlcs_weight;
    const double hits = LcsHits(ref, cand, true);
    double base = 0;
    for (size_t i = 0; i < ref.sentences.sentences(); ++i) {
      base +=
          std::pow(static_cast<double>(ref.sentences.Sentence(i).size()), w);
    }
    const double score = base > 0 ? std::pow(hits / base, 1 / w) : 0;
    (*pools)[k++].Add(combine, score, hits, std::pow(base, w),
                      std::pow(static_cast<double>(cand.joined.ids.size()), w));
  }
  if (options_.skip_bigram || options_.skip_unigram) {
    const double hits = overlap_.Overlap(ref.skip_bigrams, cand.skip_bigrams);
    const double r = ref.skip_bigrams.size(), c = cand.skip_bigrams.size();
    if (options_.skip_bigram) {
      (*pools)[k++].Add(combine, recall(hits, r), hits, r, c);
    }
    if (options_.skip_unigram) {
      // Unigrams of every token but the last, as the script's loop runs.
      const std::span<const uint32_t> rt = ref.joined.ids, ct = cand.joined.ids;
      const auto all_but_last = [](std::span<const uint32_t> t) {
        return t.empty() ? t : t.first(t.size() - 1);
      };
      const double uni_hits =
          overlap_.Overlap(all_but_last(rt), all_but_last(ct));
      const double ur = all_but_last(rt).size(), uc = all_but_last(ct).size();
      (*pools)[k++].Add(combine, recall(hits + uni_hits, r + ur),
                        hits + uni_hits, r + ur, c + uc);
    }
  }
}

RougeValue Rouge155Scorer::Finish(const Pool& pool, bool weighted) const {
  const double w = options_.wlcs_weight;
  auto ratio = [&](double count) {
    if (count == 0) return 0.0;
    const double x = pool.hits / count;
    return Round5(weighted ? std::pow(x, 1 / w) : x);
  };
  RougeValue v;
  v.recall = ratio(pool.ref_count);
  v.precision = ratio(pool.cand_count);
  const double a = options_.alpha;
  const double denominator = (1 - a) * v.precision + a * v.recall;
  v.f = denominator > 0 ? Round5(v.precision * v.recall / denominator) : 0;
  return v;
}

RougeScores Rouge155Scorer::Score(
    std::string_view candidate, std::span<const std::string_view> references) {
  // Fresh n-gram ids for each case keep the tables and count arrays small.
  for (PairTable& t : tables_) t.Clear();
  Prepare(candidate, &cand_);
  if (refs_.size() < references.size()) refs_.resize(references.size());
  std::vector<Pool> pools(names_.size());
  for (size_t i = 0; i < references.size(); ++i) {
    Prepare(references[i], &refs_[i]);
    Compare(refs_[i], cand_, &pools);
  }
  RougeScores scores(names_.size());
  const size_t w_index =
      options_.wlcs ? options_.max_n + (options_.lcs ? 1 : 0) : names_.size();
  for (size_t k = 0; k < names_.size(); ++k) {
    scores[k].name = names_[k];
    scores[k].value = Finish(pools[k], k == w_index);
  }
  return scores;
}

}  // namespace precis::rouge
