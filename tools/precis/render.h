// Copyright 2026 The precis Authors.
//
// Text rendering shared by the commands that print stories: source
// markers, one-line sentences, the numbered source list.

#ifndef PRECIS_TOOLS_RENDER_H_
#define PRECIS_TOOLS_RENDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"

namespace precis::cli {

// "[1, 3]": articles numbered from 1 in input order, ascending.
std::string Markers(std::vector<uint32_t> articles);

// A sentence on one line: inner line breaks and runs of spaces become one
// space.
std::string OneLine(std::string_view text);

// "Title — Outlet, date <url>".
std::string SourceLine(const Article& a);

// The numbered source list, as text ("[1] ...") or Markdown ("1. ...").
void PrintSources(const Cluster& c, bool markdown);

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_RENDER_H_
