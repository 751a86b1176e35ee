// Copyright 2026 The precis Authors.

#include "analyze/conll.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis::conll {
namespace {

// Chunks of space-separated tags, as "begin-end:TYPE" joined by spaces.
std::string Chunks(const std::string& tags) {
  std::vector<std::string> storage;
  size_t pos = 0;
  while (pos < tags.size()) {
    size_t end = tags.find(' ', pos);
    if (end == std::string::npos) end = tags.size();
    storage.push_back(tags.substr(pos, end - pos));
    pos = end + 1;
  }
  std::vector<std::string_view> views(storage.begin(), storage.end());
  std::vector<Chunk> chunks;
  ChunksFromTags(views, 0, &chunks);
  std::string out;
  for (const Chunk& c : chunks) {
    if (!out.empty()) out += ' ';
    out += std::to_string(c.begin) + "-" + std::to_string(c.end) + ":" +
           EntityTypeName(c.type);
  }
  return out;
}

// conlleval's reading of tag sequences, well-formed or not.
TEST(ConllTest, ChunksFromTags) {
  const struct {
    const char* tags;
    const char* chunks;
  } kCases[] = {
      // IOB1 (CoNLL-2003): I starts a chunk, B only between two of a type.
      {"I-PER I-PER O I-LOC", "0-2:PER 3-4:LOC"},
      {"I-LOC B-LOC I-LOC", "0-1:LOC 1-3:LOC"},
      {"I-ORG I-LOC", "0-1:ORG 1-2:LOC"},
      // IOB2.
      {"B-PER I-PER B-PER O", "0-2:PER 2-3:PER"},
      {"O O O", ""},
      // BILOU and IOBES.
      {"B-MISC L-MISC U-LOC O S-PER", "0-2:MISC 2-3:LOC 4-5:PER"},
      {"B-ORG I-ORG E-ORG", "0-3:ORG"},
      // Ill-formed: an I of another type starts a new chunk; a sentence
      // ending inside a chunk closes it.
      {"B-PER I-LOC", "0-1:PER 1-2:LOC"},
      {"O I-MISC I-MISC", "1-3:MISC"},
      {"B-PER", "0-1:PER"},
      // Unknown types end chunks and make none.
      {"I-PER I-XYZ I-PER", "0-1:PER 2-3:PER"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Chunks(c.tags), c.chunks) << c.tags;
  }
}

TEST(ConllTest, ParsesDocumentsAndSentences) {
  auto corpus = Parse(
      "-DOCSTART- -X- O O\n"
      "\n"
      "Lena NNP I-NP I-PER\n"
      "Okafor NNP I-NP I-PER\n"
      "visited VBD I-VP O\n"
      "Tallinn NNP I-NP I-LOC\n"
      ". . O O\n"
      "\n"
      "She PRP I-NP O\n"
      "left VBD I-VP O\n"
      "\n"
      "-DOCSTART- -X- O O\n"
      "\n"
      "Brindle NNP I-NP I-ORG\n"
      "Mills NNPS I-NP I-ORG\n",
      "test");
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  ASSERT_EQ(corpus->documents.size(), 2u);
  const Document& d = corpus->documents[0];
  EXPECT_THAT(d.sentences, ::testing::ElementsAre(0u, 5u));
  EXPECT_EQ(d.SentenceEnd(1), 7u);
  EXPECT_EQ(d.words[3], "Tallinn");
  EXPECT_THAT(d.entities,
              ::testing::ElementsAre(Chunk{0, 2, EntityType::kPerson},
                                     Chunk{3, 4, EntityType::kLocation}));
  EXPECT_EQ(corpus->documents[1].entities.size(), 1u);
  EXPECT_EQ(corpus->tokens(), 9u);
}

TEST(ConllTest, TwoColumnsAndCrLf) {
  auto corpus = Parse("Oslo B-LOC\r\nis O\r\n", "t");
  ASSERT_TRUE(corpus.ok());
  EXPECT_EQ(corpus->documents[0].entities.size(), 1u);
}

TEST(ConllTest, RejectsBadLines) {
  for (const char* bad :
       {"word\n", "word NN I-FOO\n", "word X-PER\n", "-DOCSTART-\n\n"}) {
    auto corpus = Parse(bad, "bad.txt");
    EXPECT_FALSE(corpus.ok()) << bad;
  }
  auto corpus = Parse("a O\nb O\nc NN Q-PER\n", "bad.txt");
  ASSERT_FALSE(corpus.ok());
  EXPECT_EQ(corpus.status().code(), Status::Code::kBadInput);
  EXPECT_THAT(corpus.status().message(), ::testing::HasSubstr("bad.txt:3"));
}

TEST(ConllTest, ScoresPoolExactSpanAndType) {
  Scores s;
  const std::vector<Chunk> gold = {{0, 2, EntityType::kPerson},
                                   {3, 4, EntityType::kLocation},
                                   {6, 8, EntityType::kOrganization}};
  const std::vector<Chunk> found = {{0, 2, EntityType::kPerson},  // right
                                    {3, 4, EntityType::kMisc},    // type
                                    {6, 7, EntityType::kOrganization}};  // span
  s.Add(gold, found);
  EXPECT_EQ(s.Gold(), 3u);
  EXPECT_EQ(s.Predicted(), 3u);
  EXPECT_EQ(s.Correct(), 1u);
  EXPECT_DOUBLE_EQ(s.Precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.F1(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.F1(EntityType::kPerson), 1.0);
  EXPECT_DOUBLE_EQ(s.Recall(EntityType::kLocation), 0.0);
  EXPECT_DOUBLE_EQ(s.Precision(EntityType::kLocation), 0.0);  // none found
  EXPECT_DOUBLE_EQ(s.Precision(EntityType::kMisc), 0.0);
  // Order does not matter; adding accumulates.
  s.Add(std::vector<Chunk>{{1, 2, EntityType::kMisc}},
        std::vector<Chunk>{{1, 2, EntityType::kMisc}});
  EXPECT_EQ(s.Correct(), 2u);
  EXPECT_THAT(s.Table(), ::testing::HasSubstr("all"));
  EXPECT_DOUBLE_EQ(Scores().F1(), 0.0);
}

TEST(ConllTest, ReadsTheSharedDevelopmentSet) {
  const std::string path = testing::SharedPath("data/conll2003/eng.testa");
  if (path.empty()) GTEST_SKIP() << "no CoNLL-2003 data";
  auto corpus = ReadCorpus(path);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  size_t entities = 0;
  for (const Document& d : corpus->documents) entities += d.entities.size();
  // The published counts of the development set (Tjong Kim Sang & De
  // Meulder 2003, table 1 gives 5942 entities, 51362 tokens).
  EXPECT_EQ(entities, 5942u);
  EXPECT_EQ(corpus->tokens(), 51362u);
}

}  // namespace
}  // namespace precis::conll
