// Copyright 2026 The precis Authors.
//
// `precis serve` as a process: it prints where it listens, answers, and
// exits 0 on SIGTERM; beyond loopback without a token it refuses to start.

#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "serve_testing.h"

namespace precis {
namespace {

// Starts `precis serve` with `args`; its stderr is read through *err.
pid_t Serve(const std::vector<std::string>& args, FILE** err) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    close(fds[1]);
    const std::string bin = std::string(PRECIS_BINARY_DIR) + "/precis";
    std::vector<char*> argv = {const_cast<char*>(bin.c_str()),
                               const_cast<char*>("serve")};
    for (const std::string& a : args)
      argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  close(fds[1]);
  *err = fdopen(fds[0], "r");
  return pid;
}

TEST(ServeCliTest, ListensAnswersAndStopsOnSigterm) {
  const std::string dir = testing::FreshDir("precis_serve_cli");
  FILE* err = nullptr;
  const pid_t pid =
      Serve({"--db", dir + "/news.db", "--listen", "127.0.0.1:0"}, &err);
  char line[512] = {0};
  ASSERT_NE(fgets(line, sizeof line, err), nullptr);
  const std::string text = line;
  const size_t colon = text.rfind(':');
  ASSERT_NE(text.find("http://127.0.0.1:"), std::string::npos) << text;
  const int port = std::stoi(text.substr(colon + 1));
  httplib::Client c("127.0.0.1", port);
  auto r = c.Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  r = c.Get("/api/stories");
  ASSERT_TRUE(r);
  EXPECT_NE(r->body.find("\"stories\":[]"), std::string::npos) << r->body;
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  fclose(err);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  std::filesystem::remove_all(dir);
}

TEST(ServeCliTest, BeyondLoopbackWithoutATokenIsRefused) {
  const std::string dir = testing::FreshDir("precis_serve_cli_any");
  FILE* err = nullptr;
  unsetenv("PRECIS_TOKEN");
  const pid_t pid =
      Serve({"--db", dir + "/news.db", "--listen", "0.0.0.0:0"}, &err);
  std::string out;
  char line[512];
  while (fgets(line, sizeof line, err) != nullptr) out += line;
  fclose(err);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_EQ(WEXITSTATUS(status), 2) << out;
  EXPECT_NE(out.find("token"), std::string::npos) << out;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace precis
