// Copyright 2026 The precis Authors.

#include "analyze/polnear.h"

#include <map>
#include <sstream>

#include "base/utf8.h"

namespace precis {
namespace {

bool Overlaps(Span a, Span b) {
  return a.begin < a.end && b.begin < b.end && a.begin < b.end &&
         b.begin < a.end;
}

// Trims spaces, quotation marks and punctuation from both ends.
Span Core(std::string_view text, Span s) {
  auto junk = [&](uint32_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    return c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' ||
           c == ',' || c == '.' || c == ':' || c == ';' || c >= 0x80;
  };
  // Non-ASCII at the ends is mostly curly quotes; step over whole
  // characters.
  while (s.begin < s.end && junk(s.begin)) {
    char32_t cp;
    const size_t len = DecodeUtf8(text, s.begin, &cp);
    if (cp >= 0x80 && cp != 0x201C && cp != 0x201D && cp != 0x2018 &&
        cp != 0x2019) {
      break;
    }
    s.begin += static_cast<uint32_t>(len);
  }
  while (s.end > s.begin && junk(s.end - 1)) {
    uint32_t b = s.end - 1;
    while (b > s.begin &&
           (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) {
      --b;
    }
    char32_t cp;
    DecodeUtf8(text, b, &cp);
    if (cp >= 0x80 && cp != 0x201C && cp != 0x201D && cp != 0x2018 &&
        cp != 0x2019) {
      break;
    }
    s.end = b;
  }
  return s;
}

}  // namespace

Result<std::vector<GoldAttribution>> ParseBratAttributions(
    std::string_view ann, std::string_view text) {
  // Code point index -> byte offset.
  std::vector<uint32_t> byte_of;
  for (size_t i = 0; i < text.size();) {
    byte_of.push_back(static_cast<uint32_t>(i));
    char32_t cp;
    i += DecodeUtf8(text, i, &cp);
  }
  byte_of.push_back(static_cast<uint32_t>(text.size()));
  std::map<std::string, Span> spans;
  std::vector<GoldAttribution> out;
  std::istringstream in{std::string(ann)};
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    const size_t tab1 = line.find('\t');
    if (tab1 == std::string::npos) continue;
    const std::string id = line.substr(0, tab1);
    const size_t tab2 = line.find('\t', tab1 + 1);
    const std::string middle =
        line.substr(tab1 + 1, tab2 == std::string::npos ? std::string::npos
                                                        : tab2 - tab1 - 1);
    if (id[0] == 'T') {
      // "Type b e[;b e...]": the whole extent of the fragments.
      std::istringstream m(middle);
      std::string type;
      m >> type;
      std::string rest;
      std::getline(m, rest);
      size_t lo = SIZE_MAX, hi = 0;
      std::istringstream frags(rest);
      std::string frag;
      while (std::getline(frags, frag, ';')) {
        std::istringstream f(frag);
        size_t b = 0, e = 0;
        if (!(f >> b >> e) || b > e || e >= byte_of.size()) {
          return Status::BadInput("line " + std::to_string(number) +
                                  ": bad span '" + frag + "'");
        }
        lo = std::min(lo, b);
        hi = std::max(hi, e);
      }
      if (lo != SIZE_MAX) spans[id] = {byte_of[lo], byte_of[hi]};
    } else if (id[0] == 'E') {
      GoldAttribution g;
      std::istringstream m(middle);
      std::string arg;
      while (m >> arg) {
        const size_t colon = arg.find(':');
        if (colon == std::string::npos) continue;
        const std::string role = arg.substr(0, colon);
        const auto it = spans.find(arg.substr(colon + 1));
        if (it == spans.end()) continue;
        if (role.starts_with("Content")) g.content = it->second;
        if (role.starts_with("Cue")) g.cue = it->second;
        if (role.starts_with("Source")) g.source = it->second;
      }
      if (g.content.begin < g.content.end) out.push_back(g);
    }
  }
  return out;
}

void ScoreQuotes(std::string_view text,
                 const std::vector<GoldAttribution>& gold,
                 const std::vector<Quote>& predicted, QuoteScores* scores,
                 std::vector<QuoteMismatch>* mismatches) {
  using Kind = QuoteMismatch::Kind;
  auto note = [&](Kind kind, const GoldAttribution* g, const Quote* p) {
    if (mismatches == nullptr) return;
    mismatches->push_back({kind, g ? g->content : Span(),
                           p ? p->content : Span(), g ? g->source : Span(),
                           p ? p->source : Span()});
  };
  scores->gold += gold.size();
  scores->predicted += predicted.size();
  std::vector<bool> hit(gold.size(), false), hit_exact(gold.size(), false);
  for (const GoldAttribution& g : gold) {
    if (!g.source.empty()) ++scores->gold_sources;
  }
  for (const Quote& p : predicted) {
    const bool has_source = !p.source.empty();
    if (has_source) ++scores->predicted_sources;
    const Span pc = Core(text, p.content);
    int best = -1;
    bool exact = false;
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!Overlaps(p.content, gold[g].content)) continue;
      if (pc == Core(text, gold[g].content)) {
        best = static_cast<int>(g);
        exact = true;
        break;
      }
      if (best < 0) best = static_cast<int>(g);
    }
    if (best < 0) {
      note(Kind::kSpurious, nullptr, &p);
      continue;
    }
    ++scores->overlap;
    hit[best] = true;
    if (exact) {
      ++scores->exact;
      hit_exact[best] = true;
    } else {
      note(Kind::kInexact, &gold[best], &p);
    }
    if (has_source && Overlaps(p.source, gold[best].source)) {
      ++scores->source_correct;
    } else if (has_source || !gold[best].source.empty()) {
      note(Kind::kSource, &gold[best], &p);
    }
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    scores->gold_found_overlap += hit[g] ? 1 : 0;
    scores->gold_found_exact += hit_exact[g] ? 1 : 0;
    if (!hit[g]) note(Kind::kMissed, &gold[g], nullptr);
  }
}

}  // namespace precis
