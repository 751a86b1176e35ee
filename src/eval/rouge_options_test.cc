// Copyright 2026 The precis Authors.

#include "gtest/gtest.h"
#include "precis/rouge.h"

namespace precis {
namespace {

TEST(RougeOptionsTest, PyrougePreset) {
  auto o = ParseRouge155Options("-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o->max_n, 4);
  EXPECT_TRUE(o->lcs);
  EXPECT_TRUE(o->wlcs);
  EXPECT_DOUBLE_EQ(o->wlcs_weight, 1.2);
  EXPECT_TRUE(o->skip_bigram);
  EXPECT_TRUE(o->skip_unigram);
  EXPECT_LT(o->skip_distance, 0);
  EXPECT_FALSE(o->stem);
  EXPECT_EQ(o->resamples, 1000);
  EXPECT_EQ(o->combine, RougeCombine::kAverage);
}

TEST(RougeOptionsTest, DucPresetBundledAndAttached) {
  auto o = ParseRouge155Options(
      "-n4 -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 "
      "-a -2 4 -u -e /usr/ROUGE/data config.xml -x");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o->max_n, 4);
  EXPECT_TRUE(o->stem);
  EXPECT_EQ(o->word_limit, 100);
  EXPECT_FALSE(o->skip_bigram);  // -u: SU only
  EXPECT_TRUE(o->skip_unigram);
  EXPECT_EQ(o->skip_distance, 4);
  EXPECT_TRUE(o->lcs);  // "-x" comes after the configuration file
  auto b = ParseRouge155Options("-ams -f B -b 665");
  ASSERT_TRUE(b.ok());
  EXPECT_TRUE(b->stem && b->remove_stopwords);
  EXPECT_EQ(b->combine, RougeCombine::kBest);
  EXPECT_EQ(b->byte_limit, 665);
  EXPECT_EQ(b->max_n, 0);  // no -n: no ROUGE-N, as the script
}

TEST(RougeOptionsTest, SkipBigramVariants) {
  auto s = ParseRouge155Options("-2 4");
  EXPECT_TRUE(s->skip_bigram && !s->skip_unigram);
  auto u = ParseRouge155Options("-2 4 -u -U");
  EXPECT_TRUE(!u->skip_bigram && u->skip_unigram);
  auto none = ParseRouge155Options("-U");
  EXPECT_TRUE(!none->skip_bigram && !none->skip_unigram);
}

TEST(RougeOptionsTest, Errors) {
  for (const char* bad :
       {"-n", "-n 0", "-n x", "-l 10 -b 20", "-c 101", "-p 2", "-w 0", "-f C",
        "-3 HM", "-M", "-t 1", "-q", "-h", "-r 0"}) {
    const auto o = ParseRouge155Options(bad);
    EXPECT_FALSE(o.ok()) << bad;
    if (!o.ok()) {
      EXPECT_EQ(o.status().code(), Status::Code::kInvalidArgument) << bad;
    }
  }
}

TEST(RougeOptionsTest, RoundTrip) {
  for (const char* s : {"-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a",
                        "-n 2 -m -f B -c 95 -r 1000 -a -2 4 -u",
                        "-n 2 -m -b 40 -c 95 -r 1000 -a",
                        "-c 95 -2 4 -U -r 1000 -n 2 -a -m -s -p 0.3"}) {
    const auto a = ParseRouge155Options(s);
    ASSERT_TRUE(a.ok()) << s;
    const auto b = ParseRouge155Options(ToRouge155Options(*a));
    ASSERT_TRUE(b.ok()) << ToRouge155Options(*a);
    EXPECT_EQ(ToRouge155Options(*a), ToRouge155Options(*b));
    EXPECT_EQ(a->skip_bigram, b->skip_bigram) << s;
    EXPECT_EQ(a->skip_unigram, b->skip_unigram) << s;
    EXPECT_EQ(a->alpha, b->alpha) << s;
  }
}

TEST(RougeOptionsTest, Validate) {
  RougeOptions o;
  EXPECT_TRUE(ValidateRougeOptions(o).ok());
  o.summary_lcs = true;  // rouge-score's
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
  o.style = RougeStyle::kRougeScore;
  EXPECT_TRUE(ValidateRougeOptions(o).ok());
  o.remove_stopwords = true;
  EXPECT_FALSE(ValidateRougeOptions(o).ok());
}

}  // namespace
}  // namespace precis
