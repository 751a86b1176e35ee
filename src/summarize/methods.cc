// Copyright 2026 The precis Authors.
//
// The method registry: every --method name and its factory, in one table.

#include <string_view>

#include "summarize/ilp.h"
#include "summarize/klsum.h"
#include "summarize/lexrank.h"
#include "summarize/method.h"
#include "summarize/mmr.h"
#include "summarize/submodular.h"
#include "summarize/textrank.h"

namespace precis {
namespace {

struct Entry {
  std::string_view name;
  std::unique_ptr<Method> (*factory)();
};

constexpr Entry kMethods[] = {
    {"centroid", NewCentroidMethod},
    {"concepts", NewConceptsMethod},
    {"ilp", [] { return NewIlpMethod(); }},
    {"klsum", [] { return NewKlSumMethod(); }},
    {"lead", NewLeadMethod},
    {"lexrank", [] { return NewLexRankMethod(); }},
    {"mmr", [] { return NewMmrMethod(); }},
    {"submodular", [] { return NewSubmodularMethod(); }},
    {"textrank", [] { return NewTextRankMethod(); }},
};

}  // namespace

std::unique_ptr<Method> CreateMethod(std::string_view name) {
  for (const Entry& e : kMethods) {
    if (e.name == name) return e.factory();
  }
  return nullptr;
}

std::vector<std::string> SummarizerMethods() {
  std::vector<std::string> names;
  for (const Entry& e : kMethods) names.emplace_back(e.name);
  return names;
}

}  // namespace precis
