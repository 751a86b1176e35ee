// Copyright 2026 The precis Authors.

#include "cluster/story_writer.h"

#include <nlohmann/json.hpp>

namespace precis {
namespace {

std::string Join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string Dates(const Story& s) {
  if (s.first_published.empty()) return "undated";
  if (s.first_published == s.last_published) return s.first_published;
  return s.first_published + " to " + s.last_published;
}

}  // namespace

std::string StoryToJson(const Story& story, std::string_view brief_json) {
  nlohmann::ordered_json j;
  j["id"] = story.id;
  j["title"] = story.title;
  j["first_published"] = story.first_published;
  j["last_published"] = story.last_published;
  j["outlets"] = story.outlets;
  j["articles"] = story.articles;
  j["events"] = nlohmann::ordered_json::array();
  for (const StoryEvent& e : story.events) {
    nlohmann::ordered_json ev;
    ev["id"] = e.id;
    ev["title"] = e.title;
    ev["date"] = e.date;
    ev["articles"] = e.articles;
    j["events"].push_back(std::move(ev));
  }
  if (!brief_json.empty()) {
    j["brief"] = nlohmann::ordered_json::parse(brief_json, nullptr, false);
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string StoryToText(const Story& story, bool markdown) {
  std::string out;
  const std::string size = std::to_string(story.articles.size()) +
                           (story.articles.size() == 1 ? " article" : " articles") +
                           ", " + std::to_string(story.events.size()) +
                           (story.events.size() == 1 ? " event" : " events");
  if (markdown) {
    out += "## " + story.title + "\n\n";
    out += "*" + story.id + " · " + Dates(story) + " · " + size;
    if (!story.outlets.empty()) out += " · " + Join(story.outlets, ", ");
    out += "*\n\n";
    for (const StoryEvent& e : story.events) {
      out += "- **" + (e.date.empty() ? std::string("undated") : e.date) +
             "** " + e.title + " (" + Join(e.articles, ", ") + ")\n";
    }
    return out;
  }
  out += story.id + "  " + story.title + "\n";
  out += "  " + Dates(story) + "; " + size;
  if (!story.outlets.empty()) out += "; " + Join(story.outlets, ", ");
  out += "\n";
  for (const StoryEvent& e : story.events) {
    out += "  " + e.id + "  " + (e.date.empty() ? std::string("undated") : e.date) +
           "  " + e.title + "\n";
    out += "      " + Join(e.articles, " ") + "\n";
  }
  return out;
}

}  // namespace precis
