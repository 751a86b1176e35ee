// Copyright 2026 The precis Authors.
//
// Training of the greedy averaged-perceptron tagger. The structure is that
// of Ratinov & Roth (2009): BILOU tags, left-to-right greedy decoding with
// the predicted previous tags as features, non-local features from the
// document. The learner is the averaged perceptron (Collins 2002) applied
// to each decision, with the history the model itself predicted (so that
// training sees the errors it will make at run time), rather than the
// structured perceptron over whole sentences. The gazetteer comes from
// the training names, jackknifed over document folds.

#include "analyze/ner_train.h"

#include <algorithm>
#include <chrono>
#include <numeric>

#include "analyze/ner_titles.h"
#include "analyze/perceptron.h"

namespace precis::ner {
namespace {

// splitmix64 (Steele et al. 2014): a pinned generator, so that training
// does not depend on the standard library's distributions.
uint64_t NextRandom(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void Shuffle(std::vector<uint32_t>* v, uint64_t* state) {
  for (size_t i = v->size(); i > 1; --i) {
    std::swap((*v)[i - 1], (*v)[NextRandom(state) % i]);
  }
}

Gazetteer BuildGazetteer(const conll::Corpus& corpus,
                         const std::vector<int>& fold) {
  Gazetteer gazetteer;
  std::string scratch;
  std::vector<uint64_t> lower;
  for (size_t d = 0; d < corpus.documents.size(); ++d) {
    const conll::Document& doc = corpus.documents[d];
    for (const conll::Chunk& c : doc.entities) {
      lower.clear();
      for (uint32_t i = c.begin; i < c.end; ++i) {
        WordInfo info;
        DescribeWord(doc.words[i], &scratch, &info);
        lower.push_back(info.lower);
      }
      gazetteer.Add(lower, int(c.type), fold[d]);
    }
  }
  return gazetteer;
}

CaseLexicon BuildLexicon(const conll::Corpus& corpus,
                         const std::vector<int>& fold) {
  CaseLexicon lexicon;
  std::string scratch;
  for (size_t d = 0; d < corpus.documents.size(); ++d) {
    const conll::Document& doc = corpus.documents[d];
    size_t s = 0;  // the sentence of word i
    for (uint32_t i = 0; i < doc.words.size(); ++i) {
      while (s + 1 < doc.sentences.size() && doc.sentences[s + 1] <= i) ++s;
      if (doc.sentences[s] == i) continue;  // a sentence start
      WordInfo info;
      DescribeWord(doc.words[i], &scratch, &info);
      if (info.cls == kLowerClass) {
        lexicon.Add(info.lower, false, fold[d]);
      } else if (info.cls == kTitleClass || info.cls == kMixedClass) {
        lexicon.Add(info.lower, true, fold[d]);
      }
    }
  }
  return lexicon;
}

int ArgMax(const float* scores) {
  int best = 0;
  for (int t = 1; t < kNumTags; ++t) {
    if (scores[t] > scores[best]) best = t;
  }
  return best;
}

struct TrainItem {
  float score;
  int prev, prev2;  // tags of this word and the one before
  int32_t parent;
};

// One sentence [b, e) with the structured perceptron and beam search
// (Collins & Roark 2004): decode with the current weights; as soon as the
// gold sequence falls out of the beam (or at the end, if it lost), update
// towards the gold prefix and away from the best one. `base(i, keys)`
// appends the tag-independent features of word i. Writes the tags the
// history should record to out[b, e): the predicted prefix, gold after it.
// Returns whether an update was made.
template <typename BaseKeys>
bool TrainSentenceBeam(AveragedPerceptron* perceptron, const Featurizer& f,
                       size_t b, size_t e, int beam, const BaseKeys& base,
                       const uint8_t* gold, uint8_t* out) {
  std::vector<std::vector<uint64_t>> base_keys(e - b);
  std::vector<TrainItem> lattice = {{0, -1, -1, -1}};
  std::vector<TrainItem> cands;
  std::vector<uint64_t> keys;
  size_t level = 0, level_end = 1;
  int32_t gold_item = 0;
  size_t i = b;
  bool fell = false;
  for (; i < e; ++i) {
    base(i, &base_keys[i - b]);
    float base_scores[kNumTags] = {};
    perceptron->Score(base_keys[i - b], base_scores);
    cands.clear();
    for (size_t p = level; p < level_end; ++p) {
      const TrainItem& item = lattice[p];
      keys.clear();
      f.Dynamic(i, item.prev, item.prev2, &keys);
      float scores[kNumTags];
      std::copy(base_scores, base_scores + kNumTags, scores);
      perceptron->Score(keys, scores);
      for (int t = 0; t < kNumTags; ++t) {
        if (!CanFollow(item.prev, t) || (i + 1 == e && !CanEnd(t))) continue;
        cands.push_back({item.score + scores[t], t, item.prev, int32_t(p)});
      }
    }
    std::sort(cands.begin(), cands.end(),
              [](const TrainItem& x, const TrainItem& y) {
                if (x.score != y.score) return x.score > y.score;
                if (x.parent != y.parent) return x.parent < y.parent;
                return x.prev < y.prev;
              });
    bool seen[kNumTags + 1][kNumTags] = {};
    level = lattice.size();
    int32_t next_gold = -1;
    for (const TrainItem& c : cands) {
      if (int(lattice.size() - level) >= beam) break;
      bool& s = seen[c.prev2 + 1][c.prev];
      if (s) continue;
      s = true;
      if (c.parent == gold_item && c.prev == gold[i]) {
        next_gold = int32_t(lattice.size());
      }
      lattice.push_back(c);
    }
    level_end = lattice.size();
    gold_item = next_gold;
    if (gold_item < 0) {
      fell = true;
      break;
    }
  }
  const size_t last = fell ? i : e - 1;  // the last word decoded
  // The best path, back from the first item of the last level.
  int32_t p = int32_t(level);
  for (size_t j = last + 1; j-- > b;) {
    out[j] = uint8_t(lattice[p].prev);
    p = lattice[p].parent;
  }
  const bool wrong = fell || !std::equal(out + b, out + last + 1, gold + b);
  if (wrong) {
    for (size_t j = b; j <= last; ++j) {
      const int g1 = j > b ? gold[j - 1] : -1,
                g2 = j > b + 1 ? gold[j - 2] : -1;
      const int p1 = j > b ? out[j - 1] : -1, p2 = j > b + 1 ? out[j - 2] : -1;
      if (gold[j] == out[j] && g1 == p1 && g2 == p2) continue;
      keys = base_keys[j - b];
      f.Dynamic(j, g1, g2, &keys);
      perceptron->Add(keys, gold[j], 1);
      keys = base_keys[j - b];
      f.Dynamic(j, p1, p2, &keys);
      perceptron->Add(keys, out[j], -1);
    }
  }
  std::copy(gold + last + 1, gold + e, out + last + 1);
  return wrong;
}

}  // namespace

Sequence ToSequence(const conll::Document& doc) {
  Sequence seq;
  seq.words = doc.words;
  seq.sentence_start.assign(doc.words.size(), 0);
  for (uint32_t s : doc.sentences) seq.sentence_start[s] = 1;
  return seq;
}

std::vector<uint8_t> GoldTags(const conll::Document& doc) {
  std::vector<uint8_t> tags(doc.words.size(), kOutside);
  for (const conll::Chunk& c : doc.entities) {
    const int type = int(c.type);
    if (c.end - c.begin == 1) {
      tags[c.begin] = uint8_t(MakeTag(type, kUnit));
      continue;
    }
    tags[c.begin] = uint8_t(MakeTag(type, kBegin));
    for (uint32_t i = c.begin + 1; i + 1 < c.end; ++i) {
      tags[i] = uint8_t(MakeTag(type, kInside));
    }
    tags[c.end - 1] = uint8_t(MakeTag(type, kLast));
  }
  return tags;
}

Result<std::unique_ptr<NerTagger::Model>> Train(const conll::Corpus& train,
                                                const TrainOptions& options,
                                                const EpochCallback& on_epoch) {
  const size_t n_docs = train.documents.size();
  size_t n_entities = 0;
  for (const conll::Document& d : train.documents) {
    n_entities += d.entities.size();
  }
  if (n_entities == 0) {
    return Status::BadInput("no entities in the training data");
  }
  const int folds = std::clamp(options.folds, 2, Gazetteer::kMaxFolds);
  std::vector<int> fold(n_docs);
  uint64_t state = options.seed;
  for (size_t d = 0; d < n_docs; ++d) {
    fold[d] = int(NextRandom(&state) % folds);
  }
  const Gazetteer gazetteer = BuildGazetteer(train, fold);

  std::vector<Sequence> seqs(n_docs);
  std::vector<std::vector<uint8_t>> gold(n_docs);
  for (size_t d = 0; d < n_docs; ++d) {
    seqs[d] = ToSequence(train.documents[d]);
    gold[d] = GoldTags(train.documents[d]);
  }

  // The tag-independent features of every word, computed once and kept
  // when frequent enough: static_keys[offsets[w] .. offsets[w + 1]) for
  // word w of the corpus (documents one after the other).
  const CaseLexicon lexicon = BuildLexicon(train, fold);
  Featurizer featurizer(&gazetteer, &lexicon);
  std::vector<uint64_t> all_keys;
  std::vector<size_t> offsets = {0};
  FlatMap<uint32_t> counts(1 << 20);
  for (size_t d = 0; d < n_docs; ++d) {
    featurizer.Prepare(seqs[d], fold[d]);
    for (size_t i = 0; i < seqs[d].size(); ++i) {
      featurizer.Static(i, &all_keys);
      offsets.push_back(all_keys.size());
    }
  }
  for (uint64_t k : all_keys) ++counts[k];
  std::vector<uint64_t> static_keys;
  std::vector<size_t> static_offsets = {0};
  static_keys.reserve(all_keys.size());
  for (size_t w = 0; w + 1 < offsets.size(); ++w) {
    for (size_t j = offsets[w]; j < offsets[w + 1]; ++j) {
      if (*counts.Find(all_keys[j]) >= uint32_t(options.min_count)) {
        static_keys.push_back(all_keys[j]);
      }
    }
    static_offsets.push_back(static_keys.size());
  }
  all_keys = std::vector<uint64_t>();
  std::vector<size_t> first_word(n_docs + 1, 0);
  for (size_t d = 0; d < n_docs; ++d) {
    first_word[d + 1] = first_word[d] + seqs[d].size();
  }

  // The members of the ensemble, each visiting the documents in its own
  // order.
  const int members = std::max(options.models, 1);
  std::vector<AveragedPerceptron> perceptrons(members,
                                              AveragedPerceptron(kNumTags));
  std::vector<std::vector<uint32_t>> orders(members);
  std::vector<uint64_t> states(members);
  for (int m = 0; m < members; ++m) {
    orders[m].resize(n_docs);
    std::iota(orders[m].begin(), orders[m].end(), 0);
    states[m] = state + uint64_t(m) * 0x5851F42D4C957F2Dull;
  }
  std::vector<uint64_t> keys;
  std::vector<uint8_t> predicted;
  std::unique_ptr<NerTagger::Model> model;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (int m = 0; m < members; ++m) {
      AveragedPerceptron& perceptron = perceptrons[m];
      Shuffle(&orders[m], &states[m]);
      for (uint32_t d : orders[m]) {
        predicted.assign(seqs[d].size(), kOutside);
        featurizer.Prepare(seqs[d], fold[d]);
        auto base = [&](size_t i, std::vector<uint64_t>* out) {
          const size_t w = first_word[d] + i;
          out->assign(static_keys.begin() + static_offsets[w],
                      static_keys.begin() + static_offsets[w + 1]);
          featurizer.History(i, out);
        };
        if (options.beam > 1) {
          for (size_t b = 0; b < seqs[d].size();) {
            const size_t e = featurizer.SentenceEnd(b);
            TrainSentenceBeam(&perceptron, featurizer, b, e, options.beam, base,
                              gold[d].data(), predicted.data());
            perceptron.Tick();
            for (size_t j = b; j < e; ++j) featurizer.Decide(j, predicted[j]);
            b = e;
          }
          continue;
        }
        int prev = -1, prev2 = -1;
        size_t sentence = 0;  // first word of the current sentence
        for (size_t i = 0; i < seqs[d].size(); ++i) {
          if (featurizer.SentenceStarts(i)) {
            for (size_t j = sentence; j < i; ++j) {
              featurizer.Decide(j, predicted[j]);
            }
            sentence = i;
            prev = prev2 = -1;
          }
          base(i, &keys);
          featurizer.Dynamic(i, prev, prev2, &keys);
          float scores[kNumTags] = {};
          perceptron.Score(keys, scores);
          predicted[i] = uint8_t(ArgMax(scores));
          perceptron.Update(keys, gold[d][i], predicted[i]);
          perceptron.Tick();
          prev2 = prev;
          prev = predicted[i];
        }
      }
    }
    model = NerTagger::Model::FromPerceptrons(perceptrons, gazetteer, lexicon);
    if (on_epoch) on_epoch(epoch, *model);
  }
  return model;
}

Evaluation Evaluate(const NerTagger::Model& model, const conll::Corpus& corpus,
                    int beam) {
  Evaluation eval;
  Featurizer featurizer(&model.gazetteer, &model.lexicon);
  std::vector<uint64_t> keys;
  std::vector<uint8_t> tags;
  std::vector<WordChunk> chunks;
  std::vector<conll::Chunk> predicted;
  for (const conll::Document& doc : corpus.documents) {
    const Sequence seq = ToSequence(doc);
    const auto t0 = std::chrono::steady_clock::now();
    featurizer.Prepare(seq);
    Decode(model, &featurizer, beam, &keys, &tags);
    eval.seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count();
    eval.words += seq.size();
    chunks.clear();
    ChunksOf(tags, &chunks);
    SplitTitles(seq.words, &chunks);
    predicted.clear();
    for (const WordChunk& c : chunks) {
      predicted.push_back({c.begin, c.end, EntityType(c.type)});
    }
    eval.scores.Add(doc.entities, predicted);
  }
  return eval;
}

}  // namespace precis::ner
