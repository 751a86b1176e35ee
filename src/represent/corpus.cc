// Copyright 2026 The precis Authors.

#include "represent/corpus.h"

#include <algorithm>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>

#include "base/hash.h"
#include "base/string_interner.h"
#include "precis/stemmer.h"
#include "precis/tokenizer.h"
#include "represent/fold.h"

namespace precis {
namespace {

// Folded word -> stem, kept per thread and language across clusters: a news
// stream repeats its vocabulary, and Snowball was the costliest step of
// representing a cluster (15% of the lead method's time). Bounded: cleared
// when it reaches kMaxEntries.
class StemCache {
 public:
  static Result<StemCache*> ForThread(const std::string& language) {
    thread_local std::unordered_map<std::string, std::unique_ptr<StemCache>>
        caches;
    auto it = caches.find(language);
    if (it == caches.end()) {
      PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<Stemmer> stemmer,
                              Stemmer::Create(language));
      it = caches
               .emplace(language, std::unique_ptr<StemCache>(
                                      new StemCache(std::move(stemmer))))
               .first;
    }
    return it->second.get();
  }

  // The stem of a lower-cased word; valid until the next call.
  std::string_view Stem(std::string_view lower) {
    auto it = stems_.find(lower);
    if (it != stems_.end()) return it->second;
    if (stems_.size() >= kMaxEntries) stems_.clear();
    return stems_
        .emplace(std::string(lower), std::string(stemmer_->Stem(lower)))
        .first->second;
  }

 private:
  static constexpr size_t kMaxEntries = size_t{1} << 17;
  explicit StemCache(std::unique_ptr<Stemmer> stemmer)
      : stemmer_(std::move(stemmer)) {}

  std::unique_ptr<Stemmer> stemmer_;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>
      stems_;
};

// Turns the tokens of one sentence into word and term ids. Reuses its
// buffers across sentences: no allocation per token once warm.
class TermMaker {
 public:
  // `bytes`: the text to come, to size the table of surface forms (about
  // one new form in 16 bytes of news).
  TermMaker(StemCache* stems, const StopWords* stop, Vocabulary* vocab,
            Vocabulary* stop_vocab, size_t bytes)
      : stems_(stems), stop_(stop), vocab_(vocab), stop_vocab_(stop_vocab) {
    const size_t expected = std::min<size_t>(bytes / 16, size_t{1} << 16);
    forms_.Reserve(expected);
    word_of_form_.reserve(expected);
  }

  // Appends the ids of a sentence's word and number `tokens` (into `text`)
  // to *words (see Corpus::Words) and those of its content terms to *terms;
  // returns the number of word and number tokens.
  uint32_t Add(std::string_view text, std::span<const Token> tokens,
               std::vector<uint32_t>* words, std::vector<uint32_t>* terms) {
    uint32_t count = 0;
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
      ++count;
      const std::string_view surface = t.span.In(text);
      const uint32_t form = forms_.Intern(surface);
      if (form == word_of_form_.size()) {
        word_of_form_.push_back(WordOf(surface, t.kind));
      }
      const uint32_t word = word_of_form_[form];
      words->push_back(word);
      if (!Corpus::IsStopWord(word)) terms->push_back(word);
    }
    return count;
  }

 private:
  // The word id of a surface form: folded, possessive stripped, stemmed; a
  // stop word's id has Corpus::kStopWord set.
  uint32_t WordOf(std::string_view surface, TokenKind kind) {
    FoldCase(surface, &lower_);
    if (kind != TokenKind::kWord) return vocab_->Intern(lower_);
    StripPossessive(&lower_);
    if (stop_->Contains(lower_)) {
      return Corpus::kStopWord | stop_vocab_->Intern(lower_);
    }
    return vocab_->Intern(stems_->Stem(lower_));
  }

  StemCache* stems_;
  const StopWords* stop_;
  Vocabulary* vocab_;
  Vocabulary* stop_vocab_;
  std::string lower_;
  // Surface form -> word id: most tokens of a cluster repeat, and each form
  // is folded and stemmed once.
  StringInterner forms_;
  std::vector<uint32_t> word_of_form_;  // per id of forms_
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
  PRECIS_ASSIGN_OR_RETURN(StemCache * stems,
                          StemCache::ForThread(options.language));
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
  size_t bytes = 0;
  for (const Article& a : cluster.articles) bytes += a.text.size();
  TermMaker maker(stems, &stop, &c.vocab_, &c.stop_vocab_, bytes);
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
        cs.words_begin = static_cast<uint32_t>(c.words_.size());
        cs.words = maker.Add(text,
                             std::span<const Token>(tokens.data() + next_token,
                                                    last_token - next_token),
                             &c.words_, &c.terms_);
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
