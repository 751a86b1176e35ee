// Copyright 2026 The precis Authors.

#include "base/file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace precis {
namespace {

namespace fs = std::filesystem;

class ListFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("precis_file_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    fs::permissions(dir_, fs::perms::all);  // the child below may be nobody
  }
  void TearDown() override {
    std::error_code ec;
    for (const auto& d : locked_) fs::permissions(d, fs::perms::owner_all, ec);
    fs::remove_all(dir_, ec);
  }
  void Touch(const fs::path& p) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "x\n";
  }
  void Lock(const fs::path& d) {
    fs::permissions(d, fs::perms::none);
    locked_.push_back(d);
  }
  fs::path dir_;
  std::vector<fs::path> locked_;
};

// Runs ListFiles(dir) as a user for whom chmod 000 means something: as
// itself when not root, else in a child that drops to nobody (65534).
// Returns "ok N" or the error message; "skip: ..." when it cannot drop.
std::string ListAsUnprivileged(const std::string& dir) {
  auto describe = [&] {
    auto r = ListFiles(dir);
    return r.ok() ? "ok " + std::to_string(r->size()) : r.status().message();
  };
  if (::geteuid() != 0) return describe();
  int fds[2];
  if (::pipe(fds) != 0) return "skip: pipe failed";
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    std::string out = "skip: cannot drop root to nobody";
    if (::setresgid(65534, 65534, 65534) == 0 &&
        ::setresuid(65534, 65534, 65534) == 0) {
      out = describe();
    }
    (void)!::write(fds[1], out.data(), out.size());
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) out.append(buf, n);
  ::close(fds[0]);
  int st = 0;
  ::waitpid(pid, &st, 0);
  return out;
}

TEST_F(ListFilesTest, SortedRegularFiles) {
  Touch(dir_ / "b.txt");
  Touch(dir_ / "a" / "z.txt");
  auto r = ListFiles(dir_.string());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0], (dir_ / "a" / "z.txt").string());
  EXPECT_FALSE(ListFiles((dir_ / "missing").string()).ok());
}

TEST_F(ListFilesTest, UnreadableFoldersAreEachReportedNotSkipped) {
  // The walk used to end silently at the first unreadable folder (its
  // error check sat inside a loop the failed increment had just left).
  for (int i = 0; i < 20; ++i) Touch(dir_ / std::string("f").append(std::to_string(i)));
  Touch(dir_ / "a_locked" / "x.txt");
  Touch(dir_ / "m_locked" / "y.txt");
  Lock(dir_ / "a_locked");
  Lock(dir_ / "m_locked");
  const std::string got = ListAsUnprivileged(dir_.string());
  if (got.rfind("skip:", 0) == 0) GTEST_SKIP() << got;
  EXPECT_NE(got.find("2 unreadable"), std::string::npos) << got;
  EXPECT_NE(got.find((dir_ / "a_locked").string()), std::string::npos) << got;
  EXPECT_NE(got.find((dir_ / "m_locked").string()), std::string::npos) << got;
}

}  // namespace
}  // namespace precis
