// Copyright 2026 The precis Authors.

#include "analyze/ner_train.h"

#include <string>

#include "gtest/gtest.h"

namespace precis::ner {
namespace {

// A small corpus of our own in the CoNLL-2003 format (IOB1).
std::string TinyCorpus() {
  const char* kSentences[] = {
      "Lena I-PER|Berg I-PER|visited O|Tallinn I-LOC|. O",
      "The O|Baltic I-ORG|Union I-ORG|met O|in O|Riga I-LOC|. O",
      "Paolo I-PER|Conti I-PER|left O|Verona I-LOC|on O|Monday O|. O",
      "Berg I-PER|said O|the O|Baltic I-ORG|Union I-ORG|would O|wait O|. O",
      "Estonian I-MISC|voters O|agreed O|. O",
  };
  std::string out;
  for (int doc = 0; doc < 6; ++doc) {
    out += "-DOCSTART- O\n\n";
    for (const char* s : kSentences) {
      std::string line;
      for (const char* p = s;; ++p) {
        if (*p == '|' || *p == '\0') {
          out += line + "\n";
          line.clear();
          if (*p == '\0') break;
        } else {
          line.push_back(*p);
        }
      }
      out += "\n";
    }
  }
  return out;
}

TEST(NerTrainTest, LearnsItsTrainingDataDeterministically) {
  auto corpus = conll::Parse(TinyCorpus(), "tiny");
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  TrainOptions options;
  options.epochs = 4;
  options.min_count = 1;
  int epochs_seen = 0;
  auto model = Train(*corpus, options, [&](int epoch, const NerTagger::Model&) {
    EXPECT_EQ(epoch, ++epochs_seen);
  });
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(epochs_seen, 4);
  const Evaluation e = Evaluate(**model, *corpus, /*beam=*/1);
  EXPECT_EQ(e.scores.F1(), 1.0) << e.scores.Table();
  EXPECT_EQ(e.words, corpus->tokens());
  auto again = Train(*corpus, options, nullptr);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)->Serialize(), (*model)->Serialize());
  // The model loads as a tagger.
  auto tagger = NerTagger::Load((*model)->Serialize());
  ASSERT_TRUE(tagger.ok());
  EXPECT_FALSE((*tagger)->TagText("Lena Berg visited Riga.").empty());
}

TEST(NerTrainTest, BeamTrainingLearnsItsTrainingData) {
  auto corpus = conll::Parse(TinyCorpus(), "tiny");
  ASSERT_TRUE(corpus.ok());
  TrainOptions options;
  options.epochs = 4;
  options.min_count = 1;
  options.beam = 4;
  auto model = Train(*corpus, options, nullptr);
  ASSERT_TRUE(model.ok());
  const Evaluation e = Evaluate(**model, *corpus, /*beam=*/4);
  EXPECT_EQ(e.scores.F1(), 1.0) << e.scores.Table();
}

TEST(NerTrainTest, GoldTagsAreBilou) {
  auto corpus = conll::Parse(TinyCorpus(), "tiny");
  ASSERT_TRUE(corpus.ok());
  const std::vector<uint8_t> tags = GoldTags(corpus->documents[0]);
  // "Lena Berg visited Tallinn ."
  EXPECT_EQ(TagName(tags[0]), "B-PER");
  EXPECT_EQ(TagName(tags[1]), "L-PER");
  EXPECT_EQ(TagName(tags[2]), "O");
  EXPECT_EQ(TagName(tags[3]), "U-LOC");
  const Sequence seq = ToSequence(corpus->documents[0]);
  EXPECT_EQ(seq.sentence_start[0], 1);
  EXPECT_EQ(seq.sentence_start[5], 1);
  EXPECT_EQ(seq.sentence_start[6], 0);
}

TEST(NerTrainTest, NoEntitiesIsBadInput) {
  auto corpus = conll::Parse("Nothing O\nhere O\n", "none");
  ASSERT_TRUE(corpus.ok());
  auto model = Train(*corpus, {}, nullptr);
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().code(), Status::Code::kBadInput);
}

}  // namespace
}  // namespace precis::ner
