// Copyright 2026 The precis Authors.
//
// Fuzzes the HTML reader end to end: encoding sniffing and conversion,
// prescan, parsing, metadata and JSON-LD, content extraction. Checks the
// contract of ExtractWebPage: text or a reason, never both, and valid UTF-8.
//
//   html_fuzz -max_len=65536 -timeout=10 CORPUS_DIR

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/utf8.h"
#include "precis/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  precis::HtmlOptions options;
  options.min_article_bytes = 1;  // reach the paths that produce text
  const precis::WebPage page =
      precis::ExtractWebPage(bytes, "https://fuzz.example/2020/01/02/a", options);
  if (page.text.empty() == page.empty_reason.empty()) std::abort();
  for (const std::string* s : {&page.text, &page.title, &page.site_name,
                               &page.url, &page.description}) {
    if (!precis::IsValidUtf8(*s)) std::abort();
  }
  for (const std::string& a : page.authors) {
    if (!precis::IsValidUtf8(a)) std::abort();
  }
  return 0;
}
