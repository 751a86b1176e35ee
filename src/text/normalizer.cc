// Copyright 2026 The precis Authors.
//
// Normalization one unit at a time, a unit being a code point and the
// combining marks after it, so that every output byte maps back to the input
// bytes of its unit. ASCII takes a fast path; other units go through
// utf8proc: compatibility decomposition and full case folding per code point
// (CaseFolding.txt, status C+F), then canonical composition of the unit:
// NFKC_Casefold in effect (Unicode UAX #15 and #44).
//
// Departure from true NFKC: nothing composes across units, so conjoining
// Hangul jamo (letters, not marks) stay apart; precomposed syllables, which
// is what news text uses, are unaffected. Default-ignorable code points are
// kept (NFKC_Casefold drops them) so that no input character disappears.
//
// Map contract: a unit whose output is the same bytes as its input, or a
// single code point replaced by a single code point of the same length, is
// mapped byte for byte; any other changed unit is one edit, so an output
// offset inside it maps to the whole input unit and no mapped span can end
// inside an input character.

#include "precis/normalizer.h"

#include <utf8proc.h>

#include <cstring>

#include "base/utf8.h"

namespace precis {
namespace {

// Typographic variants matched as their plain forms; 0 when cp is not one.
char32_t Unify(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
    case 0xFF07:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
    case 0xFF02:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return '-';
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return ' ';
    default:
      if (cp >= 0x2000 && cp <= 0x200A) return ' ';
      return 0;
  }
}

bool IsMark(char32_t cp) {
  if (cp < 0x300) return false;
  const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
         c == UTF8PROC_CATEGORY_ME;
}

// Normalizes one unit: code points go in through Add(), the UTF-8 result
// comes out of Finish(). Holds no heap memory.
class Unit {
 public:
  explicit Unit(const NormalizeOptions& options) : options_(options) {
    int flags = 0;
    if (options.nfkc) flags |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
    if (options.case_fold) flags |= UTF8PROC_CASEFOLD;
    flags_ = static_cast<utf8proc_option_t>(flags);
  }

  void Clear() { n_ = 0, overflow_ = false; }

  void Add(char32_t cp) {
    if (options_.unify_punctuation) {
      if (const char32_t u = Unify(cp)) cp = u;
      if (cp == 0x2026) {  // … -> ...
        for (int k = 0; k < 3; ++k) Push('.');
        return;
      }
    }
    if (flags_ == 0) {
      Push(cp);
      return;
    }
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    const utf8proc_ssize_t got =
        utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf_ + n_,
                                kMax - n_, flags_, &boundclass);
    if (got < 0 || got > kMax - n_) {
      overflow_ = true;  // an absurd run of marks: keep the code point
      Push(cp);
      return;
    }
    n_ += got;
  }

  // Appends the unit's output to *out; returns its number of code points.
  size_t Finish(std::string* out) {
    if (options_.nfkc && !overflow_ && n_ > 1) {
      const utf8proc_ssize_t m = utf8proc_normalize_utf32(
          buf_, n_, utf8proc_option_t(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
      if (m >= 0) n_ = m;
    }
    for (utf8proc_ssize_t k = 0; k < n_; ++k) {
      AppendUtf8(static_cast<char32_t>(buf_[k]), out);
    }
    return static_cast<size_t>(n_);
  }

 private:
  // A base decomposes to at most 18 code points (U+FDFA) and a mark to at
  // most 4, so 160 holds a unit of a base and 30 marks.
  static constexpr utf8proc_ssize_t kMax = 160;
  void Push(char32_t cp) {
    if (n_ < kMax) buf_[n_++] = static_cast<utf8proc_int32_t>(cp);
  }

  const NormalizeOptions& options_;
  utf8proc_option_t flags_;
  utf8proc_int32_t buf_[kMax];
  utf8proc_ssize_t n_ = 0;
  bool overflow_ = false;
};

// Per-thread direct-mapped cache of single-code-point units: most non-ASCII
// text repeats a few letters, and utf8proc costs ~100 ns a unit. Plain data,
// zero-initialized: no global constructor.
struct CacheEntry {
  uint32_t key;  // (option bits << 21 | cp) + 1; 0 when empty
  uint8_t len;   // output bytes
  uint8_t cps;   // output code points
  char bytes[10];
};
constexpr size_t kCacheSize = 512;
thread_local CacheEntry cache[kCacheSize];

uint32_t CacheKey(char32_t cp, const NormalizeOptions& o) {
  const uint32_t bits = (o.nfkc ? 1u : 0u) | (o.case_fold ? 2u : 0u) |
                        (o.unify_punctuation ? 4u : 0u);
  return (bits << 21 | static_cast<uint32_t>(cp)) + 1;
}

// Appends the normalization of the single code point `cp` to *out, through
// the cache; returns the output's number of code points.
size_t SingleCodePoint(char32_t cp, const NormalizeOptions& options, Unit* unit,
                       std::string* out) {
  const uint32_t key = CacheKey(cp, options);
  CacheEntry& e = cache[(key * 2654435761u) >> 23 & (kCacheSize - 1)];
  if (e.key == key) {
    out->append(e.bytes, e.len);
    return e.cps;
  }
  const size_t begin = out->size();
  unit->Clear();
  unit->Add(cp);
  const size_t cps = unit->Finish(out);
  const size_t len = out->size() - begin;
  if (len <= sizeof(e.bytes)) {
    e.key = key;
    e.len = static_cast<uint8_t>(len);
    e.cps = static_cast<uint8_t>(cps);
    std::memcpy(e.bytes, out->data() + begin, len);
  }
  return cps;
}

}  // namespace

NormalizedText Normalize(std::string_view input,
                         const NormalizeOptions& options) {
  NormalizedText result;
  std::string& out = result.text;
  out.reserve(input.size() + input.size() / 8);
  Unit unit(options);
  size_t i = 0;
  while (i < input.size()) {
    const auto b = static_cast<unsigned char>(input[i]);
    // ASCII fast path, unless a combining mark follows.
    if (b < 0x80 && (i + 1 == input.size() ||
                     static_cast<unsigned char>(input[i + 1]) < 0x80)) {
      out.push_back(options.case_fold && b >= 'A' && b <= 'Z'
                        ? static_cast<char>(b + ('a' - 'A'))
                        : static_cast<char>(b));
      ++i;
      continue;
    }
    const size_t unit_begin = i;
    const size_t out_begin = out.size();
    char32_t cp;
    i += DecodeUtf8(input, i, &cp);
    char32_t next = 0;
    size_t next_len = 0;
    if (i < input.size()) next_len = DecodeUtf8(input, i, &next);
    size_t in_cps = 1, out_cps;
    if (next_len == 0 || !IsMark(next)) {
      out_cps = SingleCodePoint(cp, options, &unit, &out);
    } else {
      unit.Clear();
      unit.Add(cp);
      // The marks after the base, bounded so that a run of marks cannot
      // make the unit (and its edit) unbounded.
      while (next_len != 0 && IsMark(next) && in_cps < 31) {
        unit.Add(next);
        i += next_len;
        ++in_cps;
        next_len = i < input.size() ? DecodeUtf8(input, i, &next) : 0;
      }
      out_cps = unit.Finish(&out);
    }
    const size_t in_len = i - unit_begin;
    const size_t out_len = out.size() - out_begin;
    const bool byte_for_byte =
        in_len == out_len &&
        ((in_cps == 1 && out_cps == 1) ||
         std::memcmp(out.data() + out_begin, input.data() + unit_begin,
                     in_len) == 0);
    if (!byte_for_byte) {
      result.map.AddEdit(
          static_cast<uint32_t>(out_begin), static_cast<uint32_t>(out_len),
          static_cast<uint32_t>(unit_begin), static_cast<uint32_t>(in_len));
    }
  }
  return result;
}

}  // namespace precis
