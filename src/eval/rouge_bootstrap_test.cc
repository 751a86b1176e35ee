// Copyright 2026 The precis Authors.

#include "eval/rouge_bootstrap.h"

#include <algorithm>
#include <cmath>

#include "gtest/gtest.h"
#include "precis/rouge.h"

namespace precis::rouge {
namespace {

TEST(RougeBootstrapTest, PerlRandomMatchesPerl) {
  // perl 5.36: srand($s); rand(), rand(), int(rand(29))
  struct Want {
    uint32_t seed;
    double a, b;
    size_t c;
  };
  const Want kWant[] = {
      {0, 0.17082803610628972, 0.74990198048496381, 2},
      {1, 0.041630344771878214, 0.45449244472862915, 24},
      {7, 0.2664441967654092, 0.68203523019062118, 7},
  };
  for (const Want& w : kWant) {
    PerlRandom r(w.seed);
    EXPECT_EQ(r.Next(), w.a);
    EXPECT_EQ(r.Next(), w.b);
    EXPECT_EQ(r.Below(29), w.c);
  }
}

TEST(RougeBootstrapTest, OneCaseIsItsOwnInterval) {
  const double v[] = {0.42};
  const auto b = Bootstrap(v, BootstrapDraws(1, 1000), 95);
  EXPECT_NEAR(b.mean_of_means, 0.42, 1e-12);  // a sum of 1000 doubles
  EXPECT_DOUBLE_EQ(b.low, 0.42);
  EXPECT_DOUBLE_EQ(b.high, 0.42);
}

TEST(RougeBootstrapTest, PercentilesOfTheSortedMeans) {
  std::vector<double> v;
  for (int i = 0; i < 50; ++i) v.push_back(i / 50.0);
  const auto draws = BootstrapDraws(v.size(), 1000);
  std::vector<double> means;
  for (const auto& d : draws) {
    double s = 0;
    for (uint32_t i : d) s += v[i];
    means.push_back(s / v.size());
  }
  std::sort(means.begin(), means.end());
  const auto b = Bootstrap(v, draws, 95);
  // 1000 samples at 95%: the 26th and the 975th.
  EXPECT_DOUBLE_EQ(b.low, means[25]);
  EXPECT_DOUBLE_EQ(b.high, means[974]);
  EXPECT_LT(b.low, b.mean_of_means);
  EXPECT_GT(b.high, b.mean_of_means);
  // 90% with 100 samples interpolates nothing either: 6th and 95th.
  const auto draws100 = BootstrapDraws(v.size(), 100);
  const auto b90 = Bootstrap(v, draws100, 90);
  EXPECT_LE(b90.low, b90.high);
}

RougeCase Case(std::string id, double r) {
  return {std::move(id), {{"ROUGE-1", {r, r / 2, r / 3}}}};
}

TEST(RougeBootstrapTest, AggregateIsIndependentOfInputOrder) {
  const std::vector<RougeCase> a = {Case("b", 0.1), Case("a", 0.5),
                                    Case("c", 0.9), Case("d", 0.3)};
  const std::vector<RougeCase> b = {Case("d", 0.3), Case("c", 0.9),
                                    Case("a", 0.5), Case("b", 0.1)};
  RougeOptions o;
  const auto x = AggregateRouge(a, o), y = AggregateRouge(b, o);
  ASSERT_TRUE(x.ok() && y.ok());
  EXPECT_EQ((*x)[0].recall.mean, (*y)[0].recall.mean);
  EXPECT_EQ((*x)[0].recall.low, (*y)[0].recall.low);
  EXPECT_EQ((*x)[0].f.high, (*y)[0].f.high);
  // ROUGE-1.5.5 style: rounded to 5 decimals.
  EXPECT_DOUBLE_EQ((*x)[0].recall.mean * 1e5,
                   std::round((*x)[0].recall.mean * 1e5));
  o.style = RougeStyle::kRougeScore;
  const auto z = AggregateRouge(a, o);
  EXPECT_DOUBLE_EQ((*z)[0].recall.mean, (0.1 + 0.5 + 0.9 + 0.3) / 4);
}

TEST(RougeBootstrapTest, AggregateRejectsBadSets) {
  RougeOptions o;
  EXPECT_FALSE(AggregateRouge({}, o).ok());
  std::vector<RougeCase> mixed = {Case("a", 0.1), Case("b", 0.2)};
  mixed[1].scores[0].name = "ROUGE-2";
  const auto r = AggregateRouge(mixed, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kBadInput);
}

}  // namespace
}  // namespace precis::rouge
