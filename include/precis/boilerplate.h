// Copyright 2026 The precis Authors.
//
// Boilerplate removal for plain article text: photo credits, share and
// comment widgets, "Read more", newsletter prompts, navigation, comment-form
// text. Works on lines and never rewrites the text: it reports which byte
// ranges of the article to keep, so offsets stay those of the original.

#ifndef PRECIS_BOILERPLATE_H_
#define PRECIS_BOILERPLATE_H_

#include <span>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/span.h"

namespace precis {

struct CleanOptions {
  bool drop_phrases = true;        // lines matching the boilerplate phrase
                                   // data file (data/boilerplate/en.txt)
  bool drop_shapeless = true;      // lines without sentence shape
  bool drop_cross_source = true;   // lines repeated across articles of
                                   // different outlets (needs a cluster)
  bool drop_datelines = true;      // a wire dateline opening one of the
                                   // first lines ("LONDON (AP) _ ",
                                   // "NEW YORK (Reuters) - "): the block
                                   // starts after it
};

struct DroppedLine {
  Span span;         // the line, trimmed (for "dateline", the dateline)
  std::string rule;  // which rule dropped it, e.g. "phrase:read more"
};

struct CleanedArticle {
  // Maximal runs of kept lines not separated by a blank or dropped line, in
  // order; each starts and ends on non-space bytes. Sentence splitting runs
  // on each block.
  std::vector<Span> blocks;
  std::vector<DroppedLine> dropped;  // in order
};

// Cleans every article of a cluster (the cross-source rule compares them).
// Deterministic; the title line, when it repeats the article's title, is
// dropped as a headline ("title").
std::vector<CleanedArticle> CleanArticles(std::span<const Article> articles,
                                          const CleanOptions& options = {});

}  // namespace precis

#endif  // PRECIS_BOILERPLATE_H_
