// Copyright 2026 The precis Authors.
//
// NerTagger::Default(): the English model in data/ner/en.model, compiled
// into the library (src/analyze/CMakeLists.txt), parsed on first use.

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "precis/entities.h"

namespace precis {
namespace data {
extern const std::string_view kNerModelEnglish;
}  // namespace data

const NerTagger& NerTagger::Default() {
  static const NerTagger* const tagger = [] {
    auto loaded = Load(data::kNerModelEnglish);
    if (!loaded.ok()) {  // the build embedded a bad file: a bug, not input
      std::fprintf(stderr, "precis: embedded NER model: %s\n",
                   loaded.status().message().c_str());
      std::abort();
    }
    return std::move(loaded).value().release();
  }();
  return *tagger;
}

}  // namespace precis
