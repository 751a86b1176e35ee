// Copyright 2026 The precis Authors.
//
// The JSON API against a live server on a free loopback port.

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve_testing.h"

namespace precis {
namespace {

using json = nlohmann::json;
using testing::LiveServer;

json Get(httplib::Client& c, const std::string& path, int want = 200) {
  auto r = c.Get(path.c_str());
  EXPECT_TRUE(r) << path;
  if (!r) return nullptr;
  EXPECT_EQ(r->status, want) << path << ": " << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type").rfind("application/json", 0),
            0u)
      << path;
  return json::parse(r->body, nullptr, false);
}

class ServeTest : public ::testing::Test {
 protected:
  ServeTest() : server_(testing::NewsroomArticles()), client_(Host(), Port()) {}
  std::string Host() const { return "127.0.0.1"; }
  int Port() const { return server_.port(); }
  void SetUp() override { ASSERT_TRUE(server_.ok()); }
  LiveServer server_;
  httplib::Client client_;
};

TEST_F(ServeTest, HealthAndStoryList) {
  EXPECT_EQ(Get(client_, "/healthz")["status"], "ok");
  json list = Get(client_, "/api/stories");
  ASSERT_TRUE(list["stories"].is_array());
  int64_t articles = 0;
  int64_t last_seq = INT64_MAX;
  for (const json& s : list["stories"]) {
    articles += s["articles"].get<int64_t>();
    EXPECT_FALSE(s["title"].get<std::string>().empty());
    EXPECT_LE(s["updated_seq"].get<int64_t>(), last_seq);  // newest first
    last_seq = s["updated_seq"];
  }
  EXPECT_EQ(articles, 6);
  EXPECT_EQ(Get(client_, "/api/stories?limit=1")["stories"].size(), 1u);
  EXPECT_EQ(Get(client_, "/api/stories?offset=100")["stories"].size(), 0u);
  json found = Get(client_, "/api/stories?q=HACKERS%20port");
  ASSERT_EQ(found["stories"].size(), 1u);
  EXPECT_EQ(Get(client_, "/api/stories?q=zzzunknown")["stories"].size(), 0u);
  EXPECT_EQ(Get(client_, "/api/stories?since=2099-01-01")["stories"].size(),
            0u);
  EXPECT_GE(Get(client_, "/api/stories?until=2026-03-31")["stories"].size(),
            1u);
}

TEST_F(ServeTest, StoryPageSpansPointIntoTheArticles) {
  json list = Get(client_, "/api/stories");
  size_t sentences = 0;
  for (const json& s : list["stories"]) {
    json page = Get(client_, "/api/stories/" + s["id"].get<std::string>());
    EXPECT_EQ(page["story"]["id"], s["id"]);
    EXPECT_EQ(page["events"].size(), s["events"].get<size_t>());
    if (page["brief"].is_null()) continue;
    for (const json& x : page["brief"]["summary"]["sentences"]) {
      json a = Get(client_, "/api/articles/" + x["article"].get<std::string>());
      const std::string text = a["text"];
      const size_t b = x["begin"], e = x["end"];
      ASSERT_LE(e, text.size());
      EXPECT_EQ(text.substr(b, e - b), x["text"].get<std::string>());
      ++sentences;
    }
  }
  EXPECT_GT(sentences, 0u);
}

TEST_F(ServeTest, ErrorsAreJsonWithTheRightStatus) {
  EXPECT_EQ(Get(client_, "/api/stories/nope", 404)["error"]["status"], 404);
  EXPECT_EQ(Get(client_, "/api/articles/nope", 404)["error"]["status"], 404);
  Get(client_, "/api/stories?limit=abc", 400);
  Get(client_, "/api/stories?since=%3Cscript%3E", 400);
  Get(client_, "/nothing/here", 404);
  Get(client_, "/../../etc/passwd", 404);
  Get(client_, "/%2e%2e/%2e%2e/etc/passwd", 404);
  auto r = client_.Post("/api/articles", "x", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 415);
  r = client_.Post("/api/articles", "{not json", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  r = client_.Post("/api/articles", "{\"title\": \"no text\"}",
                   "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  r = client_.Post("/api/articles", "{\"text\": \"bad \xff utf-8\"}",
                   "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(json::parse(r->body)["error"]["status"], 400);
}

TEST_F(ServeTest, PostJoinsAStoryOnceAndSaysSo) {
  const json article = {
      {"id", "late"},
      {"title", "Harbor Bridge repairs to start next week"},
      {"source", "Wire Press Association"},
      {"published", "2026-03-18"},
      {"text",
       "Repairs to the Harbor Bridge, closed since a container ship struck "
       "one of its piers on Saturday, will start next week, the Port "
       "Calloway Harbor Authority said. The bridge carries about 62,000 "
       "vehicles a day."}};
  auto r = client_.Post("/api/articles", article.dump(), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  json got = json::parse(r->body);
  EXPECT_TRUE(got["added"].get<bool>());
  EXPECT_FALSE(got["story"]["id"].get<std::string>().empty());
  EXPECT_FALSE(got["event"].get<std::string>().empty());
  r = client_.Post("/api/articles", article.dump(), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  got = json::parse(r->body);
  EXPECT_FALSE(got["added"].get<bool>());
  EXPECT_EQ(got["existing"], "late");
  json stored = Get(client_, "/api/articles/late");
  EXPECT_EQ(stored["text"], article["text"]);
  // A web page with its URL.
  const std::string page =
      "<!doctype html><html><head><title>Ferry lines grow</title></head>"
      "<body><article><h1>Ferry lines grow</h1><p>Ferry lines at both "
      "terminals grew longer on Wednesday as the Harbor Bridge stayed shut "
      "for a fifth day, and the city added two boats to the morning "
      "schedule.</p><p>Riders said the wait was close to an hour.</p>"
      "</article></body></html>";
  r = client_.Post("/api/articles?url=https%3A%2F%2Fx.example%2Fferry", page,
                   "text/html");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
}

TEST_F(ServeTest, MetricsInThePrometheusFormat) {
  Get(client_, "/api/stories");
  auto r = client_.Get("/metrics");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("# TYPE precis_http_request_duration_seconds "
                         "histogram"),
            std::string::npos);
  EXPECT_NE(r->body.find("precis_http_request_duration_seconds_count{route="
                         "\"stories\"} 1"),
            std::string::npos);
  EXPECT_NE(r->body.find("precis_store_articles 6"), std::string::npos);
}

TEST_F(ServeTest, ThePageIsServedAndReadsGoOnDuringWrites) {
  auto r = client_.Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("/app.js"), std::string::npos);
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("default-src"),
            std::string::npos);
  EXPECT_EQ(client_.Get("/app.js")->status, 200);
  EXPECT_EQ(client_.Get("/app.css")->status, 200);
  // Readers while articles are posted: no request fails.
  std::atomic<int> failures{0};
  std::atomic<bool> done{false};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      httplib::Client c("127.0.0.1", Port());
      while (!done) {
        auto x = c.Get("/api/stories");
        if (!x || x->status != 200) ++failures;
      }
    });
  }
  for (int i = 0; i < 10; ++i) {
    const json a = {{"id", "p" + std::to_string(i)},
                    {"text", "Article number " + std::to_string(i) +
                                 " about the ferry schedule and the bridge."}};
    auto x = client_.Post("/api/articles", a.dump(), "application/json");
    ASSERT_TRUE(x);
    EXPECT_EQ(x->status, 201);
  }
  done = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST(ServeLimitsTest, BodySizeAndToken) {
  ServeOptions options;
  options.max_body_bytes = 1000;
  options.token = "s3cret";
  LiveServer server(testing::NewsroomArticles(), options, "precis_serve_lim");
  ASSERT_TRUE(server.ok());
  httplib::Client c("127.0.0.1", server.port());
  const std::string body = "{\"text\": \"a short article about a bridge\"}";
  auto r = c.Post("/api/articles", body, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  c.set_bearer_token_auth("wrong!");
  EXPECT_EQ(c.Post("/api/articles", body, "application/json")->status, 401);
  c.set_bearer_token_auth("s3cret");
  EXPECT_EQ(c.Post("/api/articles", body, "application/json")->status, 201);
  r = c.Post("/api/articles", std::string(5000, ' '), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(json::parse(r->body)["error"]["status"], 413);
}

TEST(ServeLimitsTest, BeyondLoopbackNeedsAToken) {
  const std::string dir = testing::FreshDir("precis_serve_any");
  ServeOptions options;
  options.host = "0.0.0.0";
  auto server = NewsServer::Create(dir + "/news.db", options);
  ASSERT_FALSE(server.ok());
  EXPECT_NE(server.status().message().find("token"), std::string::npos);
  EXPECT_TRUE(IsLoopback("127.0.0.1"));
  EXPECT_TRUE(IsLoopback("::1"));
  EXPECT_FALSE(IsLoopback("10.0.0.1"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace precis
