// Copyright 2026 The precis Authors.
//
// ROUGE-1.5.5's command-line options (Getopt::Std with the script's
// 'ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:'), read into RougeOptions.

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "precis/rouge.h"

namespace precis {
namespace {

// What was seen on the command line, beyond the fields it sets directly.
struct Seen {
  bool l = false, b = false;
  bool skip = false;  // -2
  bool u = false, capital_u = false;
};

bool TakesValue(char c) {
  // b c e f l n p t r 2 3 w z take a value; d does not.
  return std::string_view("bceflnptr23wz").find(c) != std::string_view::npos;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    const size_t begin = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > begin) words.emplace_back(s.substr(begin, i - begin));
  }
  return words;
}

Status Bad(char option, const std::string& value, const std::string& why) {
  return Status::InvalidArgument("ROUGE-1.5.5 option -" +
                                 std::string(1, option) + " '" + value +
                                 "': " + why);
}

bool ParseInt(const std::string& s, int* out) {
  char* end = nullptr;
  errno = 0;
  const long v = std::strtol(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || errno != 0 || v < -1000000000 ||
      v > 1000000000) {
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

bool ParseDouble(const std::string& s, double* out) {
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0' || errno != 0 || !std::isfinite(v)) {
    return false;
  }
  *out = v;
  return true;
}

// Applies one option with its value (empty for flags).
Status Apply(char c, const std::string& value, RougeOptions* o, Seen* seen) {
  int i = 0;
  double d = 0;
  switch (c) {
    case 'a':  // evaluate all systems: precis always scores what it is given
    case 'd':  // per-evaluation scores: see --per-case
    case 'v':
    case 'e':  // data folder: the lists are compiled in
    case 'z':  // input format
      return Status::OK();
    case 'h':
    case 'H':
      return Bad(c, value, "help is not an option here");
    case 'm':
      o->stem = true;
      return Status::OK();
    case 's':
      o->remove_stopwords = true;
      return Status::OK();
    case 'x':
      o->lcs = false;
      return Status::OK();
    case 'u':
      seen->u = true;
      return Status::OK();
    case 'U':
      seen->capital_u = true;
      return Status::OK();
    case 'M':
      return Bad(c, value, "stemming only the models is not supported");
    case '3':
      return Bad(c, value, "Basic Elements are not supported");
    case 'n':
      if (!ParseInt(value, &i) || i < 1) return Bad(c, value, "want N >= 1");
      o->max_n = i;
      return Status::OK();
    case 'l':
      if (!ParseInt(value, &i) || i < 0)
        return Bad(c, value, "want words >= 0");
      o->word_limit = i;
      seen->l = true;
      return Status::OK();
    case 'b':
      if (!ParseInt(value, &i) || i < 0)
        return Bad(c, value, "want bytes >= 0");
      o->byte_limit = i;
      seen->b = true;
      return Status::OK();
    case '2':
      if (!ParseInt(value, &i)) return Bad(c, value, "want a skip distance");
      o->skip_distance = i < 0 ? -1 : i;
      seen->skip = true;
      return Status::OK();
    case 'w':
      if (!ParseDouble(value, &d) || d <= 0)
        return Bad(c, value, "want weight > 0");
      o->wlcs = true;
      o->wlcs_weight = d;
      return Status::OK();
    case 'f':
      if (value == "A") {
        o->combine = RougeCombine::kAverage;
      } else if (value == "B") {
        o->combine = RougeCombine::kBest;
      } else {
        return Bad(c, value, "want A or B");
      }
      return Status::OK();
    case 'p':
      if (!ParseDouble(value, &d) || d < 0 || d > 1) {
        return Bad(c, value, "want 0 <= alpha <= 1");
      }
      o->alpha = d;
      return Status::OK();
    case 'c':
      if (!ParseDouble(value, &d) || d < 0 || d > 100) {
        return Bad(c, value, "want 0 <= CF <= 100");
      }
      o->confidence = d;
      return Status::OK();
    case 'r':
      if (!ParseInt(value, &i) || i < 1)
        return Bad(c, value, "want samples >= 1");
      o->resamples = i;
      return Status::OK();
    case 't':
      if (value != "0") {
        return Bad(c, value, "only -t 0 (average over cases) is supported");
      }
      return Status::OK();
    default:
      return Bad(c, value, "unknown option");
  }
}

}  // namespace

Result<RougeOptions> ParseRouge155Options(std::string_view text) {
  RougeOptions o;
  o.style = RougeStyle::kRouge155;
  // What the script computes when given no options: ROUGE-L only.
  o.max_n = 0;
  o.lcs = true;
  Seen seen;
  const std::vector<std::string> words = SplitWords(text);
  for (size_t w = 0; w < words.size(); ++w) {
    const std::string& word = words[w];
    if (word == "--") break;
    if (word.size() < 2 || word[0] != '-') break;  // the configuration file
    for (size_t k = 1; k < word.size(); ++k) {
      const char c = word[k];
      std::string value;
      if (TakesValue(c)) {
        if (k + 1 < word.size()) {
          value = word.substr(k + 1);
        } else if (w + 1 < words.size()) {
          value = words[++w];
        } else {
          return Bad(c, "", "needs a value");
        }
        k = word.size();
      }
      PRECIS_RETURN_IF_ERROR(Apply(c, value, &o, &seen));
    }
  }
  if (seen.l && seen.b) {
    return Status::InvalidArgument(
        "ROUGE-1.5.5 options: give a length limit in words (-l) or bytes "
        "(-b), not both");
  }
  // -2 alone computes ROUGE-S; with -u ROUGE-SU instead (even beside -U);
  // with -U both.
  o.skip_bigram = seen.skip && !seen.u;
  o.skip_unigram = seen.skip && (seen.u || seen.capital_u);
  return o;
}

std::string ToRouge155Options(const RougeOptions& o) {
  std::string s;
  auto add = [&](const std::string& part) {
    if (!s.empty()) s += ' ';
    s += part;
  };
  char buf[64];
  std::snprintf(buf, sizeof(buf), "-c %g -r %d", o.confidence, o.resamples);
  add(buf);
  if (o.max_n > 0) add("-n " + std::to_string(o.max_n));
  if (o.wlcs) {
    std::snprintf(buf, sizeof(buf), "-w %g", o.wlcs_weight);
    add(buf);
  }
  if (o.skip_bigram || o.skip_unigram) {
    add("-2 " + std::to_string(o.skip_distance < 0 ? -1 : o.skip_distance));
    if (o.skip_unigram) add(o.skip_bigram ? "-U" : "-u");
  }
  if (!o.lcs) add("-x");
  if (o.stem) add("-m");
  if (o.remove_stopwords) add("-s");
  if (o.word_limit > 0) add("-l " + std::to_string(o.word_limit));
  if (o.byte_limit > 0) add("-b " + std::to_string(o.byte_limit));
  if (o.combine == RougeCombine::kBest) add("-f B");
  if (o.alpha != 0.5) {
    std::snprintf(buf, sizeof(buf), "-p %g", o.alpha);
    add(buf);
  }
  add("-a");
  return s;
}

Status ValidateRougeOptions(const RougeOptions& o) {
  if (o.max_n < 0 || o.max_n > 9) {
    return Status::InvalidArgument("ROUGE-N: N must be between 1 and 9");
  }
  if (o.word_limit < 0 || o.byte_limit < 0) {
    return Status::InvalidArgument("length limits must not be negative");
  }
  if (o.word_limit > 0 && o.byte_limit > 0) {
    return Status::InvalidArgument(
        "give a length limit in words or in bytes, not both");
  }
  if (!(o.alpha >= 0 && o.alpha <= 1)) {
    return Status::InvalidArgument("alpha must be between 0 and 1");
  }
  if (!(o.confidence >= 0 && o.confidence <= 100)) {
    return Status::InvalidArgument("confidence must be between 0 and 100");
  }
  if (o.resamples < 1) {
    return Status::InvalidArgument("resamples must be at least 1");
  }
  if (o.wlcs && !(o.wlcs_weight > 0)) {
    return Status::InvalidArgument("ROUGE-W weight must be above 0");
  }
  if (o.style == RougeStyle::kRougeScore) {
    if (o.remove_stopwords || o.word_limit > 0 || o.byte_limit > 0 || o.wlcs ||
        o.skip_bigram || o.skip_unigram) {
      return Status::InvalidArgument(
          "rouge-score has no stop words, length limits, ROUGE-W or ROUGE-S");
    }
  } else if (o.summary_lcs) {
    return Status::InvalidArgument(
        "rougeLsum is rouge-score's; ROUGE-1.5.5's ROUGE-L is already "
        "summary-level");
  }
  if (o.max_n == 0 && !o.lcs && !o.summary_lcs && !o.wlcs && !o.skip_bigram &&
      !o.skip_unigram) {
    return Status::InvalidArgument("no ROUGE metric selected");
  }
  return Status::OK();
}

}  // namespace precis
