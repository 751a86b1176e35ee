// Copyright 2026 The precis Authors.

#include "cluster/story_eval.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "precis/reader.h"

namespace precis {
namespace {

size_t PeakRss() {
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<size_t>(usage.ru_maxrss) * 1024;  // Linux: kilobytes
}

Result<std::map<std::string, std::string>> ReadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open gold '" + path + "'");
  std::map<std::string, std::string> gold;
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("id") ||
        !j.contains("story") || !j["id"].is_string() ||
        !j["story"].is_string()) {
      return Status::BadInput(path + ":" + std::to_string(n) +
                              ": expected {\"id\": ..., \"story\": ...}");
    }
    gold[j["id"].get<std::string>()] = j["story"].get<std::string>();
  }
  return gold;
}

nlohmann::ordered_json ScoresJson(const ClusteringScores& s) {
  nlohmann::ordered_json j;
  j["bcubed_precision"] = s.bcubed_precision;
  j["bcubed_recall"] = s.bcubed_recall;
  j["bcubed_f1"] = s.bcubed_f1;
  j["pairwise_precision"] = s.pairwise_precision;
  j["pairwise_recall"] = s.pairwise_recall;
  j["pairwise_f1"] = s.pairwise_f1;
  j["clusters"] = s.predicted_clusters;
  j["gold_clusters"] = s.gold_clusters;
  j["items"] = s.items;
  return j;
}

}  // namespace

Result<StoryEvalReport> EvaluateStories(const std::string& data_path,
                                        const std::string& gold_path,
                                        const StoryOptions& options,
                                        Diagnostics* diagnostics) {
  PRECIS_ASSIGN_OR_RETURN(auto gold, ReadGold(gold_path));
  PRECIS_ASSIGN_OR_RETURN(auto clusters,
                          ReadClusters({data_path}, {}, diagnostics));
  std::vector<Article> articles;
  for (Cluster& c : clusters) {
    for (Article& a : c.articles) articles.push_back(std::move(a));
  }
  const auto start = std::chrono::steady_clock::now();
  PRECIS_ASSIGN_OR_RETURN(auto stories,
                          FindStories(articles, options, diagnostics));
  StoryEvalReport r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                            start)
                  .count();
  r.articles = articles.size();
  r.articles_per_second = r.seconds > 0 ? r.articles / r.seconds : 0;
  std::vector<std::string> by_story, by_event, truth;
  size_t without_gold = 0;
  for (const Story& s : stories) {
    for (const StoryEvent& e : s.events) {
      for (const std::string& id : e.articles) {
        auto it = gold.find(id);
        if (it == gold.end()) {
          ++without_gold;
          continue;
        }
        by_story.push_back(s.id);
        by_event.push_back(e.id);
        truth.push_back(it->second);
      }
    }
  }
  if (truth.empty()) {
    return Status::BadInput("no article of '" + data_path + "' is in '" +
                            gold_path + "'");
  }
  if (without_gold > 0 && diagnostics) {
    diagnostics->Warn(data_path, 0,
                      std::to_string(without_gold) +
                          " articles have no gold story and are not scored");
  }
  r.stories = ScoreClustering(by_story, truth);
  r.events = ScoreClustering(by_event, truth);
  r.stories.missing = r.events.missing = gold.size() - truth.size();
  r.peak_rss_bytes = PeakRss();
  return r;
}

std::string StoryEvalToJson(const StoryEvalReport& r) {
  nlohmann::ordered_json j;
  j["articles"] = r.articles;
  j["stories"] = ScoresJson(r.stories);
  j["events"] = ScoresJson(r.events);
  j["seconds"] = r.seconds;
  j["articles_per_second"] = r.articles_per_second;
  j["peak_rss_bytes"] = r.peak_rss_bytes;
  return j.dump();
}

std::string StoryEvalToText(const StoryEvalReport& r) {
  char buf[512];
  std::string out =
      "level    clusters  gold  BCubed P    R     F1   pairwise P    R     F1\n";
  for (const auto* level : {&r.stories, &r.events}) {
    std::snprintf(buf, sizeof buf,
                  "%-8s %8zu %5zu  %8.1f %5.1f %5.1f  %10.1f %5.1f %5.1f\n",
                  level == &r.stories ? "stories" : "events",
                  level->predicted_clusters, level->gold_clusters,
                  100 * level->bcubed_precision, 100 * level->bcubed_recall,
                  100 * level->bcubed_f1, 100 * level->pairwise_precision,
                  100 * level->pairwise_recall, 100 * level->pairwise_f1);
    out += buf;
  }
  std::snprintf(buf, sizeof buf,
                "%zu articles in %.3f s: %.0f articles/s; peak memory %.1f MB\n",
                r.articles, r.seconds, r.articles_per_second,
                r.peak_rss_bytes / 1048576.0);
  out += buf;
  return out;
}

}  // namespace precis
