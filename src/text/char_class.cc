// Copyright 2026 The precis Authors.

#include "text/char_class.h"

#include <utf8proc.h>

namespace precis::text {

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return CharClass::kSpace;
    case 0xFFFD:
      return CharClass::kOther;
    case 0xAD:  // soft hyphen: web text hides it inside words ("inter-
                // national" wrapped in a narrow column); it joins, never
                // splits, and FoldCase drops it
      return CharClass::kLetter;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200B) return CharClass::kSpace;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunctuation;
    case UTF8PROC_CATEGORY_SC:
      return CharClass::kCurrency;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kSpace;
    default:
      return CharClass::kOther;
  }
}

bool IsUpperNonAscii(char32_t cp) {
  const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool IsLowerNonAscii(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) ==
         UTF8PROC_CATEGORY_LL;
}

char32_t Before(std::string_view s, size_t pos, size_t* len) {
  if (pos == 0 || pos > s.size()) {
    *len = 0;
    return 0;
  }
  // Back up over at most three continuation bytes to a lead byte, and accept
  // it only if it decodes to exactly the bytes up to pos.
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  char32_t cp;
  const size_t n = DecodeUtf8(s, start, &cp);
  if (start + n == pos) {
    *len = n;
    return cp;
  }
  *len = 1;
  return kReplacementChar;
}

}  // namespace precis::text
