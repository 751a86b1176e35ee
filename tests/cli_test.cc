// Copyright 2026 The precis Authors.
//
// End-to-end tests of the precis CLI: exit codes, messages, and golden
// outputs in tests/golden/ (regenerate with scripts/regen-golden.sh and
// review the diff).

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fmt/core.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "testing.h"

namespace precis {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

struct CliResult {
  int exit_code;
  std::string out;
  std::string err;
};

// Runs `precis ARGS` from the source directory.
CliResult Precis(const std::string& args, const std::string& stdin_text = "") {
  const fs::path tmp =
      fs::temp_directory_path() / ("precis_cli_" + std::to_string(::getpid()));
  fs::create_directories(tmp);
  const std::string in = (tmp / "stdin").string();
  const std::string err = (tmp / "stderr").string();
  std::ofstream(in) << stdin_text;
  const std::string cmd = std::string("cd ") + PRECIS_SOURCE_DIR + " && " +
                          PRECIS_BINARY_DIR + "/precis " + args + " <" + in +
                          " 2>" + err;
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

std::string ReadAll(const std::string& path) {
  std::stringstream s;
  s << std::ifstream(path).rdbuf();
  return s.str();
}

TEST(CliTest, HelpAndUsage) {
  EXPECT_EQ(Precis("--help").exit_code, 0);
  for (const char* cmd : {"sentences", "clean", "summarize", "rouge"}) {
    const CliResult r = Precis(std::string(cmd) + " --help");
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_THAT(r.out, HasSubstr("Usage")) << cmd;
  }
  EXPECT_EQ(Precis("").exit_code, 2);
  EXPECT_EQ(Precis("frobnicate").exit_code, 2);
  EXPECT_EQ(Precis("summarize --no-such-flag x").exit_code, 2);
  EXPECT_EQ(Precis("summarize --format pdf tests/golden/input").exit_code, 2);
  EXPECT_EQ(Precis("sentences --format nonsense tests/golden/input").exit_code,
            2);
}

TEST(CliTest, MissingPathNamesIt) {
  const CliResult r = Precis("sentences no/such/file.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("no/such/file.txt"));
  EXPECT_TRUE(r.out.empty());
}

TEST(CliTest, EmptyStdinIsAnError) {
  const CliResult r = Precis("summarize -", "");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(r.err.empty());
}

TEST(CliTest, NothingLeftAfterCleaningIsBadInput) {
  const std::string clutter =
      "Breaking\n\nShare this article\nFacebook Twitter Email\nAdvertisement\n";
  const CliResult s = Precis("sentences -", clutter);
  EXPECT_EQ(s.exit_code, 1);
  EXPECT_THAT(s.err, HasSubstr("boilerplate"));
  EXPECT_TRUE(s.out.empty());
  const CliResult m = Precis("summarize -", clutter);
  EXPECT_EQ(m.exit_code, 1);
  EXPECT_THAT(m.err, HasSubstr("clean --explain"));
  EXPECT_TRUE(m.out.empty());
}

TEST(CliTest, EvalRejectsBadUsageAndInput) {
  EXPECT_EQ(Precis("eval").exit_code, 2);  // --data is required
  EXPECT_EQ(Precis("eval --data tests/golden/input/ferry.txt --method nope")
                .exit_code,
            2);
  const CliResult r = Precis("eval --data /nonexistent.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent.jsonl"));
}

TEST(CliTest, SentencesJsonOffsetsPointIntoTheFile) {
  const CliResult r = Precis("sentences --json tests/golden/input/ferry.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text =
      ReadAll(testing::SourcePath("tests/golden/input/ferry.txt"));
  std::istringstream lines(r.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    const size_t b = j["begin"], e = j["end"];
    EXPECT_EQ(text.substr(b, e - b), j["text"].get<std::string>());
    ++n;
  }
  EXPECT_GE(n, 5);
}

TEST(CliTest, SummarizeJsonSpansAreExactSourceBytes) {
  const CliResult r =
      Precis("summarize --format json --words 80 tests/golden/input");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["summary"].empty());
  for (const auto& s : j["summary"]) {
    const std::string id = s["article_id"];
    const std::string text =
        ReadAll(testing::SourcePath("tests/golden/input/" + id + ".txt"));
    const size_t b = s["begin"], e = s["end"];
    EXPECT_EQ(text.substr(b, e - b), s["text"].get<std::string>());
  }
  EXPECT_EQ(j["sources"].size(), 2u);
}

// A cluster-per-line file is summarized as it is read: repeated ids are
// renamed in order, and a bad line stops the run with its file and line,
// after the clusters before it.
TEST(CliTest, SummarizeStreamsClusterPerLineFiles) {
  const fs::path dir =
      fs::temp_directory_path() / ("precis_stream_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string doc =
      R"(["The council approved the new bridge on Monday after a long debate.",)"
      R"( "On Monday the council approved the bridge, after a long debate."])";
  const std::string good = (dir / "set.jsonl").string();
  std::ofstream(good) << R"({"id": "x", "documents": )" << doc << "}\n"
                      << R"({"id": "x", "documents": )" << doc << "}\n"
                      << R"({"id": "x-2", "documents": )" << doc << "}\n";
  CliResult r = Precis("summarize --format json --words 30 " + good);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::vector<std::string> ids;
  for (std::string line; std::getline(lines, line);) {
    ids.push_back(nlohmann::json::parse(line)["cluster"]);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"x", "x-2", "x-2-2"}));
  EXPECT_THAT(r.err, HasSubstr("renamed 2 repeated cluster id(s)"));

  // Standard input too: the same summaries, read as a stream; an
  // article-per-line input on standard input is still read whole.
  std::stringstream piped;
  piped << std::ifstream(good).rdbuf();
  const CliResult from_stdin =
      Precis("summarize --format json --words 30 -", fmt::format("\n{}", piped.str()));
  ASSERT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_EQ(from_stdin.out, r.out);
  EXPECT_THAT(from_stdin.err, HasSubstr("renamed 2 repeated cluster id(s)"));
  const CliResult articles = Precis(
      "summarize --words 30 -",
      R"({"id": "a1", "text": "The council approved the new bridge on Monday after a long debate."})"
      "\n"
      R"({"id": "a2", "text": "On Monday the council approved the bridge, after a long debate."})"
      "\n");
  ASSERT_EQ(articles.exit_code, 0) << articles.err;
  EXPECT_THAT(articles.out, HasSubstr("council"));

  // Under a small limit on memory the heap keeps glibc's steps. (Not
  // under AddressSanitizer, whose shadow memory alone reserves terabytes
  // of address space.)
#ifndef __SANITIZE_ADDRESS__
  const std::string limited = std::string("ulimit -v 75000 && ") +
                              PRECIS_BINARY_DIR +
                              "/precis summarize --words 30 " + good +
                              " >/dev/null 2>&1";
  EXPECT_EQ(std::system(limited.c_str()), 0);
#endif

  const std::string bad = (dir / "bad.jsonl").string();
  std::ofstream(bad) << R"({"id": "y", "documents": )" << doc << "}\n"
                     << "{\"id\": \"z\", \"documents\": [\n";
  r = Precis("summarize --words 30 " + bad);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(bad + ":2"));
  EXPECT_THAT(r.out, HasSubstr("council"));  // the first cluster's summary
  fs::remove_all(dir);
}

// The cases of tests/golden/cases.tsv: expected file, tab, arguments.
TEST(CliGoldenTest, OutputsMatch) {
  std::istringstream cases(
      ReadAll(testing::SourcePath("tests/golden/cases.tsv")));
  std::string line;
  int n = 0;
  while (std::getline(cases, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const std::string expected = line.substr(0, tab),
                      args = line.substr(tab + 1);
    const CliResult r = Precis(args);
    ASSERT_EQ(r.exit_code, 0) << args << "\n" << r.err;
    EXPECT_EQ(r.out, ReadAll(testing::SourcePath(expected)))
        << "precis " << args
        << "\n(if the change is intended: scripts/regen-golden.sh)";
    ++n;
  }
  EXPECT_GE(n, 6);
}

TEST(CliTest, DemoRunsOnTheBundledExample) {
  const CliResult r = Precis("summarize --words 120 examples/harbor-bridge");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Sources:"));
  EXPECT_THAT(r.out, ::testing::ContainsRegex("\\[[0-9](, [0-9])*\\]"));
}

// The bundled example reports three days of one story: the brief tells
// them as developments, in date order, each with its outlets.
TEST(CliTest, BriefShowsTheDevelopmentsOfAStory) {
  const CliResult r = Precis("brief --format markdown examples/harbor-bridge");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const size_t developments = r.out.find("### Developments");
  ASSERT_NE(developments, std::string::npos) << r.out;
  const size_t first = r.out.find("**14 March 2026**", developments);
  const size_t later = r.out.find("**16 March 2026**", developments);
  ASSERT_NE(first, std::string::npos) << r.out;
  ASSERT_NE(later, std::string::npos) << r.out;
  EXPECT_LT(first, later);
  EXPECT_LT(later, r.out.find("### Summary"));
  const CliResult j = Precis("brief --format json examples/harbor-bridge");
  ASSERT_EQ(j.exit_code, 0) << j.err;
  EXPECT_THAT(j.out, HasSubstr("\"developments\":[{\"date\":\"2026-03-14\""));
}

}  // namespace
}  // namespace precis
