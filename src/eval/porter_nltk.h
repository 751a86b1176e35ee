// Copyright 2026 The precis Authors.
//
// The Porter stemmer as NLTK runs it in its default NLTK_EXTENSIONS mode, the
// one behind Google's rouge-score with use_stemmer=True.

#ifndef PRECIS_EVAL_PORTER_NLTK_H_
#define PRECIS_EVAL_PORTER_NLTK_H_

#include <string>
#include <string_view>

namespace precis::rouge {

// The stem NLTK's PorterStemmer() gives a lower-case ASCII word. Words of 2
// bytes or fewer come back unchanged. Total and thread-safe.
std::string PorterStemNltk(std::string_view word);

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_PORTER_NLTK_H_
