// Copyright 2026 The precis Authors.

#include "ingest/published_date.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

struct Case {
  const char* in;
  const char* want;  // nullptr: not a date NormalizeDate accepts
};

const Case kCases[] = {
    {"2018-04-10", "2018-04-10"},
    {"  2018-04-10 \r", "2018-04-10"},
    {"2018-04-10T12:30:00Z", "2018-04-10T12:30:00Z"},
    {"2018-04-10T12:30:00.250+02:00", "2018-04-10T12:30:00.250+02:00"},
    {"2018-04-10 12:30", "2018-04-10T12:30"},
    {"2018-04-10T25", "2018-04-10"},  // a broken time: the date stays
    {"2018/04/10", "2018-04-10"},
    {"2018.04.10", "2018-04-10"},
    {"Apr 10, 2018", "2018-04-10"},
    {"Apr. 10, 2018", "2018-04-10"},
    {"April 10, 2018", "2018-04-10"},
    {"April 10 2018", "2018-04-10"},
    {"april 10th, 2018", "2018-04-10"},
    {"Sept 3, 2017", "2017-09-03"},
    {"10 April 2018", "2018-04-10"},
    {"10th of April, 2018", "2018-04-10"},
    {"1 Dec 1999", "1999-12-01"},
    {"Tuesday, April 10, 2018", "2018-04-10"},
    {"Tue 10 Apr 2018 14:05 GMT", "2018-04-10"},
    {"April 10, 2018 3:45 PM EDT", "2018-04-10"},
    {"Feb 29, 2016", "2016-02-29"},
    {"Feb 29, 2018", nullptr},  // not a leap year
    {"2018-02-30", nullptr},
    {"2018-13-01", nullptr},
    {"04/10/2018", nullptr},  // month or day first? refused
    {"April 2018", nullptr},
    {"yesterday", nullptr},
    {"", nullptr},
    {"2018-4-10", nullptr},
    {"Apr 10, 18", nullptr},
    {"Smarch 10, 2018", nullptr},
    {"32 April 2018", nullptr},
};

TEST(NormalizeDate, Table) {
  for (const Case& c : kCases) {
    std::string iso = "untouched";
    const bool ok = NormalizeDate(c.in, &iso);
    if (c.want == nullptr) {
      EXPECT_FALSE(ok) << c.in << " gave " << iso;
      EXPECT_EQ(iso, "untouched") << c.in;
    } else {
      EXPECT_TRUE(ok) << c.in;
      EXPECT_EQ(iso, c.want) << c.in;
    }
  }
}

}  // namespace
}  // namespace precis
