// Copyright 2026 The precis Authors.

#include "analyze/ner_lexicon.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "analyze/ner_binary.h"

namespace precis::ner {

void CaseLexicon::Add(uint64_t lower, bool capitalized, int fold) {
  uint16_t& c =
      (capitalized ? words_[lower].capital : words_[lower].lower)[fold];
  if (c < UINT16_MAX) ++c;
}

int CaseLexicon::BucketOf(uint32_t lower, uint32_t capital) {
  const uint32_t total = lower + capital;
  if (total == 0) return 0;
  if (lower == 0) return capital <= 2 ? 1 : 2;
  if (lower * 10 < total) return 3;
  if (lower * 2 < total) return 4;
  if (lower * 10 < total * 9) return 5;
  return 6;
}

int CaseLexicon::Bucket(uint64_t lower, int exclude_fold) const {
  if (loaded_.size() > 0) {
    const uint8_t* b = loaded_.Find(lower);
    return b != nullptr ? *b : 0;
  }
  const Counts* c = words_.Find(lower);
  if (c == nullptr) return 0;
  uint32_t l = 0, k = 0;
  for (int f = 0; f < kMaxFolds; ++f) {
    if (f == exclude_fold) continue;
    l += c->lower[f];
    k += c->capital[f];
  }
  return BucketOf(l, k);
}

void CaseLexicon::AppendTo(std::string* out) const {
  std::vector<std::pair<uint64_t, uint8_t>> entries;
  words_.ForEach([&](uint64_t key, const Counts&) {
    entries.emplace_back(key, uint8_t(Bucket(key, -1)));
  });
  loaded_.ForEach(
      [&](uint64_t key, uint8_t b) { entries.emplace_back(key, b); });
  std::sort(entries.begin(), entries.end());
  PutFixed<uint32_t>(uint32_t(entries.size()), out);
  for (const auto& [key, bucket] : entries) {
    PutFixed<uint64_t>(key, out);
    PutFixed<uint8_t>(bucket, out);
  }
}

Status CaseLexicon::ReadFrom(std::string_view in, size_t* pos) {
  uint32_t n = 0;
  if (!GetFixed(in, pos, &n) || n > (in.size() - *pos) / 9) {
    return Status::BadInput("truncated case lexicon");
  }
  words_.Reset(0);
  loaded_.Reset(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t key = 0;
    uint8_t bucket = 0;
    GetFixed(in, pos, &key);
    GetFixed(in, pos, &bucket);
    if (bucket == 0 || bucket >= kBuckets) {
      return Status::BadInput("corrupt case lexicon");
    }
    loaded_[key] = bucket;
  }
  return Status::OK();
}

}  // namespace precis::ner
