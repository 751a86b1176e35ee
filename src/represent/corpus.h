// Copyright 2026 The precis Authors.
//
// Corpus: the sentences of one cluster, represented for selection. Built once
// per cluster from the cleaned articles: every sentence keeps its article and
// byte span, and carries its content terms (lower-cased, stop words removed,
// stemmed) as ids into a Vocabulary, stored flat to avoid an allocation per
// sentence.

#ifndef PRECIS_REPRESENT_CORPUS_H_
#define PRECIS_REPRESENT_CORPUS_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/boilerplate.h"
#include "precis/sentence_splitter.h"
#include "precis/status.h"
#include "represent/vocabulary.h"

namespace precis {

struct CorpusOptions {
  std::string language = "english";  // stemmer and stop words
  CleanOptions clean;                // boilerplate removal before splitting
  bool clean_boilerplate = true;     // false: every line is kept
};

struct CorpusSentence {
  uint32_t article = 0;    // index into the cluster's articles
  uint32_t position = 0;   // index among its article's sentences
  uint32_t paragraph = 0;  // index of its paragraph in the article
  Span span;               // bytes of the article's text
  bool terminated = true;  // ends in final punctuation (see Sentence)
  uint32_t words = 0;      // word and number tokens
  uint32_t terms_begin = 0, terms_end = 0;  // range of Corpus::terms
  bool question = false;   // ends in '?'
};

class Corpus {
 public:
  // Cleans, splits and represents every article of `cluster`. The cluster
  // must outlive the Corpus. Fails only for an unknown language.
  static Result<Corpus> Build(const Cluster& cluster,
                              const CorpusOptions& options = {});

  const Cluster& cluster() const { return *cluster_; }
  const std::vector<CorpusSentence>& sentences() const { return sentences_; }
  const std::vector<CleanedArticle>& cleaned() const { return cleaned_; }
  const Vocabulary& vocabulary() const { return vocab_; }
  size_t article_count() const { return cluster_->articles.size(); }

  // Content term ids of a sentence, in text order, repeats kept.
  std::span<const uint32_t> Terms(const CorpusSentence& s) const {
    return {terms_.data() + s.terms_begin, s.terms_end - s.terms_begin};
  }
  std::string_view Text(const CorpusSentence& s) const {
    return s.span.In(cluster_->articles[s.article].text);
  }
  // Index of the first sentence of each article, plus a final end index.
  const std::vector<uint32_t>& article_starts() const { return starts_; }

 private:
  const Cluster* cluster_ = nullptr;
  std::vector<CorpusSentence> sentences_;
  std::vector<CleanedArticle> cleaned_;
  std::vector<uint32_t> terms_;
  std::vector<uint32_t> starts_;
  Vocabulary vocab_;
};

}  // namespace precis

#endif  // PRECIS_REPRESENT_CORPUS_H_
