// Copyright 2026 The precis Authors.
//
// The server's counters, exposed in the Prometheus text format (version
// 0.0.4): requests and latency histograms per route, responses per status
// code. Lock-free: every counter is a relaxed atomic.

#ifndef PRECIS_SERVE_METRICS_H_
#define PRECIS_SERVE_METRICS_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace precis::serve {

enum class Route {
  kStories,
  kStory,
  kArticle,
  kPost,
  kPage,
  kHealth,
  kMetrics,
  kCount
};

class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds (then +Inf).
  static constexpr std::array<double, 10> kBounds = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0};

  void Observe(Route route, double seconds);
  void Response(int status);
  // The exposition text, with the store's gauges appended.
  std::string Render(int64_t articles, int64_t stories, int64_t events) const;

 private:
  struct PerRoute {
    std::array<std::atomic<uint64_t>, kBounds.size() + 1> buckets{};
    std::atomic<uint64_t> count{0};
    std::atomic<uint64_t> micros{0};  // sum of latencies
  };
  std::array<PerRoute, static_cast<size_t>(Route::kCount)> routes_;
  std::array<std::atomic<uint64_t>, 6> status_classes_{};  // 0xx..5xx
};

}  // namespace precis::serve

#endif  // PRECIS_SERVE_METRICS_H_
