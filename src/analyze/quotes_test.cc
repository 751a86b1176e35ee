// Copyright 2026 The precis Authors.

#include "precis/quotes.h"

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "analyze/polnear.h"
#include "analyze/quote_marks.h"
#include "base/file.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

// "D|content|source|speaker" per quote ("R" for reported speech), parts
// joined by " ... ", quotes joined by "\n".
std::string Show(const std::string& text, const QuoteOptions& options = {}) {
  std::string out;
  for (const Quote& q : FindQuotes(text, options)) {
    std::string content;
    for (const Span& p : q.parts) {
      if (!content.empty()) content += " ... ";
      content += p.In(text);
    }
    if (!out.empty()) out += "\n";
    out += std::string(q.direct ? "D" : "R") + "|" + content + "|" +
           std::string(q.source.In(text)) + "|" + q.speaker;
  }
  return out;
}

constexpr const char* kOpen = "\xE2\x80\x9C";
constexpr const char* kClose = "\xE2\x80\x9D";

std::string Curly(std::string s) {
  // Straight marks in test strings written as ` and ' become curly ones.
  std::string out;
  for (const char c : s) {
    if (c == '`') {
      out += kOpen;
    } else if (c == '^') {
      out += kClose;
    } else {
      out += c;
    }
  }
  return out;
}

struct Case {
  const char* text;      // ` and ^ stand for curly opening and closing marks
  const char* expected;  // Show()'s output
};

TEST(QuotesTest, Table) {
  const Case kCases[] = {
      // A source opening the sentence with an appositive: the content
      // follows the cue, the speaker is no clause.
      {"Lena Brook, who runs a cafe on Dock Street, said the noise woke "
       "her up.",
       "R|the noise woke her up|Lena Brook|Lena Brook"},
      // A relative clause inside the source: the noun phrase before it.
      {"The owner of the ferry that hit the Harbor Bridge on Saturday said "
       "Sunday that the vessel lost power near the pier.",
       "R|that the vessel lost power near the pier|The owner of the "
       "ferry|The owner of the ferry"},
      // "According to" a report: its agent.
      {"The closure could cost shops about $4 million a day, according to "
       "an estimate released on Monday by the Dock Chamber of Commerce.",
       "R|The closure could cost shops about $4 million a day|the Dock "
       "Chamber of Commerce|Dock Chamber"},
      // "adds" without "that" is no speech.
      {"The detour, which adds about 25 minutes to a trip between the two "
       "shores, opened on Monday.",
       ""},
      // Direct quotes, attribution after the closing mark.
      {"`The bridge will reopen in May,^ said Mayor Ruth Adeyemi.",
       "D|The bridge will reopen in May|Mayor Ruth Adeyemi|Ruth Adeyemi"},
      {"`We expect the divers to finish soon,^ Adeyemi said on Tuesday.",
       "D|We expect the divers to finish soon|Adeyemi|Adeyemi"},
      // Split by the attribution: one quote, two parts.
      {"Harbor master Dana Okoro spoke at the pier. `We are ready,^ she "
       "said, `but not before the divers finish.^",
       "D|We are ready ... but not before the divers finish.|she|Dana Okoro"},
      // Continued in the next sentence of the paragraph.
      {"`The ship lost power,^ the captain said. `Then it drifted.^",
       "D|The ship lost power ... Then it drifted.|the captain|the captain"},
      // Attribution before the opening mark.
      {"Mayor Ruth Adeyemi told reporters: \"Nobody crosses that bridge "
       "today.\"",
       "D|Nobody crosses that bridge today.|Mayor Ruth Adeyemi|Ruth "
       "Adeyemi"},
      // Straight marks.
      {"\"Traffic will be heavy for weeks,\" he said.",
       "D|Traffic will be heavy for weeks|he|he"},
      // Reported speech: the cue patterns.
      {"Officials said the bridge would stay closed for two weeks.",
       "R|the bridge would stay closed for two weeks|Officials|Officials"},
      {"The harbor authority said on Tuesday that ferries would run "
       "twice as often.",
       "R|that ferries would run twice as often|The harbor authority|The "
       "harbor authority"},
      {"The repairs will cost $20 million, according to the city engineer.",
       "R|The repairs will cost $20 million|the city engineer|the city "
       "engineer"},
      {"According to the harbor authority, traffic fell by half.",
       "R|traffic fell by half|the harbor authority|the harbor authority"},
      {"The ship lost steering, a company spokesperson said.",
       "R|The ship lost steering|a company spokesperson|a company "
       "spokesperson"},
      {"The crane was not at fault, said Paul Brandt.",
       "R|The crane was not at fault|Paul Brandt|Paul Brandt"},
      {"Okoro told reporters that the divers had found the anchor.",
       "R|that the divers had found the anchor|Okoro|Okoro"},
      {"Brandt warned that the repairs could take months, adding that "
       "tolls would rise.",
       "R|that the repairs could take months|Brandt|Brandt\n"
       "R|that tolls would rise|Brandt|Brandt"},
      // A signature after a dash; an attribution between commas; a
      // transcript's speaker label.
      {"`Nobody told us anything about the closure.^ \xE2\x80\x95 Ana Ruiz",
       "D|Nobody told us anything about the closure.|Ana Ruiz|Ana Ruiz"},
      {"The divers, Okoro said on Tuesday, found the anchor chain.",
       "R|The divers ... found the anchor chain|Okoro|Okoro"},
      {"HOST: Tell us what happened on the bridge that night.\n\nLEE: The "
       "ship came out of the fog.",
       "R|Tell us what happened on the bridge that night.|HOST|HOST\n"
       "R|The ship came out of the fog.|LEE|LEE"},
      // Newswire's doubled apostrophes; a relative pronoun as source;
      // appositives and coordinated sources.
      {"''There is a lot of new complexity,'' said Mr. Burman.",
       "D|There is a lot of new complexity|Mr. Burman|Burman"},
      {"Listeners called Ana Ruiz, who said the ferry was late again.",
       "R|the ferry was late again|who|Ana Ruiz"},
      {"Dana Okoro, 59, of Ashton, Maryland, who watched the rescue, said the "
       "crew was brave.",
       "R|the crew was brave|Dana Okoro|Dana Okoro"},
      {"The Commission on Bridge Safety says the cables were sound.",
       "R|the cables were sound|The Commission on Bridge Safety|The "
       "Commission on Bridge Safety"},
      {"Mr. Grassley and Mr. Leahy say other changes are needed.",
       "R|other changes are needed|Mr. Grassley and Mr. Leahy|Leahy"},
      {"Ruth Adeyemi: Ferry Fares Will Not Rise This Year",
       "R|Ferry Fares Will Not Rise This Year|Ruth Adeyemi|Ruth Adeyemi"},
      // Not quotes: scare quotes, a weak cue without "that", infinitives.
      {"The so-called \"safe zone\" was shelled.", ""},
      {"He declined to say whether the bridge was safe.", ""},
      {"Nothing here is a quote at all.", ""},
  };
  for (const Case& c : kCases) {
    const std::string text = Curly(c.text);
    EXPECT_EQ(Show(text), Curly(c.expected)) << text;
  }
}

TEST(QuotesTest, SpeakersResolved) {
  // "he" after a named person; a surname expanded; a title resolved.
  const std::string text = Curly(
      "Iranian President Hassan Rouhani arrived in Moscow on Monday.\n\n"
      "`We have come to work together,^ he said.\n\n"
      "Mr. Rouhani later told reporters that the talks went well.\n\n"
      "The Iranian president said the agreement would be signed soon.");
  const auto quotes = FindQuotes(text);
  ASSERT_EQ(quotes.size(), 3u);
  for (const Quote& q : quotes) {
    EXPECT_EQ(q.speaker, "Hassan Rouhani") << q.source.In(text);
    EXPECT_EQ(q.speaker_mention.In(text), "Hassan Rouhani");
  }
  EXPECT_EQ(quotes[0].source.In(text), "he");
  EXPECT_EQ(quotes[2].source.In(text), "The Iranian president");
}

TEST(QuotesTest, PronounsRespectTitlesGender) {
  const std::string text = Curly(
      "Ms. Dana Okoro met Mr. Paul Brandt at the pier. `It went well,^ he "
      "said. `We agree,^ she said.");
  const auto quotes = FindQuotes(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Paul Brandt");
  EXPECT_EQ(quotes[1].speaker, "Dana Okoro");
}

TEST(QuotesTest, AnyTitleOfAPhraseFindsThePerson) {
  // "the defense minister" is the man whose title phrase holds "Minister",
  // though "General" is the title word right before his name; the same
  // with names given by a tagger.
  const std::string text = Curly(
      "Iran's Defense Minister Brigadier General Amir Hatami flew to Moscow. "
      "`The cooperation will continue,^ the defense minister said.");
  const auto quotes = FindQuotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Amir Hatami");
  const size_t at = text.find("Amir Hatami");
  const NameMention names[] = {
      {{0, 4}, 0, false},
      {{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 11)}, 1, true},
      {{static_cast<uint32_t>(text.find("Moscow")),
        static_cast<uint32_t>(text.find("Moscow") + 6)},
       2,
       false}};
  QuoteOptions options;
  options.names = names;
  const auto tagged = FindQuotes(text, options);
  ASSERT_EQ(tagged.size(), 1u);
  EXPECT_EQ(tagged[0].speaker, "Amir Hatami");
  EXPECT_EQ(tagged[0].entity, 1);
}

TEST(QuotesTest, EntityHook) {
  // Names from a tagger replace the heuristics, and their ids carry over.
  const std::string text =
      "Leila Haddad spoke first. \"The port is open again,\" she said.";
  const NameMention names[] = {{{0, 12}, 7, true}};
  QuoteOptions options;
  options.names = names;
  const auto quotes = FindQuotes(text, options);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Leila Haddad");
  EXPECT_EQ(quotes[0].entity, 7);
  EXPECT_EQ(FindQuotes(text)[0].entity, -1);
}

TEST(QuotesTest, QuotesOverParagraphs) {
  // A quote running on: the first paragraph has no closing mark, the
  // next reopens.
  const std::string text = Curly(
      "`The first part of a long statement goes here.\n\n"
      "`And the second part follows it,^ Lee said.\n\nUnrelated text.");
  const auto quotes = FindQuotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].parts.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lee");
  EXPECT_TRUE(quotes[0].content.In(text).ends_with("follows it"));
  // A later unattributed quote in the next paragraph continues the
  // speaker.
  const std::string two = Curly(
      "`The water rose fast and we ran,^ said Ana Ruiz.\n\n"
      "`Nobody had ever seen anything like it before.^");
  const auto q2 = FindQuotes(two);
  ASSERT_EQ(q2.size(), 2u);
  EXPECT_EQ(q2[1].speaker, "Ana Ruiz");
  EXPECT_TRUE(q2[1].cue.empty());
}

TEST(QuotesTest, UnbalancedMarks) {
  // An unclosed quote ends with its paragraph.
  const std::string text =
      "\"This will take months and cost a great deal\n\nNext paragraph has "
      "no marks at all here.";
  const auto quotes = FindQuotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].content.In(text),
            "This will take months and cost a great deal");
  // A stray closing mark, and an opening curly mark inside an open quote.
  EXPECT_NO_FATAL_FAILURE(FindQuotes(Curly("He left.^ Then `one `two three")));
  EXPECT_TRUE(FindQuotes(Curly("^^^ ``` \"\"\" ")).empty());
}

TEST(QuotesTest, LongQuoteIsOneQuoteInLinearTime) {
  std::string quote = "\"";
  for (int i = 0; i < 5000; ++i) quote += "word ";
  quote += "\" he said.";
  const auto q = FindQuotes(quote, 7);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content.begin, 8u);
  EXPECT_EQ(q[0].source.In(std::string(7, ' ') + quote), "he");
  // Doubling the input about doubles the time (no quadratic blow-up):
  // 200 paragraphs of quotes and reported speech versus 3,200.
  auto time = [](int paragraphs) {
    std::string text;
    for (int i = 0; i < paragraphs; ++i) {
      text +=
          "\"We will rebuild the bridge,\" said Mayor Ann Lee. She said "
          "the work would take a year, according to the city.\n\n";
    }
    const auto t0 = std::chrono::steady_clock::now();
    const size_t n = FindQuotes(text).size();
    EXPECT_EQ(n, static_cast<size_t>(paragraphs) * 2);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
        .count();
  };
  const double small = time(200), large = time(3200);
  EXPECT_LT(large, 16 * small * 4 + 0.05);
}

TEST(QuotesTest, SpansPointIntoTheTextAndJunkIsSafe) {
  std::mt19937 rng(4);
  for (int round = 0; round < 300; ++round) {
    const std::string text = precis::testing::RandomJunk(rng, 600) +
                             " \"Some words here,\" she said.";
    for (const Quote& x : FindQuotes(text, 3)) {
      for (const Span s : {x.content, x.cue, x.source, x.speaker_mention}) {
        ASSERT_LE(s.begin, s.end);
        ASSERT_LE(s.end, text.size() + 3);
        if (!s.empty()) { ASSERT_GE(s.begin, 3u); }
      }
      ASSERT_FALSE(x.parts.empty());
      for (const Span& p : x.parts) {
        ASSERT_LE(x.content.begin, p.begin);
        ASSERT_LE(p.end, x.content.end);
      }
    }
  }
}

TEST(QuoteMarksTest, PairsAndParagraphs) {
  const std::string text = Curly("`a b^ \"c d\"\n\n`e\n\n`f^ g");
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  const auto paragraphs = quotes::TokenParagraphs(text, tokens);
  const auto spans = quotes::FindQuotedSpans(text, tokens, paragraphs);
  ASSERT_EQ(spans.size(), 4u);
  auto inside = [&](const quotes::QuotedSpan& s) {
    return std::string(
        Span{tokens[s.begin].span.begin, tokens[s.end - 1].span.end}.In(text));
  };
  EXPECT_EQ(inside(spans[0]), "a b");
  EXPECT_EQ(inside(spans[1]), "c d");
  EXPECT_EQ(inside(spans[2]), "e");
  EXPECT_TRUE(spans[2].runs_on);
  EXPECT_FALSE(spans[2].closed);
  EXPECT_EQ(inside(spans[3]), "f");
  EXPECT_TRUE(spans[3].closed);
}

TEST(PolnearTest, ParsesBratAndScores) {
  const std::string text =
      "\xE2\x80\x9CHi there all of you,\xE2\x80\x9D Ann said.";
  // Code point offsets: the curly quote is one character.
  const std::string ann =
      "T1\tContent 1 20\tHi there all of you\nT2\tSource 23 26\tAnn\n"
      "T3\tCue 27 31\tsaid\nE1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n";
  auto gold = ParseBratAttributions(ann, text);
  ASSERT_TRUE(gold.ok());
  ASSERT_EQ(gold->size(), 1u);
  EXPECT_EQ((*gold)[0].source.In(text), "Ann");
  EXPECT_EQ((*gold)[0].content.In(text), "Hi there all of you");
  QuoteScores scores;
  std::vector<QuoteMismatch> mismatches;
  ScoreQuotes(text, *gold, FindQuotes(text), &scores, &mismatches);
  EXPECT_EQ(scores.exact, 1u);
  EXPECT_EQ(scores.gold_found_exact, 1u);
  EXPECT_EQ(scores.source_correct, 1u);
  EXPECT_TRUE(mismatches.empty());
  EXPECT_FALSE(ParseBratAttributions("T1\tContent 5 2\tx\n", text).ok());
}

TEST(PolnearTest, DevSetQuality) {
  // Pinned quality on the PolNeAR development split, with slack (measured:
  // overlap P 97.1 R 45.4, source P 90.4 R 44.1).
  const std::string dir = precis::testing::SharedPath("data/polnear/dev");
  if (dir.empty()) GTEST_SKIP() << "no shared data";
  auto anns = ListFiles(dir + "/attributions");
  ASSERT_TRUE(anns.ok());
  QuoteScores scores;
  for (const std::string& path : *anns) {
    const std::string stem = FileStem(path);
    auto ann = ReadFile(path);
    auto text =
        ReadFile(dir + "/text/" + stem.substr(0, stem.rfind('_')) + ".txt");
    if (!ann.ok() || !text.ok()) continue;
    auto gold = ParseBratAttributions(*ann, *text);
    ASSERT_TRUE(gold.ok()) << path;
    ScoreQuotes(*text, *gold, FindQuotes(*text), &scores);
  }
  ASSERT_GT(scores.gold, 2000u);
  EXPECT_GT(double(scores.overlap) / scores.predicted, 0.93);
  EXPECT_GT(double(scores.gold_found_overlap) / scores.gold, 0.43);
  EXPECT_GT(double(scores.source_correct) / scores.predicted_sources, 0.87);
  EXPECT_GT(double(scores.source_correct) / scores.gold_sources, 0.42);
}

}  // namespace
}  // namespace precis
