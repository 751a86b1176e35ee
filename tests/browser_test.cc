// Copyright 2026 The precis Authors.
//
// The page in a real browser: headless Chromium (Debian's `chromium`) loads
// it from a live test server, and the test reads the DOM it built
// (--dump-dom) and saves screenshots at phone and desktop widths under
// <build>/screenshots/. The page's test hook: "?click=N" on a story route
// clicks its Nth summary sentence; body[data-ready] names the finished
// view. Skips, saying why, when Chromium is not installed.

#include <gtest/gtest.h>
#include <httplib.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "serve_testing.h"

namespace precis {
namespace {

using json = nlohmann::json;

std::string Chromium() {
  if (const char* env = std::getenv("PRECIS_CHROMIUM")) return env;
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (std::filesystem::exists(p)) return p;
  }
  return "";
}

std::string Escape(const std::string& s) {  // as the DOM serializes text
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

class BrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    chromium_ = Chromium();
    if (chromium_.empty()) {
      GTEST_SKIP() << "chromium is not installed (apt-get install chromium): "
                      "the browser test is skipped";
    }
    ASSERT_TRUE(server_.ok());
    profile_ = server_.dir() + "/profile";
    shots_ = std::string(PRECIS_BINARY_DIR) + "/screenshots";
    std::filesystem::create_directories(shots_);
  }

  // Chromium's command line for `url` with `what` (--dump-dom or
  // --screenshot=...) at the given window size.
  std::string Command(const std::string& what, const std::string& url,
                      int width, int height) const {
    return "timeout 90 " + chromium_ +
           " --headless --no-sandbox --disable-gpu --hide-scrollbars"
           " --no-first-run --disable-extensions --user-data-dir=" +
           profile_ + " --virtual-time-budget=10000 --window-size=" +
           std::to_string(width) + "," + std::to_string(height) + " " + what +
           " '" + server_.url() + url + "' 2>/dev/null";
  }

  std::string Dom(const std::string& url) const {
    FILE* p = popen(Command("--dump-dom", url, 1280, 900).c_str(), "r");
    std::string out;
    char buf[65536];
    size_t n;
    while (p != nullptr && (n = fread(buf, 1, sizeof buf, p)) > 0) {
      out.append(buf, n);
    }
    if (p != nullptr) pclose(p);
    return out;
  }

  void Screenshot(const std::string& url, const std::string& name, int width,
                  int height) const {
    const std::string path = shots_ + "/" + name + ".png";
    std::filesystem::remove(path);
    const int rc = std::system(
        Command("--screenshot=" + path, url, width, height).c_str());
    EXPECT_EQ(rc, 0) << name;
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    EXPECT_GT(std::filesystem::file_size(path), 5000u) << path;
  }

  json Api(const std::string& path) {
    httplib::Client c("127.0.0.1", server_.port());
    auto r = c.Get(path.c_str());
    return r ? json::parse(r->body, nullptr, false) : json();
  }

  testing::LiveServer server_{
      testing::NewsroomArticles(), {}, "precis_browser"};
  std::string chromium_, profile_, shots_;
};

TEST_F(BrowserTest, StoryListAndEscapedMarkup) {
  const std::string dom = Dom("/#/");
  ASSERT_NE(dom.find("data-ready=\"list\""), std::string::npos) << dom;
  size_t items = 0;
  for (size_t at = 0;
       (at = dom.find("class=\"story-item\"", at)) != std::string::npos; ++at) {
    ++items;
  }
  EXPECT_EQ(items, Api("/api/stories")["stories"].size());
  EXPECT_NE(dom.find("Hackers &lt;script&gt;alert('title')&lt;/script&gt; "
                     "target the port"),
            std::string::npos);
  EXPECT_EQ(dom.find("<script>alert"), std::string::npos);
  EXPECT_NE(dom.find("The &lt;b&gt;Bold&lt;/b&gt; Gazette"), std::string::npos);
  Screenshot("/#/", "desktop-list", 1280, 900);
  Screenshot("/#/", "phone-list", 390, 844);
}

TEST_F(BrowserTest, StoryPageHighlightsTheSpanOfAClickedSentence) {
  const std::string story =
      Api("/api/articles/calloway-courier")["story"].get<std::string>();
  const json page = Api("/api/stories/" + story);
  ASSERT_FALSE(page["brief"].is_null());
  const json& sentences = page["brief"]["summary"]["sentences"];
  ASSERT_GT(sentences.size(), 0u);
  const std::string url = "/#/story/" + story + "?click=0";
  const std::string dom = Dom(url);
  ASSERT_NE(dom.find("data-ready=\"article\""), std::string::npos) << dom;
  for (const json& s : sentences) {
    EXPECT_NE(dom.find(Escape(s["text"].get<std::string>())), std::string::npos)
        << s["text"];
  }
  const std::string mark =
      "<mark id=\"highlight\">" + Escape(sentences[0]["text"]) + "</mark>";
  EXPECT_NE(dom.find(mark), std::string::npos) << "no highlighted span";
  EXPECT_NE(dom.find("data-article=\"" +
                     sentences[0]["article"].get<std::string>() + "\""),
            std::string::npos);
  Screenshot(url, "desktop-story", 1280, 1800);
  Screenshot(url, "phone-story", 390, 1600);
}

TEST_F(BrowserTest, ArticleTextWithScriptShowsAsText) {
  const std::string story =
      Api("/api/articles/markup")["story"].get<std::string>();
  const std::string dom = Dom("/#/story/" + story + "/article/markup");
  ASSERT_NE(dom.find("data-ready=\"article\""), std::string::npos) << dom;
  EXPECT_NE(dom.find("&lt;script&gt;alert('xss')&lt;/script&gt;"),
            std::string::npos);
  EXPECT_EQ(dom.find("<script>alert"), std::string::npos);
}

}  // namespace
}  // namespace precis
