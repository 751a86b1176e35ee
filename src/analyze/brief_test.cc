// Copyright 2026 The precis Authors.

#include "precis/brief.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace precis {
namespace {

using ::testing::ElementsAre;

Article Make(std::string id, std::string source, std::string published,
             std::string text) {
  Article a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.published = std::move(published);
  a.text = std::move(text);
  return a;
}

Cluster Story() {
  const std::string wire =
      "\xE2\x80\x9CWe will reopen the ferry line within a week,\xE2\x80\x9D "
      "harbor master Lena Ortiz said on Tuesday.";
  Cluster c;
  c.id = "ferry";
  c.articles = {
      Make("a", "Courier", "2026-05-06",
           "The ferry line between the islands stopped on Monday after a "
           "storm damaged the main pier. " +
               wire +
               " Repairs will cost about 2 million dollars, officials said. "
               "\xE2\x80\x9CThe pier is gone,\xE2\x80\x9D Ortiz said, "
               "\xE2\x80\x9C"
               "but every boat came through the storm.\xE2\x80\x9D"),
      Make("b", "Gazette", "2026-05-06",
           "A storm damaged the main pier of the island ferry line on "
           "Monday, halting all crossings. " +
               wire + " Share this article\n"),
  };
  return c;
}

TEST(BriefTest, QuotesMergedAcrossOutletsAndCoverage) {
  const Cluster c = Story();
  BriefOptions options;
  options.summary.budget = {Budget::Unit::kWords, 40};
  auto brief = BuildBrief(c, options);
  ASSERT_TRUE(brief.ok()) << brief.status().message();
  ASSERT_FALSE(brief->summary.sentences.empty());
  // The wire quote appears once, carried by both outlets.
  const BriefQuote* wire = nullptr;
  for (const BriefQuote& q : brief->quotes) {
    if (q.quote.direct && wire == nullptr) wire = &q;
  }
  ASSERT_NE(wire, nullptr);
  EXPECT_EQ(wire->quote.speaker, "Lena Ortiz");
  // The speaker is the entity of that name, with her role.
  ASSERT_GE(wire->quote.entity, 0);
  ASSERT_LT(static_cast<size_t>(wire->quote.entity), brief->entities.size());
  const Entity& ortiz = brief->entities[wire->quote.entity];
  EXPECT_EQ(ortiz.name, "Lena Ortiz");
  EXPECT_EQ(ortiz.type, EntityType::kPerson);
  EXPECT_EQ(ortiz.outlets, 2u);
  // "Ortiz said" in the split quote is the same person.
  const BriefQuote* split = nullptr;
  for (const BriefQuote& q : brief->quotes) {
    if (q.quote.parts.size() == 2) split = &q;
  }
  ASSERT_NE(split, nullptr);
  EXPECT_EQ(split->quote.entity, wire->quote.entity);
  EXPECT_EQ(split->quote.speaker, "Lena Ortiz");
  EXPECT_THAT(wire->sources, ElementsAre(0u, 1u));
  ASSERT_EQ(brief->coverage.size(), 2u);
  EXPECT_EQ(brief->coverage[0].outlet, "Courier");
  // Monday, the day of the storm, is on the timeline for both.
  bool monday = false;
  for (const TimelineEvent& e : brief->timeline) {
    if (e.date == "2026-05-04") monday = true;
  }
  EXPECT_TRUE(monday);
}

TEST(BriefTest, JsonHasEveryPartWithValidSpans) {
  const Cluster c = Story();
  BriefOptions options;
  options.summary.budget = {Budget::Unit::kWords, 40};
  auto brief = BuildBrief(c, options);
  ASSERT_TRUE(brief.ok());
  const auto j = nlohmann::json::parse(BriefToJson(c, *brief));
  for (const char* key : {"cluster", "sources", "summary", "entities", "quotes",
                          "timeline", "duplicates", "coverage"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  for (const auto& s : j["summary"]["sentences"]) {
    const std::string id = s["article"];
    const Article& a = id == "a" ? c.articles[0] : c.articles[1];
    const size_t b = s["begin"], e = s["end"];
    EXPECT_EQ(a.text.substr(b, e - b), s["text"].get<std::string>());
  }
  for (const auto& q : j["quotes"]) {
    const std::string id = q["article"];
    const Article& a = id == "a" ? c.articles[0] : c.articles[1];
    const size_t b = q["begin"], e = q["end"];
    EXPECT_EQ(a.text.substr(b, e - b), q["text"].get<std::string>());
    for (const auto& p : q.value("parts", nlohmann::json::array())) {
      const size_t pb = p["begin"], pe = p["end"];
      EXPECT_EQ(a.text.substr(pb, pe - pb), p["text"].get<std::string>());
    }
    if (q.contains("entity")) {
      EXPECT_EQ(j["entities"][q["entity"].get<size_t>()]["name"], q["speaker"]);
    }
  }
  // Every mention's bytes spell the entity's name or one of its aliases.
  ASSERT_FALSE(j["entities"].empty());
  for (const auto& e : j["entities"]) {
    std::vector<std::string> forms = e["aliases"];
    forms.push_back(e["name"]);
    for (const auto& m : e["mentions"]) {
      const std::string id = m["article"];
      const Article& a = id == "a" ? c.articles[0] : c.articles[1];
      const size_t b = m["begin"], end = m["end"];
      ASSERT_LE(end, a.text.size());
      EXPECT_THAT(forms, ::testing::Contains(a.text.substr(b, end - b)));
    }
  }
}

// A story of two events, given as groups: each is a development with its
// own sentences and outlets, in date order, an undated one dated from its
// dateline and marked so.
TEST(BriefTest, DevelopmentsInDateOrder) {
  Cluster c = Story();
  c.articles.push_back(Make(
      "c", "Tribune", "",
      "PORT ELLEN, June 2, 2026 - The island ferry line reopened on the "
      "rebuilt pier, a month after the storm. The first crossing carried "
      "forty cars and a school band across the sound."));
  c.articles.push_back(Make(
      "d", "", "",
      "The ferry line reopened after a month of repairs to the pier. Crews "
      "worked through the night to finish the new landing ramp."));
  BriefOptions o;
  o.events = {{3, 2}, {0, 1}};
  auto brief = BuildBrief(c, o);
  ASSERT_TRUE(brief.ok()) << brief.status().ToString();
  const std::vector<Development>& d = brief.value().developments;
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].date, "2026-05-06");
  EXPECT_FALSE(d[0].inferred);
  EXPECT_THAT(d[0].articles, ElementsAre(0u, 1u));
  EXPECT_THAT(d[0].outlets, ElementsAre("Courier", "Gazette"));
  EXPECT_EQ(d[1].date, "2026-06-02");
  EXPECT_TRUE(d[1].inferred);
  EXPECT_THAT(d[1].articles, ElementsAre(2u, 3u));
  EXPECT_THAT(d[1].outlets, ElementsAre("Tribune", "d"));
  for (const Development& x : d) {
    ASSERT_FALSE(x.summary.sentences.empty());
    EXPECT_LE(x.summary.sentences.size(), o.development_sentences);
    for (const SummarySentence& s : x.summary.sentences) {
      EXPECT_TRUE(std::find(x.articles.begin(), x.articles.end(),
                            s.article) != x.articles.end());
      const std::string& text = c.articles[s.article].text;
      EXPECT_LE(s.span.end, text.size());
      EXPECT_LT(s.span.begin, s.span.end);
    }
  }
  const std::string json = BriefToJson(c, brief.value());
  EXPECT_NE(json.find("\"developments\":[{\"date\":\"2026-05-06\""),
            std::string::npos);
  EXPECT_NE(json.find("\"inferred\":true"), std::string::npos);
  // No events, one event, or groups of nothing: no developments.
  o.events = {{0, 1, 2, 3}};
  EXPECT_TRUE(BuildBrief(c, o).value().developments.empty());
  o.events = {{7}, {}};
  EXPECT_TRUE(BuildBrief(c, o).value().developments.empty());
  o.events = {{0}, {9, 1}};
  EXPECT_EQ(BuildBrief(c, o).value().developments.size(), 2u);
}

TEST(BriefTest, EntitiesCanBeTurnedOff) {
  const Cluster c = Story();
  BriefOptions options;
  options.entities = false;
  auto brief = BuildBrief(c, options);
  ASSERT_TRUE(brief.ok());
  EXPECT_TRUE(brief->entities.empty());
  for (const BriefQuote& q : brief->quotes) EXPECT_EQ(q.quote.entity, -1);
}

TEST(BriefTest, HardInputsGiveSensibleBriefs) {
  // All capitals, an unbalanced quotation mark, an impossible date, a
  // 5,000-word quote and no names at all: a brief, no crash, valid spans.
  std::string long_quote = "\"";
  for (int i = 0; i < 5000; ++i) long_quote += "word ";
  long_quote += "end,\" the official said.";
  Cluster c;
  c.articles = {
      Make("caps", "Wire", "2026-02-10",
           "THE MINISTER SAID ON MONDAY THAT THE TALKS WOULD GO ON FOR "
           "ANOTHER WEEK. \"WE ARE NOT DONE YET, SHE TOLD REPORTERS IN "
           "GENEVA. THE NEXT ROUND OPENS ON 31 FEBRUARY, AIDES SAID."),
      Make("long", "Post", "", long_quote),
      Make("plain", "", "",
           "the rain fell all day and the river rose over its banks. water "
           "covered the low fields by the evening and stayed for a week."),
  };
  auto brief = BuildBrief(c, BriefOptions());
  ASSERT_TRUE(brief.ok()) << brief.status().message();
  EXPECT_FALSE(brief->summary.sentences.empty());
  const auto j = nlohmann::json::parse(BriefToJson(c, *brief));
  for (const auto& q : j["quotes"]) {
    const std::string id = q["article"];
    const Article& a = id == "caps"   ? c.articles[0]
                       : id == "long" ? c.articles[1]
                                      : c.articles[2];
    const size_t b = q["begin"], e = q["end"];
    ASSERT_LE(b, e);
    ASSERT_LE(e, a.text.size());
  }
  // The long quote is one quote of all its words.
  bool long_found = false;
  for (const BriefQuote& q : brief->quotes) {
    if (q.article == 1 && q.quote.content.size() > 25000) long_found = true;
  }
  EXPECT_TRUE(long_found);
  // No date on 31 February.
  for (const TimelineEvent& e : brief->timeline) {
    EXPECT_EQ(e.date.find("-02-31"), std::string::npos);
  }
}

TEST(BriefTest, NothingToSummarizeIsAnError) {
  Cluster c;
  c.articles = {Make("a", "", "", "Share this article\n")};
  EXPECT_FALSE(BuildBrief(c, BriefOptions()).ok());
}

}  // namespace
}  // namespace precis
