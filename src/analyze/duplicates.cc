// Copyright 2026 The precis Authors.

#include "precis/duplicates.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>

#include "base/hash.h"
#include "precis/tokenizer.h"

namespace precis {
namespace {

// splitmix64: the i-th hash function is x mixed with seed i.
uint64_t Mix(uint64_t x, uint64_t seed) {
  x += seed * 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// The MinHash signature of the word shingles of `text` (words folded to
// ASCII lower case); empty when the text has fewer words than a shingle.
std::vector<uint64_t> Signature(std::string_view text,
                                const DuplicateOptions& o) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<uint64_t> words;
  std::string lower;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    lower.assign(t.span.In(text));
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    words.push_back(HashBytes(lower));
  }
  const size_t k = static_cast<size_t>(std::max(1, o.shingle_words));
  if (words.size() < k) return {};
  std::vector<uint64_t> sig(static_cast<size_t>(o.hashes),
                            std::numeric_limits<uint64_t>::max());
  for (size_t i = 0; i + k <= words.size(); ++i) {
    uint64_t shingle = 0;
    for (size_t j = 0; j < k; ++j) shingle = Mix(shingle ^ words[i + j], j + 1);
    for (size_t h = 0; h < sig.size(); ++h) {
      sig[h] = std::min(sig[h], Mix(shingle, h + 101));
    }
  }
  return sig;
}

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<std::vector<uint32_t>> FindNearDuplicates(
    std::span<const Article> articles, const DuplicateOptions& options) {
  std::vector<std::vector<uint64_t>> sigs;
  for (const Article& a : articles) {
    const std::string_view body = std::string_view(a.text).substr(
        std::min<size_t>(a.body_begin, a.text.size()));
    sigs.push_back(Signature(body, options));
  }
  std::vector<size_t> parent(articles.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t i = 0; i < sigs.size(); ++i) {
    if (sigs[i].empty()) continue;
    for (size_t j = i + 1; j < sigs.size(); ++j) {
      if (sigs[j].empty()) continue;
      size_t equal = 0;
      for (size_t h = 0; h < sigs[i].size(); ++h) {
        equal += sigs[i][h] == sigs[j][h] ? 1 : 0;
      }
      if (static_cast<double>(equal) / sigs[i].size() >= options.threshold) {
        parent[Find(parent, j)] = Find(parent, i);
      }
    }
  }
  std::vector<std::vector<uint32_t>> groups(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    groups[Find(parent, i)].push_back(static_cast<uint32_t>(i));
  }
  std::vector<std::vector<uint32_t>> out;
  for (auto& g : groups) {
    if (g.size() >= 2) out.push_back(std::move(g));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace precis
