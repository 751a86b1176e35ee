// Copyright 2026 The precis Authors.

#include "precis/time_expressions.h"

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "analyze/timebank.h"
#include "analyze/timex_calendar.h"
#include "base/file.h"
#include "gtest/gtest.h"
#include "testing.h"

namespace precis {
namespace {

// "surface=TYPE:value" per expression, joined by " | ".
std::string Show(std::string_view text, std::string_view ref) {
  std::string out;
  for (const TimeExpression& t :
       FindTimeExpressions(text, CivilDate::Parse(ref))) {
    if (!out.empty()) out += " | ";
    out += std::string(t.span.In(text)) + "=" + TimexTypeName(t.type) + ":" +
           t.value + (t.resolved ? "" : "?");
  }
  return out;
}

struct Case {
  const char* ref;  // the publication date; "" for none
  const char* text;
  const char* expected;
};

// 2018-04-11 is a Wednesday.
const Case kCases[] = {
    // Absolute dates.
    {"2018-11-20", "Talks on Apr 10, 2018 and August 12 2018 followed.",
     "Apr 10, 2018=DATE:2018-04-10 | August 12 2018=DATE:2018-08-12"},
    {"", "Filed Mar 16, 2026 by Jan Ruiz in March.",
     "Mar 16, 2026=DATE:2026-03-16 | March=DATE:XXXX-03?"},
    {"2018-11-20", "It closed Nov. 1 and reopened 10 April 2018.",
     "Nov. 1=DATE:2018-11-01 | 10 April 2018=DATE:2018-04-10"},
    {"", "The plan dates from 2018-04-10 and 4/12/2018.",
     "2018-04-10=DATE:2018-04-10 | 4/12/2018=DATE:2018-04-12"},
    {"", "It opened in 1987 and grew in the 1990s and the '80s.",
     "1987=DATE:1987 | 1990s=DATE:199 | '80s=DATE:198"},
    {"", "In March 2016 the council met; in fiscal 1989 it grew.",
     "March 2016=DATE:2016-03 | fiscal 1989=DATE:1989"},
    {"", "Spending rose in the 20th century and in mid-1996.",
     "the 20th century=DATE:19 | mid-1996=DATE:1996"},
    {"", "In nineteen ninety-six the plant closed.",
     "nineteen ninety-six=DATE:1996"},
    // Relative to the publication date, with the tense deciding.
    {"2018-04-11", "Rouhani spoke on Monday.", "Monday=DATE:2018-04-09"},
    {"2018-04-11", "The vote will be held on Friday.",
     "Friday=DATE:2018-04-13"},
    {"2018-04-11", "He left last Tuesday and returns next Monday.",
     "last Tuesday=DATE:2018-04-10 | next Monday=DATE:2018-04-16"},
    {"2018-04-11", "It rained yesterday, sales rose last year and this week.",
     "yesterday=DATE:2018-04-10 | last year=DATE:2017 | this "
     "week=DATE:2018-W15"},
    {"2018-04-11", "Prices fell two days ago and three months ago.",
     "two days ago=DATE:2018-04-09 | three months ago=DATE:2018-01"},
    {"2018-04-11", "In December, officials met; in late July they agreed.",
     "December=DATE:2017-12 | late July=DATE:2017-07"},
    {"2018-04-11", "The summit will be held in December.",
     "December=DATE:2018-12"},
    {"2018-04-11", "Profit rose in the third quarter and next month.",
     "the third quarter=DATE:2017-Q3 | next month=DATE:2018-05"},
    {"2018-04-11", "The ship sailed on April 2 and will dock April 20.",
     "April 2=DATE:2018-04-02 | April 20=DATE:2018-04-20"},
    {"2018-04-11", "Trading resumed this morning after last night's storm.",
     "this morning=TIME:2018-04-11TMO | last night=TIME:2018-04-10TNI"},
    {"2018-04-11", "The fire started at 3:30 p.m. Monday and at noon.",
     "3:30 p.m. Monday=TIME:2018-04-09T15:30 | noon=TIME:2018-04-11T12:00"},
    {"2018-04-11", "They met on Christmas Eve and on Thanksgiving Day.",
     "Christmas Eve=DATE:2017-12-24 | Thanksgiving Day=DATE:2017-11-23"},
    // Anaphora: from the last date mentioned.
    {"2018-04-11",
     "The storm hit on March 3, 2018. The next day, the port "
     "closed; a year earlier it had flooded.",
     "March 3, 2018=DATE:2018-03-03 | The next day=DATE:2018-03-04 | a year "
     "earlier=DATE:2017-03-03"},
    // Reference words, durations and sets.
    {"2018-04-11",
     "Now the work, delayed in recent years, will take two "
     "weeks, the past three months showed.",
     "recent years=DATE:PAST_REF | two weeks=DURATION:P2W | the past three "
     "months=DURATION:P3M"},
    {"2018-04-11", "It lasted 2 1/2 hours after a 27-year career.",
     "2 1/2 hours=DURATION:PT2H30M | 27-year=DURATION:P27Y"},
    {"2018-04-11", "The ferry runs every day and weekly checks follow.",
     "every day=SET:P1D | weekly=SET:P1W"},
    // Without a reference date, relative expressions stay unresolved.
    {"", "He spoke on Monday in December, last year.",
     "Monday=DATE:XXXX-WXX-1? | December=DATE:XXXX-12? | last "
     "year=DATE:XXXX?"},
    // Not dates: "may", counts, money, rates, titles; "31 February".
    {"2018-01-01", "You may go. She sent 1500 troops and $2018.", ""},
    {"2018-01-01", "It earns $5 million a year on \"60 Minutes\".", ""},
    {"", "due on 31 February 2019", "31 February 2019=DATE:2019-02"},
    // All capitals still read.
    {"", "ON APRIL 10, 2018 THE BRIDGE OPENED.",
     "APRIL 10, 2018=DATE:2018-04-10"},
};

TEST(TimeExpressionsTest, Table) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Show(c.text, c.ref), c.expected) << c.text;
  }
}

TEST(TimeExpressionsTest, TokensGivenMatchTokensMade) {
  const std::string text = "  On Monday, April 9, 2018, the mayor spoke.";
  std::vector<Token> tokens;
  Tokenize(text, &tokens, {}, 100);
  const auto a = FindTimeExpressions(text, tokens, {2018, 4, 11}, 100);
  const auto b = FindTimeExpressions(text, {2018, 4, 11}, 100);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].span, b[0].span);
  EXPECT_EQ(a[0].span.begin, 105u);
  EXPECT_EQ(a[0].value, "2018-04-09");
}

TEST(CivilDateTest, RoundTripsAndParses) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  for (int64_t d = -800000; d < 800000; d += 997) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  }
  EXPECT_TRUE(CivilDate::Parse("2018-04-10T12:00:00Z").valid());
  EXPECT_FALSE(CivilDate::Parse("2018-02-31").valid());
  EXPECT_FALSE(CivilDate::Parse("2018-04-10x").valid());
  EXPECT_FALSE(CivilDate::Parse("April").valid());
}

TEST(TimexCalendarTest, ValuesAndShifts) {
  using timex::Point;
  using timex::Unit;
  EXPECT_EQ(Point::At(Unit::kWeek, {2018, 12, 31}).Value(), "2019-W01");
  EXPECT_EQ(Point::At(Unit::kWeek, {2021, 1, 3}).Value(), "2020-W53");
  EXPECT_EQ(Point::Quarter(1988, 3).Shifted(Unit::kYear, -1).Value(),
            "1987-Q3");
  EXPECT_EQ(timex::AddUnits({2018, 3, 31}, Unit::kMonth, 1),
            (CivilDate{2018, 4, 30}));
  EXPECT_EQ(timex::Easter(2018), (CivilDate{2018, 4, 1}));
  EXPECT_EQ(timex::NthWeekday(2018, 11, 3, 4), (CivilDate{2018, 11, 22}));
  EXPECT_EQ(timex::NthWeekday(2018, 5, 0, -1), (CivilDate{2018, 5, 28}));
}

TEST(TimeExpressionsTest, OffsetsJunkAndLinearTime) {
  std::mt19937 rng(9);
  for (int round = 0; round < 300; ++round) {
    const std::string text =
        precis::testing::RandomJunk(rng, 400) + " on Monday, April 3, 2017 ";
    const auto found = FindTimeExpressions(text, {2017, 4, 5}, 10);
    uint32_t last = 10;
    for (const TimeExpression& t : found) {
      ASSERT_LT(t.span.begin, t.span.end);
      ASSERT_GE(t.span.begin, last);
      ASSERT_LE(t.span.end, text.size() + 10);
      last = t.span.end;
    }
  }
  // Sixteen times the text takes about sixteen times as long.
  auto time = [](int copies) {
    std::string text;
    for (int i = 0; i < copies; ++i) {
      text +=
          "On Monday, two days after the March 3 vote, officials said "
          "the next day would be calm, as it was a year ago. ";
    }
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_EQ(FindTimeExpressions(text, {2018, 4, 11}).size(),
              static_cast<size_t>(copies) * 5);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
        .count();
  };
  EXPECT_LT(time(3200), 16 * 4 * time(200) + 0.05);
}

TEST(TimeMlTest, ParsesAndScores) {
  const std::string xml =
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
      "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT><TEXT>"
      "Prices fell on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-05\">"
      "Monday</TIMEX3> for a <TIMEX3 tid=\"t2\" type=\"DURATION\" "
      "value=\"P1W\">week</TIMEX3> &amp; more in <TIMEX3 tid=\"t3\" "
      "type=\"DATE\" value=\"1997-10\">October</TIMEX3>.</TEXT></TimeML>";
  auto doc = ParseTimeMl(xml, "d");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->creation_time, "1998-01-08");
  EXPECT_EQ(doc->text, "Prices fell on Monday for a week & more in October.");
  ASSERT_EQ(doc->timexes.size(), 3u);
  EXPECT_EQ(doc->timexes[2].span.In(doc->text), "October");
  const auto found =
      FindTimeExpressions(doc->text, CivilDate::Parse(doc->creation_time));
  TimexScores dates;
  std::vector<TimexMismatch> mismatches;
  ScoreTimexes(*doc, found, TimexScoreOptions(), &dates, &mismatches);
  EXPECT_EQ(dates.gold, 2u);
  EXPECT_EQ(dates.strict_matches, 2u);
  EXPECT_EQ(dates.value_correct, 2u);
  EXPECT_TRUE(mismatches.empty());
  TimexScoreOptions all;
  all.duration = all.set = true;
  TimexScores every;
  ScoreTimexes(*doc, found, all, &every);
  EXPECT_EQ(every.gold, 3u);
  EXPECT_FALSE(ParseTimeMl("<TimeML></TimeML>", "x").ok());
}

TEST(TimeMlTest, TimeBankQuality) {
  // Pinned quality on TimeBank + AQUAINT (TempEval-3 training data), with
  // slack (measured: DATE+TIME relaxed F1 95.2, value accuracy 83.6).
  const std::string dir =
      precis::testing::SharedPath("data/timebank/TBAQ-cleaned");
  if (dir.empty()) GTEST_SKIP() << "no shared data";
  auto files = ListFiles(dir);
  ASSERT_TRUE(files.ok());
  TimexScores scores;
  for (const std::string& path : *files) {
    if (!path.ends_with(".tml")) continue;
    auto xml = ReadFile(path);
    ASSERT_TRUE(xml.ok());
    auto doc = ParseTimeMl(*xml, path);
    ASSERT_TRUE(doc.ok()) << path;
    ScoreTimexes(
        *doc,
        FindTimeExpressions(doc->text, CivilDate::Parse(doc->creation_time)),
        TimexScoreOptions(), &scores);
  }
  ASSERT_GT(scores.gold, 1500u);
  EXPECT_GT(TimexScores::F(scores.RelaxedP(), scores.RelaxedR()), 0.93);
  EXPECT_GT(scores.ValueAccuracy(), 0.81);
}

}  // namespace
}  // namespace precis
