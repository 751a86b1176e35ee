// Copyright 2026 The precis Authors.
//
// Corpus: the sentences of one cluster, represented for selection. Built once
// per cluster from the cleaned articles: every sentence keeps its article and
// byte span, and carries its content terms (lower-cased, stop words removed,
// stemmed) as ids into a Vocabulary, and every word in text order (stop words
// included, for methods that read n-grams), stored flat to avoid an
// allocation per sentence.

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
  uint32_t terms_begin = 0, terms_end = 0;  // range of Corpus::Terms
  uint32_t words_begin = 0;                 // Corpus::Words has `words`
  bool question = false;                    // ends in '?'
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
  const Vocabulary& stop_words() const { return stop_vocab_; }
  size_t article_count() const { return cluster_->articles.size(); }

  // Content term ids of a sentence, in text order, repeats kept.
  std::span<const uint32_t> Terms(const CorpusSentence& s) const {
    return {terms_.data() + s.terms_begin, s.terms_end - s.terms_begin};
  }
  // Every word and number of a sentence, in text order: a content term's
  // vocabulary id, or kStopWord | (the id of the folded stop word in
  // stop_words()). Size s.words.
  static constexpr uint32_t kStopWord = 0x80000000u;
  std::span<const uint32_t> Words(const CorpusSentence& s) const {
    return {words_.data() + s.words_begin, s.words};
  }
  static bool IsStopWord(uint32_t word) { return (word & kStopWord) != 0; }
  // The stem, number or stop word a Words() id stands for.
  std::string_view WordText(uint32_t word) const {
    return IsStopWord(word) ? stop_vocab_.Term(word & ~kStopWord)
                            : vocab_.Term(word);
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
  std::vector<uint32_t> words_;
  std::vector<uint32_t> starts_;
  Vocabulary vocab_;
  Vocabulary stop_vocab_;  // folded stop words
};

}  // namespace precis

#endif  // PRECIS_REPRESENT_CORPUS_H_
