// Copyright 2026 The precis Authors.
//
// libFuzzer target for the readers of `precis rouge` and the scorers behind
// them. The first byte picks the reader (JSONL pairs or plain texts), the
// style (ROUGE-1.5.5 with stemming, stop words, ROUGE-W/S/SU and a word or
// byte limit, or rouge-score with rougeLsum); the rest, split at the first
// 0x1E byte, is the candidate text and the reference text. Aborts when a
// read that succeeds gives a case without references, when a score is not
// a number in [0, 1], or when a failure carries no message.
//
//   rouge_fuzz -max_len=16384 -timeout=10 CORPUS_DIR

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "eval/rouge_input.h"
#include "precis/rouge.h"

namespace {

precis::RougeOptions OptionsFor(uint8_t control) {
  precis::RougeOptions o;
  if ((control & 2u) != 0) {
    o.style = precis::RougeStyle::kRougeScore;
    o.summary_lcs = true;
    o.stem = (control & 4u) != 0;
    return o;
  }
  o.max_n = 1 + (control >> 6);
  o.stem = (control & 4u) != 0;
  o.remove_stopwords = (control & 8u) != 0;
  o.wlcs = true;
  o.skip_unigram = (control & 16u) != 0;
  o.skip_bigram = !o.skip_unigram;
  if ((control & 32u) != 0) o.word_limit = 1 + (control >> 6);
  if ((control & 48u) == 48u) {
    o.word_limit = 0;
    o.byte_limit = 5 + (control >> 6);
  }
  return o;
}

void CheckValue(double v) {
  if (!(v >= 0 && v <= 1)) std::abort();  // also NaN
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t control = data[0];
  const std::string_view input(reinterpret_cast<const char*>(data) + 1,
                               size - 1);
  const size_t split = input.find('\x1e');
  const std::string_view candidates = input.substr(0, split);
  const std::string_view references = split == std::string_view::npos
                                          ? std::string_view()
                                          : input.substr(split + 1);
  std::vector<precis::RougeInputCase> cases;
  if ((control & 1u) == 0) {
    auto read =
        precis::ParseRougeJsonl(candidates, "c.jsonl", references, "r.jsonl");
    if (!read.ok()) {
      if (read.status().message().empty()) std::abort();
      return 0;
    }
    cases = std::move(*read);
  } else {
    auto read = precis::MakeRougeCase(std::string(candidates), "c.txt",
                                      {std::string(references)}, {"r.txt"});
    if (!read.ok()) {
      if (read.status().message().empty()) std::abort();
      return 0;
    }
    cases.push_back(std::move(*read));
  }
  const precis::RougeOptions options = OptionsFor(control);
  if (!precis::ValidateRougeOptions(options).ok()) std::abort();
  precis::RougeScorer scorer(options);
  for (const precis::RougeInputCase& c : cases) {
    if (c.references.empty()) std::abort();
    for (const precis::RougeMetric& m :
         scorer.Score(c.candidate, c.references)) {
      CheckValue(m.value.recall);
      CheckValue(m.value.precision);
      CheckValue(m.value.f);
    }
  }
  return 0;
}
