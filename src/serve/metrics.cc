// Copyright 2026 The precis Authors.

#include "serve/metrics.h"

#include <cstdio>

namespace precis::serve {
namespace {

constexpr const char* kRouteNames[] = {"stories", "story",  "article", "post",
                                       "page",    "health", "metrics"};
static_assert(std::size(kRouteNames) == static_cast<size_t>(Route::kCount));

std::string Line(const char* fmt, auto... args) {
  char buf[256];
  std::snprintf(buf, sizeof buf, fmt, args...);
  return buf;
}

}  // namespace

void Metrics::Observe(Route route, double seconds) {
  PerRoute& r = routes_[static_cast<size_t>(route)];
  size_t b = 0;
  while (b < kBounds.size() && seconds > kBounds[b]) ++b;
  r.buckets[b].fetch_add(1, std::memory_order_relaxed);
  r.count.fetch_add(1, std::memory_order_relaxed);
  r.micros.fetch_add(static_cast<uint64_t>(seconds * 1e6),
                     std::memory_order_relaxed);
}

void Metrics::Response(int status) {
  const int c = status / 100;
  if (c >= 0 && c < static_cast<int>(status_classes_.size())) {
    status_classes_[c].fetch_add(1, std::memory_order_relaxed);
  }
}

std::string Metrics::Render(int64_t articles, int64_t stories,
                            int64_t events) const {
  std::string out =
      "# HELP precis_http_request_duration_seconds Time in a handler.\n"
      "# TYPE precis_http_request_duration_seconds histogram\n";
  for (size_t i = 0; i < routes_.size(); ++i) {
    const PerRoute& r = routes_[i];
    uint64_t cumulative = 0;
    for (size_t b = 0; b <= kBounds.size(); ++b) {
      cumulative += r.buckets[b].load(std::memory_order_relaxed);
      const std::string le =
          b < kBounds.size() ? Line("%g", kBounds[b]) : std::string("+Inf");
      out += Line(
          "precis_http_request_duration_seconds_bucket{route=\"%s\",le=\"%s\"}"
          " %llu\n",
          kRouteNames[i], le.c_str(),
          static_cast<unsigned long long>(cumulative));
    }
    out += Line("precis_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n",
                kRouteNames[i], r.micros.load(std::memory_order_relaxed) / 1e6);
    out +=
        Line("precis_http_request_duration_seconds_count{route=\"%s\"} %llu\n",
             kRouteNames[i],
             static_cast<unsigned long long>(
                 r.count.load(std::memory_order_relaxed)));
  }
  out +=
      "# HELP precis_http_responses_total Responses by status class.\n"
      "# TYPE precis_http_responses_total counter\n";
  for (size_t c = 1; c < status_classes_.size(); ++c) {
    out += Line("precis_http_responses_total{code=\"%zuxx\"} %llu\n", c,
                static_cast<unsigned long long>(
                    status_classes_[c].load(std::memory_order_relaxed)));
  }
  out +=
      "# HELP precis_store_articles Articles in the store.\n"
      "# TYPE precis_store_articles gauge\n";
  out += Line("precis_store_articles %lld\n", static_cast<long long>(articles));
  out +=
      "# HELP precis_store_stories Stories in the store.\n"
      "# TYPE precis_store_stories gauge\n";
  out += Line("precis_store_stories %lld\n", static_cast<long long>(stories));
  out +=
      "# HELP precis_store_events Events in the store.\n"
      "# TYPE precis_store_events gauge\n";
  out += Line("precis_store_events %lld\n", static_cast<long long>(events));
  return out;
}

}  // namespace precis::serve
