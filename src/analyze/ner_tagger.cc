// Copyright 2026 The precis Authors.
//
// NerTagger: precis tokens to the tagger's words (the CoNLL-2003
// tokenization the model was trained on: clitics split off, typographic
// quotes and dashes as ASCII), greedy decoding (ner_model.h), and the
// names back to byte spans.

#include <string>
#include <utility>

#include "analyze/ner_features.h"
#include "analyze/ner_model.h"
#include "analyze/ner_titles.h"
#include "base/file.h"
#include "base/utf8.h"
#include "precis/entities.h"
#include "text/abbreviations.h"

namespace precis {
namespace {

// The ASCII form CoNLL-2003 uses for a typographic character, or null.
const char* AsciiFor(char32_t cp) {
  switch (cp) {
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
    case U'\u02BC':
    case U'\u2032':
      return "'";
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
    case U'\u00AB':
    case U'\u00BB':
    case U'\u2033':
      return "\"";
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2212':
      return "-";
    case U'\u2014':
    case U'\u2015':
      return "--";
    case U'\u2026':
      return "...";
    default:
      return nullptr;
  }
}

// Appends `s` to *out with typographic quotes, apostrophes and dashes in
// ASCII.
void AppendAscii(std::string_view s, std::string* out) {
  for (size_t pos = 0; pos < s.size();) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      out->push_back(s[pos++]);
      continue;
    }
    char32_t cp;
    const size_t len = DecodeUtf8(s, pos, &cp);
    const char* ascii = AsciiFor(cp);
    if (ascii != nullptr) {
      out->append(ascii);
    } else {
      out->append(s.substr(pos, len));
    }
    pos += len;
  }
}

// Length in bytes of the apostrophe ending just before `end`, or 0.
size_t ApostropheBefore(std::string_view w, size_t end) {
  if (end >= 1 && w[end - 1] == '\'') return 1;
  if (end >= 3 && w.substr(end - 3, 3) == "\xE2\x80\x99") return 3;  // ’
  if (end >= 2 && w.substr(end - 2, 2) == "\xCA\xBC") return 2;      // ʼ
  return 0;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

// Where a clitic begins in a word, as the Penn Treebank splits them
// ("Iran's" -> "Iran" "'s", "don't" -> "do" "n't", "they're"); 0 when none.
size_t CliticStart(std::string_view w) {
  for (std::string_view tail : {"s", "re", "ve", "ll", "m", "d"}) {
    if (w.size() <= tail.size() ||
        !EqualsIgnoreCase(w.substr(w.size() - tail.size()), tail)) {
      continue;
    }
    const size_t end = w.size() - tail.size();
    const size_t apo = ApostropheBefore(w, end);
    if (apo > 0 && end > apo) return end - apo;
  }
  if (w.size() > 3 && EqualsIgnoreCase(w.substr(w.size() - 1), "t")) {
    const size_t apo = ApostropheBefore(w, w.size() - 1);
    if (apo > 0 && w.size() - 1 - apo >= 2) {
      const size_t n = w.size() - 1 - apo - 1;
      if (w[n] == 'n' || w[n] == 'N') return n;
    }
  }
  return 0;
}

constexpr uint32_t kMayEnd = 1u << 31;  // with text::WordClass bits

// For a word followed by a period: nonzero when the period belongs to it,
// as for initials ("W."), titles ("Mr.", "Gen."), abbreviations ("Inc.",
// "Jan.") and dotted ones ("U.S"); with kMayEnd when the period may also
// end a sentence.
uint32_t AbbreviationClasses(std::string_view word) {
  if (word.size() == 1 && ((word[0] >= 'A' && word[0] <= 'Z') ||
                           (word[0] >= 'a' && word[0] <= 'z'))) {
    return text::kTitle;  // an initial
  }
  const uint32_t classes = text::EnglishWordClasses(word);
  if (classes & text::kTitle) return text::kTitle;
  if (classes & (text::kAbbreviation | text::kEndsFreely | text::kPlace |
                 text::kStateWord | text::kBeforeNumber | text::kTime)) {
    return classes | kMayEnd;
  }
  if (word.find('.') != std::string_view::npos && word.size() <= 8) {
    return text::kAbbreviation | kMayEnd;  // "e.g", "N.Y"
  }
  return 0;
}

// True for a token that ends a sentence when white space follows.
bool EndsSentence(std::string_view s) {
  return s == "." || s == "!" || s == "?" || s == "..." ||
         s == "\xE2\x80\xA6" || s == "?!" || s == "!!";
}

// True for closing quotes and brackets, which may come between the end of
// a sentence and the next one.
bool ClosesSentence(std::string_view s) {
  return s == "\"" || s == "'" || s == ")" || s == "]" || s == "\xE2\x80\x9D" ||
         s == "\xE2\x80\x99" || s == "\xC2\xBB";
}

// The tagger's view of one document of precis tokens.
struct Words {
  std::string buffer;  // the words' forms, one after the other
  std::vector<std::pair<uint32_t, uint32_t>> forms;  // into buffer
  std::vector<Span> spans;                           // into the text
  ner::Sequence seq;

  void Add(std::string_view text, Span span, bool start) {
    const uint32_t begin = uint32_t(buffer.size());
    AppendAscii(span.In(text), &buffer);
    forms.emplace_back(begin, uint32_t(buffer.size()) - begin);
    spans.push_back(span);
    seq.sentence_start.push_back(start);
  }

  // Appends the period of text[period) to the last word ("Mr" "." ->
  // "Mr.", as CoNLL-2003 writes abbreviations and initials).
  void GlueToLast(std::string_view text, Span period) {
    AppendAscii(period.In(text), &buffer);
    forms.back().second = uint32_t(buffer.size()) - forms.back().first;
    spans.back().end = period.end;
  }

  void Build(std::string_view text, std::span<const Token> tokens) {
    buffer.reserve(text.size() + 16);
    bool sentence_over = true;  // the next word begins a sentence
    bool maybe_over = false;    // after "Inc.": over if an opener follows
    uint32_t last_end = 0;
    TokenKind last_kind = TokenKind::kPunctuation;
    for (const Token& t : tokens) {
      if (t.span.empty() || t.span.end > text.size() ||
          t.span.begin < last_end) {
        continue;  // not a token of this text
      }
      const std::string_view gap =
          text.substr(last_end, t.span.begin - last_end);
      const std::string_view surface = t.span.In(text);
      if (surface == "." && gap.empty() && last_kind == TokenKind::kWord &&
          !spans.empty()) {
        const uint32_t classes = AbbreviationClasses(
            text.substr(spans.back().begin, t.span.begin - spans.back().begin));
        if (classes != 0) {
          GlueToLast(text, t.span);
          last_end = t.span.end;
          last_kind = TokenKind::kWord;
          sentence_over = false;
          maybe_over = (classes & kMayEnd) != 0;
          continue;
        }
      }
      if (maybe_over && !gap.empty() &&
          (text::EnglishWordClasses(surface) & text::kStrongOpener)) {
        sentence_over = true;
      }
      maybe_over = false;
      bool start = spans.empty() || gap.find('\n') != std::string_view::npos ||
                   (sentence_over && !gap.empty());
      last_end = t.span.end;
      last_kind = t.kind;
      const size_t clitic =
          t.kind == TokenKind::kWord ? CliticStart(surface) : 0;
      if (clitic > 0) {
        Add(text, {t.span.begin, uint32_t(t.span.begin + clitic)}, start);
        Add(text, {uint32_t(t.span.begin + clitic), t.span.end}, false);
      } else {
        Add(text, t.span, start);
      }
      if (EndsSentence(surface)) {
        sentence_over = true;
      } else if (!(sentence_over && ClosesSentence(surface))) {
        sentence_over = false;
      }
    }
    seq.words.reserve(forms.size());
    for (const auto& [begin, size] : forms) {
      seq.words.push_back(std::string_view(buffer).substr(begin, size));
    }
  }
};

bool HasAlnum(std::string_view s) {
  for (char c : s) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

}  // namespace

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kLocation:
      return "LOC";
    case EntityType::kMisc:
      return "MISC";
  }
  return "?";
}

bool ParseEntityType(std::string_view name, EntityType* type) {
  for (int t = 0; t < kNumEntityTypes; ++t) {
    if (name == EntityTypeName(EntityType(t))) {
      *type = EntityType(t);
      return true;
    }
  }
  return false;
}

NerTagger::NerTagger(std::unique_ptr<Model> model) : model_(std::move(model)) {}
NerTagger::~NerTagger() = default;

Result<std::unique_ptr<NerTagger>> NerTagger::Load(std::string_view bytes) {
  auto model = Model::Parse(bytes);
  if (!model.ok()) return model.status();
  return std::unique_ptr<NerTagger>(new NerTagger(std::move(model).value()));
}

Result<std::unique_ptr<NerTagger>> NerTagger::LoadFile(
    const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  auto tagger = Load(*bytes);
  if (!tagger.ok()) {
    return Status::BadInput(path + ": " + tagger.status().message());
  }
  return tagger;
}

void NerTagger::Tag(std::string_view text, std::span<const Token> tokens,
                    std::vector<EntityMention>* out, uint32_t article) const {
  Words words;
  words.Build(text, tokens);
  if (words.seq.size() == 0) return;
  ner::Featurizer featurizer(&model_->gazetteer, &model_->lexicon);
  featurizer.Prepare(words.seq);
  std::vector<uint64_t> keys;
  std::vector<uint8_t> tags;
  ner::Decode(*model_, &featurizer, ner::kDefaultBeam, &keys, &tags);
  std::vector<ner::WordChunk> chunks;
  ner::ChunksOf(tags, &chunks);
  ner::SplitTitles(words.seq.words, &chunks);
  for (const ner::WordChunk& c : chunks) {
    // A clitic or punctuation at either edge is not part of the name.
    uint32_t b = c.begin, e = c.end;
    while (b < e && !HasAlnum(words.seq.words[b])) ++b;
    while (e > b &&
           (!HasAlnum(words.seq.words[e - 1]) ||
            words.seq.words[e - 1] == "'s" || words.seq.words[e - 1] == "'S")) {
      --e;
    }
    if (b == e) continue;
    out->push_back({Span{words.spans[b].begin, words.spans[e - 1].end},
                    EntityType(c.type), article});
  }
}

std::vector<EntityMention> NerTagger::TagText(std::string_view text,
                                              uint32_t base,
                                              uint32_t article) const {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<EntityMention> out;
  Tag(text, tokens, &out, article);
  for (EntityMention& m : out) {
    m.span.begin += base;
    m.span.end += base;
  }
  return out;
}

}  // namespace precis
