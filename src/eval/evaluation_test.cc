// Copyright 2026 The precis Authors.

#include "precis/evaluation.h"

#include <filesystem>
#include <fmt/core.h>
#include <fstream>
#include <map>
#include <span>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "precis/rouge.h"
#include "testing.h"

namespace precis {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string part;
  while (std::getline(in, part, sep)) out.push_back(part);
  return out;
}

// A small evaluation set of our own: each cluster has three articles about
// a made-up event and a reference summary.
std::string MakeSet(int clusters, bool with_summary = true) {
  std::string out;
  for (int c = 0; c < clusters; ++c) {
    const std::string town = "Town" + std::to_string(c);
    nlohmann::json j;
    j["id"] = fmt::format("c{}", c);
    j["documents"] = {
        "The council of " + town +
            " voted on Monday to build a new bridge over the river. "
            "The bridge will cost about 40 million dollars, officials said. "
            "Work is expected to begin next spring and last two years.",
        "Residents of " + town +
            " welcomed the decision to build a bridge across the river. "
            "The project will cost 40 million dollars, according to the "
            "council. Some shop owners worry about traffic during the work.",
        "A new bridge is coming to " + town +
            ". Council members approved the plan on Monday by a vote of "
            "seven to two. Construction should start in the spring."};
    if (with_summary) {
      j["summary"] = "The " + town +
                     " council approved a 40 million dollar bridge over the "
                     "river on Monday. Construction starts next spring.";
    }
    out += j.dump() + "\n";
  }
  return out;
}

class EvaluationTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& content) {
    const std::string path =
        (std::filesystem::temp_directory_path() /
         ("precis_evaluation_test_" + std::to_string(::getpid()) + "_" + name))
            .string();
    std::ofstream(path, std::ios::binary) << content;
    paths_.push_back(path);
    return path;
  }
  void TearDown() override {
    for (const auto& p : paths_) std::filesystem::remove(p);
  }
  std::vector<std::string> paths_;
};

EvalOptions Options(int threads) {
  EvalOptions o;
  o.methods = {"lead", "centroid"};
  o.summarize.budget = {Budget::Unit::kWords, 30};
  o.threads = threads;
  o.chunk = 3;  // several chunks even for a small set
  o.rouge.resamples = 200;
  return o;
}

TEST_F(EvaluationTest, ScoresEveryClusterWithEveryMethod) {
  const std::string path = Write("set.jsonl", MakeSet(7));
  Diagnostics d;
  auto report = Evaluate(path, Options(1), &d);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->clusters, 7u);
  ASSERT_EQ(report->methods.size(), 2u);
  for (const MethodReport& m : report->methods) {
    EXPECT_EQ(m.clusters, 7u);
    EXPECT_EQ(m.failed, 0u);
    EXPECT_GT(m.summary_words, 0u);
    EXPECT_GT(m.input_bytes, 0u);
    ASSERT_EQ(m.rouge.size(), 3u);  // ROUGE-1, ROUGE-2, ROUGE-L
    EXPECT_EQ(m.rouge[0].name, "ROUGE-1");
    EXPECT_GT(m.rouge[0].recall.mean, 0.3);
    EXPECT_LE(m.rouge[0].recall.low, m.rouge[0].recall.mean);
    EXPECT_GE(m.rouge[0].recall.high, m.rouge[0].recall.mean);
  }
  EXPECT_EQ(report->methods[0].method, "lead");
  EXPECT_GT(report->peak_rss_bytes, 0u);
}

TEST_F(EvaluationTest, SameResultsOnAnyThreadCount) {
  const std::string path = Write("set.jsonl", MakeSet(9));
  std::ostringstream one_out, two_out;
  EvalOptions one = Options(1);
  one.predictions = &one_out;
  EvalOptions two = Options(2);
  two.predictions = &two_out;
  auto a = Evaluate(path, one, nullptr);
  auto b = Evaluate(path, two, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(one_out.str(), two_out.str());
  for (size_t m = 0; m < a->methods.size(); ++m) {
    for (size_t k = 0; k < a->methods[m].rouge.size(); ++k) {
      EXPECT_EQ(a->methods[m].rouge[k].f.mean, b->methods[m].rouge[k].f.mean);
      EXPECT_EQ(a->methods[m].rouge[k].f.low, b->methods[m].rouge[k].f.low);
    }
  }
  // 9 clusters x 2 methods, one JSON line each, with byte spans.
  std::istringstream lines(one_out.str());
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    EXPECT_TRUE(j.contains("sentences"));
    EXPECT_FALSE(j["summary"].get<std::string>().empty());
    ++n;
  }
  EXPECT_EQ(n, 18);
}

// The means and intervals are those of the per-cluster scores resampled in
// id order, as ROUGE-1.5.5 (and precis rouge) computes them: "c10" sorts
// before "c2", so data order would give other bootstrap means.
TEST_F(EvaluationTest, AggregatesAsRouge155OverCasesSortedById) {
  std::string set;
  const char* extra[] = {"", " Shop owners fear the traffic.",
                         " The vote was seven to two.",
                         " Officials said the river crossing is overdue."};
  for (const std::string& line : Split(MakeSet(12), '\n')) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    const int c = std::stoi(j["id"].get<std::string>().substr(1));
    j["summary"] = j["summary"].get<std::string>() + extra[c % 4] +
                   std::string(c % 3, '!');
    set += j.dump() + "\n";
  }
  const std::string path = Write("set.jsonl", set);
  std::ostringstream predictions;
  EvalOptions o = Options(2);
  o.methods = {"lead"};
  o.predictions = &predictions;
  auto report = Evaluate(path, o, nullptr);
  ASSERT_TRUE(report.ok()) << report.status().message();

  std::map<std::string, std::string> references;
  for (const std::string& line : Split(set, '\n')) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    references[j["id"]] = j["summary"];
  }
  RougeScorer scorer(o.rouge);
  std::vector<RougeCase> cases;
  for (const std::string& line : Split(predictions.str(), '\n')) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    const std::string id = j["id"];
    const std::string reference = references.at(id);
    cases.push_back({id, scorer.Score(j["summary"].get<std::string>(),
                                      std::span(&reference, 1))});
  }
  ASSERT_EQ(cases.size(), 12u);
  auto expected = AggregateRouge(cases, o.rouge);
  ASSERT_TRUE(expected.ok());
  const auto& got = report->methods[0].rouge;
  ASSERT_EQ(got.size(), expected->size());
  for (size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].recall.mean, (*expected)[k].recall.mean) << k;
    EXPECT_EQ(got[k].f.low, (*expected)[k].f.low) << k;
    EXPECT_EQ(got[k].f.high, (*expected)[k].f.high) << k;
  }
}

TEST_F(EvaluationTest, LimitStopsEarly) {
  const std::string path = Write("set.jsonl", MakeSet(10));
  EvalOptions o = Options(2);
  o.limit = 4;
  auto report = Evaluate(path, o, nullptr);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->clusters, 4u);
}

TEST_F(EvaluationTest, ClusterWithoutReferenceIsAnError) {
  const std::string path =
      Write("set.jsonl", MakeSet(2) + MakeSet(1, /*with_summary=*/false));
  auto report = Evaluate(path, Options(1), nullptr);
  ASSERT_FALSE(report.ok());
  EXPECT_THAT(report.status().message(), HasSubstr(":3"));
  EXPECT_THAT(report.status().message(), HasSubstr("no reference"));
}

TEST_F(EvaluationTest, BadInputsFailClearly) {
  EvalOptions o = Options(1);
  o.methods = {"no-such-method"};
  const std::string path = Write("set.jsonl", MakeSet(1));
  auto unknown = Evaluate(path, o, nullptr);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), Status::Code::kInvalidArgument);

  auto missing = Evaluate("/nonexistent/set.jsonl", Options(1), nullptr);
  ASSERT_FALSE(missing.ok());
  EXPECT_THAT(missing.status().message(), HasSubstr("/nonexistent/set.jsonl"));

  const std::string bad = Write("bad.jsonl", MakeSet(1) + "{not json\n");
  auto malformed = Evaluate(bad, Options(1), nullptr);
  ASSERT_FALSE(malformed.ok());
  EXPECT_THAT(malformed.status().message(), HasSubstr(":2"));
}

TEST_F(EvaluationTest, DevelopmentSetWhenPresent) {
  const std::string path =
      precis::testing::SharedPath("data/duc2003/task2.jsonl");
  if (path.empty()) GTEST_SKIP() << "no ../shared/data";
  EvalOptions o;
  o.methods = {"lead"};
  o.limit = 5;
  o.rouge.resamples = 100;
  auto report = Evaluate(path, o, nullptr);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->clusters, 5u);
  EXPECT_GT(report->methods[0].rouge[0].recall.mean, 0.2);
}

}  // namespace
}  // namespace precis
