// Copyright 2026 The precis Authors.
//
// A headline for a cluster of articles: the title that best stands for all
// of them, not the first one read. Each title is scored by how much of it
// the other articles' leads (their titles and first sentences) repeat: the
// mean, over the other articles, of the share of the title's content stems
// found in that article's lead. This is the centroid idea of Radev et al.
// (2004, MEAD) applied to titles, with leads standing for the articles, as
// news puts the event's facts first. Clusters without usable titles take
// the first sentence of the article whose lead scores best the same way.

#ifndef PRECIS_HEADLINE_H_
#define PRECIS_HEADLINE_H_

#include <cstdint>
#include <string>

#include "precis/article.h"
#include "precis/span.h"

namespace precis {

struct HeadlineOptions {
  std::string language = "english";  // stemmer and stop words
  size_t lead_sentences = 3;         // an article's lead: its title and
                                     // this many first sentences
  size_t min_title_words = 3;        // shorter titles (content words) are
                                     // labels, not headlines
};

struct Headline {
  std::string text;      // "" for a cluster without any text
  int32_t article = -1;  // the article it comes from, -1 when none
  bool from_title = false;  // Article::title; else a sentence of the text
  Span span;                // that sentence's bytes, when !from_title
  double score = 0;         // the mean share described above, in [0, 1]
};

// Deterministic and independent of the articles' order (ties go to the
// title with more content words, then the smaller in byte order).
// Unknown languages fall back to no stemming.
Headline ChooseHeadline(const Cluster& cluster,
                        const HeadlineOptions& options = {});

}  // namespace precis

#endif  // PRECIS_HEADLINE_H_
