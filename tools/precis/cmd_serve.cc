// Copyright 2026 The precis Authors.
//
// precis serve: the newsroom service and web page over a store (server.h).
// Listens on 127.0.0.1:8080 unless told otherwise; beyond loopback, writes
// need --token (or PRECIS_TOKEN). Stops on SIGINT or SIGTERM.

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "command.h"
#include "precis/server.h"

namespace precis::cli {
namespace {

struct ServeFlags {
  std::string db;
  std::string listen = "127.0.0.1:8080";
  std::string token;
  int threads = 8;
  size_t max_body = 10u << 20;
};

Status ParseListen(const std::string& listen, ServeOptions* o) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon + 1 == listen.size()) {
    return Status::InvalidArgument("--listen wants HOST:PORT, not '" + listen +
                                   "'");
  }
  o->host = listen.substr(0, colon);
  if (o->host.size() > 2 && o->host.front() == '[') {
    o->host = o->host.substr(1, o->host.size() - 2);  // [::1]:8080
  }
  const std::string port = listen.substr(colon + 1);
  if (port.find_first_not_of("0123456789") != std::string::npos ||
      port.size() > 5 || std::stoi(port) > 65535) {
    return Status::InvalidArgument("--listen: bad port '" + port + "'");
  }
  o->port = std::stoi(port);
  return Status::OK();
}

int RunServe(const ServeFlags& flags) {
  ServeOptions options;
  if (Status s = ParseListen(flags.listen, &options); !s.ok()) {
    return ReportError(s);
  }
  options.token = flags.token;
  if (options.token.empty()) {
    if (const char* env = std::getenv("PRECIS_TOKEN")) options.token = env;
  }
  options.threads = flags.threads;
  options.max_body_bytes = flags.max_body;
  // The signals go to a thread that stops the server, not to a handler.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);
  auto server = NewsServer::Create(flags.db, options);
  if (!server.ok()) return ReportError(server.status());
  auto port = (*server)->Bind();
  if (!port.ok()) return ReportError(port.status());
  std::cerr << "precis: serving " << flags.db << " on http://"
            << (options.host.find(':') != std::string::npos
                    ? "[" + options.host + "]"
                    : options.host)
            << ":" << *port << "/" << std::endl;
  NewsServer* raw = server->get();
  std::thread stopper([raw, stop] {
    int sig = 0;
    sigwait(&stop, &sig);
    raw->Stop();
  });
  Status s = raw->Run();
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!s.ok()) return ReportError(s);
  return kExitOk;
}

}  // namespace

Runner SetupServe(CLI::App* sub) {
  auto flags = std::make_shared<ServeFlags>();
  sub->add_option("--db", flags->db, "The store (an SQLite file; created)")
      ->required();
  sub->add_option("--listen", flags->listen,
                  "HOST:PORT to listen on (port 0: any free port)")
      ->capture_default_str();
  sub->add_option("--token", flags->token,
                  "Bearer token POST needs (default: $PRECIS_TOKEN); "
                  "required beyond loopback");
  sub->add_option("--threads", flags->threads, "Worker threads")
      ->capture_default_str();
  sub->add_option("--max-body", flags->max_body,
                  "Largest request body in bytes (larger: 413)")
      ->capture_default_str();
  return [flags] { return RunServe(*flags); };
}

}  // namespace precis::cli
