// Copyright 2026 The precis Authors.
//
// The public ROUGE entry points: one scorer, two styles behind it.

#include "precis/rouge.h"

#include <cassert>
#include <variant>

#include "eval/rouge155_scorer.h"
#include "eval/rouge_score_style.h"

namespace precis {

struct RougeScorer::Impl {
  explicit Impl(const RougeOptions& o)
      : options(o),
        scorer(o.style == RougeStyle::kRouge155
                   ? Scorer(std::in_place_type<rouge::Rouge155Scorer>, o)
                   : Scorer(std::in_place_type<rouge::RougeScoreStyleScorer>,
                            o)) {}

  using Scorer =
      std::variant<rouge::Rouge155Scorer, rouge::RougeScoreStyleScorer>;
  RougeOptions options;
  Scorer scorer;
  std::vector<std::string_view> views;
};

RougeScorer::RougeScorer(const RougeOptions& options)
    : impl_(std::make_unique<Impl>(options)) {
  assert(ValidateRougeOptions(options).ok());
}

RougeScorer::~RougeScorer() = default;

const RougeOptions& RougeScorer::options() const { return impl_->options; }

RougeScores RougeScorer::Score(std::string_view candidate,
                               std::span<const std::string> references) {
  impl_->views.assign(references.begin(), references.end());
  const std::span<const std::string_view> refs = impl_->views;
  return std::visit([&](auto& s) { return s.Score(candidate, refs); },
                    impl_->scorer);
}

RougeScores RougeScorer::Score(std::string_view candidate,
                               std::string_view reference) {
  impl_->views.assign(1, reference);
  const std::span<const std::string_view> refs = impl_->views;
  return std::visit([&](auto& s) { return s.Score(candidate, refs); },
                    impl_->scorer);
}

RougeScores ScoreRouge(std::string_view candidate,
                       std::span<const std::string> references,
                       const RougeOptions& options) {
  RougeScorer scorer(options);
  return scorer.Score(candidate, references);
}

}  // namespace precis
