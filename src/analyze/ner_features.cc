// Copyright 2026 The precis Authors.
//
// Features of the named-entity tagger. The local templates are those of
// Ratinov & Roth (2009) and of the Stanford CMM (Klein et al. 2003) minus
// part-of-speech tags, which precis does not have at run time: words and
// bigrams in a window of two, word shapes, affixes of up to four letters,
// capitalization patterns, the two previous tags. The non-local ones:
// gazetteer matches (Gazetteer), "extended prediction history" (how the
// same word was tagged earlier in the document, Ratinov & Roth 2009, §5),
// and how the word is cased elsewhere in the document at positions where
// case carries information (not at sentence starts), which tells a
// headline's or a sentence's first word apart (Chieu & Ng 2002); and how
// the training text cases the word and its neighbours (CaseLexicon).

#include "analyze/ner_features.h"

#include <utf8proc.h>

#include <cstring>

#include "base/utf8.h"
#include "text/char_class.h"

namespace precis::ner {
namespace {

// Template numbers: part of the model format.
enum Template : uint64_t {
  kBias = 1,
  kLower0,
  kForm0,
  kLowerM1,
  kLowerP1,
  kLowerM2,
  kLowerP2,
  kBigramM1,
  kBigramP1,
  kShape0,
  kShortM1,
  kShortP1,
  kShortM2,
  kShortP2,
  kShortTrigram,
  kPrefix,
  kSuffix,
  kStartClass,
  kDocCase,
  kGazetteer,
  kLowerM1Short0,
  kShort0LowerP1,
  kClassTrigram,
  kPrev,
  kPrev2,
  kPrevLower0,
  kPrevShort0,
  kHistoryMajor,
  kHistoryHas,
  kHistoryMajorClass,
  kFormM1,
  kFormP1,
  kCasePrior,
  kCasePriorM1,
  kCasePriorP1,
};

inline uint64_t Key(Template t, uint64_t v) {
  return Mix(v, t * 0xA24BAED4963EE407ull);
}
inline uint64_t Key(Template t, uint64_t a, uint64_t b) {
  return Mix(Mix(a, t * 0xA24BAED4963EE407ull), b);
}
inline uint64_t Key(Template t, uint64_t a, uint64_t b, uint64_t c) {
  return Mix(Mix(Mix(a, t * 0xA24BAED4963EE407ull), b), c);
}

WordInfo MakeBoundary(std::string_view name) {
  WordInfo w;
  w.form = w.lower = w.shape = w.short_shape = StableHash(name);
  w.cls = kBoundaryClass;
  return w;
}

const WordInfo& Outside(int offset) {
  static const WordInfo kBefore = MakeBoundary("<s>");
  static const WordInfo kAfter = MakeBoundary("</s>");
  return offset < 0 ? kBefore : kAfter;
}

char ShapeChar(char32_t cp) {
  if (text::IsUpper(cp)) return 'X';
  if (text::IsLower(cp)) return 'x';
  switch (text::Classify(cp)) {
    case text::CharClass::kLetter:
      return 'x';  // caseless scripts
    case text::CharClass::kDigit:
      return 'd';
    default:
      return cp < 0x80 ? char(cp) : '?';
  }
}

void AppendLower(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(cp >= 'A' && cp <= 'Z' ? char(cp + 32) : char(cp));
  } else {
    AppendUtf8(char32_t(utf8proc_tolower(utf8proc_int32_t(cp))), out);
  }
}

}  // namespace

std::string TagName(int tag) {
  if (tag <= 0) return "O";
  static const char kPos[] = "BILU";
  return std::string(1, kPos[TagPosition(tag)]) + "-" +
         EntityTypeName(EntityType(TagType(tag)));
}

uint64_t StableHash(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  const char* p = s.data();
  size_t n = s.size();
  while (n > 0) {
    uint64_t w = 0;
    const size_t k = n < 8 ? n : 8;
    for (size_t i = 0; i < k; ++i) {  // little-endian on every host
      w |= uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    }
    h = ((h << 5) | (h >> 59)) ^ w;
    h *= kMul;
    p += k;
    n -= k;
  }
  return Fmix64(h);
}

void DescribeWord(std::string_view word, std::string* scratch, WordInfo* out) {
  *out = WordInfo();
  out->form = StableHash(word);
  // One pass: lower case, shape (runs capped at 4), short shape (runs
  // collapsed), letter counts.
  std::string& lower = *scratch;
  lower.clear();
  char shape[64], short_shape[64];
  size_t shape_len = 0, short_len = 0, run = 0;
  int letters = 0, upper = 0, digits = 0;
  bool first_upper = false, rest_upper = false;
  uint32_t cp_begin[5] = {0, 0, 0, 0, 0};  // byte offsets in `lower` of the
                                           // first code points
  std::array<uint32_t, 4> tail{};          // offsets of the last ones
  size_t count = 0;
  for (size_t pos = 0; pos < word.size();) {
    char32_t cp;
    pos += DecodeUtf8(word, pos, &cp);
    if (count < 5) cp_begin[count] = uint32_t(lower.size());
    for (int k = 3; k > 0; --k) tail[k] = tail[k - 1];
    tail[0] = uint32_t(lower.size());
    ++count;
    AppendLower(cp, &lower);
    const char c = ShapeChar(cp);
    if (c == 'X' || c == 'x') {
      if (c == 'X') (letters == 0 ? first_upper : rest_upper) = true;
      upper += c == 'X';
      ++letters;
    } else if (c == 'd') {
      ++digits;
    }
    const bool same = short_len > 0 && short_shape[short_len - 1] == c;
    run = same ? run + 1 : 1;
    if (!same && short_len < sizeof(short_shape)) short_shape[short_len++] = c;
    if (run <= 4 && shape_len < sizeof(shape)) shape[shape_len++] = c;
  }
  out->lower = StableHash(lower);
  out->shape = StableHash(std::string_view(shape, shape_len));
  out->short_shape = StableHash(std::string_view(short_shape, short_len));
  for (size_t k = 1; k <= 4 && k <= count; ++k) {
    const size_t end = k < count ? cp_begin[k] : lower.size();
    out->prefix[k - 1] = StableHash(std::string_view(lower).substr(0, end));
    out->suffix[k - 1] =
        StableHash(std::string_view(lower).substr(tail[k - 1]));
  }
  out->has_letter = letters > 0;
  if (letters == 0) {
    out->cls = digits > 0 ? kNumberClass : kPunctClass;
  } else if (digits > 0) {
    out->cls = kAlnumClass;
  } else if (upper == 0) {
    out->cls = kLowerClass;
  } else if (letters == 1) {
    out->cls = kInitialClass;
  } else if (upper == letters) {
    out->cls = kUpperClass;
  } else if (first_upper && !rest_upper) {
    out->cls = kTitleClass;
  } else {
    out->cls = kMixedClass;
  }
}

void Featurizer::Prepare(const Sequence& seq, int exclude_fold) {
  const size_t n = seq.size();
  info_.resize(n);
  sent_begin_.resize(n);
  sent_end_.resize(n);
  sentence_start_.assign(seq.sentence_start.begin(), seq.sentence_start.end());
  if (n > 0) sentence_start_[0] = 1;
  for (size_t i = 0; i < n; ++i) {
    DescribeWord(seq.words[i], &scratch_, &info_[i]);
    sent_begin_[i] = sentence_start_[i] ? uint32_t(i) : sent_begin_[i - 1];
  }
  for (size_t i = n; i-- > 0;) {
    sent_end_[i] = i + 1 == n || sentence_start_[i + 1] ? uint32_t(i + 1)
                                                        : sent_end_[i + 1];
  }
  // How each word is cased where case is informative.
  case_counts_.Reset(n);
  for (size_t i = 0; i < n; ++i) {
    const WordInfo& w = info_[i];
    if (!w.has_letter || sentence_start_[i]) continue;
    CaseCounts& c = case_counts_[w.lower];
    if (w.cls == kLowerClass) {
      ++c.lower;
    } else if (w.cls == kTitleClass || w.cls == kMixedClass) {
      ++c.capital;
    }
  }
  gazetteer_bits_.assign(n, 0);
  if (gazetteer_ != nullptr && n > 0) {
    std::vector<uint64_t>& lower = lower_scratch_;
    lower.resize(n);
    for (size_t i = 0; i < n; ++i) lower[i] = info_[i].lower;
    gazetteer_->Match(lower, sentence_start_, exclude_fold,
                      gazetteer_bits_.data());
  }
  case_bucket_.assign(n, 0);
  if (lexicon_ != nullptr) {
    for (size_t i = 0; i < n; ++i) {
      if (info_[i].has_letter) {
        case_bucket_[i] =
            uint8_t(lexicon_->Bucket(info_[i].lower, exclude_fold));
      }
    }
  }
  history_.Reset(n / 4 + 8);
}

const WordInfo& Featurizer::At(size_t i, int offset) const {
  const int64_t j = int64_t(i) + offset;
  if (j < int64_t(sent_begin_[i]) || j >= int64_t(sent_end_[i])) {
    return Outside(offset);
  }
  return info_[j];
}

void Featurizer::Static(size_t i, std::vector<uint64_t>* keys) const {
  const WordInfo& w = info_[i];
  const WordInfo& m1 = At(i, -1);
  const WordInfo& p1 = At(i, 1);
  const WordInfo& m2 = At(i, -2);
  const WordInfo& p2 = At(i, 2);
  keys->push_back(Key(kBias, 0));
  keys->push_back(Key(kLower0, w.lower));
  keys->push_back(Key(kForm0, w.form));
  keys->push_back(Key(kLowerM1, m1.lower));
  keys->push_back(Key(kLowerP1, p1.lower));
  keys->push_back(Key(kLowerM2, m2.lower));
  keys->push_back(Key(kLowerP2, p2.lower));
  keys->push_back(Key(kFormM1, m1.form));
  keys->push_back(Key(kFormP1, p1.form));
  keys->push_back(Key(kBigramM1, m1.lower, w.lower));
  keys->push_back(Key(kBigramP1, w.lower, p1.lower));
  keys->push_back(Key(kShape0, w.shape));
  keys->push_back(Key(kShortM1, m1.short_shape));
  keys->push_back(Key(kShortP1, p1.short_shape));
  keys->push_back(Key(kShortM2, m2.short_shape));
  keys->push_back(Key(kShortP2, p2.short_shape));
  keys->push_back(
      Key(kShortTrigram, m1.short_shape, w.short_shape, p1.short_shape));
  keys->push_back(Key(kLowerM1Short0, m1.lower, w.short_shape));
  keys->push_back(Key(kShort0LowerP1, w.short_shape, p1.lower));
  keys->push_back(Key(kClassTrigram, m1.cls, w.cls, p1.cls));
  for (int k = 0; k < 4 && w.prefix[k] != 0; ++k) {
    keys->push_back(Key(kPrefix, k, w.prefix[k]));
    keys->push_back(Key(kSuffix, k, w.suffix[k]));
  }
  const bool start = sentence_start_[i] != 0;
  keys->push_back(Key(kStartClass, start, w.cls));
  if (w.has_letter) {
    const CaseCounts* c = case_counts_.Find(w.lower);
    int lower = c != nullptr ? c->lower : 0;
    int capital = c != nullptr ? c->capital : 0;
    if (!start && w.cls == kLowerClass) --lower;  // elsewhere, not here
    if (!start && (w.cls == kTitleClass || w.cls == kMixedClass)) --capital;
    keys->push_back(
        Key(kDocCase, w.cls * 4 + start * 2, (lower > 0) * 2 + (capital > 0)));
  }
  // How the training text cases this word and its neighbours.
  keys->push_back(Key(kCasePrior, case_bucket_[i], w.cls * 2 + start));
  if (i > sent_begin_[i]) {
    keys->push_back(Key(kCasePriorM1, case_bucket_[i - 1], m1.cls, w.cls));
  }
  if (i + 1 < sent_end_[i]) {
    keys->push_back(Key(kCasePriorP1, case_bucket_[i + 1], p1.cls, w.cls));
  }
  const bool capitalized = w.cls != kLowerClass;
  for (uint16_t bits = gazetteer_bits_[i]; bits != 0; bits &= bits - 1) {
    keys->push_back(Key(kGazetteer, __builtin_ctz(bits), capitalized));
  }
}

void Featurizer::Dynamic(size_t i, int prev, int prev2,
                         std::vector<uint64_t>* keys) const {
  const WordInfo& w = info_[i];
  keys->push_back(Key(kPrev, uint64_t(prev + 1)));
  keys->push_back(Key(kPrev2, uint64_t(prev + 1), uint64_t(prev2 + 1)));
  keys->push_back(Key(kPrevLower0, uint64_t(prev + 1), w.lower));
  keys->push_back(Key(kPrevShort0, uint64_t(prev + 1), w.short_shape));
}

void Featurizer::History(size_t i, std::vector<uint64_t>* keys) const {
  const WordInfo& w = info_[i];
  if (!w.has_letter) return;
  const TagCounts* h = history_.Find(w.lower);
  if (h == nullptr) return;
  int major = 0;
  for (int k = 1; k <= kNumEntityTypes; ++k) {
    if (h->counts[k] > h->counts[major]) major = k;
    if (h->counts[k] > 0) keys->push_back(Key(kHistoryHas, k));
  }
  keys->push_back(Key(kHistoryMajor, major));
  keys->push_back(Key(kHistoryMajorClass, major, w.cls));
}

void Featurizer::Decide(size_t i, int tag) {
  const WordInfo& w = info_[i];
  if (!w.has_letter) return;
  uint16_t& c =
      history_[w.lower].counts[tag == kOutside ? 0 : 1 + TagType(tag)];
  if (c < UINT16_MAX) ++c;
}

}  // namespace precis::ner
