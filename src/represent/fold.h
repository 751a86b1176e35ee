// Copyright 2026 The precis Authors.
//
// Case folding of single tokens for term matching. Cheaper than Normalize():
// no offset map, ASCII fast path, one reused output buffer.

#ifndef PRECIS_REPRESENT_FOLD_H_
#define PRECIS_REPRESENT_FOLD_H_

#include <string>
#include <string_view>

namespace precis {

// Writes the lower-case form of `token` to *out (replacing its contents);
// curly apostrophes become '\''. Total on any bytes.
void FoldCase(std::string_view token, std::string* out);

// Removes a trailing possessive "'s" or "'" from a folded word.
void StripPossessive(std::string* word);

}  // namespace precis

#endif  // PRECIS_REPRESENT_FOLD_H_
