// Copyright 2026 The precis Authors.

#include "analyze/entity_linker.h"

#include <span>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "precis/entities.h"

namespace precis {
namespace {

using ::testing::ElementsAre;

TEST(EntityLinkerTest, NameForms) {
  EXPECT_THAT(entity::NameWords("Iran\xE2\x80\x99s"), ElementsAre("iran"));
  EXPECT_THAT(entity::NameWords(" Hassan\n Rouhani "),
              ElementsAre("hassan", "rouhani"));
  EXPECT_THAT(entity::NameWords(""), ::testing::IsEmpty());
  const struct {
    const char* surface;
    const char* acronym;
  } kAcronyms[] = {{"U.N.", "UN"}, {"NATO", "NATO"}, {"UN", "UN"},
                   {"Nato", ""},   {"A", ""},        {"ABCDEFG", ""},
                   {"U..N", ""},   {".UN", ""},      {"U.S.A.", "USA"}};
  for (const auto& c : kAcronyms) {
    EXPECT_EQ(entity::AcronymLetters(c.surface), c.acronym) << c.surface;
  }
  const struct {
    const char* surface;
    const char* initials;
  } kInitials[] = {{"United Nations", "UN"},
                   {"Organization of American States", "OAS"},
                   {"the European Union", "EU"},
                   {"united nations", ""}};
  for (const auto& c : kInitials) {
    EXPECT_EQ(entity::Initials(c.surface), c.initials) << c.surface;
  }
}

// "[name]" marks the person, "{name}" the other names of the sentence.
std::string Role(std::string marked) {
  std::string text;
  Span mention;
  std::vector<EntityMention> others;
  uint32_t open = 0;
  for (char c : marked) {
    if (c == '[' || c == '{') {
      open = uint32_t(text.size());
    } else if (c == ']') {
      mention = {open, uint32_t(text.size())};
      others.push_back({mention, EntityType::kPerson, 0});
    } else if (c == '}') {
      others.push_back(
          {{open, uint32_t(text.size())}, EntityType::kLocation, 0});
    } else {
      text.push_back(c);
    }
  }
  return std::string(entity::FindRole(text, mention, others).In(text));
}

TEST(EntityLinkerTest, RolesInApposition) {
  const struct {
    const char* marked;
    const char* role;
  } kCases[] = {
      {"{Iran}'s President [Hassan Rouhani] spoke.", "Iran's President"},
      {"{Iran}\xE2\x80\x99s president [Hassan Rouhani] spoke.",
       "Iran\xE2\x80\x99s president"},
      {"Then {Russia}'s Ambassador to {Israel} [Anatoly Viktorov] said",
       "Russia's Ambassador to Israel"},
      {"said the {Iranian} president [Hassan Rouhani].", "Iranian president"},
      {"[Marta Kowalczyk], the mayor of {Gdansk}, said", "mayor of Gdansk"},
      {"said [Paolo Conti], a spokesman for {Acme Corp}.",
       "spokesman for Acme Corp"},
      {"The {U.N.} envoy, [Rafael Ortega], flew home.", "U.N. envoy"},
      {"[Lena Berg], {Estonia}'s former prime minister, said",
       "Estonia's former prime minister"},
      {"met [Ali Larijani], the speaker of {Iran}'s parliament, and",
       "speaker of Iran's parliament"},
      {"said [Vyacheslav Volodin], the chairman of {Russia}'s {State Duma} "
       "(lower house)",
       "chairman of Russia's State Duma"},
      {"between {Rouhani} and {Russia}\xE2\x80\x99s special envoy to {Syria}, "
       "[Alexander Lavrentiev], the agency said",
       "Russia\xE2\x80\x99s special envoy to Syria"},
      // None of these is a title of the person.
      {"After meeting the president, [Paolo Conti] left.", ""},
      {"{Russia}'s [Sergei Ivanov] said", ""},
      {"the chairman of {Russia}'s [State Duma] met", ""},
      {"Mr. [Conti] said", ""},
      {"[Paolo Conti], 68, said", ""},
      {"[Paolo Conti], who met the president, said", ""},
      {"[Paolo Conti], the head of the group that won, said", ""},
      {"talks with {Russia}'s envoy to {Syria}, [Paolo Conti] said", ""},
      {"talks with [Paolo Conti] went on", ""},
      {"[Paolo Conti]", ""},
      {"President\n[Paolo Conti] said", ""},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Role(c.marked), c.role) << c.marked;
  }
}

// An article and its mentions: each (surface, type) is found in order of
// the list, each after the previous one.
struct Doc {
  Article article;
  std::vector<EntityMention> mentions;
};

Doc Make(std::string text, std::string source,
         std::vector<std::pair<std::string, EntityType>> names) {
  Doc d;
  d.article.text = std::move(text);
  d.article.source = std::move(source);
  size_t from = 0;
  for (const auto& [surface, type] : names) {
    const size_t at = d.article.text.find(surface, from);
    EXPECT_NE(at, std::string::npos) << surface;
    d.mentions.push_back(
        {{uint32_t(at), uint32_t(at + surface.size())}, type, 0});
    from = at + surface.size();
  }
  return d;
}

std::vector<Entity> Link(const std::vector<Doc>& docs) {
  std::vector<Article> articles;
  std::vector<std::vector<EntityMention>> mentions;
  for (const Doc& d : docs) {
    articles.push_back(d.article);
    mentions.push_back(d.mentions);
  }
  return LinkEntities(articles, mentions);
}

const Entity* ByName(const std::vector<Entity>& es, const std::string& name) {
  for (const Entity& e : es) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kLocation;

// Regression (issue 14): the role search looked back from each mention to
// the start of its line, so on text without line breaks the roles of all
// mentions took time quadratic in the text (8 MB: 160 s). 20,000 mentions
// in 2.4 MB on one line took seconds; now a few milliseconds.
TEST(EntityLinkerTest, RolesStayLinearOnOneLongLine) {
  const std::string unit = "the mayor Ann Lee spoke and went home. ";
  std::string text = "Intro.\n";
  std::vector<EntityMention> mentions;
  for (int i = 0; i < 20000; ++i) {
    const uint32_t at = uint32_t(text.size() + unit.find("Ann"));
    mentions.push_back({{at, at + 7}, EntityType::kPerson, 0});
    text += unit;
  }
  size_t roles = 0;
  for (const EntityMention& m : mentions) {
    const Span role = entity::FindRole(text, m.span, std::span(&m, 1));
    roles += role.In(text) == "mayor";
  }
  // Every role is still found on one 780 KB line. (The time it takes is
  // for a benchmark, not a unit test: quadratic, this took 12.5 s; linear,
  // 0.15 s, in Release.)
  EXPECT_EQ(roles, mentions.size());
}

TEST(EntityLinkerTest, NamesEndingInAPlaceOrOrganizationWordAreNoPeople) {
  const std::vector<Doc> docs = {
      Make("Trucks left Bagram Airfield for the Defense Logistics Agency and "
           "Lena Park. Bagram is quiet.",
           "Daily A",
           {{"Bagram Airfield", kPer},
            {"Defense Logistics Agency", kPer},
            {"Lena Park", kPer},
            {"Bagram", kPer}}),
  };
  const std::vector<Entity> es = Link(docs);
  ASSERT_NE(ByName(es, "Bagram Airfield"), nullptr);
  EXPECT_EQ(ByName(es, "Bagram Airfield")->type, kLoc);
  // The place's first word alone is the place.
  EXPECT_EQ(ByName(es, "Bagram Airfield")->mentions.size(), 2u);
  EXPECT_EQ(ByName(es, "Bagram"), nullptr);
  EXPECT_EQ(ByName(es, "Defense Logistics Agency")->type, kOrg);
  EXPECT_EQ(ByName(es, "Lena Park")->type, kPer);
}

TEST(EntityLinkerTest, MergesFormsAcrossArticles) {
  const std::vector<Doc> docs = {
      Make("President Lena Berg of Estonia spoke in Tallinn. Berg said the "
           "Baltic Union would meet.",
           "Daily A",
           {{"Lena Berg", kPer},
            {"Estonia", kLoc},
            {"Tallinn", kLoc},
            {"Berg", kPer},
            {"Baltic Union", kOrg}}),
      Make("BERG ARRIVES. Berg arrived in Riga; a BU statement followed.",
           "Daily B",
           {{"BERG", kPer}, {"Berg", kPer}, {"Riga", kLoc}, {"BU", kOrg}}),
      Make("Estonia's Prime Minister Lena Berg left Riga.", "Daily A",
           {{"Estonia", kLoc}, {"Lena Berg", kPer}, {"Riga", kLoc}}),
  };
  const std::vector<Entity> es = Link(docs);
  const Entity* berg = ByName(es, "Lena Berg");
  ASSERT_NE(berg, nullptr);
  EXPECT_EQ(berg->type, kPer);
  EXPECT_EQ(berg->mentions.size(), 5u);
  EXPECT_EQ(berg->articles, 3u);
  EXPECT_EQ(berg->outlets, 2u);
  EXPECT_EQ(berg->rank, 1u);                        // in every article, early
  EXPECT_THAT(berg->aliases, ElementsAre("Berg"));  // mixed case shown
  EXPECT_THAT(berg->roles,
              ElementsAre("President", "Estonia's Prime Minister"));
  // Mentions in article order, then offset, with their spans.
  EXPECT_EQ(berg->mentions[0].article, 0u);
  EXPECT_EQ(berg->mentions[0].span.In(docs[0].article.text), "Lena Berg");
  EXPECT_EQ(berg->mentions.back().article, 2u);

  const Entity* union_ = ByName(es, "Baltic Union");
  ASSERT_NE(union_, nullptr);
  EXPECT_THAT(union_->aliases, ElementsAre("BU"));
  EXPECT_EQ(union_->outlets, 2u);
  const Entity* riga = ByName(es, "Riga");
  ASSERT_NE(riga, nullptr);
  EXPECT_EQ(riga->articles, 2u);
  // Ranks are 1..n in order of salience.
  for (size_t i = 0; i < es.size(); ++i) {
    EXPECT_EQ(es[i].rank, i + 1);
    if (i > 0) { EXPECT_GE(es[i - 1].salience, es[i].salience); }
  }
}

TEST(EntityLinkerTest, AmbiguousLastNames) {
  const std::vector<Doc> docs = {
      Make("Tom Clarke met Anna Clarke. Anna Clarke spoke first, then Tom "
           "Clarke replied. Clarke said no.",
           "",
           {{"Tom Clarke", kPer},
            {"Anna Clarke", kPer},
            {"Anna Clarke", kPer},
            {"Tom Clarke", kPer},
            {"Clarke", kPer}}),
      Make("Anna Clarke won. Clarke smiled.", "",
           {{"Anna Clarke", kPer}, {"Clarke", kPer}}),
      Make("Clarke was not available.", "", {{"Clarke", kPer}}),
  };
  const std::vector<Entity> es = Link(docs);
  const Entity* tom = ByName(es, "Tom Clarke");
  const Entity* anna = ByName(es, "Anna Clarke");
  ASSERT_NE(tom, nullptr);
  ASSERT_NE(anna, nullptr);
  // Article 0: the last "Clarke" follows "Tom Clarke"; article 1 names
  // only Anna; article 2 nobody, so the most mentioned (Anna).
  EXPECT_EQ(tom->mentions.size(), 3u);
  EXPECT_EQ(anna->mentions.size(), 5u);
  EXPECT_EQ(ByName(es, "Clarke"), nullptr);
  // Articles without a source count as outlets of their own.
  EXPECT_EQ(anna->outlets, 3u);
}

TEST(EntityLinkerTest, SpellingsOfOneName) {
  const std::vector<Doc> docs = {
      Make("Aleksandr Petrov met Alexandr Petrov's aide and Ivan Petrov; "
           "Petrov said. The Baltic Herald and Baltic Herald agreed.",
           "",
           {{"Aleksandr Petrov", kPer},
            {"Alexandr Petrov", kPer},
            {"Ivan Petrov", kPer},
            {"Petrov", kPer},
            {"The Baltic Herald", kOrg},
            {"Baltic Herald", kOrg}}),
  };
  const std::vector<Entity> es = Link(docs);
  const Entity* alex = ByName(es, "Aleksandr Petrov");
  ASSERT_NE(alex, nullptr);
  EXPECT_THAT(alex->aliases, ElementsAre("Alexandr Petrov"));
  EXPECT_EQ(alex->mentions.size(), 2u);
  const Entity* ivan = ByName(es, "Ivan Petrov");
  ASSERT_NE(ivan, nullptr);
  EXPECT_EQ(ivan->mentions.size(), 2u);  // the last "Petrov" follows Ivan
  const Entity* herald = ByName(es, "The Baltic Herald");
  ASSERT_NE(herald, nullptr);
  EXPECT_EQ(herald->mentions.size(), 2u);
}

TEST(EntityLinkerTest, LastNamesAfterAParticle) {
  const std::vector<Doc> docs = {
      Make("Omar al-Rashid spoke; Rashid left. Al-Rashid returned.", "",
           {{"Omar al-Rashid", kPer}, {"Rashid", kPer}, {"Al-Rashid", kPer}}),
  };
  const std::vector<Entity> es = Link(docs);
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].name, "Omar al-Rashid");
  EXPECT_EQ(es[0].mentions.size(), 3u);
}

TEST(EntityLinkerTest, PlacesJoinOnlyByTheirWordsAndTypesByVote) {
  const std::vector<Doc> docs = {
      Make("From New York to York; Jordan, Jordan and Jordan.", "",
           {{"New York", kLoc},
            {"York", kLoc},
            {"Jordan", kLoc},
            {"Jordan", kPer},
            {"Jordan", kLoc}}),
  };
  const std::vector<Entity> es = Link(docs);
  ASSERT_EQ(es.size(), 3u);
  EXPECT_NE(ByName(es, "New York"), nullptr);
  EXPECT_NE(ByName(es, "York"), nullptr);
  const Entity* jordan = ByName(es, "Jordan");
  ASSERT_NE(jordan, nullptr);
  EXPECT_EQ(jordan->type, kLoc);
  EXPECT_EQ(jordan->mentions.size(), 3u);
}

// A ship named with its prefix once is the ship when named without it.
TEST(EntityLinkerTest, ShipsNamedWithoutTheirPrefix) {
  const std::vector<Doc> docs = {
      Make("The MV Northern Tern hit the pier. The Northern Tern was late.",
           "", {{"MV Northern Tern", EntityType::kMisc},
                {"Northern Tern", EntityType::kOrganization}}),
  };
  const std::vector<Entity> es = Link(docs);
  for (const Entity& e : es) EXPECT_EQ(e.type, EntityType::kMisc) << e.name;
  EXPECT_FALSE(es.empty());
}

// "Tehran-Moscow cooperation" names nothing when Tehran and Moscow are
// names of the cluster; "Guinea-Bissau" alone, or "Baden-Wuerttemberg"
// beside only Baden, stay.
TEST(EntityLinkerTest, CompoundsOfTheClustersNamesAreNoNames) {
  const std::vector<Doc> docs = {
      Make("Tehran\xE2\x80\x93Moscow ties grew. Tehran and Moscow agreed. "
           "Guinea-Bissau voted. Baden-Wuerttemberg and Baden too.",
           "",
           {{"Tehran\xE2\x80\x93Moscow", kLoc},
            {"Tehran", kLoc},
            {"Moscow", kLoc},
            {"Guinea-Bissau", kLoc},
            {"Baden-Wuerttemberg", kLoc},
            {"Baden", kLoc}}),
  };
  const std::vector<Entity> es = Link(docs);
  EXPECT_EQ(ByName(es, "Tehran\xE2\x80\x93Moscow"), nullptr);
  EXPECT_NE(ByName(es, "Tehran"), nullptr);
  EXPECT_NE(ByName(es, "Guinea-Bissau"), nullptr);
  EXPECT_NE(ByName(es, "Baden-Wuerttemberg"), nullptr);
  // A person's hyphenated name stays beside people of its parts' names.
  const std::vector<Entity> people = Link({Make(
      "Jean-Pierre met Jean and Pierre.", "",
      {{"Jean-Pierre", kPer}, {"Jean", kPer}, {"Pierre", kPer}})});
  EXPECT_NE(ByName(people, "Jean-Pierre"), nullptr);
  for (size_t i = 0; i < es.size(); ++i) EXPECT_EQ(es[i].rank, i + 1);
}

TEST(EntityLinkerTest, BadInput) {
  EXPECT_TRUE(Link({}).empty());
  Doc d = Make("Short.", "", {});
  d.mentions.push_back({{3, 99}, kPer, 0});  // past the end: ignored
  d.mentions.push_back({{2, 2}, kPer, 0});   // empty: ignored
  EXPECT_TRUE(Link({d}).empty());
  // More mention lists than articles: the extra ones are ignored.
  std::vector<Article> articles(1);
  std::vector<std::vector<EntityMention>> mentions(3);
  EXPECT_TRUE(LinkEntities(articles, mentions).empty());
}

TEST(EntityLinkerTest, AddsRepeatedNames) {
  std::vector<Doc> docs = {
      Make("Paolo Conti met Lena Berg in Verona. Berg left.", "",
           {{"Paolo Conti", kPer},
            {"Lena Berg", kPer},
            {"Verona", kLoc},
            {"Berg", kPer}}),
      Make("Conti said no. Conti\xE2\x80\x99s aide agreed. Paolo Conti left "
           "Verona; in Verona, conti and Lena\nBerg stayed.",
           "", {}),
  };
  std::vector<Article> articles;
  std::vector<std::vector<EntityMention>> mentions;
  for (const Doc& d : docs) {
    articles.push_back(d.article);
    mentions.push_back(d.mentions);
  }
  AddRepeatedNames(articles, mentions);
  EXPECT_EQ(mentions[0].size(), 4u);  // nothing new in the first
  std::vector<std::string> found;
  for (const EntityMention& m : mentions[1]) {
    found.push_back(std::string(m.span.In(articles[1].text)) + "/" +
                    EntityTypeName(m.type));
    EXPECT_EQ(m.article, 1u);
  }
  // "Conti" is a person's last name; "Verona" was tagged once only, so it
  // is not added alone; lower case and names broken by a line are not
  // names.
  EXPECT_THAT(found, ElementsAre("Conti/PER", "Conti/PER", "Paolo Conti/PER",
                                 "Berg/PER"));
}

TEST(EntityLinkerTest, FindEntitiesTagsAndLinks) {
  std::vector<Article> articles(2);
  articles[0].text = "Paolo Conti, the mayor of Verona, opened the bridge.";
  articles[0].source = "Verona Daily";
  articles[1].text = "Conti said the bridge in Verona would reopen.";
  articles[1].source = "Adige News";
  const std::vector<Entity> es = FindEntities(articles);
  const Entity* conti = ByName(es, "Paolo Conti");
  ASSERT_NE(conti, nullptr);
  EXPECT_EQ(conti->outlets, 2u);
  EXPECT_THAT(conti->roles, ElementsAre("mayor of Verona"));
  EXPECT_NE(ByName(es, "Verona"), nullptr);
  // Within regions: the second article's first sentence only.
  const std::vector<std::vector<Span>> regions = {{}, {{0, 17}}};
  const std::vector<Entity> part = FindEntities(articles, regions);
  const Entity* c = ByName(part, "Paolo Conti");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->mentions.size(), 2u);
  EXPECT_EQ(ByName(part, "Verona")->articles, 1u);
}

}  // namespace
}  // namespace precis
