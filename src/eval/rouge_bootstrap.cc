// Copyright 2026 The precis Authors.
//
// Bootstrap confidence intervals (B. Efron and R. Tibshirani, "An
// Introduction to the Bootstrap", 1993) as ROUGE-1.5.5 computes them in
// computeAverages and bootstrapResampling, and AggregateRouge on top.

#include "eval/rouge_bootstrap.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "eval/rouge155_scorer.h"
#include "precis/rouge.h"

namespace precis::rouge {

std::vector<std::vector<uint32_t>> BootstrapDraws(size_t cases, int resamples) {
  std::vector<std::vector<uint32_t>> draws(resamples);
  for (int k = 0; k < resamples; ++k) {
    PerlRandom random(static_cast<uint32_t>(k));
    draws[k].resize(cases);
    for (size_t i = 0; i < cases; ++i) {
      draws[k][i] = static_cast<uint32_t>(random.Below(cases));
    }
  }
  return draws;
}

BootstrapResult Bootstrap(std::span<const double> values,
                          const std::vector<std::vector<uint32_t>>& draws,
                          double confidence) {
  const size_t r = draws.size();
  std::vector<double> means(r);
  for (size_t k = 0; k < r; ++k) {
    double sum = 0;
    for (uint32_t i : draws[k]) sum += values[i];
    means[k] = values.empty() ? 0 : sum / static_cast<double>(values.size());
  }
  std::sort(means.begin(), means.end());
  BootstrapResult out;
  double total = 0;
  for (double m : means) total += m;
  out.mean_of_means = total / static_cast<double>(r);
  // The script's indices: delta samples off each end; the lower bound reuses
  // the upper bound's interpolation ratio.
  const double delta =
      static_cast<double>(r) * ((100 - confidence) / 2.0) / 100.0;
  const auto upper_a = static_cast<long>(static_cast<double>(r) - delta - 1);
  const auto lower_a = static_cast<long>(delta);
  const double ratio = static_cast<double>(r) - delta - 1 - upper_a;
  auto at = [&](long i) {  // Perl reads past the end as 0
    return i >= 0 && static_cast<size_t>(i) < r ? means[i] : 0.0;
  };
  out.low = at(lower_a) + (at(lower_a + 1) - at(lower_a)) * ratio;
  out.high = at(upper_a) + (at(upper_a + 1) - at(upper_a)) * ratio;
  return out;
}

}  // namespace precis::rouge

namespace precis {

Result<std::vector<RougeMetricSummary>> AggregateRouge(
    std::span<const RougeCase> cases, const RougeOptions& options) {
  if (cases.empty()) return Status::BadInput("no cases to average");
  const RougeScores& first = cases[0].scores;
  for (const RougeCase& c : cases) {
    bool same = c.scores.size() == first.size();
    for (size_t k = 0; same && k < first.size(); ++k) {
      same = c.scores[k].name == first[k].name;
    }
    if (!same) {
      return Status::BadInput("case '" + c.id + "' has other metrics than '" +
                              cases[0].id + "'");
    }
  }
  // ROUGE-1.5.5 resamples its cases sorted by id ("id.peer", byte order).
  std::vector<size_t> order(cases.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return cases[a].id + "." < cases[b].id + ".";
  });
  const auto draws = rouge::BootstrapDraws(cases.size(), options.resamples);
  const bool rouge155 = options.style == RougeStyle::kRouge155;
  std::vector<RougeMetricSummary> out(first.size());
  std::vector<double> values(cases.size());
  for (size_t k = 0; k < first.size(); ++k) {
    out[k].name = first[k].name;
    auto summarize = [&](double RougeValue::*field, RougeInterval* interval) {
      for (size_t i = 0; i < order.size(); ++i) {
        values[i] = cases[order[i]].scores[k].value.*field;
      }
      const auto b = rouge::Bootstrap(values, draws, options.confidence);
      if (rouge155) {
        interval->mean = rouge::Round5(b.mean_of_means);
        interval->low = rouge::Round5(b.low);
        interval->high = rouge::Round5(b.high);
      } else {
        double sum = 0;
        for (double v : values) sum += v;
        interval->mean = sum / static_cast<double>(values.size());
        interval->low = b.low;
        interval->high = b.high;
      }
    };
    summarize(&RougeValue::recall, &out[k].recall);
    summarize(&RougeValue::precision, &out[k].precision);
    summarize(&RougeValue::f, &out[k].f);
  }
  return out;
}

}  // namespace precis
