// Copyright 2026 The precis Authors.
//
// precis extract: the article and metadata found in each web page.
// --format text prints a header block and the text per page; --format json
// prints one JSON object a page a line. A page without an article is
// reported on stderr with the reason (and, in JSON, with "error").

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "command.h"
#include "precis/html.h"

namespace precis::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> paths;
  std::string format = "text";
};

void PrintText(const ReadPage& r) {
  const WebPage& p = r.page;
  std::cout << "== " << r.id << "\n";
  auto line = [](const char* key, const std::string& value) {
    if (!value.empty()) std::cout << key << ": " << value << "\n";
  };
  line("Title", p.title);
  std::string authors;
  for (const std::string& a : p.authors) {
    authors += (authors.empty() ? "" : "; ") + a;
  }
  line("Authors", authors);
  line("Published", p.published);
  line("Modified", p.modified);
  line("Site", p.site_name);
  line("URL", p.url);
  line("Language", p.language);
  std::cout << "\n" << p.text << (p.text.empty() ? "" : "\n") << "\n";
}

void PrintJson(const ReadPage& r) {
  const WebPage& p = r.page;
  nlohmann::json j = {
      {"id", r.id},           {"origin", r.origin},
      {"title", p.title},     {"authors", p.authors},
      {"published", p.published}, {"modified", p.modified},
      {"site_name", p.site_name}, {"url", p.url},
      {"language", p.language},   {"description", p.description},
      {"charset", p.charset},     {"method", p.method},
      {"text", p.text}};
  if (p.text.empty()) j["error"] = p.empty_reason;
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
}

int RunExtract(const ExtractFlags& flags) {
  if (flags.format != "text" && flags.format != "json") {
    return ReportError(Status::InvalidArgument(
        "unknown --format '" + flags.format + "' (text, json)"));
  }
  Diagnostics diagnostics;
  auto pages = ReadWebPages(flags.paths, ReadOptions(), HtmlOptions(),
                            &diagnostics);
  PrintDiagnostics(diagnostics);
  if (!pages.ok()) return ReportError(pages.status());
  size_t with_text = 0;
  for (const ReadPage& r : *pages) {
    if (r.page.text.empty()) {
      std::cerr << "precis: " << r.origin << ": " << r.page.empty_reason
                << "\n";
    } else {
      ++with_text;
    }
    if (flags.format == "json") {
      PrintJson(r);
    } else if (!r.page.text.empty()) {
      PrintText(r);
    }
  }
  return with_text > 0 ? kExitOk : kExitBadInput;
}

}  // namespace

Runner SetupExtract(CLI::App* sub) {
  auto flags = std::make_shared<ExtractFlags>();
  sub->add_option("paths", flags->paths,
                  "HTML files (.html, .htm, .gz), directories of them, JSONL "
                  "files with an \"html\" field; - reads standard input")
      ->required();
  sub->add_option("--format", flags->format, "Output: text or json")
      ->capture_default_str();
  return [flags] { return RunExtract(*flags); };
}

}  // namespace precis::cli
