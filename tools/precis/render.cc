// Copyright 2026 The precis Authors.

#include "render.h"

#include <algorithm>
#include <iostream>

#include <fmt/core.h>

namespace precis::cli {

std::string Markers(std::vector<uint32_t> articles) {
  std::sort(articles.begin(), articles.end());
  articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
  std::string out = "[";
  for (size_t i = 0; i < articles.size(); ++i) {
    if (i > 0) out += ", ";
    out += std::to_string(articles[i] + 1);
  }
  return out + "]";
}

std::string OneLine(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string SourceLine(const Article& a) {
  std::string line = a.title.empty() ? a.id : a.title;
  if (!a.source.empty()) line += " — " + a.source;
  if (!a.published.empty()) line += ", " + a.published;
  if (!a.url.empty()) line += " <" + a.url + ">";
  return line;
}

void PrintSources(const Cluster& c, bool markdown) {
  for (size_t i = 0; i < c.articles.size(); ++i) {
    std::cout << (markdown ? std::to_string(i + 1) + ". "
                           : fmt::format("[{}] ", i + 1))
              << SourceLine(c.articles[i]) << "\n";
  }
}

}  // namespace precis::cli
