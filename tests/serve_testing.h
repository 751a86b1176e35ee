// Copyright 2026 The precis Authors.
//
// A live NewsServer for tests: a fresh store in a temporary folder, the
// server on a free loopback port in a thread of its own, stopped and
// joined when the fixture goes.

#ifndef PRECIS_TESTS_SERVE_TESTING_H_
#define PRECIS_TESTS_SERVE_TESTING_H_

#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>

#include "precis/reader.h"
#include "precis/server.h"
#include "precis/store.h"

namespace precis::testing {

// A folder of its own under the temporary directory, emptied.
inline std::string FreshDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   (name + "_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

// The example cluster plus an article whose title and text hold markup.
inline std::vector<Article> NewsroomArticles() {
  auto clusters =
      ReadClusters({std::string(PRECIS_SOURCE_DIR) + "/examples/harbor-bridge"},
                   {}, nullptr);
  std::vector<Article> out =
      clusters.ok() ? (*clusters)[0].articles : std::vector<Article>{};
  Article evil;
  evil.id = "markup";
  evil.title = "Hackers <script>alert('title')</script> target the port";
  evil.source = "The <b>Bold</b> Gazette";
  evil.published = "2026-03-17";
  evil.text =
      "Hackers attacked the computers of the Port Calloway harbor office on "
      "Tuesday, officials said. The attackers left a note reading "
      "<script>alert('xss')</script> on the office web site. The harbor "
      "office said no ship schedules were changed and that the police were "
      "investigating the attack on its computers.";
  out.push_back(evil);
  return out;
}

class LiveServer {
 public:
  // Starts a server over a store holding `articles`.
  explicit LiveServer(const std::vector<Article>& articles,
                      ServeOptions options = {},
                      const std::string& name = "precis_serve") {
    dir_ = FreshDir(name);
    db_ = dir_ + "/news.db";
    {
      auto store = Store::Open(db_);
      if (!store.ok()) return;
      if (!(*store)->Ingest(articles, {}).ok()) return;
    }
    options.port = 0;
    auto server = NewsServer::Create(db_, options);
    if (!server.ok()) return;
    server_ = std::move(*server);
    auto port = server_->Bind();
    if (!port.ok()) return;
    port_ = *port;
    thread_ = std::thread([this] { (void)server_->Run(); });
  }
  ~LiveServer() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    std::filesystem::remove_all(dir_);
  }
  bool ok() const { return port_ > 0; }
  int port() const { return port_; }
  const std::string& db() const { return db_; }
  const std::string& dir() const { return dir_; }
  std::string url() const {
    return "http://127.0.0.1:" + std::to_string(port_);
  }

 private:
  std::string dir_, db_;
  std::unique_ptr<NewsServer> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SERVE_TESTING_H_
