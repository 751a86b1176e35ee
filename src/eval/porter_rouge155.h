// Copyright 2026 The precis Authors.
//
// The Porter stemmer exactly as ROUGE-1.5.5 runs it for -m.

#ifndef PRECIS_EVAL_PORTER_ROUGE155_H_
#define PRECIS_EVAL_PORTER_ROUGE155_H_

#include <string>
#include <string_view>

namespace precis::rouge {

// The stem ROUGE-1.5.5's Porter stemmer gives a lower-case ASCII word.
// Words shorter than 3 bytes come back unchanged. Total and thread-safe.
std::string PorterStemRouge155(std::string_view word);

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_PORTER_ROUGE155_H_
