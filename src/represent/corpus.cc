// Copyright 2026 The precis Authors.

#include "represent/corpus.h"

#include <memory>

#include "precis/stemmer.h"
#include "precis/tokenizer.h"
#include "represent/fold.h"

namespace precis {
namespace {

// Turns the tokens of one sentence into term ids. Reuses its buffers across
// sentences: no allocation per token once warm.
class TermMaker {
 public:
  TermMaker(Stemmer* stemmer, const StopWords* stop, Vocabulary* vocab)
      : stemmer_(stemmer), stop_(stop), vocab_(vocab) {}

  // Appends the terms of `sentence` (bytes [span) of `text`) to *terms;
  // returns the number of word and number tokens.
  uint32_t Add(std::string_view text, Span span, std::vector<uint32_t>* terms) {
    tokens_.clear();
    Tokenize(span.In(text), &tokens_, {}, span.begin);
    uint32_t words = 0;
    for (const Token& t : tokens_) {
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
      ++words;
      FoldCase(t.span.In(text), &lower_);
      if (t.kind == TokenKind::kWord) {
        StripPossessive(&lower_);
        if (stop_->Contains(lower_)) continue;
        terms->push_back(vocab_->Intern(stemmer_->Stem(lower_)));
      } else {
        terms->push_back(vocab_->Intern(lower_));
      }
    }
    return words;
  }

 private:
  Stemmer* stemmer_;
  const StopWords* stop_;
  Vocabulary* vocab_;
  std::vector<Token> tokens_;
  std::string lower_;
};

bool EndsWithQuestion(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\x9D") {
      s.remove_suffix(3);  // closing curly quote
    } else {
      return c == '?';
    }
  }
  return false;
}

}  // namespace

Result<Corpus> Corpus::Build(const Cluster& cluster,
                             const CorpusOptions& options) {
  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<Stemmer> stemmer,
                          Stemmer::Create(options.language));
  const StopWords& stop = StopWords::ForLanguage(options.language);

  Corpus c;
  c.cluster_ = &cluster;
  if (options.clean_boilerplate) {
    c.cleaned_ = CleanArticles(cluster.articles, options.clean);
  } else {
    for (const Article& a : cluster.articles) {
      CleanedArticle all;
      const auto n = static_cast<uint32_t>(a.text.size());
      if (a.body_begin < n) all.blocks.push_back({a.body_begin, n});
      c.cleaned_.push_back(std::move(all));
    }
  }
  TermMaker maker(stemmer.get(), &stop, &c.vocab_);
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    c.starts_.push_back(static_cast<uint32_t>(c.sentences_.size()));
    const std::string& text = cluster.articles[a].text;
    uint32_t position = 0, paragraph_base = 0;
    for (const Span& block : c.cleaned_[a].blocks) {
      uint32_t last_paragraph = 0;
      for (const Sentence& s :
           SplitSentences(block.In(text), {}, block.begin)) {
        CorpusSentence cs;
        cs.article = a;
        cs.position = position++;
        cs.paragraph = paragraph_base + s.paragraph;
        last_paragraph = s.paragraph;
        cs.span = s.span;
        cs.terminated = s.terminated;
        cs.question = EndsWithQuestion(s.span.In(text));
        cs.terms_begin = static_cast<uint32_t>(c.terms_.size());
        cs.words = maker.Add(text, s.span, &c.terms_);
        cs.terms_end = static_cast<uint32_t>(c.terms_.size());
        c.sentences_.push_back(cs);
      }
      paragraph_base += last_paragraph + 1;
    }
  }
  c.starts_.push_back(static_cast<uint32_t>(c.sentences_.size()));
  return c;
}

}  // namespace precis
