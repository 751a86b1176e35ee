// Copyright 2026 The precis Authors.

#include "cluster/features.h"

#include <algorithm>
#include <cstdio>
#include <limits>

#include "base/hash.h"

namespace precis::cluster {
namespace {

bool EndsSentence(std::string_view punct) {
  return punct == "." || punct == "!" || punct == "?" || punct == ":" ||
         punct == "\"" || punct == "\xE2\x80\x9C" || punct == "|";
}

// The seeds of the signature's hash functions: h_i(x) = mix(x * a_i + b_i).
struct MinHashSeeds {
  uint64_t a[kMinHashSlots], b[kMinHashSlots];
  constexpr MinHashSeeds() : a(), b() {
    uint64_t s = 0x853C49E6748FEA9Bull;  // pinned: signatures are saved
    for (int i = 0; i < kMinHashSlots; ++i) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      a[i] = s | 1;
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      b[i] = s;
    }
  }
};
constexpr MinHashSeeds kSeeds;

}  // namespace

FeatureExtractor::FeatureExtractor(std::unique_ptr<Stemmer> stemmer,
                                   std::string language,
                                   const FeatureOptions& options)
    : options_(options),
      stemmer_(std::move(stemmer)),
      stop_words_(StopWords::ForLanguage(language)) {}

void FeatureExtractor::AddText(std::string_view text, uint32_t lead_end,
                               double weight, double lead_weight, bool body) {
  tokens_.clear();
  Tokenize(text, &tokens_);
  bool sentence_start = true;
  for (const Token& t : tokens_) {
    const std::string_view surface = text.substr(t.span.begin, t.span.size());
    if (t.kind != TokenKind::kWord) {
      if (t.kind == TokenKind::kPunctuation) {
        sentence_start = sentence_start || EndsSentence(surface);
      }
      continue;
    }
    const bool capitalized = surface[0] >= 'A' && surface[0] <= 'Z';
    const bool name = capitalized && !sentence_start;
    sentence_start = false;
    lower_.assign(surface);
    for (char& c : lower_) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    // Possessives and the curly apostrophe: "iran's" and "iran’s" are "iran".
    if (lower_.size() > 2 && lower_.compare(lower_.size() - 2, 2, "'s") == 0) {
      lower_.resize(lower_.size() - 2);
    } else if (lower_.size() > 4 &&
               lower_.compare(lower_.size() - 4, 4, "\xE2\x80\x99s") == 0) {
      lower_.resize(lower_.size() - 4);
    }
    if (body) word_hashes_.push_back(HashBytes(lower_));
    if (lower_.size() < 2 || stop_words_.Contains(lower_)) continue;
    const std::string_view stem = stemmer_->Stem(lower_);
    double w = t.span.begin < lead_end ? lead_weight : weight;
    if (name) w *= options_.name_weight;
    auto [it, inserted] =
        index_.try_emplace(std::string(stem), static_cast<uint32_t>(0));
    if (inserted) {
      it->second = static_cast<uint32_t>(terms_.size());
      terms_.push_back({{}, 0.0f});
    }
    terms_[it->second].count += static_cast<float>(w);
  }
}

const std::vector<TermCount>& FeatureExtractor::Terms(const Article& article) {
  index_.clear();
  terms_.clear();
  word_hashes_.clear();
  if (!article.title.empty()) {
    AddText(article.title, 0, options_.title_weight, 0.0, false);
  }
  const uint32_t body = std::min<uint32_t>(
      article.body_begin, static_cast<uint32_t>(article.text.size()));
  std::string_view text = std::string_view(article.text).substr(body);
  // Without a title the lead stands for it.
  const double lead_weight = article.title.empty()
                                 ? std::max(options_.lead_weight,
                                            options_.title_weight)
                                 : options_.lead_weight;
  AddText(text, options_.lead_bytes, 1.0, lead_weight, true);
  if (word_hashes_.empty()) {  // a title-only article: shingle the title
    tokens_.clear();
    Tokenize(article.title, &tokens_);
    for (const Token& t : tokens_) {
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
      lower_.assign(article.title.substr(t.span.begin, t.span.size()));
      for (char& c : lower_) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      word_hashes_.push_back(HashBytes(lower_));
    }
  }
  // Stems are views into index_'s keys, which stay put until the next call.
  for (const auto& [stem, slot] : index_) terms_[slot].term = stem;
  // MinHash over shingles of shingle_words words (fewer: one shingle).
  signature_.clear();
  if (!word_hashes_.empty()) {
    signature_.assign(kMinHashSlots, std::numeric_limits<uint32_t>::max());
    const size_t k = static_cast<size_t>(std::max(1, options_.shingle_words));
    const size_t n = word_hashes_.size() >= k ? word_hashes_.size() - k + 1 : 1;
    for (size_t i = 0; i < n; ++i) {
      uint64_t h = 0x9E3779B97F4A7C15ull;
      for (size_t j = i; j < std::min(i + k, word_hashes_.size()); ++j) {
        h = (h ^ word_hashes_[j]) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
      }
      for (int s = 0; s < kMinHashSlots; ++s) {
        uint64_t x = h * kSeeds.a[s] + kSeeds.b[s];
        x ^= x >> 32;
        signature_[s] = std::min(signature_[s], static_cast<uint32_t>(x));
      }
    }
  }
  return terms_;
}

bool ParseDay(std::string_view iso, int64_t* day) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lengths[f]; ++i) {
      const char c = iso[starts[f] + i];
      if (c < '0' || c > '9') return false;
      v[f] = v[f] * 10 + (c - '0');
    }
  }
  int y = v[0];
  const int m = v[1], d = v[2];
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return false;
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *day = era * 146097 + doe - 719468;
  return true;
}

std::string FormatDay(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(y),
                static_cast<int>(m), static_cast<int>(d));
  return buf;
}

}  // namespace precis::cluster
