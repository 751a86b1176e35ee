// Copyright 2026 The precis Authors.

#include "represent/corpus.h"

#include <memory>
#include <span>
#include <string>
#include <unordered_map>

#include "base/hash.h"
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

  // Appends the terms of a sentence's `tokens` (into `text`) to *terms;
  // returns the number of word and number tokens.
  uint32_t Add(std::string_view text, std::span<const Token> tokens,
               std::vector<uint32_t>* terms) {
    uint32_t words = 0;
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
      ++words;
      const std::string_view surface = t.span.In(text);
      auto it = cache_.find(surface);
      if (it == cache_.end()) {
        it =
            cache_.emplace(std::string(surface), TermOf(surface, t.kind)).first;
      }
      if (it->second != kStop) terms->push_back(it->second);
    }
    return words;
  }

 private:
  static constexpr uint32_t kStop = Vocabulary::kNone;

  // The term id of a surface form: folded, possessive stripped, stemmed;
  // kStop for a stop word.
  uint32_t TermOf(std::string_view surface, TokenKind kind) {
    FoldCase(surface, &lower_);
    if (kind != TokenKind::kWord) return vocab_->Intern(lower_);
    StripPossessive(&lower_);
    if (stop_->Contains(lower_)) return kStop;
    return vocab_->Intern(stemmer_->Stem(lower_));
  }

  Stemmer* stemmer_;
  const StopWords* stop_;
  Vocabulary* vocab_;
  std::string lower_;
  // Surface form -> term id: most tokens of a cluster repeat, and each form
  // is folded and stemmed once.
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> cache_;
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
  std::vector<Token> tokens;  // of one block, reused
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    c.starts_.push_back(static_cast<uint32_t>(c.sentences_.size()));
    const std::string& text = cluster.articles[a].text;
    uint32_t position = 0, paragraph_base = 0;
    for (const Span& block : c.cleaned_[a].blocks) {
      uint32_t last_paragraph = 0;
      tokens.clear();
      size_t next_token = 0;
      for (const Sentence& s :
           SplitSentences(block.In(text), {}, block.begin, &tokens)) {
        // The sentence's tokens: a contiguous run from next_token.
        while (next_token < tokens.size() &&
               tokens[next_token].span.begin < s.span.begin) {
          ++next_token;
        }
        size_t last_token = next_token;
        while (last_token < tokens.size() &&
               tokens[last_token].span.end <= s.span.end) {
          ++last_token;
        }
        CorpusSentence cs;
        cs.article = a;
        cs.position = position++;
        cs.paragraph = paragraph_base + s.paragraph;
        last_paragraph = s.paragraph;
        cs.span = s.span;
        cs.terminated = s.terminated;
        cs.question = EndsWithQuestion(s.span.In(text));
        cs.terms_begin = static_cast<uint32_t>(c.terms_.size());
        cs.words = maker.Add(text,
                             std::span<const Token>(tokens.data() + next_token,
                                                    last_token - next_token),
                             &c.terms_);
        next_token = last_token;
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
