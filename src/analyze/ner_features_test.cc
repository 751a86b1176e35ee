// Copyright 2026 The precis Authors.

#include "analyze/ner_features.h"

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyze/ner_flat_map.h"
#include "analyze/ner_gazetteer.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace precis::ner {
namespace {

WordInfo Describe(std::string_view w) {
  std::string scratch;
  WordInfo info;
  DescribeWord(w, &scratch, &info);
  return info;
}

TEST(NerTagsTest, BilouTransitions) {
  const int b_per = MakeTag(0, kBegin), i_per = MakeTag(0, kInside);
  const int l_per = MakeTag(0, kLast), u_loc = MakeTag(2, kUnit);
  const int l_org = MakeTag(1, kLast);
  EXPECT_EQ(TagName(kOutside), "O");
  EXPECT_EQ(TagName(b_per), "B-PER");
  EXPECT_EQ(TagName(u_loc), "U-LOC");
  EXPECT_EQ(TagName(MakeTag(3, kLast)), "L-MISC");
  EXPECT_TRUE(CanFollow(-1, b_per));
  EXPECT_FALSE(CanFollow(-1, i_per));
  EXPECT_TRUE(CanFollow(b_per, i_per));
  EXPECT_TRUE(CanFollow(i_per, l_per));
  EXPECT_FALSE(CanFollow(b_per, l_org));  // type changes inside a name
  EXPECT_FALSE(CanFollow(b_per, kOutside));
  EXPECT_TRUE(CanFollow(l_per, u_loc));
  EXPECT_FALSE(CanFollow(u_loc, l_per));
  EXPECT_TRUE(CanEnd(l_per));
  EXPECT_FALSE(CanEnd(b_per));
  EXPECT_FALSE(CanEnd(i_per));
}

// The hash is part of the model format: these values must never change
// without a new kFeatureVersion.
TEST(NerFeaturesTest, HashIsPinned) {
  EXPECT_EQ(StableHash("a"), 0x22ffc5de116a704full);
  EXPECT_EQ(StableHash("Rouhani"), 0x776882ffc3289e19ull);
  EXPECT_EQ(StableHash("precis named entities"), 0x2c1776b5ecb05b08ull);
  EXPECT_EQ(Mix(1, 2), 0xf9122d6051144cc9ull);
}

TEST(NerFeaturesTest, WordClasses) {
  const struct {
    const char* word;
    WordClass cls;
  } kCases[] = {
      {"talks", kLowerClass},
      {"Okafor", kTitleClass},
      {"NATO", kUpperClass},
      {"A", kInitialClass},
      {"J.", kInitialClass},
      {"McDonald", kMixedClass},
      {"iPhone", kMixedClass},
      {"G7", kAlnumClass},
      {"1990s", kAlnumClass},
      {"1996-08-22", kNumberClass},
      {"3.5", kNumberClass},
      {",", kPunctClass},
      {"--", kPunctClass},
      {"Z\xC3\xBCrich", kTitleClass},
      {"\xC3\x89"
       "COLE",
       kUpperClass},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Describe(c.word).cls, c.cls) << c.word;
  }
}

TEST(NerFeaturesTest, ShapesCaseAndAffixes) {
  // Runs are capped at four in the shape and collapsed in the short shape.
  EXPECT_EQ(Describe("Okafor").shape, Describe("Lindqvist").shape);
  EXPECT_NE(Describe("Okafor").shape, Describe("Li").shape);
  EXPECT_EQ(Describe("Okafor").short_shape, Describe("Li").short_shape);
  EXPECT_EQ(Describe("1996-08-22").shape, Describe("2018-04-10").shape);
  EXPECT_NE(Describe("1996-08-22").shape, Describe("1996").shape);
  // Lower case, also beyond ASCII.
  EXPECT_EQ(Describe("NATO").lower, Describe("nato").lower);
  EXPECT_NE(Describe("NATO").form, Describe("nato").form);
  EXPECT_EQ(Describe("Z\xC3\xBCRICH").lower, Describe("z\xC3\xBCrich").lower);
  // Affixes are of the lower-case form, in code points.
  const WordInfo w = Describe("Z\xC3\xBCrich");
  EXPECT_EQ(w.prefix[1], StableHash("z\xC3\xBC"));
  EXPECT_EQ(w.suffix[2], StableHash("ich"));
  EXPECT_EQ(Describe("Al").prefix[2], 0u);  // shorter than three
  EXPECT_EQ(Describe("Al").suffix[1], StableHash("al"));
}

Sequence Make(const std::vector<std::string>& words,
              const std::vector<uint8_t>& starts,
              std::vector<std::string>* storage) {
  *storage = words;
  Sequence seq;
  for (const std::string& w : *storage) seq.words.push_back(w);
  seq.sentence_start = starts;
  return seq;
}

std::vector<uint64_t> StaticKeys(const Sequence& seq, size_t i) {
  Featurizer f(nullptr);
  f.Prepare(seq);
  std::vector<uint64_t> keys;
  f.Static(i, &keys);
  return keys;
}

TEST(NerFeaturesTest, WindowsStopAtSentences) {
  std::vector<std::string> s1, s2, s3;
  // Word 2 ("Kessler") begins the second sentence: what came before it
  // does not change its features; its right neighbour does.
  const Sequence a =
      Make({"Rain", "fell", "Kessler", "spoke"}, {1, 0, 1, 0}, &s1);
  const Sequence b =
      Make({"Snow", "stopped", "Kessler", "spoke"}, {1, 0, 1, 0}, &s2);
  const Sequence c =
      Make({"Rain", "fell", "Kessler", "left"}, {1, 0, 1, 0}, &s3);
  EXPECT_EQ(StaticKeys(a, 2), StaticKeys(b, 2));
  EXPECT_NE(StaticKeys(a, 2), StaticKeys(c, 2));
  // Without the sentence break the previous words matter.
  std::vector<std::string> s4, s5;
  const Sequence d =
      Make({"Rain", "fell", "Kessler", "spoke"}, {1, 0, 0, 0}, &s4);
  const Sequence e =
      Make({"Snow", "stopped", "Kessler", "spoke"}, {1, 0, 0, 0}, &s5);
  EXPECT_NE(StaticKeys(d, 2), StaticKeys(e, 2));
}

TEST(NerFeaturesTest, DocumentCaseAndHistory) {
  std::vector<std::string> s1, s2;
  // "Bolt" at a sentence start: whether the document writes it lower case
  // elsewhere changes its features.
  const Sequence a =
      Make({"Bolt", "ran", ".", "A", "bolt", "fell"}, {1, 0, 0, 1, 0, 0}, &s1);
  const Sequence b =
      Make({"Bolt", "ran", ".", "A", "Bolt", "fell"}, {1, 0, 0, 1, 0, 0}, &s2);
  EXPECT_NE(StaticKeys(a, 0), StaticKeys(b, 0));

  // History: after "Bolt" was tagged a person, its later mention has
  // features it did not have before.
  Featurizer f(nullptr);
  f.Prepare(b);
  std::vector<uint64_t> before, after;
  f.History(4, &before);
  EXPECT_TRUE(before.empty());
  f.Decide(0, MakeTag(0, kUnit));
  f.History(4, &after);
  EXPECT_FALSE(after.empty());
  EXPECT_EQ(f.SentenceEnd(0), 3u);
  EXPECT_EQ(f.SentenceEnd(4), 6u);
}

std::vector<uint64_t> Lower(const std::vector<std::string>& words) {
  std::vector<uint64_t> out;
  for (const std::string& w : words) out.push_back(Describe(w).lower);
  return out;
}

TEST(NerGazetteerTest, MatchesPositionsFoldsAndRoundTrips) {
  Gazetteer g;
  g.Add(Lower({"new", "york"}), int(EntityType::kLocation), 0);
  g.Add(Lower({"york"}), int(EntityType::kPerson), 1);
  const std::vector<uint64_t> doc = Lower({"in", "New", "York", "today"});
  const std::vector<uint8_t> starts = {1, 0, 0, 0};
  uint16_t bits[4];
  const int loc = int(EntityType::kLocation), per = int(EntityType::kPerson);
  g.Match(doc, starts, -1, bits);
  EXPECT_EQ(bits[0], 0);
  EXPECT_EQ(bits[1], 1u << (4 * loc + kBegin));
  EXPECT_EQ(bits[2], (1u << (4 * loc + kLast)) | (1u << (4 * per + kUnit)));
  EXPECT_EQ(bits[3], 0);
  // Jackknifing: names seen only in the excluded fold do not match.
  g.Match(doc, starts, 0, bits);
  EXPECT_EQ(bits[1], 0);
  EXPECT_EQ(bits[2], 1u << (4 * per + kUnit));
  // Matches do not cross sentences.
  const std::vector<uint8_t> split = {1, 0, 1, 0};
  g.Match(doc, split, -1, bits);
  EXPECT_EQ(bits[1], 0);

  std::string bytes;
  g.AppendTo(&bytes);
  Gazetteer loaded;
  size_t pos = 0;
  ASSERT_TRUE(loaded.ReadFrom(bytes, &pos).ok());
  EXPECT_EQ(pos, bytes.size());
  EXPECT_EQ(loaded.size(), 2u);
  uint16_t again[4];
  g.Match(doc, starts, -1, bits);
  loaded.Match(doc, starts, -1, again);
  EXPECT_TRUE(std::equal(bits, bits + 4, again));
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    Gazetteer partial;
    size_t p = 0;
    EXPECT_FALSE(partial.ReadFrom(bytes.substr(0, cut), &p).ok()) << cut;
  }
}

TEST(NerLexiconTest, BucketsFoldsAndRoundTrip) {
  CaseLexicon lex;
  const uint64_t leader = StableHash("leader"), okafor = StableHash("okafor");
  const uint64_t mixed = StableHash("bank");
  for (int i = 0; i < 20; ++i) lex.Add(leader, false, i % 3);
  lex.Add(leader, true, 0);
  lex.Add(okafor, true, 1);
  for (int i = 0; i < 4; ++i) lex.Add(mixed, i % 2 == 0, 2);
  EXPECT_EQ(lex.Bucket(leader, -1), 6);  // lower case in 20 of 21
  EXPECT_EQ(lex.Bucket(okafor, -1), 1);  // capitalized, once
  EXPECT_EQ(lex.Bucket(okafor, 1), 0);   // only in the left-out fold
  EXPECT_EQ(lex.Bucket(mixed, -1), 5);   // half and half
  EXPECT_EQ(lex.Bucket(StableHash("unseen"), -1), 0);
  std::string bytes;
  lex.AppendTo(&bytes);
  CaseLexicon loaded;
  size_t pos = 0;
  ASSERT_TRUE(loaded.ReadFrom(bytes, &pos).ok());
  EXPECT_EQ(pos, bytes.size());
  for (uint64_t w : {leader, okafor, mixed}) {
    EXPECT_EQ(loaded.Bucket(w, 1), lex.Bucket(w, -1));  // folds collapsed
  }
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    CaseLexicon partial;
    size_t p = 0;
    EXPECT_FALSE(partial.ReadFrom(bytes.substr(0, cut), &p).ok()) << cut;
  }
}

// FlatMap against std::unordered_map on seeded random operations.
TEST(NerFlatMapTest, AgreesWithUnorderedMap) {
  std::mt19937_64 rng(7);
  FlatMap<uint32_t> map;
  std::unordered_map<uint64_t, uint32_t> oracle;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 20000; ++i) {
      const uint64_t key = rng() % 5000;  // 0 is stored as 1
      map[key] += 1;
      oracle[key == 0 ? 1 : key] += 1;
    }
    EXPECT_EQ(map.size(), oracle.size());
    for (const auto& [k, v] : oracle) {
      ASSERT_NE(map.Find(k), nullptr);
      EXPECT_EQ(*map.Find(k), v);
    }
    EXPECT_EQ(map.Find(123456789), nullptr);
    size_t seen = 0;
    map.ForEach([&](uint64_t k, uint32_t v) {
      ++seen;
      EXPECT_EQ(oracle.at(k), v);
    });
    EXPECT_EQ(seen, oracle.size());
    map.Reset(10);
    oracle.clear();
    EXPECT_EQ(map.size(), 0u);
    EXPECT_EQ(map.Find(rng() % 5000), nullptr);
  }
}

}  // namespace
}  // namespace precis::ner
