// Copyright 2026 The precis Authors.
//
// precis_html_eval: main-text extraction quality and speed on the HTML
// corpus of ../shared/data/html-corpus (trafilatura's evaluation set).
//
//   precis_html_eval [--json] [--misses] [--dump DIR] [--repeat N]
//                    EVALDATA.json HTML_DIR
//
// HTML_DIR is html.tar.gz extracted. Scoring as the corpus's authors do:
// whitespace collapsed in the output and in the segments; per page a "with"
// segment found is a true positive, one missing a false negative; a
// "without" segment found is a false positive; P, R and F1 over the sums.
// Speed: pages/s and MB/s of ExtractWebPage alone (files are read into
// memory first), one thread, over --repeat passes (default 1).

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "precis/html.h"

namespace {

using Json = nlohmann::json;

// Collapses runs of whitespace (ASCII, NBSP and the Unicode spaces Python's
// str.split() knows) to one space, and trims.
std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    if (c == ' ' || (c >= 9 && c <= 13) || c == 0x1C || c == 0x1D ||
        c == 0x1E || c == 0x1F) {
      n = 1;
    } else if (s.compare(i, 2, "\xC2\xA0") == 0 ||
               s.compare(i, 2, "\xC2\x85") == 0) {
      n = 2;
    } else if (c == 0xE2 && i + 2 < s.size() &&
               static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(s[i + 2]);
      if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF)
        n = 3;
    } else if (s.compare(i, 3, "\xE3\x80\x80") == 0 ||
               s.compare(i, 3, "\xE2\x81\x9F") == 0) {
      n = 3;
    }
    if (n > 0) {
      space = true;
      i += n;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(s[i++]);
  }
  return out;
}

std::string ReadAll(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

struct Page {
  std::string url, file, bytes;
  std::vector<std::string> with, without;
};

}  // namespace

int main(int argc, char** argv) {
  bool json = false, misses = false;
  int repeat = 1;
  std::string dump;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--json") {
      json = true;
    } else if (a == "--misses") {
      misses = true;
    } else if (a == "--dump" && i + 1 < argc) {
      dump = argv[++i];
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      args.push_back(a);
    }
  }
  if (args.size() != 2) {
    std::cerr << "usage: precis_html_eval [--json] [--misses] [--dump DIR] "
                 "[--repeat N] EVALDATA.json HTML_DIR\n";
    return 2;
  }
  Json eval = Json::parse(ReadAll(args[0]), nullptr, false);
  if (!eval.is_object()) {
    std::cerr << "precis_html_eval: cannot read " << args[0] << "\n";
    return 1;
  }
  std::vector<Page> pages;
  size_t bytes = 0;
  for (const auto& [url, v] : eval.items()) {
    Page p;
    p.url = url;
    p.file = v.value("file", "");
    p.bytes = ReadAll(args[1] + "/" + p.file);
    for (const auto& s : v["with"]) p.with.push_back(Collapse(s.get<std::string>()));
    for (const auto& s : v["without"]) p.without.push_back(Collapse(s.get<std::string>()));
    bytes += p.bytes.size();
    pages.push_back(std::move(p));
  }

  std::vector<precis::WebPage> out(pages.size());
  const auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (size_t i = 0; i < pages.size(); ++i) {
      out[i] = precis::ExtractWebPage(pages[i].bytes, pages[i].url);
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  size_t tp = 0, fn = 0, fp = 0, tn = 0, empty = 0;
  for (size_t i = 0; i < pages.size(); ++i) {
    const std::string text = Collapse(out[i].text);
    if (text.empty()) ++empty;
    for (const std::string& s : pages[i].with) {
      if (!text.empty() && text.find(s) != std::string::npos) {
        ++tp;
      } else {
        ++fn;
        if (misses) std::cout << "FN " << pages[i].file << " | " << s << "\n";
      }
    }
    for (const std::string& s : pages[i].without) {
      if (!text.empty() && text.find(s) != std::string::npos) {
        ++fp;
        if (misses) std::cout << "FP " << pages[i].file << " | " << s << "\n";
      } else {
        ++tn;
      }
    }
    if (!dump.empty()) {
      std::ofstream f(dump + "/" + pages[i].file + ".txt");
      f << out[i].method << " | " << out[i].title << "\n\n" << out[i].text;
    }
  }
  const double p = tp + fp == 0 ? 0 : static_cast<double>(tp) / (tp + fp);
  const double rc = tp + fn == 0 ? 0 : static_cast<double>(tp) / (tp + fn);
  const double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
  const double n = static_cast<double>(pages.size()) * repeat;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  if (json) {
    Json j = {{"pages", pages.size()}, {"tp", tp}, {"fn", fn}, {"fp", fp},
              {"tn", tn}, {"empty", empty}, {"precision", p}, {"recall", rc},
              {"f1", f1}, {"pages_per_s", n / seconds},
              {"mb_per_s", bytes * repeat / 1e6 / seconds},
              {"peak_rss_mb", usage.ru_maxrss / 1024.0}};
    std::cout << j.dump() << "\n";
  } else {
    std::printf(
        "pages %zu (empty %zu)  TP %zu FN %zu FP %zu TN %zu\n"
        "precision %.4f  recall %.4f  F1 %.4f\n"
        "%.1f pages/s  %.1f MB/s  (%.2f s, one thread)  peak RSS %.0f MB\n",
        pages.size(), empty, tp, fn, fp, tn, p, rc, f1, n / seconds,
        bytes * repeat / 1e6 / seconds, seconds, usage.ru_maxrss / 1024.0);
  }
  return 0;
}
