// Copyright 2026 The precis Authors.
//
// A stand-in StoryClusterer, compiled only while the real one (src/cluster,
// branch `stories`) is not merged, so that the store, the server and their
// tests build. It groups an article with the story whose words overlap its
// title and lead the most (Jaccard >= 0.12), one event a story. Not for
// use: delete this folder once precis_cluster exists.

#include <algorithm>
#include <set>
#include <sstream>

#include "precis/stories.h"

namespace precis {

struct StoryClusterer::Impl {
  struct Entry {
    Story story;
    std::set<std::string> words;
  };
  std::vector<Entry> stories;
  int next = 1;
};

namespace {

std::set<std::string> Words(const Article& a) {
  std::set<std::string> out;
  std::string w;
  const std::string head = a.title + " " + a.text.substr(0, 600);
  for (char c : head + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      if (w.size() > 3) out.insert(w);
      w.clear();
    }
  }
  return out;
}

}  // namespace

StoryClusterer::StoryClusterer(const StoryOptions&)
    : impl_(std::make_unique<Impl>()) {}
StoryClusterer::~StoryClusterer() = default;
StoryClusterer::StoryClusterer(StoryClusterer&&) noexcept = default;
StoryClusterer& StoryClusterer::operator=(StoryClusterer&&) noexcept = default;

Result<StoryAssignment> StoryClusterer::Add(const Article& a) {
  const std::set<std::string> words = Words(a);
  double best = 0;
  Impl::Entry* into = nullptr;
  for (auto& e : impl_->stories) {
    size_t common = 0;
    for (const auto& w : words) common += e.words.count(w);
    const double j =
        words.empty()
            ? 0
            : double(common) / (words.size() + e.words.size() - common);
    if (j > best) best = j, into = &e;
  }
  StoryAssignment r;
  if (into == nullptr || best < 0.12) {
    impl_->stories.push_back({});
    into = &impl_->stories.back();
    into->story.id = "s" + std::to_string(impl_->next++);
    into->story.title = a.title.empty() ? a.text.substr(0, 80) : a.title;
    into->story.events.push_back(
        {into->story.id + ".e1", into->story.title, "", {}});
    r.new_story = r.new_event = true;
  }
  Story& s = into->story;
  into->words.insert(words.begin(), words.end());
  s.articles.push_back(a.id);
  s.events[0].articles.push_back(a.id);
  const std::string day = a.published.substr(0, 10);
  if (!day.empty()) {
    if (s.first_published.empty() || day < s.first_published)
      s.first_published = day;
    if (day > s.last_published) s.last_published = day;
    if (s.events[0].date.empty()) s.events[0].date = day;
  }
  if (!a.source.empty() && std::find(s.outlets.begin(), s.outlets.end(),
                                     a.source) == s.outlets.end()) {
    s.outlets.push_back(a.source);
    std::sort(s.outlets.begin(), s.outlets.end());
  }
  r.story = s.id;
  r.event = s.events[0].id;
  return r;
}

std::vector<Story> StoryClusterer::ActiveStories() const {
  std::vector<Story> out;
  for (const auto& e : impl_->stories) out.push_back(e.story);
  return out;
}

std::vector<Story> StoryClusterer::TakeDormant() { return {}; }
void StoryClusterer::Flush() {}

// Not a real state: the stand-in starts afresh after a load, with its id
// counter kept.
std::string StoryClusterer::SaveState() const {
  return "fallback " + std::to_string(impl_->next);
}

Result<StoryClusterer> StoryClusterer::Load(std::string_view state,
                                            const StoryOptions& options) {
  if (state.substr(0, 9) != "fallback ") return Status::BadInput("not a state");
  StoryClusterer c(options);
  c.impl_->next = std::stoi(std::string(state.substr(9)));
  return c;
}

Result<std::vector<Story>> FindStories(const std::vector<Article>& articles,
                                       const StoryOptions& options,
                                       Diagnostics*) {
  StoryClusterer c(options);
  for (const Article& a : articles) {
    auto r = c.Add(a);
    if (!r.ok()) return r.status();
  }
  return c.ActiveStories();
}

}  // namespace precis
