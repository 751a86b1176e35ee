// Copyright 2026 The precis Authors.
//
// Normalization one grapheme-ish unit at a time (a code point and the
// combining marks after it), so that every output byte maps back to the
// input bytes of its unit. ASCII takes a fast path; other units go through
// utf8proc: compatibility decomposition and case folding per code point,
// then canonical composition of the unit (NFKC_Casefold in effect).

#include "precis/normalizer.h"

#include <utf8proc.h>

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

}  // namespace

NormalizedText Normalize(std::string_view input,
                         const NormalizeOptions& options) {
  NormalizedText result;
  std::string& out = result.text;
  out.reserve(input.size());
  utf8proc_option_t decompose = UTF8PROC_DECOMPOSE;
  if (options.nfkc) decompose = utf8proc_option_t(decompose | UTF8PROC_COMPAT);
  if (options.case_fold) {
    decompose = utf8proc_option_t(decompose | UTF8PROC_CASEFOLD);
  }
  const bool compose = options.nfkc;
  utf8proc_int32_t buf[64];
  size_t i = 0;
  while (i < input.size()) {
    const size_t unit_begin = i;
    const size_t out_begin = out.size();
    const auto b = static_cast<unsigned char>(input[i]);
    // ASCII fast path (a following combining mark sends it the slow way).
    if (b < 0x80 && (i + 1 >= input.size() ||
                     static_cast<unsigned char>(input[i + 1]) < 0x80)) {
      char c = static_cast<char>(b);
      if (options.case_fold && c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
      out.push_back(c);
      ++i;
      continue;
    }
    // One unit: a code point and the combining marks after it.
    utf8proc_ssize_t n = 0;
    bool overflow = false;
    bool first = true;
    while (i < input.size()) {
      char32_t cp;
      const size_t len = DecodeUtf8(input, i, &cp);
      if (!first && !IsMark(cp)) break;
      first = false;
      i += len;
      if (options.unify_punctuation) {
        if (const char32_t u = Unify(cp)) cp = u;
        if (cp == 0x2026) {  // … -> ...
          for (int k = 0; k < 3 && n < 64; ++k) buf[n++] = '.';
          continue;
        }
      }
      int boundclass = UTF8PROC_BOUNDCLASS_START;
      const utf8proc_ssize_t got =
          utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf + n,
                                  64 - n, decompose, &boundclass);
      if (got < 0 || got > 64 - n) {
        overflow = true;  // an absurd run of marks: keep the code point
        if (n < 64) buf[n++] = static_cast<utf8proc_int32_t>(cp);
        continue;
      }
      n += got;
    }
    if (compose && !overflow) {
      const utf8proc_ssize_t m = utf8proc_normalize_utf32(
          buf, n, utf8proc_option_t(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
      if (m >= 0) n = m;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
      AppendUtf8(static_cast<char32_t>(buf[k]), &out);
    }
    const size_t in_len = i - unit_begin;
    const size_t out_len = out.size() - out_begin;
    if (in_len != out_len) {
      result.map.AddEdit(
          static_cast<uint32_t>(out_begin), static_cast<uint32_t>(out_len),
          static_cast<uint32_t>(unit_begin), static_cast<uint32_t>(in_len));
    }
  }
  return result;
}

}  // namespace precis
