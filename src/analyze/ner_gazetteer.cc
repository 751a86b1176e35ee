// Copyright 2026 The precis Authors.
//
// Gazetteer features in the manner of Ratinov & Roth (2009): every word
// sequence of a document that is a known name marks its words with the
// name's type and the word's position in it (B, I, L or U); all matches
// count, not only the longest.

#include "analyze/ner_gazetteer.h"

#include <algorithm>
#include <utility>

#include "analyze/ner_binary.h"
#include "analyze/ner_features.h"

namespace precis::ner {
namespace {

constexpr uint64_t kSeed = 0x6761'7a65'7474'6565ull;  // "gazettee"

}  // namespace

void Gazetteer::Add(std::span<const uint64_t> lower, int type, int fold) {
  if (lower.empty() || lower.size() > size_t(kMaxWords)) return;
  uint64_t h = kSeed;
  for (uint64_t w : lower) h = Mix(h, w);
  names_[h] |= (1u << fold) << (8 * type);
}

void Gazetteer::Match(std::span<const uint64_t> lower,
                      std::span<const uint8_t> sentence_start, int exclude_fold,
                      uint16_t* bits) const {
  const size_t n = lower.size();
  std::fill(bits, bits + n, uint16_t{0});
  if (names_.size() == 0) return;
  uint32_t keep = 0;  // fold bits that count, for every type
  for (int t = 0; t < kNumEntityTypes; ++t) {
    keep |= (exclude_fold < 0 ? 0xFFu : 0xFFu & ~(1u << exclude_fold))
            << (8 * t);
  }
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = kSeed;
    for (size_t j = i; j < n && j - i < size_t(kMaxWords); ++j) {
      if (j > i && sentence_start[j]) break;
      h = Mix(h, lower[j]);
      const uint32_t* folds = names_.Find(h);
      if (folds == nullptr || (*folds & keep) == 0) continue;
      for (int t = 0; t < kNumEntityTypes; ++t) {
        if (((*folds & keep) >> (8 * t) & 0xFF) == 0) continue;
        if (j == i) {
          bits[i] |= uint16_t(1u << (4 * t + kUnit));
          continue;
        }
        bits[i] |= uint16_t(1u << (4 * t + kBegin));
        for (size_t k = i + 1; k < j; ++k) {
          bits[k] |= uint16_t(1u << (4 * t + kInside));
        }
        bits[j] |= uint16_t(1u << (4 * t + kLast));
      }
    }
  }
}

void Gazetteer::AppendTo(std::string* out) const {
  std::vector<std::pair<uint64_t, uint8_t>> entries;
  names_.ForEach([&](uint64_t key, uint32_t folds) {
    uint8_t types = 0;
    for (int t = 0; t < kNumEntityTypes; ++t) {
      if ((folds >> (8 * t)) & 0xFF) types |= uint8_t(1u << t);
    }
    entries.emplace_back(key, types);
  });
  std::sort(entries.begin(), entries.end());
  PutFixed<uint32_t>(uint32_t(entries.size()), out);
  for (const auto& [key, types] : entries) {
    PutFixed<uint64_t>(key, out);
    PutFixed<uint8_t>(types, out);
  }
}

Status Gazetteer::ReadFrom(std::string_view in, size_t* pos) {
  uint32_t n = 0;
  if (!GetFixed(in, pos, &n) || n > (in.size() - *pos) / 9) {
    return Status::BadInput("truncated gazetteer");
  }
  names_.Reset(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t key = 0;
    uint8_t types = 0;
    GetFixed(in, pos, &key);
    GetFixed(in, pos, &types);
    uint32_t folds = 0;
    for (int t = 0; t < kNumEntityTypes; ++t) {
      if (types & (1u << t)) folds |= 0xFFu << (8 * t);
    }
    names_[key] = folds;
  }
  return Status::OK();
}

}  // namespace precis::ner
