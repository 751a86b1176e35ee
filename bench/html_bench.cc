// Copyright 2026 The precis Authors.
//
// ExtractWebPage on generated news pages of growing size (a page with
// navigation, a cookie banner, N paragraphs, related links, comments), and
// the steps alone on the largest. For the real-corpus figures (pages/s and
// P/R/F1 on 990 pages) run precis_html_eval.

#include <benchmark/benchmark.h>

#include <string>

#include "ingest/html_content.h"
#include "ingest/html_encoding.h"
#include "ingest/html_parser.h"
#include "ingest/html_prescan.h"
#include "precis/html.h"

namespace {

std::string Page(int paragraphs) {
  std::string p =
      "<!doctype html><html lang=en><head><meta charset=utf-8><title>T | "
      "S</title><script>var x = 1;</script><style>p{}</style></head><body>"
      "<nav><ul>";
  for (int i = 0; i < 20; ++i) p += "<li><a href=/s" + std::to_string(i) + ">Section</a></li>";
  p += "</ul></nav><div class=cookie>We use cookies.</div><main><article><h1>T</h1>";
  for (int i = 0; i < paragraphs; ++i) {
    p += "<p class=\"para\" style=\"margin:0\">Paragraph " + std::to_string(i) +
         " of the story, with a clause, another clause &amp; a <a "
         "href=/x>link</a>, ending here.</p>";
    if (i % 10 == 9) p += "<h2>Subheading</h2><div class=ad><script>ad()</script></div>";
  }
  p += "</article><aside class=related><ul>";
  for (int i = 0; i < 10; ++i) p += "<li><a href=/r>Related story</a></li>";
  p += "</ul></aside><section id=comments><p>Nice.</p></section></main>"
       "<footer>Imprint</footer></body></html>";
  return p;
}

void BM_ExtractWebPage(benchmark::State& state) {
  const std::string page = Page(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    precis::WebPage p = precis::ExtractWebPage(page);
    benchmark::DoNotOptimize(p.text.data());
  }
  state.SetBytesProcessed(state.iterations() * page.size());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExtractWebPage)->RangeMultiplier(8)->Range(8, 8 << 9);

void BM_HtmlSteps(benchmark::State& state) {
  const std::string page = Page(1000);
  const int step = static_cast<int>(state.range(0));
  const precis::PrescanResult pre = precis::Prescan(page);
  const precis::HtmlDocument doc = precis::ParseHtml(pre.html);
  for (auto _ : state) {
    switch (step) {
      case 0: benchmark::DoNotOptimize(precis::DecodeHtml(page).utf8.size()); break;
      case 1: benchmark::DoNotOptimize(precis::Prescan(page).html.size()); break;
      case 2: benchmark::DoNotOptimize(precis::ParseHtml(pre.html).size()); break;
      default: benchmark::DoNotOptimize(precis::ExtractContent(doc).text.size()); break;
    }
  }
  state.SetBytesProcessed(state.iterations() * page.size());
  state.SetLabel(step == 0 ? "decode" : step == 1 ? "prescan" : step == 2 ? "parse" : "content");
}
BENCHMARK(BM_HtmlSteps)->DenseRange(0, 3);

}  // namespace
