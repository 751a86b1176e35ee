// Copyright 2026 The precis Authors.
//
// Training the named-entity tagger on CoNLL-2003 data and measuring it.

#ifndef PRECIS_ANALYZE_NER_TRAIN_H_
#define PRECIS_ANALYZE_NER_TRAIN_H_

#include <cstdint>
#include <functional>
#include <memory>

#include "analyze/conll.h"
#include "analyze/ner_features.h"
#include "analyze/ner_model.h"

namespace precis::ner {

struct TrainOptions {
  int epochs = 12;           // passes over the training documents
  int min_count = 2;         // tag-independent features seen fewer times in the
                             // training data are not used
  int folds = 5;             // jackknife folds for the gazetteer features
  uint64_t seed = 20030601;  // document order of each pass
  // Beam of the search during training: 1 trains each decision on its own
  // (greedy, with the predicted history); more trains whole sentences with
  // beam search and early updates (Collins & Roark 2004). On CoNLL-2003
  // dev, decoding with beam 4, greedy training did better (92.2 F1 against
  // 91.5 for beam 4 in training).
  int beam = 1;
  // Perceptrons trained side by side on different document orders, their
  // averaged weights averaged into the model (a parameter mixture, as in
  // Mann et al. 2009; McDonald et al. 2010), which evens out the
  // dependence on the order. On CoNLL-2003 dev, 4 gave 92.3 and 92.6 F1
  // for two seeds where one gave 91.8 and 92.4.
  int models = 4;
};

// Called after each epoch with its number (1-based) and the model of the
// averaged weights so far.
using EpochCallback =
    std::function<void(int epoch, const NerTagger::Model& model)>;

// Trains the greedy averaged-perceptron tagger: each pass visits the
// documents in a seeded random order and decodes each word with the tags
// predicted so far as history, updating on each mistake (Collins 2002;
// Ratinov & Roth 2009). Deterministic for given data and options.
// Fails with BadInput on a corpus without entities.
Result<std::unique_ptr<NerTagger::Model>> Train(const conll::Corpus& train,
                                                const TrainOptions& options,
                                                const EpochCallback& on_epoch);

// A CoNLL document as a tagger input.
Sequence ToSequence(const conll::Document& doc);

// The BILOU tags of a document's gold entities.
std::vector<uint8_t> GoldTags(const conll::Document& doc);

struct Evaluation {
  conll::Scores scores;
  size_t words = 0;
  double seconds = 0;  // tagging time alone (features and decoding)
  double WordsPerSecond() const { return seconds > 0 ? words / seconds : 0; }
};

// Tags every document of `corpus` with `model` (beam search of width
// `beam`, see Decode) and scores it against the gold entities.
Evaluation Evaluate(const NerTagger::Model& model, const conll::Corpus& corpus,
                    int beam = kDefaultBeam);

}  // namespace precis::ner

#endif  // PRECIS_ANALYZE_NER_TRAIN_H_
