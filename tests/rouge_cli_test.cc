// Copyright 2026 The precis Authors.
//
// End-to-end tests of `precis rouge`: inputs, outputs, exit codes and
// messages.

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace precis {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

class RougeCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("precis_rouge_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  // Runs `precis rouge ARGS` in the temporary directory.
  CliRun Rouge(const std::string& args) {
    const std::string err = (dir_ / "stderr").string();
    const std::string cmd = "cd " + dir_.string() + " && " + PRECIS_BINARY_DIR +
                            "/precis rouge " + args + " </dev/null 2>" + err;
    FILE* p = ::popen(cmd.c_str(), "r");
    std::string out;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    const int status = ::pclose(p);
    std::stringstream e;
    e << std::ifstream(err).rdbuf();
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, e.str()};
  }

  void WriteSet() {
    Write("c.jsonl",
          "{\"id\": \"two-refs\", \"summary\": \"Flood waters forced three "
          "hundred families to leave their homes on Sunday.\"}\n"
          "{\"id\": \"identical\", \"summary\": \"The council approved the new "
          "bridge on Tuesday.\"}\n");
    Write("r.jsonl",
          "{\"id\": \"identical\", \"summary\": \"The council approved the new "
          "bridge on Tuesday.\"}\n"
          "{\"id\": \"two-refs\", \"references\": [\"On Sunday, flooding "
          "forced about 300 families from their homes.\", \"Three hundred "
          "families left their homes as flood waters rose on Sunday.\"]}\n");
  }

  fs::path dir_;
};

TEST_F(RougeCliTest, JsonWithPerCaseScoresOfTheGoldenValues) {
  WriteSet();
  const CliRun r = Rouge(
      "c.jsonl r.jsonl --json --per-case cases.jsonl --rouge155 "
      "'-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["cases"], 2);
  EXPECT_EQ(j["style"], "rouge155");
  for (const char* m : {"ROUGE-1", "ROUGE-4", "ROUGE-L", "ROUGE-W-1.2",
                        "ROUGE-S*", "ROUGE-SU*"}) {
    EXPECT_TRUE(j["metrics"].contains(m)) << m;
  }
  std::ifstream per_case(dir_ / "cases.jsonl");
  std::string line;
  std::map<std::string, nlohmann::json> cases;
  while (std::getline(per_case, line)) {
    const auto c = nlohmann::json::parse(line);
    cases[c["id"]] = c;
  }
  ASSERT_EQ(cases.size(), 2u);
  // The golden values of ROUGE-1.5.5 for this case (pairs.jsonl).
  EXPECT_DOUBLE_EQ(cases["two-refs"]["ROUGE-1"]["R"].get<double>(), 0.68182);
  EXPECT_DOUBLE_EQ(cases["two-refs"]["ROUGE-W-1.2"]["P"].get<double>(),
                   0.38706);
  EXPECT_DOUBLE_EQ(cases["two-refs"]["ROUGE-SU*"]["F"].get<double>(), 0.31579);
  EXPECT_DOUBLE_EQ(cases["identical"]["ROUGE-L"]["F"].get<double>(), 1.0);
  // The mean of two cases, as the script averages them.
  const double mean = j["metrics"]["ROUGE-1"]["R"]["mean"];
  EXPECT_NEAR(mean, (1.0 + 0.68182) / 2, 1e-4);
}

TEST_F(RougeCliTest, TableAndSingleCase) {
  Write("cand.txt", "The council approved the new bridge on Tuesday.\n");
  Write("ref1.txt", "The council approved the new bridge on Tuesday.\n");
  Write("ref2.txt", "A bridge was approved.\n");
  const CliRun r = Rouge(
      "--candidate cand.txt --reference ref1.txt --reference ref2.txt "
      "--style rouge-score --stem");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("rougeLsum"));
  EXPECT_THAT(r.out, HasSubstr("1.000000 (1.000000-1.000000)"));
  EXPECT_THAT(r.out, HasSubstr("1 case,"));
}

TEST_F(RougeCliTest, BadInputExitsOneNamingFileAndLine) {
  WriteSet();
  Write("bad.jsonl", "{\"id\": \"identical\", \"summary\": \"x\"}\n{oops\n");
  CliRun r = Rouge("bad.jsonl r.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("bad.jsonl:2: not a JSON object"));
  EXPECT_TRUE(r.out.empty());

  Write("one.jsonl", "{\"id\": \"identical\", \"summary\": \"x\"}\n");
  r = Rouge("one.jsonl r.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("r.jsonl:2: id \"two-refs\" has no candidate"));

  Write("none.jsonl", "{\"id\": \"other\", \"summary\": \"x\"}\n");
  r = Rouge("none.jsonl r.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("nothing to score"));

  Write("latin1.jsonl", "{\"id\": \"identical\", \"summary\": \"caf\xE9\"}\n");
  r = Rouge("latin1.jsonl r.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("latin1.jsonl:1: not valid UTF-8"));

  Write("empty.txt", "\n");
  r = Rouge("--candidate empty.txt --reference r.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("empty.txt: empty summary"));

  r = Rouge("no-such.jsonl r.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("no-such.jsonl"));
}

TEST_F(RougeCliTest, BadUsageExitsTwo) {
  WriteSet();
  for (const char* args :
       {"c.jsonl", "c.jsonl r.jsonl --style nope",
        "c.jsonl r.jsonl --rouge155 '-n 0'",
        "c.jsonl r.jsonl --rouge155 '-n 2' --stem",
        "c.jsonl r.jsonl --style rouge-score --stopwords",
        "c.jsonl r.jsonl --rouge-s x", "c.jsonl r.jsonl --multi-ref most",
        "c.jsonl r.jsonl --candidate c.jsonl"}) {
    const CliRun r = Rouge(args);
    EXPECT_EQ(r.exit_code, 2) << args << ": " << r.err;
    EXPECT_FALSE(r.err.empty()) << args;
  }
}

}  // namespace
}  // namespace precis
