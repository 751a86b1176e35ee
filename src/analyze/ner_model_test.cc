// Copyright 2026 The precis Authors.

#include "analyze/ner_model.h"

#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis::ner {
namespace {

std::unique_ptr<NerTagger::Model> SmallModel() {
  AveragedPerceptron p(kNumTags);
  std::mt19937_64 rng(3);
  for (int i = 0; i < 300; ++i) {
    const std::vector<uint64_t> keys = {rng() % 50 + 1, rng() % 50 + 1};
    p.Update(keys, int(rng() % kNumTags), int(rng() % kNumTags));
    p.Tick();
  }
  Gazetteer g;
  const std::vector<uint64_t> name = {StableHash("tallinn")};
  g.Add(name, int(EntityType::kLocation), 0);
  CaseLexicon lexicon;
  lexicon.Add(StableHash("leader"), false, 0);
  const std::vector<AveragedPerceptron> members = {p};
  return NerTagger::Model::FromPerceptrons(members, std::move(g),
                                           std::move(lexicon));
}

TEST(NerModelTest, SerializesAndParsesBack) {
  const auto model = SmallModel();
  ASSERT_GT(model->features(), 0u);
  const std::string bytes = model->Serialize();
  EXPECT_TRUE(bytes.starts_with("precis-ner 2\n"));
  auto parsed = NerTagger::Model::Parse(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ((*parsed)->features(), model->features());
  EXPECT_EQ((*parsed)->scale, model->scale);
  EXPECT_EQ((*parsed)->gazetteer.size(), 1u);
  EXPECT_EQ((*parsed)->Serialize(), bytes);
  // Same scores for the same keys.
  std::vector<uint64_t> keys;
  for (uint64_t k = 1; k <= 50; ++k) keys.push_back(k);
  int32_t a[NerTagger::Model::kRow] = {}, b[NerTagger::Model::kRow] = {};
  model->Score(keys, a);
  (*parsed)->Score(keys, b);
  EXPECT_TRUE(std::equal(a, a + NerTagger::Model::kRow, b));
}

TEST(NerModelTest, RejectsDamagedFiles) {
  const std::string bytes = SmallModel()->Serialize();
  // Every truncation fails cleanly.
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_FALSE(NerTagger::Model::Parse(bytes.substr(0, cut)).ok()) << cut;
  }
  EXPECT_FALSE(NerTagger::Model::Parse(bytes + "x").ok());
  std::string other_version = bytes;
  other_version[13] = char(99);  // the feature version
  auto r = NerTagger::Model::Parse(other_version);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), ::testing::HasSubstr("feature version"));
  // Random damage: never a crash.
  std::mt19937 rng(9);
  for (int i = 0; i < 300; ++i) {
    std::string damaged = bytes;
    for (int k = 0; k < 4; ++k) damaged[rng() % damaged.size()] = char(rng());
    (void)NerTagger::Model::Parse(damaged);
    (void)NerTagger::Model::Parse(testing::RandomJunk(rng, 64));
  }
}

std::string Chunks(const std::vector<std::string>& names) {
  std::vector<uint8_t> tags;
  for (const std::string& n : names) {
    if (n == "O") {
      tags.push_back(kOutside);
      continue;
    }
    const int pos = std::string("BILU").find(n[0]);
    EntityType type;
    EXPECT_TRUE(ParseEntityType(n.substr(2), &type));
    tags.push_back(uint8_t(MakeTag(int(type), pos)));
  }
  std::vector<WordChunk> chunks;
  ChunksOf(tags, &chunks);
  std::string out;
  for (const WordChunk& c : chunks) {
    out += std::to_string(c.begin) + "-" + std::to_string(c.end) + ":" +
           EntityTypeName(EntityType(c.type)) + " ";
  }
  return out;
}

TEST(NerModelTest, ChunksOfTags) {
  EXPECT_EQ(Chunks({"B-PER", "L-PER", "O", "U-LOC"}), "0-2:PER 3-4:LOC ");
  EXPECT_EQ(Chunks({"B-ORG", "I-ORG", "I-ORG", "L-ORG"}), "0-4:ORG ");
  // Ill-formed sequences still give every tagged word a name.
  EXPECT_EQ(Chunks({"B-PER", "I-PER"}), "0-2:PER ");
  EXPECT_EQ(Chunks({"I-LOC", "L-LOC", "L-LOC"}), "0-2:LOC 2-3:LOC ");
  EXPECT_EQ(Chunks({"B-PER", "L-ORG"}), "0-1:PER 1-2:ORG ");
  EXPECT_EQ(Chunks({"B-PER", "U-PER", "O"}), "0-1:PER 1-2:PER ");
  EXPECT_EQ(Chunks({}), "");
}

// Whatever the words, every beam width decodes to well-formed sentences.
TEST(NerModelTest, DecodingIsWellFormed) {
  const NerTagger::Model& model = NerTagger::Default().model();
  std::mt19937 rng(4);
  const char* kWords[] = {"Lena",    "Okafor", "of",     "the", "Baltic",
                          "Union",   "said",   ",",      ".",   "in",
                          "TALLINN", "'s",     "\"",     "New", "York",
                          "Times",   "on",     "Friday", "-"};
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> storage;
    Sequence seq;
    const size_t n = 1 + rng() % 40;
    for (size_t i = 0; i < n; ++i) storage.push_back(kWords[rng() % 19]);
    for (size_t i = 0; i < n; ++i) {
      seq.words.push_back(storage[i]);
      seq.sentence_start.push_back(i == 0 || rng() % 8 == 0);
    }
    for (int beam : {1, 4}) {
      Featurizer f(&model.gazetteer, &model.lexicon);
      f.Prepare(seq);
      std::vector<uint64_t> keys;
      std::vector<uint8_t> tags;
      Decode(model, &f, beam, &keys, &tags);
      ASSERT_EQ(tags.size(), n);
      int prev = -1;
      for (size_t i = 0; i < n; ++i) {
        if (seq.sentence_start[i]) {
          ASSERT_TRUE(prev < 0 || CanEnd(prev));
          prev = -1;
        }
        ASSERT_TRUE(CanFollow(prev, tags[i])) << i;
        prev = tags[i];
      }
      ASSERT_TRUE(CanEnd(prev));
    }
  }
}

}  // namespace
}  // namespace precis::ner
