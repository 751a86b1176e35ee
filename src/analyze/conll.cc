// Copyright 2026 The precis Authors.
//
// CoNLL-2003 data and conlleval scoring. ChunksFromTags follows
// startOfChunk/endOfChunk of conlleval.pl (Sang, 2000-2004) rule for rule,
// so that ill-formed tag sequences are scored as the shared task scored
// them.

#include "analyze/conll.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "base/file.h"

namespace precis::conll {
namespace {

// A tag split as conlleval splits it: "B-PER" -> ('B', "PER"); "O" -> ('O',
// ""). L and U (BILOU) read as E and S (IOBES).
struct SplitTag {
  char prefix = 'O';
  std::string_view type;
};

SplitTag Split(std::string_view tag) {
  SplitTag s;
  const size_t dash = tag.find('-');
  if (dash == std::string_view::npos) {
    s.prefix = tag.size() == 1 ? tag[0] : 'O';
    return s;
  }
  s.prefix = dash == 1 ? tag[0] : '?';
  if (s.prefix == 'L') s.prefix = 'E';
  if (s.prefix == 'U') s.prefix = 'S';
  s.type = tag.substr(dash + 1);
  return s;
}

bool EndOfChunk(const SplitTag& prev, const SplitTag& cur) {
  const char p = prev.prefix, t = cur.prefix;
  if (p == 'B' && (t == 'B' || t == 'O' || t == 'S')) return true;
  if (p == 'I' && (t == 'B' || t == 'O' || t == 'S')) return true;
  if (p == 'E' || p == 'S') return true;
  if (p == ']' || p == '[') return true;
  return p != 'O' && p != '.' && prev.type != cur.type;
}

bool StartOfChunk(const SplitTag& prev, const SplitTag& cur) {
  const char p = prev.prefix, t = cur.prefix;
  if (t == 'B' || t == 'S') return true;
  if ((p == 'E' || p == 'S') && (t == 'E' || t == 'I')) return true;
  if (p == 'O' && (t == 'E' || t == 'I')) return true;
  if (t == '[' || t == ']') return true;
  return t != 'O' && t != '.' && prev.type != cur.type;
}

bool IsTag(std::string_view tag) {
  if (tag == "O") return true;
  EntityType type;
  return tag.size() > 2 && tag[1] == '-' &&
         std::string_view("BIESLU").find(tag[0]) != std::string_view::npos &&
         ParseEntityType(tag.substr(2), &type);
}

std::string_view NextField(std::string_view line, size_t* pos) {
  while (*pos < line.size() && (line[*pos] == ' ' || line[*pos] == '\t')) {
    ++*pos;
  }
  const size_t begin = *pos;
  while (*pos < line.size() && line[*pos] != ' ' && line[*pos] != '\t') {
    ++*pos;
  }
  return line.substr(begin, *pos - begin);
}

double Ratio(size_t a, size_t b) { return b == 0 ? 0 : double(a) / b; }
double FScore(double p, double r) {
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

// Closes the document being read: computes its gold chunks, drops it when
// it has no tokens.
void FinishDocument(std::vector<Document>* docs) {
  if (docs->empty()) return;
  Document& d = docs->back();
  if (d.words.empty()) {
    docs->pop_back();
    return;
  }
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    const uint32_t b = d.sentences[s], e = d.SentenceEnd(s);
    ChunksFromTags(std::span(d.tags).subspan(b, e - b), b, &d.entities);
  }
}

}  // namespace

size_t Corpus::tokens() const {
  size_t n = 0;
  for (const Document& d : documents) n += d.words.size();
  return n;
}

void ChunksFromTags(std::span<const std::string_view> tags, uint32_t base,
                    std::vector<Chunk>* out) {
  SplitTag prev;
  bool open = false;
  uint32_t start = 0;
  EntityType type = EntityType::kPerson;
  bool known = false;
  for (size_t i = 0; i <= tags.size(); ++i) {
    const SplitTag cur = i < tags.size() ? Split(tags[i]) : SplitTag();
    if (open && EndOfChunk(prev, cur)) {
      if (known) out->push_back({base + start, base + uint32_t(i), type});
      open = false;
    }
    if (i < tags.size() && StartOfChunk(prev, cur)) {
      open = true;
      start = uint32_t(i);
      known = ParseEntityType(cur.type, &type);
    }
    prev = cur;
  }
}

Result<Corpus> Parse(std::string text, const std::string& name) {
  Corpus corpus;
  corpus.text = std::move(text);
  const std::string_view all = corpus.text;
  std::vector<Document>& docs = corpus.documents;
  docs.emplace_back();
  bool sentence_open = false;
  size_t line_no = 0;
  for (size_t pos = 0; pos < all.size();) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t p = 0;
    const std::string_view word = NextField(line, &p);
    if (word.empty()) {
      sentence_open = false;
      continue;
    }
    if (word == "-DOCSTART-") {
      FinishDocument(&docs);
      docs.emplace_back();
      sentence_open = false;
      continue;
    }
    std::string_view tag, field;
    while (!(field = NextField(line, &p)).empty()) tag = field;
    if (tag.empty() || !IsTag(tag)) {
      return Status::BadInput(name + ":" + std::to_string(line_no) +
                              ": expected 'word ... TAG' with TAG O or "
                              "B-/I-/E-/S-/L-/U- and PER, ORG, LOC, MISC");
    }
    Document& d = docs.back();
    if (!sentence_open) d.sentences.push_back(uint32_t(d.words.size()));
    sentence_open = true;
    d.words.push_back(word);
    d.tags.push_back(tag);
  }
  FinishDocument(&docs);
  if (docs.empty()) return Status::BadInput(name + ": no tokens");
  return corpus;
}

Result<Corpus> ReadCorpus(const std::string& path) {
  auto text = ::precis::ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(std::move(text).value(), path);
}

void Scores::Add(std::span<const Chunk> gold_chunks,
                 std::span<const Chunk> predicted_chunks) {
  auto less = [](const Chunk& a, const Chunk& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end < b.end;
    return a.type < b.type;
  };
  std::vector<Chunk> g(gold_chunks.begin(), gold_chunks.end());
  std::vector<Chunk> p(predicted_chunks.begin(), predicted_chunks.end());
  std::sort(g.begin(), g.end(), less);
  std::sort(p.begin(), p.end(), less);
  for (const Chunk& c : g) ++gold[size_t(c.type)];
  for (const Chunk& c : p) ++predicted[size_t(c.type)];
  for (size_t i = 0, j = 0; i < g.size() && j < p.size();) {
    if (less(g[i], p[j])) {
      ++i;
    } else if (less(p[j], g[i])) {
      ++j;
    } else {
      ++correct[size_t(g[i].type)];
      ++i, ++j;
    }
  }
}

size_t Scores::Gold() const {
  return std::accumulate(gold.begin(), gold.end(), size_t{0});
}
size_t Scores::Predicted() const {
  return std::accumulate(predicted.begin(), predicted.end(), size_t{0});
}
size_t Scores::Correct() const {
  return std::accumulate(correct.begin(), correct.end(), size_t{0});
}
double Scores::Precision() const { return Ratio(Correct(), Predicted()); }
double Scores::Recall() const { return Ratio(Correct(), Gold()); }
double Scores::F1() const { return FScore(Precision(), Recall()); }
double Scores::Precision(EntityType t) const {
  return Ratio(correct[size_t(t)], predicted[size_t(t)]);
}
double Scores::Recall(EntityType t) const {
  return Ratio(correct[size_t(t)], gold[size_t(t)]);
}
double Scores::F1(EntityType t) const {
  return FScore(Precision(t), Recall(t));
}

std::string Scores::Table() const {
  std::string out;
  char line[160];
  std::snprintf(line, sizeof(line), "%-5s %7s %7s %7s %9s %7s %7s\n", "type",
                "gold", "found", "correct", "precision", "recall", "F1");
  out += line;
  auto row = [&](const char* name, size_t g, size_t p, size_t c) {
    const double pr = Ratio(c, p), re = Ratio(c, g);
    std::snprintf(line, sizeof(line), "%-5s %7zu %7zu %7zu %9.2f %7.2f %7.2f\n",
                  name, g, p, c, 100 * pr, 100 * re, 100 * FScore(pr, re));
    out += line;
  };
  for (int t = 0; t < kNumEntityTypes; ++t) {
    row(EntityTypeName(EntityType(t)), gold[t], predicted[t], correct[t]);
  }
  row("all", Gold(), Predicted(), Correct());
  return out;
}

}  // namespace precis::conll
