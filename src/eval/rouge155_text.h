// Copyright 2026 The precis Authors.
//
// The text ROUGE-1.5.5 scores: the summary's sentences (one a line) after its
// word (-l) or byte (-b) limit, in the two forms its readers produce.

#ifndef PRECIS_EVAL_ROUGE155_TEXT_H_
#define PRECIS_EVAL_ROUGE155_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::rouge {

// ROUGE-1.5.5 reads a summary twice: readText joins its sentences for n-gram
// and skip-bigram counts (and the unigram counts that clip ROUGE-L), and
// readText_LCS keeps them apart for ROUGE-L and ROUGE-W. Both drop empty
// lines and apply the limit; they agree but for -b, where readText_LCS keeps
// every sentence shorter than the limit on its own and cuts the first that is
// not (the script never adds up its byte count), so it may see more text.
//
// Views point into the text given to Read or into this object.
class Rouge155Text {
 public:
  // `word_limit` counts Perl's split(/\s+/) fields of the raw lines, and
  // `byte_limit` their bytes; 0 means no limit. Use at most one.
  void Read(std::string_view text, int word_limit, int byte_limit);

  // The pieces readText joins with spaces (its tokens are theirs, in order).
  const std::vector<std::string_view>& joined() const { return joined_; }
  // The sentences readText_LCS keeps.
  const std::vector<std::string_view>& sentences() const { return sentences_; }

 private:
  void ReadWordLimited(int limit);
  void ReadByteLimited(int limit);

  std::vector<std::string_view> lines_;
  std::vector<std::string_view> joined_;
  std::vector<std::string_view> sentences_;
  std::string joined_tail_;  // the cut last piece, when there is one
  std::string sentence_tail_;
};

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE155_TEXT_H_
