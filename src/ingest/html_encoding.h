// Copyright 2026 The precis Authors.
//
// The character encoding of a web page, and its conversion to UTF-8.

#ifndef PRECIS_INGEST_HTML_ENCODING_H_
#define PRECIS_INGEST_HTML_ENCODING_H_

#include <string>
#include <string_view>

namespace precis {

struct DecodedHtml {
  std::string utf8;      // valid UTF-8
  std::string charset;   // what was used: "utf-8", "windows-1252", ...
  std::string how;       // "bom", "meta", "declared", "guessed"
  size_t replaced = 0;   // bytes that could not be decoded (now U+FFFD)
};

// Decides the encoding as browsers do, in this order: a byte order mark;
// `declared` (a charset from an HTTP header or a JSONL field; may be
// empty); a <meta charset> or <meta http-equiv=content-type> (or an XML
// declaration) in the first 4 KiB; and else a guess: UTF-8 when the bytes
// are valid UTF-8, windows-1251 when they look Cyrillic, else windows-1252.
// Labels follow the WHATWG Encoding standard (latin1 and ascii mean
// windows-1252). Converts with iconv; an unknown label falls back to the
// guess. Total: any bytes give valid UTF-8.
DecodedHtml DecodeHtml(std::string_view bytes, std::string_view declared = {});

// The charset label declared in the markup ("" if none), lower case.
std::string SniffMetaCharset(std::string_view bytes);

}  // namespace precis

#endif  // PRECIS_INGEST_HTML_ENCODING_H_
