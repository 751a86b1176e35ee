// Copyright 2026 The precis Authors.
//
// Normalization for matching: NFKC, case folding, and typographic variants
// unified (curly quotes to straight, dashes to '-', non-breaking and other
// spaces to ' ', ellipsis to "..."), with a map back to the original bytes.
// Used to compare text, never to display it: what is shown comes from the
// original through the map.

#ifndef PRECIS_NORMALIZER_H_
#define PRECIS_NORMALIZER_H_

#include <string>
#include <string_view>

#include "precis/offset_map.h"
#include "precis/span.h"

namespace precis {

struct NormalizeOptions {
  bool nfkc = true;             // compatibility composition (ﬁ -> fi, ² -> 2)
  bool case_fold = true;        // full Unicode case folding
  bool unify_punctuation = true;  // quotes, dashes, spaces, ellipsis
};

struct NormalizedText {
  std::string text;  // valid UTF-8
  OffsetMap map;     // offsets of `text` to offsets of the input
  Span ToOriginal(Span s) const { return map.Map(s); }
};

// Total: invalid UTF-8 in `input` becomes U+FFFD (mapped to its byte).
NormalizedText Normalize(std::string_view input,
                         const NormalizeOptions& options = {});

}  // namespace precis

#endif  // PRECIS_NORMALIZER_H_
