// Copyright 2026 The precis Authors.
//
// DecodeHtml: encoding sniffing after the WHATWG "determine the character
// encoding" steps (BOM, transport, <meta> prescan, guess), with two
// departures that real pages need: bytes that are valid UTF-8 with
// multi-byte sequences are read as UTF-8 even under a single-byte label
// (a page saved as UTF-8 keeps its old meta tag more often than not), and
// a page labelled UTF-8 that is mostly invalid UTF-8 is read as
// windows-1252.

#include "ingest/html_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "base/utf8.h"

namespace precis {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

// The WHATWG name for a label, as iconv knows it.
std::string Canonical(std::string label) {
  for (char& c : label) c = Lower(c);
  if (label == "utf8" || label == "utf-8" || label == "unicode-1-1-utf-8" ||
      label == "utf-16" || label == "utf-16le" || label == "utf-16be") {
    return "utf-8";  // a <meta> cannot declare UTF-16: the standard says UTF-8
  }
  if (label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" ||
      label == "l1" || label == "us-ascii" || label == "ascii" ||
      label == "cp1252" || label == "windows-1252" || label == "x-cp1252" ||
      label == "iso_8859-1" || label == "cp819" || label == "ibm819") {
    return "windows-1252";
  }
  if (label == "gb2312" || label == "gbk" || label == "x-gbk" ||
      label == "chinese") {
    return "gb18030";
  }
  if (label == "x-sjis" || label == "sjis" || label == "ms_kanji") {
    return "shift_jis";
  }
  return label;
}

bool IsSingleByte(const std::string& charset) {
  return charset.rfind("windows-125", 0) == 0 ||
         charset.rfind("iso-8859-", 0) == 0 || charset.rfind("koi8", 0) == 0;
}

struct Utf8Stats {
  size_t multibyte = 0;  // valid sequences of 2 to 4 bytes
  size_t invalid = 0;    // bytes that are not part of one
  size_t high = 0;       // bytes >= 0x80
  size_t letters = 0;    // ASCII letters
};

// Letters are counted only when there are invalid bytes (for Guess).
Utf8Stats Measure(std::string_view s, bool count_letters = false) {
  Utf8Stats st;
  for (size_t i = 0; i < s.size();) {
    // Eight ASCII bytes at a time.
    if (!count_letters && i + 8 <= s.size()) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ++st.letters;
      ++i;
      continue;
    }
    char32_t cp;
    const size_t n = DecodeUtf8(s, i, &cp);
    if (n == 1) {
      ++st.invalid;
    } else {
      ++st.multibyte;
    }
    st.high += n;
    i += n;
  }
  return st;
}

// Converts with iconv; undecodable bytes become U+FFFD, one each. False
// when iconv does not know the charset.
bool Convert(std::string_view in, const std::string& charset,
             DecodedHtml* out) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  std::string& o = out->utf8;
  o.clear();
  o.resize(in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  size_t used = 0;
  while (src_left > 0) {
    char* dst = o.data() + used;
    size_t dst_left = o.size() - used;
    const size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    used = o.size() - dst_left;
    if (r != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      o.resize(o.size() * 2);
    } else {  // EILSEQ, EINVAL: skip one byte
      if (o.size() - used < 3) o.resize(o.size() * 2);
      std::memcpy(o.data() + used, "\xEF\xBF\xBD", 3);
      used += 3;
      ++src;
      --src_left;
      ++out->replaced;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset shift state
    }
  }
  o.resize(used);
  iconv_close(cd);
  out->charset = charset;
  return true;
}

void FromUtf8(std::string_view in, DecodedHtml* out) {
  out->charset = "utf-8";
  out->replaced = RepairUtf8(in, &out->utf8);
}

std::string Guess(const Utf8Stats& st) {
  if (st.invalid == 0) return "utf-8";
  // Cyrillic single-byte text is mostly high bytes; Western text has a few.
  if (st.high * 4 > st.letters + st.high) return "windows-1251";
  return "windows-1252";
}

size_t FindLower(std::string_view lower, std::string_view what, size_t from) {
  return lower.find(what, from);
}

// The label after "charset" or "encoding" at lower[pos...], or "".
std::string LabelAt(std::string_view lower, size_t pos) {
  while (pos < lower.size() && (lower[pos] == ' ' || lower[pos] == '\t'))
    ++pos;
  if (pos >= lower.size() || lower[pos] != '=') return {};
  ++pos;
  while (pos < lower.size() &&
         (lower[pos] == ' ' || lower[pos] == '"' || lower[pos] == '\''))
    ++pos;
  std::string label;
  while (pos < lower.size() && IsLabelChar(lower[pos]) && label.size() < 40)
    label.push_back(lower[pos++]);
  return label;
}

}  // namespace

std::string SniffMetaCharset(std::string_view bytes) {
  std::string lower(bytes.substr(0, 4096));
  for (char& c : lower) c = Lower(c);
  if (lower.rfind("<?xml", 0) == 0) {
    const size_t close = lower.find("?>");
    const size_t enc = lower.find("encoding");
    if (enc != std::string::npos && enc < close) {
      std::string label = LabelAt(lower, enc + 8);
      if (!label.empty()) return label;
    }
  }
  for (size_t pos = 0;
       (pos = FindLower(lower, "charset", pos)) != std::string::npos;
       pos += 7) {
    const size_t open = lower.rfind('<', pos);
    if (open == std::string::npos || lower.compare(open, 5, "<meta") != 0)
      continue;
    if (lower.find('>', open) < pos) continue;
    std::string label = LabelAt(lower, pos + 7);
    if (!label.empty()) return label;
  }
  return {};
}

DecodedHtml DecodeHtml(std::string_view bytes, std::string_view declared) {
  DecodedHtml out;
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) {
    out.how = "bom";
    FromUtf8(bytes.substr(3), &out);
    return out;
  }
  if (bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0) {
    out.how = "bom";
    const bool le = bytes[0] == '\xFF';
    if (Convert(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE", &out)) {
      out.charset = le ? "utf-16le" : "utf-16be";
      return out;
    }
  }
  Utf8Stats st = Measure(bytes);
  if (st.invalid > 0) st = Measure(bytes, /*count_letters=*/true);
  std::string charset;
  if (!declared.empty()) {
    charset = Canonical(std::string(declared));
    out.how = "declared";
  } else {
    charset = Canonical(SniffMetaCharset(bytes));
    out.how = "meta";
  }
  if (charset.empty()) {
    charset = Guess(st);
    out.how = "guessed";
  } else if (IsSingleByte(charset) && st.invalid == 0 && st.multibyte > 0) {
    charset = "utf-8";  // valid UTF-8 under an old label
    out.how = "guessed";
  } else if (charset == "utf-8" && st.invalid * 4 > st.high &&
             st.invalid > 8) {
    charset = Guess(st);  // mostly not UTF-8 after all
    out.how = "guessed";
  }
  if (charset == "utf-8") {
    if (st.invalid == 0) {
      out.charset = "utf-8";
      out.utf8.assign(bytes);  // valid already: no decoding pass
    } else {
      FromUtf8(bytes, &out);
    }
    return out;
  }
  if (Convert(bytes, charset, &out)) {
    // iconv's output is UTF-8; make sure of it.
    if (!IsValidUtf8(out.utf8)) {
      std::string fixed;
      RepairUtf8(out.utf8, &fixed);
      out.utf8 = std::move(fixed);
    }
    return out;
  }
  out.how = "guessed";  // iconv does not know the label
  charset = Guess(st);
  if (charset == "utf-8" || !Convert(bytes, charset, &out)) {
    FromUtf8(bytes, &out);
  }
  return out;
}

}  // namespace precis
