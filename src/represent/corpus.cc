// Copyright 2026 The precis Authors.

#include "represent/corpus.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
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
// representing a cluster (15% of the lead method's time). Each new surface
// form of a cluster asks it once, so what matters is the cost of a lookup:
// it is a two-way set-associative cache with the words and stems stored in
// the entries (words and stems of up to 15 bytes; longer ones are stemmed
// every time), one 64-byte line a lookup. A node map, and then an open-
// addressing table of 2^17 words, spent 10-15% of the time of summarizing
// Multi-News in cache misses.
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

  // Starts loading the cache line that Stem(lower, hash) will read, and
  // returns the hash: a batch of lookups then waits for memory once, not
  // once a word.
  uint64_t Prefetch(std::string_view lower) const {
    const uint64_t hash = HashBytes(lower);
    if (lower.size() <= kMaxBytes) __builtin_prefetch(&sets_[hash & (kSets - 1)]);
    return hash;
  }

  // The stem of a lower-cased word whose Prefetch() gave `hash`; valid
  // until the next call.
  std::string_view Stem(std::string_view lower, uint64_t hash) {
    if (lower.size() > kMaxBytes) return stemmer_->Stem(lower);
    Set& set = sets_[hash & (kSets - 1)];
    for (Entry& e : set.ways) {
      if (e.key_size == lower.size() &&
          std::memcmp(e.key, lower.data(), lower.size()) == 0) {
        return {e.stem, e.stem_size};
      }
    }
    const std::string_view stem = stemmer_->Stem(lower);
    if (stem.size() > kMaxBytes) return stem;
    set.ways[1] = set.ways[0];  // the older entry goes
    Entry& e = set.ways[0];
    std::memcpy(e.key, lower.data(), lower.size());
    e.key_size = static_cast<uint8_t>(lower.size());
    std::memcpy(e.stem, stem.data(), stem.size());
    e.stem_size = static_cast<uint8_t>(stem.size());
    return {e.stem, e.stem_size};
  }

 private:
  static constexpr size_t kMaxBytes = 15;
  static constexpr size_t kSets = size_t{1} << 15;  // 2 MB
  struct Entry {
    char key[kMaxBytes];
    uint8_t key_size = 0;  // 0: empty (the empty word is never stemmed)
    char stem[kMaxBytes];
    uint8_t stem_size = 0;
  };
  struct alignas(64) Set {
    Entry ways[2];
  };

  // The table is one 2 MB block, aligned and advised to be a huge page
  // where the kernel allows: looked up at random, it would otherwise cost
  // a TLB miss (in a virtual machine, a nested page walk) a lookup.
  explicit StemCache(std::unique_ptr<Stemmer> stemmer)
      : stemmer_(std::move(stemmer)),
        sets_(static_cast<Set*>(std::aligned_alloc(kTableBytes, kTableBytes))) {
    if (sets_ == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(sets_.get(), kTableBytes, MADV_HUGEPAGE);
#endif
    std::uninitialized_default_construct_n(sets_.get(), kSets);
  }

  struct Free {
    void operator()(Set* p) const { std::free(p); }
  };
  static constexpr size_t kTableBytes = kSets * sizeof(Set);

  std::unique_ptr<Stemmer> stemmer_;
  std::unique_ptr<Set[], Free> sets_;
};

// Turns tokens into word and term ids: Prepare() a block's tokens, then
// Add() its sentences. Reuses its buffers across blocks: no allocation per
// token once warm.
class TermMaker {
 public:
  // `bytes`: the text to come, to size the table of surface forms (one new
  // form in 32 bytes of news, over Multi-News dev100; fewer in long
  // clusters, more in short ones). An oversized table is slower than one
  // that grows: its lookups miss the cache.
  TermMaker(StemCache* stems, const StopWords* stop, Vocabulary* vocab,
            Vocabulary* stop_vocab, size_t bytes)
      : stems_(stems), stop_(stop), vocab_(vocab), stop_vocab_(stop_vocab) {
    const size_t expected = std::min<size_t>(bytes / 32, size_t{1} << 16);
    forms_.Reserve(expected);
    word_of_form_.reserve(expected);
  }

  // Interns the surface forms of the word and number tokens of a block (of
  // `text`), and gives the forms new to the cluster their word ids (see
  // Corpus::Words): folded, possessive stripped, stemmed; a stop word's id
  // has Corpus::kStopWord set. New forms are resolved in order of first
  // appearance, so ids are too, and their stem cache lines are prefetched
  // together first: most new forms of a cluster were seen in an earlier
  // one, and the cache is too large to stay in the CPU's caches.
  // Only the tokens of `runs` ([first, last) token indices, in order) are
  // looked at.
  void Prepare(std::string_view text, std::span<const Token> tokens,
               std::span<const std::pair<size_t, size_t>> runs) {
    form_of_token_.assign(tokens.size(), kNoForm);
    fresh_.clear();
    lowers_.clear();
    for (const auto& [first, last] : runs) {
      for (size_t k = first; k < last; ++k) AddForm(text, tokens, k);
    }
    for (const Fresh& f : fresh_) {
      const std::string_view lower(lowers_.data() + f.begin, f.end - f.begin);
      switch (f.kind) {
        case kNumber:
          word_of_form_[f.form] = vocab_->Intern(lower);
          break;
        case kStop:
          word_of_form_[f.form] = Corpus::kStopWord | stop_vocab_->Intern(lower);
          break;
        case kStemmed:
          word_of_form_[f.form] = vocab_->Intern(stems_->Stem(lower, f.hash));
          break;
      }
    }
  }

  // Appends the ids of the word and number tokens [first, last) of the
  // prepared block to *words and those of its content terms to *terms;
  // returns the number of word and number tokens.
  uint32_t Add(size_t first, size_t last, std::vector<uint32_t>* words,
               std::vector<uint32_t>* terms) const {
    uint32_t count = 0;
    for (size_t k = first; k < last; ++k) {
      if (form_of_token_[k] == kNoForm) continue;
      ++count;
      const uint32_t word = word_of_form_[form_of_token_[k]];
      words->push_back(word);
      if (!Corpus::IsStopWord(word)) terms->push_back(word);
    }
    return count;
  }

 private:
  // Interns the form of token k when a word or number; a form new to the
  // cluster is folded and queued in fresh_.
  void AddForm(std::string_view text, std::span<const Token> tokens,
               size_t k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return;
    const std::string_view surface = t.span.In(text);
    const uint32_t form = forms_.Intern(surface);
    form_of_token_[k] = form;
    if (form < word_of_form_.size()) return;
    word_of_form_.push_back(0);
    FoldCase(surface, &lower_);
    Fresh f{form, static_cast<uint32_t>(lowers_.size()), 0, 0, kNumber};
    if (t.kind == TokenKind::kWord) {
      StripPossessive(&lower_);
      if (stop_->Contains(lower_)) {
        f.kind = kStop;
      } else {
        f.kind = kStemmed;
        f.hash = stems_->Prefetch(lower_);
      }
    }
    lowers_ += lower_;
    f.end = static_cast<uint32_t>(lowers_.size());
    fresh_.push_back(f);
  }

  static constexpr uint32_t kNoForm = UINT32_MAX;
  enum Kind : uint8_t { kNumber, kStop, kStemmed };
  // A form new to the cluster: its lower-cased text, lowers_[begin, end).
  struct Fresh {
    uint32_t form, begin, end;
    uint64_t hash;  // of the stem cache, for kStemmed
    Kind kind;
  };

  StemCache* stems_;
  const StopWords* stop_;
  Vocabulary* vocab_;
  Vocabulary* stop_vocab_;
  // Surface form -> word id: most tokens of a cluster repeat, and each form
  // is folded and stemmed once.
  StringInterner forms_;
  std::vector<uint32_t> word_of_form_;  // per id of forms_
  // Of the prepared block:
  std::vector<uint32_t> form_of_token_;  // kNoForm for other tokens
  std::vector<Fresh> fresh_;
  std::string lowers_, lower_;
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
  std::vector<std::pair<size_t, size_t>> runs;  // each sentence's tokens
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    c.starts_.push_back(static_cast<uint32_t>(c.sentences_.size()));
    const std::string& text = cluster.articles[a].text;
    uint32_t position = 0, paragraph_base = 0;
    for (const Span& block : c.cleaned_[a].blocks) {
      uint32_t last_paragraph = 0;
      tokens.clear();
      const std::vector<Sentence> split =
          SplitSentences(block.In(text), {}, block.begin, &tokens);
      // Each sentence's tokens: a contiguous run after the last one's.
      runs.clear();
      size_t next_token = 0;
      for (const Sentence& s : split) {
        while (next_token < tokens.size() &&
               tokens[next_token].span.begin < s.span.begin) {
          ++next_token;
        }
        size_t last_token = next_token;
        while (last_token < tokens.size() &&
               tokens[last_token].span.end <= s.span.end) {
          ++last_token;
        }
        runs.emplace_back(next_token, last_token);
        next_token = last_token;
      }
      maker.Prepare(text, tokens, runs);
      for (size_t k = 0; k < split.size(); ++k) {
        const Sentence& s = split[k];
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
        cs.words =
            maker.Add(runs[k].first, runs[k].second, &c.words_, &c.terms_);
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
