// Copyright 2026 The precis Authors.
//
// precis_serve_load: a bounded load test of the newsroom service on
// loopback. Many readers fetch story pages (GET /api/stories/{id}, the
// cached brief) over keep-alive connections while one writer POSTs
// articles; reports requests/s, p50/p99/max latency, errors and the
// ingest's outcome. The goal (issue 16): >= 5,000 story pages/s on 2 cores,
// p99 < 20 ms, 0 errors, no failed ingest.
//
//   precis_serve_load [--seconds 5] [--readers 8] [--threads 8]
//                     [--stream FILE.jsonl] [--json]
// The store is built first in a temporary folder from examples/harbor-bridge
// and, when given, the first half of --stream; the second half is POSTed
// during the run.

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "precis/reader.h"
#include "precis/server.h"
#include "precis/store.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Flags {
  double seconds = 5;
  int readers = 8;
  int threads = 8;
  std::string stream;
  bool json = false;
};

Flags Parse(int argc, char** argv) {
  Flags f;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : ""; };
    if (a == "--seconds")
      f.seconds = std::stod(next());
    else if (a == "--readers")
      f.readers = std::stoi(next());
    else if (a == "--threads")
      f.threads = std::stoi(next());
    else if (a == "--stream")
      f.stream = next();
    else if (a == "--json")
      f.json = true;
    else {
      std::fprintf(stderr,
                   "usage: %s [--seconds S] [--readers N] "
                   "[--threads N] [--stream FILE.jsonl] [--json]\n",
                   argv[0]);
      std::exit(2);
    }
  }
  return f;
}

double Percentile(std::vector<float>& v, double p) {
  if (v.empty()) return 0;
  const size_t k = std::min(v.size() - 1, static_cast<size_t>(p * v.size()));
  std::nth_element(v.begin(), v.begin() + k, v.end());
  return v[k];
}

}  // namespace

int main(int argc, char** argv) {
  using namespace precis;
  const Flags flags = Parse(argc, argv);
  const auto dir = std::filesystem::temp_directory_path() /
                   ("precis_serve_load_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string db = (dir / "news.db").string();

  // The store: the example, and half the stream; the rest is for POST.
  std::vector<Article> initial, later;
  auto example =
      ReadClusters({std::string(PRECIS_SOURCE_DIR) + "/examples/harbor-bridge"},
                   {}, nullptr);
  if (example.ok()) initial = (*example)[0].articles;
  if (!flags.stream.empty()) {
    auto s = ReadClusters({flags.stream}, {}, nullptr);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.status().message().c_str());
      return 1;
    }
    auto& a = (*s)[0].articles;
    initial.insert(initial.end(), a.begin(), a.begin() + a.size() / 2);
    later.assign(a.begin() + a.size() / 2, a.end());
  }
  const auto t_build = Clock::now();
  {
    auto store = Store::Open(db);
    if (!store.ok() || !(*store)->Ingest(initial, {}).ok()) {
      std::fprintf(stderr, "cannot build the store\n");
      return 1;
    }
  }
  const double build_s =
      std::chrono::duration<double>(Clock::now() - t_build).count();

  ServeOptions options;
  options.port = 0;
  options.threads = flags.threads;
  auto server = NewsServer::Create(db, options);
  if (!server.ok()) return 1;
  auto port = (*server)->Bind();
  if (!port.ok()) return 1;
  std::thread serving([&] { (void)(*server)->Run(); });

  std::vector<std::string> ids;
  {
    httplib::Client c("127.0.0.1", *port);
    auto r = c.Get("/api/stories?limit=500");
    if (!r || r->status != 200) {
      std::fprintf(stderr, "GET /api/stories: %s\n",
                   r ? r->body.c_str() : httplib::to_string(r.error()).c_str());
    } else {
      const nlohmann::json list = nlohmann::json::parse(r->body);
      for (const auto& s : list["stories"]) {
        ids.push_back(s["id"]);
      }
    }
  }
  if (ids.empty()) {
    std::fprintf(stderr, "no stories to read\n");
    (*server)->Stop();
    serving.join();
    return 1;
  }

  std::atomic<bool> stop{false};
  std::atomic<uint64_t> errors{0}, bytes{0};
  std::vector<std::vector<float>> latencies(flags.readers);
  std::vector<std::thread> readers;
  for (int t = 0; t < flags.readers; ++t) {
    readers.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", *port);
      c.set_keep_alive(true);
      c.set_tcp_nodelay(true);
      std::mt19937 rng(t);
      auto& lat = latencies[t];
      lat.reserve(1 << 20);
      while (!stop.load(std::memory_order_relaxed)) {
        const std::string path = "/api/stories/" + ids[rng() % ids.size()];
        const auto t0 = Clock::now();
        auto r = c.Get(path.c_str());
        lat.push_back(
            std::chrono::duration<float, std::milli>(Clock::now() - t0)
                .count());
        if (!r || r->status != 200) {
          errors.fetch_add(1);
        } else {
          bytes.fetch_add(r->body.size(), std::memory_order_relaxed);
        }
      }
    });
  }
  size_t posted = 0, post_failures = 0;
  std::thread writer([&] {
    httplib::Client c("127.0.0.1", *port);
    for (const Article& a : later) {
      if (stop) break;
      const nlohmann::json j = {
          {"id", a.id},   {"title", a.title},         {"source", a.source},
          {"url", a.url}, {"published", a.published}, {"text", a.text}};
      auto r = c.Post("/api/articles", j.dump(), "application/json");
      ++posted;
      if (!r || (r->status != 201 && r->status != 200)) ++post_failures;
    }
  });
  const auto t0 = Clock::now();
  std::this_thread::sleep_for(std::chrono::duration<double>(flags.seconds));
  stop = true;
  for (auto& t : readers) t.join();
  const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
  writer.join();
  (*server)->Stop();
  serving.join();

  std::vector<float> all;
  for (auto& v : latencies) all.insert(all.end(), v.begin(), v.end());
  const double rps = all.size() / wall;
  const double p50 = Percentile(all, 0.50), p99 = Percentile(all, 0.99);
  const double max =
      all.empty() ? 0 : *std::max_element(all.begin(), all.end());
  const double kb = all.empty() ? 0 : bytes.load() / 1024.0 / all.size();
  if (flags.json) {
    std::printf("%s\n",
                nlohmann::json{{"requests", all.size()},
                               {"seconds", wall},
                               {"rps", rps},
                               {"p50_ms", p50},
                               {"p99_ms", p99},
                               {"max_ms", max},
                               {"errors", errors.load()},
                               {"stories", ids.size()},
                               {"kb_per_page", kb},
                               {"posted", posted},
                               {"post_failures", post_failures},
                               {"readers", flags.readers},
                               {"threads", flags.threads},
                               {"cores", std::thread::hardware_concurrency()}}
                    .dump()
                    .c_str());
  } else {
    std::printf(
        "story pages: %zu in %.2f s = %.0f req/s; p50 %.2f ms, p99 %.2f ms, "
        "max %.1f ms; %llu errors; %zu stories, %.1f KB a page\n"
        "ingest during the run: %zu articles POSTed, %zu failed; store built "
        "in %.2f s (%zu articles)\n"
        "readers %d, server threads %d, cores %u\n",
        all.size(), wall, rps, p50, p99, max,
        static_cast<unsigned long long>(errors.load()), ids.size(), kb, posted,
        post_failures, build_s, initial.size(), flags.readers, flags.threads,
        std::thread::hardware_concurrency());
  }
  std::filesystem::remove_all(dir);
  return errors.load() == 0 && post_failures == 0 ? 0 : 1;
}
