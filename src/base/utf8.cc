// Copyright 2026 The precis Authors.

#include "base/utf8.h"

namespace precis {

char* EncodeUtf8(char32_t cp, char* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

void AppendUtf8(char32_t cp, std::string* out) {
  char buf[4];
  out->append(buf, static_cast<size_t>(EncodeUtf8(cp, buf) - buf));
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    const size_t n = DecodeUtf8(s, i, &cp);
    if (cp == kReplacementChar && n == 1) return false;
    i += n;
  }
  return true;
}

size_t RepairUtf8(std::string_view in, std::string* out, OffsetMap* map) {
  out->clear();
  out->reserve(in.size());
  size_t replaced = 0;
  size_t i = 0;
  while (i < in.size()) {
    // Copy the longest valid run at once.
    const size_t run_begin = i;
    while (i < in.size()) {
      if (static_cast<unsigned char>(in[i]) < 0x80) {
        ++i;
        continue;
      }
      char32_t cp;
      const size_t n = DecodeUtf8(in, i, &cp);
      if (cp == kReplacementChar && n == 1) break;
      i += n;
    }
    out->append(in.substr(run_begin, i - run_begin));
    if (i < in.size()) {  // one invalid byte
      if (map != nullptr) {
        map->AddEdit(static_cast<uint32_t>(out->size()), 3,
                     static_cast<uint32_t>(i), 1);
      }
      AppendUtf8(kReplacementChar, out);
      ++replaced;
      ++i;
    }
  }
  return replaced;
}

}  // namespace precis
