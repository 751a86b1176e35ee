// Copyright 2026 The precis Authors.
//
// Named entities: a statistical tagger for people, organizations, places and
// other names (the CoNLL-2003 types PER, ORG, LOC, MISC) over precis tokens,
// and the linking of its mentions into entities across surface forms and
// articles ("Hassan Rouhani", "Rouhani" and "Iran's President Hassan
// Rouhani" are one person), with outlets, salience and roles.

#ifndef PRECIS_ENTITIES_H_
#define PRECIS_ENTITIES_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/span.h"
#include "precis/status.h"
#include "precis/tokenizer.h"

namespace precis {

enum class EntityType : uint8_t {
  kPerson,        // PER
  kOrganization,  // ORG
  kLocation,      // LOC
  kMisc,          // MISC: nationalities, events, works, products...
};
inline constexpr int kNumEntityTypes = 4;

// "PER", "ORG", "LOC", "MISC".
const char* EntityTypeName(EntityType type);
// Reads the names above; false for anything else.
bool ParseEntityType(std::string_view name, EntityType* type);

// One mention of a name in one article.
struct EntityMention {
  Span span;  // the name's bytes in the article text, without a
              // possessive "'s"
  EntityType type = EntityType::kPerson;
  uint32_t article = 0;  // index of the article in its cluster
};

// An averaged-perceptron tagger (see src/analyze/ner_tagger.cc). Immutable
// after loading; Tag() is const and safe to call from many threads.
class NerTagger {
 public:
  // Loads a model from the bytes of a model file (data/ner/en.model, as
  // written by `precis ner train`). Fails with BadInput on anything else.
  static Result<std::unique_ptr<NerTagger>> Load(std::string_view bytes);
  // The same, reading the file first.
  static Result<std::unique_ptr<NerTagger>> LoadFile(const std::string& path);
  // The English model compiled into the library (trained on CoNLL-2003).
  // Loaded once, on first use.
  static const NerTagger& Default();

  ~NerTagger();
  NerTagger(const NerTagger&) = delete;
  NerTagger& operator=(const NerTagger&) = delete;

  // Appends the names among `tokens` (Tokenize()'s tokens of one document,
  // in order, with offsets into `text`) to *out, in text order, each with
  // `article` as its article index. Offsets are those of the tokens.
  // Sentence starts are found from the tokens (after . ! ? and at line
  // breaks); the whole token sequence is one document for the
  // document-level features. Total: any tokens of `text` are accepted.
  void Tag(std::string_view text, std::span<const Token> tokens,
           std::vector<EntityMention>* out, uint32_t article = 0) const;

  // Tokenizes `text` and tags it: the mentions with offsets into `text`
  // plus `base`.
  std::vector<EntityMention> TagText(std::string_view text, uint32_t base = 0,
                                     uint32_t article = 0) const;

  struct Model;  // the weights and gazetteer (src/analyze/ner_model.h)
  const Model& model() const { return *model_; }

 private:
  explicit NerTagger(std::unique_ptr<Model> model);
  std::unique_ptr<Model> model_;
};

// A person, organization, place or other name, merged over its mentions in
// the articles of one cluster.
struct Entity {
  std::string name;  // the fullest form used ("Hassan Rouhani")
  EntityType type = EntityType::kPerson;
  std::vector<EntityMention> mentions;  // by article, then offset
  std::vector<std::string> aliases;     // the other forms, most used first
  // Titles and roles found in apposition ("Iranian President", "Russia's
  // Ambassador to Israel"), most frequent first, as written.
  std::vector<std::string> roles;
  uint32_t articles = 0;  // number of articles mentioning it
  uint32_t outlets = 0;   // number of distinct sources (an article without a
                          // source counts as its own outlet)
  double salience = 0;    // see LinkOptions
  uint32_t rank = 0;      // 1 = most salient in the cluster
};

struct LinkOptions {
  // A single-word or shorter mention joins the full name in which it is the
  // last word (or a contiguous part of it, for organizations and places)
  // when exactly one such name exists in the cluster (or, when several do,
  // the last one named before it in the same article).
  bool link_partial_names = true;
  // "U.N." and "UN" join "United Nations" (initials of its capitalized
  // words).
  bool link_acronyms = true;
  // Salience: the sum over articles of log(1 + mentions), plus
  // `early_bonus` when the article names it in its first `early_bytes` of
  // body, plus `title_bonus` when the article's title names it.
  double early_bonus = 0.5;
  uint32_t early_bytes = 600;
  double title_bonus = 1.0;
};

// Merges the mentions of the articles of one cluster (`mentions[i]` holds
// those of `articles[i]`, with article index i) into entities, ranked by
// salience (ties by first mention). Deterministic; linear in the number of
// mentions apart from sorting.
std::vector<Entity> LinkEntities(
    std::span<const Article> articles,
    std::span<const std::vector<EntityMention>> mentions,
    const LinkOptions& options = {});

// Tags `regions` of an article's text (the blocks left by boilerplate
// removal, say; in increasing order) as one document, or its whole body
// (from body_begin) when `regions` is empty. Mentions get article index
// `index`.
std::vector<EntityMention> TagArticle(
    const Article& article, uint32_t index, std::span<const Span> regions = {},
    const NerTagger& tagger = NerTagger::Default());

// One sense per cluster: adds, as mentions, the untagged occurrences of
// names tagged elsewhere in the cluster (the tagger misses some, often at a
// sentence start: "Conti said ..."), with the type most of their tagged
// occurrences have. A name must begin with a capital letter; a one-word
// name must have been tagged at least twice or be the last word of a
// person's full name. `regions[a]` restricts the search in article a as in
// TagArticle (none: the body). Keeps each article's mentions in order and
// never adds one that overlaps another.
void AddRepeatedNames(std::span<const Article> articles,
                      std::span<std::vector<EntityMention>> mentions,
                      std::span<const std::vector<Span>> regions = {});

// Tags the body of each article (from body_begin) with `tagger`, adds
// repeated names (AddRepeatedNames) and links the mentions.
std::vector<Entity> FindEntities(std::span<const Article> articles,
                                 const NerTagger& tagger = NerTagger::Default(),
                                 const LinkOptions& options = {});
// The same within `regions[a]` of article a (the blocks boilerplate removal
// kept, say; all of the body for an article without regions).
std::vector<Entity> FindEntities(std::span<const Article> articles,
                                 std::span<const std::vector<Span>> regions,
                                 const NerTagger& tagger = NerTagger::Default(),
                                 const LinkOptions& options = {});

}  // namespace precis

#endif  // PRECIS_ENTITIES_H_
