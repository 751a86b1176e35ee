// Copyright 2026 The precis Authors.
//
// NewsServer on cpp-httplib (Debian's libcpp-httplib, 0.11). Every handler
// runs inside Wrap(), which times it, turns a Status or an exception into a
// JSON error and never lets one escape into the library's thread.

#include "precis/server.h"

#include <httplib.h>

#include <chrono>
#include <cstring>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string_view>

#include "precis/html.h"
#include "serve/metrics.h"

namespace precis::data {
extern const std::string_view kWebIndex;
extern const std::string_view kWebApp;
extern const std::string_view kWebStyle;
}  // namespace precis::data

namespace precis {

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

namespace {

using httplib::Request;
using httplib::Response;
using json = nlohmann::json;
using serve::Route;

std::string Dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

void SetError(Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(Dump({{"error", {{"status", status}, {"message", message}}}}),
                  "application/json");
}

int HttpStatus(const Status& s) {
  switch (s.code()) {
    case Status::Code::kNotFound:
      return 404;
    case Status::Code::kInvalidArgument:
    case Status::Code::kBadInput:
      return 400;
    default:
      return 500;
  }
}

json StoryJson(const StoryRow& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"outlets", r.outlets},
          {"articles", r.articles},
          {"events", r.events},
          {"first_published", r.first_published},
          {"last_published", r.last_published},
          {"updated_at", r.updated_at},
          {"updated_seq", r.updated_seq},
          {"dormant", r.dormant},
          {"lede", r.lede}};
}

json EventJson(const EventRow& e) {
  return {{"id", e.id},
          {"title", e.title},
          {"date", e.date},
          {"articles", e.articles}};
}

// Connections for readers, opened on demand and reused.
class StorePool {
 public:
  StorePool(std::string path, StoreOptions options)
      : path_(std::move(path)), options_(std::move(options)) {
    options_.read_only = true;
  }

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store)
        : pool_(pool), store_(std::move(store)) {}
    ~Lease() {
      if (store_) pool_->Give(std::move(store_));
    }
    Lease(Lease&&) = default;
    Store* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  Result<Lease> Take() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        Lease l(this, std::move(free_.back()));
        free_.pop_back();
        return l;
      }
    }
    PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<Store> s,
                            Store::Open(path_, options_));
    return Lease(this, std::move(s));
  }

 private:
  void Give(std::unique_ptr<Store> s) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(s));
  }

  std::string path_;
  StoreOptions options_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> free_;
};

// "YYYY-MM-DD" or a prefix of it made of digits and dashes, or empty.
bool IsDateBound(const std::string& s) {
  if (s.size() > 25) return false;
  for (char c : s) {
    if (!(c >= '0' && c <= '9') && c != '-' && c != 'T' && c != ':' &&
        c != 'Z') {
      return false;
    }
  }
  return true;
}

Result<size_t> ParseCount(const Request& req, const char* key, size_t dflt,
                          size_t max) {
  if (!req.has_param(key)) return dflt;
  const std::string v = req.get_param_value(key);
  if (v.empty() || v.size() > 9 ||
      v.find_first_not_of("0123456789") != std::string::npos) {
    return Status::BadInput(std::string("'") + key +
                            "' must be a non-negative integer");
  }
  return std::min<size_t>(std::stoul(v), max);
}

// The article a POST carries, or why not.
Result<Article> ParseArticle(const Request& req, const HtmlOptions& html) {
  const std::string type = req.get_header_value("Content-Type");
  Article a;
  if (type.rfind("application/json", 0) == 0) {
    json j = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) {
      return Status::BadInput("the body is not a JSON object (or not UTF-8)");
    }
    auto str = [&](const char* k) {
      auto it = j.find(k);
      return it != j.end() && it->is_string() ? it->get<std::string>()
                                              : std::string();
    };
    if (j.contains("html")) {
      a = ToArticle(ExtractWebPage(str("html"), str("url"), html), str("id"),
                    "POST");
      if (a.url.empty()) a.url = str("url");
    } else {
      a.id = str("id");
      a.title = str("title");
      a.source = str("source");
      a.url = str("url");
      a.published = str("published");
      a.text = str("text");
      a.origin = "POST";
    }
  } else if (type.rfind("text/html", 0) == 0) {
    const std::string url = req.get_param_value("url");
    WebPage page = ExtractWebPage(req.body, url, html);
    if (page.text.empty()) {
      return Status::BadInput("no article in the page: " + page.empty_reason);
    }
    a = ToArticle(page, "", "POST");
    if (a.url.empty()) a.url = url;
  } else {
    return Status(Status::Code::kInternal, "415");  // mapped by the caller
  }
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::BadInput("the article has no text");
  }
  if (a.id.empty()) a.id = "a" + ContentHash(a.url + "\n" + a.text);
  if (a.id.size() > 200) return Status::BadInput("the id is too long");
  return a;
}

class HttpNewsServer final : public NewsServer {
 public:
  HttpNewsServer(std::string path, const ServeOptions& options,
                 std::unique_ptr<Store> writer)
      : options_(options),
        readers_(path, options.store),
        writer_(std::move(writer)) {
    Routes();
  }

  Result<int> Bind() override {
    int port = options_.port;
    if (port == 0) {
      port = server_.bind_to_any_port(options_.host);
      if (port <= 0) return Status::IOError("cannot bind " + options_.host);
    } else if (!server_.bind_to_port(options_.host, port)) {
      return Status::IOError("cannot bind " + options_.host + ":" +
                             std::to_string(port));
    }
    return port;
  }

  Status Run() override {
    if (!server_.listen_after_bind()) {
      return Status::IOError("the server stopped listening");
    }
    return Status::OK();
  }

  void Stop() override { server_.stop(); }

 private:
  using Handler = void (HttpNewsServer::*)(const Request&, Response&);

  httplib::Server::Handler Wrap(Route route, Handler h) {
    return [this, route, h](const Request& req, Response& res) {
      const auto t0 = std::chrono::steady_clock::now();
      try {
        (this->*h)(req, res);
      } catch (const std::exception& e) {
        SetError(res, 500, std::string("internal error: ") + e.what());
      } catch (...) {
        SetError(res, 500, "internal error");
      }
      metrics_.Observe(route, std::chrono::duration<double>(
                                  std::chrono::steady_clock::now() - t0)
                                  .count());
    };
  }

  void Routes() {
    const int threads = std::max(1, options_.threads);
    server_.new_task_queue = [threads] {
      return new httplib::ThreadPool(threads);
    };
    server_.set_payload_max_length(options_.max_body_bytes);
    server_.set_tcp_nodelay(true);  // else small responses wait ~40 ms for
                                    // the client's delayed ACK (Nagle)
    server_.set_read_timeout(options_.read_timeout_seconds, 0);
    server_.set_write_timeout(options_.write_timeout_seconds, 0);
    server_.set_keep_alive_timeout(options_.keep_alive_seconds);
    server_.set_keep_alive_max_count(
        static_cast<size_t>(std::max(1, options_.keep_alive_requests)));
    server_.set_default_headers(
        {{"X-Content-Type-Options", "nosniff"},
         {"Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; object-src 'none'; "
          "base-uri 'none'; frame-ancestors 'none'"},
         {"Referrer-Policy", "no-referrer"}});
    server_.Get("/api/stories",
                Wrap(Route::kStories, &HttpNewsServer::Stories));
    server_.Get(R"(/api/stories/([^/]+))",
                Wrap(Route::kStory, &HttpNewsServer::StoryPage));
    server_.Get(R"(/api/articles/([^/]+))",
                Wrap(Route::kArticle, &HttpNewsServer::ArticlePage));
    server_.Post("/api/articles", Wrap(Route::kPost, &HttpNewsServer::Post));
    server_.Get("/healthz", Wrap(Route::kHealth, &HttpNewsServer::Health));
    server_.Get("/metrics", Wrap(Route::kMetrics, &HttpNewsServer::Prometheus));
    server_.Get(R"(/|/index\.html|/app\.js|/app\.css)",
                Wrap(Route::kPage, &HttpNewsServer::Static));
    server_.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const Request& req, Response& res) {
          if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
          const char* m = res.status == 404   ? "no such resource"
                          : res.status == 413 ? "the request body is too large"
                          : res.status == 405 ? "method not allowed"
                          : res.status == 400 ? "bad request"
                                              : "error";
          SetError(res, res.status, std::string(m) + ": " + req.path);
          return httplib::Server::HandlerResponse::Handled;
        }));
    server_.set_exception_handler(
        [](const Request&, Response& res, std::exception_ptr) {
          SetError(res, 500, "internal error");
        });
    server_.set_logger([this](const Request&, const Response& res) {
      metrics_.Response(res.status);
    });
  }

  static bool Fail(Response& res, const Status& s) {
    if (s.ok()) return false;
    SetError(res, HttpStatus(s), s.message());
    return true;
  }

  void Stories(const Request& req, Response& res) {
    StoryQuery q;
    q.since = req.get_param_value("since");
    q.until = req.get_param_value("until");
    q.q = req.get_param_value("q");
    if (!IsDateBound(q.since) || !IsDateBound(q.until)) {
      return SetError(res, 400, "'since' and 'until' are ISO dates");
    }
    if (q.q.size() > 200) return SetError(res, 400, "'q' is too long");
    auto limit = ParseCount(req, "limit", 50, 500);
    auto offset = ParseCount(req, "offset", 0, 1u << 30);
    if (Fail(res, limit.status()) || Fail(res, offset.status())) return;
    q.limit = *limit;
    q.offset = *offset;
    auto store = readers_.Take();
    if (Fail(res, store.status())) return;
    auto rows = (*store)->ListStories(q);
    if (Fail(res, rows.status())) return;
    json list = json::array();
    for (const StoryRow& r : *rows) list.push_back(StoryJson(r));
    res.set_content(
        Dump({{"stories", list}, {"limit", q.limit}, {"offset", q.offset}}),
        "application/json");
  }

  void StoryPage(const Request& req, Response& res) {
    const std::string id = req.matches[1];
    auto store = readers_.Take();
    if (Fail(res, store.status())) return;
    auto row = (*store)->GetStory(id);
    if (Fail(res, row.status())) return;
    auto events = (*store)->StoryEvents(id);
    if (Fail(res, events.status())) return;
    auto brief = (*store)->StoryBrief(id);
    if (Fail(res, brief.status())) return;
    json ev = json::array();
    for (const EventRow& e : *events) ev.push_back(EventJson(e));
    std::string body = "{\"story\":" + Dump(StoryJson(*row)) +
                       ",\"events\":" + Dump(ev) + ",\"brief\":";
    body += *brief;
    body += "}";
    res.set_content(std::move(body), "application/json");
  }

  void ArticlePage(const Request& req, Response& res) {
    auto store = readers_.Take();
    if (Fail(res, store.status())) return;
    auto a = (*store)->GetArticle(std::string(req.matches[1]));
    if (Fail(res, a.status())) return;
    const Article& x = a->article;
    res.set_content(Dump({{"id", x.id},
                          {"title", x.title},
                          {"source", x.source},
                          {"url", x.url},
                          {"published", x.published},
                          {"text", x.text},
                          {"body_begin", x.body_begin},
                          {"story", a->story},
                          {"event", a->event},
                          {"duplicate_of", a->duplicate_of},
                          {"content_hash", a->content_hash},
                          {"added_at", a->added_at}}),
                    "application/json");
  }

  bool Authorized(const Request& req) const {
    if (options_.token.empty()) return true;
    const std::string want = "Bearer " + options_.token;
    const std::string got = req.get_header_value("Authorization");
    if (got.size() != want.size()) return false;
    unsigned char diff = 0;  // constant time in the token's length
    for (size_t i = 0; i < want.size(); ++i) diff |= got[i] ^ want[i];
    return diff == 0;
  }

  void Post(const Request& req, Response& res) {
    if (!Authorized(req)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return SetError(res, 401, "a valid token is required to write");
    }
    auto article = ParseArticle(req, HtmlOptions());
    if (!article.ok() && article.status().code() == Status::Code::kInternal) {
      return SetError(res, 415,
                      "POST application/json (an article) or text/html (a "
                      "page, with ?url=)");
    }
    if (Fail(res, article.status())) return;
    IngestResult result;
    {
      std::lock_guard<std::mutex> lock(write_mu_);
      Status s = writer_->Ingest(
          std::span<const Article>(&*article, 1),
          [&](std::span<const IngestResult> r) { result = r[0]; });
      if (Fail(res, s)) return;
    }
    json story = nullptr;
    if (auto store = readers_.Take(); store.ok()) {
      if (auto row = (*store)->GetStory(result.assignment.story); row.ok()) {
        story = StoryJson(*row);
      }
    }
    res.status = result.added ? 201 : 200;
    res.set_content(Dump({{"article", result.id},
                          {"added", result.added},
                          {"existing", result.existing},
                          {"story", story},
                          {"event", result.assignment.event},
                          {"new_story", result.assignment.new_story},
                          {"new_event", result.assignment.new_event},
                          {"duplicate_of", result.assignment.duplicate_of}}),
                    "application/json");
  }

  void Health(const Request&, Response& res) {
    res.set_content("{\"status\":\"ok\"}", "application/json");
  }

  void Prometheus(const Request&, Response& res) {
    StoreCounts c;
    if (auto store = readers_.Take(); store.ok()) {
      if (auto counts = (*store)->Counts(); counts.ok()) c = *counts;
    }
    res.set_content(metrics_.Render(c.articles, c.stories, c.events),
                    "text/plain; version=0.0.4");
  }

  void Static(const Request& req, Response& res) {
    if (req.path == "/app.js") {
      res.set_content(std::string(data::kWebApp), "text/javascript");
    } else if (req.path == "/app.css") {
      res.set_content(std::string(data::kWebStyle), "text/css");
    } else {
      res.set_content(std::string(data::kWebIndex), "text/html; charset=utf-8");
    }
    res.set_header("Cache-Control", "no-cache");
  }

  ServeOptions options_;
  StorePool readers_;
  std::mutex write_mu_;
  std::unique_ptr<Store> writer_;  // guarded by write_mu_
  serve::Metrics metrics_;
  httplib::Server server_;
};

}  // namespace

Result<std::unique_ptr<NewsServer>> NewsServer::Create(
    const std::string& db_path, const ServeOptions& options) {
  if (!IsLoopback(options.host) && options.token.empty()) {
    return Status::InvalidArgument(
        "listening on " + options.host +
        " (beyond loopback) needs a token for writes: --token or "
        "PRECIS_TOKEN");
  }
  StoreOptions writer_options = options.store;
  writer_options.read_only = false;
  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<Store> writer,
                          Store::Open(db_path, writer_options));
  return std::unique_ptr<NewsServer>(
      new HttpNewsServer(db_path, options, std::move(writer)));
}

}  // namespace precis
