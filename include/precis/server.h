// Copyright 2026 The precis Authors.
//
// The newsroom service: the store (store.h) over HTTP/1.1 with a JSON API
// and the web page at "/", compiled in (web/). `precis serve` runs it.
//
//   GET  /api/stories?since=&until=&q=&limit=&offset=   newest activity first
//   GET  /api/stories/{id}       the story, its events and its cached brief
//   GET  /api/articles/{id}      text and metadata
//   POST /api/articles           one article (application/json) or a web
//                                page (text/html, ?url=...); answers with
//                                the story and event it joined
//   GET  /healthz, /metrics      liveness; Prometheus text format
//
// Errors are {"error": {"status": N, "message": "..."}} with the status:
// 400 bad request, 401 no or wrong token, 404 unknown id or path, 413 body
// too large, 415 unsupported content type, 500 anything else. A handler's
// failure, exception or not, never takes the server down.
//
// Thread-safety: Run() serves on a bounded pool of threads; readers each
// take a read-only store connection from a pool (reads never wait for a
// write: WAL), writes go through one connection in turn. Stop() may be
// called from any thread.

#ifndef PRECIS_SERVER_H_
#define PRECIS_SERVER_H_

#include <memory>
#include <string>

#include "precis/status.h"
#include "precis/store.h"

namespace precis {

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: any free port (Bind() says which)
  // Required of POST (header "Authorization: Bearer T") when set; must be
  // set when host is not a loopback address.
  std::string token;
  size_t max_body_bytes = 10u << 20;  // larger bodies get 413
  int threads = 8;                    // worker threads
  int read_timeout_seconds = 5;       // per socket read
  int write_timeout_seconds = 5;      // per socket write
  int keep_alive_seconds = 5;         // idle keep-alive connections close
  // Requests on one connection before it closes. A connection holds a
  // worker thread while open, so this bounds how long other connections
  // wait for one when there are more than `threads` of them.
  int keep_alive_requests = 100;
  StoreOptions store;  // for the writer (brief, batch)
};

class NewsServer {
 public:
  // Opens the store at db_path (creating it) and checks the options.
  static Result<std::unique_ptr<NewsServer>> Create(
      const std::string& db_path, const ServeOptions& options);
  virtual ~NewsServer() = default;

  // Binds the listening socket; returns the port.
  virtual Result<int> Bind() = 0;
  // Serves until Stop(). REQUIRES: Bind() succeeded.
  virtual Status Run() = 0;
  virtual void Stop() = 0;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopback(const std::string& host);

}  // namespace precis

#endif  // PRECIS_SERVER_H_
