// Copyright 2026 The precis Authors.
//
// Every golden value of ROUGE-1.5.5 (7 presets, 34 cases) and rouge-score
// (with and without stemming, every reference), from testdata/rouge/.

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "precis/rouge.h"

namespace precis {
namespace {

struct Case {
  std::string candidate;
  std::vector<std::string> references;
};

std::string TestData(const std::string& name) {
  return std::string(PRECIS_SOURCE_DIR) + "/src/eval/testdata/rouge/" + name;
}

std::map<std::string, Case> ReadPairs(const std::string& name) {
  std::ifstream in(TestData(name));
  EXPECT_TRUE(in) << name;
  std::map<std::string, Case> cases;
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    cases[j["id"]] = {j["candidate"], j["references"]};
  }
  return cases;
}

nlohmann::json ReadJson(const std::string& name) {
  std::ifstream in(TestData(name));
  EXPECT_TRUE(in) << name;
  return nlohmann::json::parse(in);
}

std::string Fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", decimals, x);
  return buf;
}

const RougeMetric* Find(const RougeScores& scores, const std::string& name) {
  for (const RougeMetric& m : scores) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

// Checks one {"R","P","F"} against a computed value; returns how many of the
// three match.
int Check(const nlohmann::json& want, const RougeValue& got, int decimals,
          const std::string& where) {
  int matched = 0;
  const std::pair<const char*, double> fields[] = {
      {"R", got.recall}, {"P", got.precision}, {"F", got.f}};
  for (const auto& [key, value] : fields) {
    const std::string w = Fixed(want[key].get<double>(), decimals);
    const std::string g = Fixed(value, decimals);
    if (w == g) {
      ++matched;
    } else {
      ADD_FAILURE() << where << " " << key << ": want " << w << ", got " << g;
    }
  }
  return matched;
}

// Scores every case of `pairs` under every preset of `expected`.
void CheckRouge155(const std::string& pairs_file,
                   const std::string& expected_file) {
  const auto pairs = ReadPairs(pairs_file);
  const auto expected = ReadJson(expected_file);
  ASSERT_EQ(expected.size(), 7u);
  for (const auto& [preset, body] : expected.items()) {
    auto options = ParseRouge155Options(body["options"].get<std::string>());
    ASSERT_TRUE(options.ok()) << preset << ": " << options.status().message();
    RougeScorer scorer(*options);
    int values = 0, matched = 0;
    for (const auto& [id, metrics] : body["scores"].items()) {
      ASSERT_TRUE(pairs.count(id)) << id;
      const Case& c = pairs.at(id);
      const RougeScores scores = scorer.Score(c.candidate, c.references);
      EXPECT_EQ(scores.size(), metrics.size()) << preset << " " << id;
      for (const auto& [name, want] : metrics.items()) {
        const RougeMetric* got = Find(scores, name);
        ASSERT_NE(got, nullptr) << preset << " " << id << " " << name;
        values += 3;
        matched += Check(want, got->value, 5, preset + " " + id + " " + name);
      }
    }
    EXPECT_EQ(matched, values) << preset;
    std::printf("ROUGE-1.5.5 %-15s %s: %d of %d values match\n", preset.c_str(),
                pairs_file.c_str(), matched, values);
  }
}

TEST(RougeGoldenTest, Rouge155AllPresets) {
  CheckRouge155("pairs.jsonl", "rouge155_expected.json");
}

TEST(RougeGoldenTest, Rouge155WordNetExceptions) {
  CheckRouge155("pairs_wordnet.jsonl", "rouge155_wordnet_expected.json");
}

TEST(RougeGoldenTest, RougeScoreEveryReference) {
  const auto pairs = ReadPairs("pairs.jsonl");
  const auto expected = ReadJson("rougescore_expected.json");
  for (const char* mode : {"nostem", "stem"}) {
    RougeOptions options;
    options.style = RougeStyle::kRougeScore;
    options.max_n = 2;
    options.lcs = true;
    options.summary_lcs = true;
    options.stem = std::string(mode) == "stem";
    RougeScorer scorer(options);
    int values = 0, matched = 0;
    for (const auto& [id, per_reference] : expected[mode].items()) {
      const Case& c = pairs.at(id);
      ASSERT_EQ(per_reference.size(), c.references.size()) << id;
      for (size_t i = 0; i < c.references.size(); ++i) {
        const RougeScores scores = scorer.Score(c.candidate, c.references[i]);
        for (const auto& [name, want] : per_reference[i].items()) {
          const RougeMetric* got = Find(scores, name);
          ASSERT_NE(got, nullptr) << id << " " << name;
          values += 3;
          matched += Check(want, got->value, 6,
                           std::string(mode) + " " + id + "[" +
                               std::to_string(i) + "] " + name);
        }
      }
    }
    EXPECT_EQ(matched, values) << mode;
    std::printf("rouge-score %-6s: %d of %d values match\n", mode, matched,
                values);
  }
}

// Several references: rouge-score's score_multi takes, per metric, the
// reference with the best F.
TEST(RougeGoldenTest, RougeScoreMultiReferenceTakesBestF) {
  const auto pairs = ReadPairs("pairs.jsonl");
  const auto expected = ReadJson("rougescore_expected.json");
  RougeOptions options;
  options.style = RougeStyle::kRougeScore;
  options.summary_lcs = true;
  options.stem = true;
  RougeScorer scorer(options);
  int checked = 0;
  for (const auto& [id, per_reference] : expected["stem"].items()) {
    if (per_reference.size() < 2) continue;
    const Case& c = pairs.at(id);
    const RougeScores scores = scorer.Score(c.candidate, c.references);
    for (const RougeMetric& m : scores) {
      size_t best = 0;
      for (size_t i = 1; i < per_reference.size(); ++i) {
        if (per_reference[i][m.name]["F"].get<double>() >
            per_reference[best][m.name]["F"].get<double>()) {
          best = i;
        }
      }
      EXPECT_EQ(
          Check(per_reference[best][m.name], m.value, 6, id + " " + m.name), 3);
      ++checked;
    }
  }
  EXPECT_GT(checked, 8);
}

}  // namespace
}  // namespace precis
