// Copyright 2026 The precis Authors.

#include "precis/stories.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace precis {
namespace {

Article Make(std::string id, std::string title, std::string text,
             std::string published = "", std::string source = "") {
  Article a;
  a.id = std::move(id);
  a.title = std::move(title);
  a.text = std::move(text);
  a.published = std::move(published);
  a.source = std::move(source);
  return a;
}

std::vector<Article> Stream() {
  return {
      Make("a1", "Earthquake strikes Chile coast",
           "A magnitude 7 earthquake struck the Chilean coast near "
           "Valparaiso on Monday, killing dozens.",
           "2024-03-01", "AP"),
      Make("b1", "Central bank raises interest rates",
           "The European Central Bank raised interest rates by a quarter "
           "point on Thursday to fight inflation.",
           "2024-03-01", "Reuters"),
      Make("a2", "Chile earthquake death toll rises",
           "Rescuers in Valparaiso searched rubble after the earthquake "
           "that struck the Chilean coast; the death toll rose.",
           "2024-03-02", "Reuters"),
      Make("b2", "ECB rate rise hits markets",
           "Markets fell after the European Central Bank raised interest "
           "rates to fight inflation.",
           "2024-03-02", "AP"),
      Make("c1", "Champions League final tickets sold out",
           "Tickets for the Champions League final in London sold out in "
           "minutes, the football federation said.",
           "2024-03-03", "BBC"),
      Make("a3", "Aftershocks rattle Chile",
           "Strong aftershocks rattled Valparaiso days after the "
           "earthquake struck the Chilean coast.",
           "2024-03-04", "AP"),
  };
}

std::map<std::string, std::string> StoryOf(const std::vector<Story>& stories) {
  std::map<std::string, std::string> out;
  for (const Story& s : stories) {
    for (const std::string& id : s.articles) {
      EXPECT_TRUE(out.emplace(id, s.id).second) << id << " twice";
    }
    size_t in_events = 0;
    for (const StoryEvent& e : s.events) in_events += e.articles.size();
    EXPECT_EQ(in_events, s.articles.size()) << s.id;
  }
  return out;
}

TEST(StoryClusterer, GroupsStoriesAndKeepsEveryArticle) {
  Diagnostics d;
  auto stories = FindStories(Stream(), {}, &d);
  ASSERT_TRUE(stories.ok()) << stories.status().message();
  const auto of = StoryOf(*stories);
  ASSERT_EQ(of.size(), 6u);
  EXPECT_EQ(of.at("a1"), of.at("a2"));
  EXPECT_EQ(of.at("a1"), of.at("a3"));
  EXPECT_EQ(of.at("b1"), of.at("b2"));
  EXPECT_NE(of.at("a1"), of.at("b1"));
  EXPECT_NE(of.at("c1"), of.at("a1"));
  EXPECT_NE(of.at("c1"), of.at("b1"));
  EXPECT_EQ(stories->front().id, "s1");
  EXPECT_EQ(stories->front().first_published, "2024-03-01");
  EXPECT_EQ(stories->front().last_published, "2024-03-04");
  EXPECT_EQ(stories->front().outlets, (std::vector<std::string>{"AP", "Reuters"}));
}

TEST(StoryClusterer, AddSaysWhereAnArticleWent) {
  StoryClusterer c;
  auto first = c.Add(Stream()[0]);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->story, "s1");
  EXPECT_EQ(first->event, "s1.e1");
  EXPECT_TRUE(first->new_story);
  EXPECT_TRUE(first->new_event);
  auto again = c.Add(Stream()[0]);
  EXPECT_FALSE(again.ok());  // the same id twice
  Article copy = Stream()[0];
  copy.id = "copy";
  auto dup = c.Add(copy);
  ASSERT_TRUE(dup.ok());
  EXPECT_EQ(dup->duplicate_of, "a1");
  EXPECT_EQ(dup->event, "s1.e1");
  EXPECT_FALSE(dup->new_story);
}

TEST(StoryClusterer, TwoHalvesWithAResumeEqualOneRun) {
  const auto stream = Stream();
  StoryClusterer one;
  for (const Article& a : stream) ASSERT_TRUE(one.Add(a).ok());
  StoryClusterer first;
  for (size_t i = 0; i < 3; ++i) ASSERT_TRUE(first.Add(stream[i]).ok());
  auto second = StoryClusterer::Load(first.SaveState());
  ASSERT_TRUE(second.ok()) << second.status().message();
  for (size_t i = 3; i < stream.size(); ++i) {
    ASSERT_TRUE(second->Add(stream[i]).ok());
  }
  EXPECT_EQ(one.SaveState(), second->SaveState());
  const auto a = one.ActiveStories(), b = second->ActiveStories();
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].articles, b[i].articles);
    EXPECT_EQ(a[i].title, b[i].title);
    ASSERT_EQ(a[i].events.size(), b[i].events.size());
  }
}

TEST(StoryClusterer, LoadRefusesOtherBytes) {
  EXPECT_FALSE(StoryClusterer::Load("").ok());
  EXPECT_FALSE(StoryClusterer::Load("not a state").ok());
  StoryClusterer c;
  for (const Article& a : Stream()) ASSERT_TRUE(c.Add(a).ok());
  const std::string state = c.SaveState();
  for (size_t cut = 0; cut < state.size(); cut += 7) {
    EXPECT_FALSE(StoryClusterer::Load(state.substr(0, cut)).ok()) << cut;
  }
}

TEST(StoryClusterer, DormantStoriesLeaveAndAreHandedOutOnce) {
  StoryOptions o;
  o.dormant_days = 10;
  StoryClusterer c(o);
  ASSERT_TRUE(c.Add(Stream()[0]).ok());
  ASSERT_TRUE(c.Add(Make("late", "Elections in Peru",
                         "Peru votes for a new president.", "2024-05-01"))
                  .ok());
  auto dormant = c.TakeDormant();
  ASSERT_EQ(dormant.size(), 1u);
  EXPECT_EQ(dormant[0].articles, std::vector<std::string>{"a1"});
  EXPECT_TRUE(c.TakeDormant().empty());
  EXPECT_EQ(c.ActiveStories().size(), 1u);
  c.Flush();
  EXPECT_EQ(c.TakeDormant().size(), 1u);
  EXPECT_TRUE(c.ActiveStories().empty());
  // The id of a dormant story's article may come again.
  EXPECT_TRUE(c.Add(Stream()[0]).ok());
}

TEST(StoryClusterer, BadInputNeverDropsAnArticle) {
  std::vector<Article> in = {
      Make("e", "", ""),                      // empty
      Make("e", "", "   \n "),                // empty, repeated id
      Make("t", "Title only headline here", ""),
      Make("f", "", "A date in the future.", "2999-01-01"),
      Make("u", "", "An unreadable date.", "last Tuesday"),
  };
  for (int i = 0; i < 200; ++i) {
    in.push_back(Make("same" + std::to_string(i), "Same title",
                      "The very same text of an article, again and again.",
                      "2024-01-01"));
  }
  Diagnostics d;
  auto stories = FindStories(in, {}, &d);
  ASSERT_TRUE(stories.ok());
  const auto of = StoryOf(*stories);
  EXPECT_EQ(of.size(), in.size());
  EXPECT_TRUE(of.count("e-2"));
  EXPECT_EQ(of.at("same0"), of.at("same199"));
  EXPECT_GE(d.items().size(), 3u);  // future, unreadable, repeated id
}

TEST(StoryClusterer, Deterministic) {
  auto a = FindStories(Stream(), {}, nullptr);
  auto b = FindStories(Stream(), {}, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->size(), b->size());
  for (size_t i = 0; i < a->size(); ++i) {
    EXPECT_EQ((*a)[i].articles, (*b)[i].articles);
    EXPECT_EQ((*a)[i].title, (*b)[i].title);
  }
}

}  // namespace
}  // namespace precis
