// Copyright 2026 The precis Authors.
//
// ExtractWebPage: decode, prescan, parse, read metadata, find the content;
// and the readers for files, directories and JSONL lines of pages.

#include "ingest/html_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <utility>

#include "base/file.h"
#include "base/utf8.h"
#include "ingest/html_blocks.h"
#include "ingest/html_content.h"
#include "ingest/html_encoding.h"
#include "ingest/html_metadata.h"
#include "ingest/html_parser.h"
#include "ingest/html_prescan.h"
#include "ingest/jsonl_reader.h"
#include "ingest/line_reader.h"

namespace precis {
namespace fs = std::filesystem;
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// articleBody as text: it is plain text with line breaks on most sites, and
// HTML on some.
std::string JsonLdBodyText(const std::string& body) {
  if (body.find('<') != std::string::npos && body.find('>') != std::string::npos) {
    const PrescanResult pre = Prescan(body);
    const HtmlDocument doc = ParseHtml(pre.html);
    return JoinBlocks(CollectBlocks(doc, {0}, {}));
  }
  // Paragraphs are separated by line breaks; collapse other whitespace.
  std::string out;
  bool space = false;
  size_t newlines = 0;
  for (char c : body) {
    if (c == '\n') {
      ++newlines;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (!out.empty()) {
      if (newlines > 0) {
        out.append("\n\n");
      } else if (space) {
        out.push_back(' ');
      }
    }
    newlines = 0;
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string FileId(const std::string& file) {
  return file == "-" ? "stdin" : FileStem(file);
}

std::string ExtensionOf(std::string_view path) {
  fs::path p{std::string(path)};
  if (Lower(p.extension().string()) == ".gz") p = p.stem();
  return Lower(p.extension().string());
}

bool IsJsonlPath(std::string_view path) {
  const std::string ext = ExtensionOf(path);
  return ext == ".jsonl" || ext == ".json" || ext == ".ndjson";
}

}  // namespace

WebPage ExtractWebPage(std::string_view bytes, std::string_view url,
                       const HtmlOptions& options) {
  WebPage page;
  page.url = std::string(url);
  if (IsBlank(bytes)) {
    page.empty_reason = "empty page";
    return page;
  }
  DecodedHtml decoded = DecodeHtml(bytes);
  page.charset = decoded.charset;
  PrescanOptions pre_options;
  pre_options.max_depth = options.max_depth;
  const PrescanResult pre = Prescan(decoded.utf8, pre_options);
  decoded.utf8.clear();
  decoded.utf8.shrink_to_fit();
  const HtmlDocument doc = ParseHtml(pre.html);
  const JsonLdArticle ld = ReadJsonLd(pre.json_ld);
  ReadMetadata(doc, ld, url, &page);

  HtmlContent content = ExtractContent(doc);
  page.text = std::move(content.text);
  page.method = std::move(content.method);
  if (!ld.body.empty()) {
    std::string body = JsonLdBodyText(ld.body);
    // The page's own copy is preferred (it keeps headings and lists) unless
    // the DOM gave much less than the publisher's structured copy.
    if (body.size() > 2 * page.text.size() + 100) {
      page.text = std::move(body);
      page.method = "json-ld";
    }
  }
  if (page.text.size() < options.min_article_bytes) {
    page.empty_reason =
        page.text.empty()
            ? "no article found: the page has no text outside navigation "
              "and boilerplate"
            : "no article found: the best candidate holds only " +
                  std::to_string(page.text.size()) + " bytes (a home, index "
                  "or error page?)";
    page.text.clear();
  }
  if (pre.dropped_deep_tags > 0 && !page.empty_reason.empty()) {
    page.empty_reason += "; nesting deeper than " +
                         std::to_string(options.max_depth) + " was flattened";
  }
  return page;
}

Article ToArticle(const WebPage& page, std::string id, std::string origin) {
  Article a;
  a.id = std::move(id);
  a.title = page.title;
  a.source = page.site_name;
  a.url = page.url;
  a.published = page.published;
  a.text = page.text;
  a.body_begin = 0;
  a.origin = std::move(origin);
  return a;
}

bool IsHtmlPath(std::string_view path) {
  const std::string ext = ExtensionOf(path);
  return ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml";
}

bool LooksLikeHtml(std::string_view bytes) {
  if (bytes.rfind("\xFF\xFE<", 0) == 0 || bytes.rfind("\xFE\xFF\0<", 0) == 0)
    return true;
  SkipByteOrderMark(&bytes);
  for (int guard = 0; guard < 64; ++guard) {
    const size_t start = bytes.find_first_not_of(" \t\r\n\f");
    if (start == std::string_view::npos) return false;
    bytes.remove_prefix(start);
    if (bytes.rfind("<!--", 0) == 0) {
      const size_t end = bytes.find("-->");
      if (end == std::string_view::npos) return false;
      bytes.remove_prefix(end + 3);
      continue;
    }
    if (bytes.rfind("<?xml", 0) == 0) {
      const size_t end = bytes.find("?>");
      if (end == std::string_view::npos) return false;
      bytes.remove_prefix(end + 2);
      continue;
    }
    const std::string head = Lower(bytes.substr(0, 14));
    return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 ||
           head.rfind("<head", 0) == 0 || head.rfind("<body", 0) == 0;
  }
  return false;
}

bool LooksBinaryHtml(std::string_view bytes) {
  if (bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0)
    return false;
  return LooksBinary(bytes);
}

ReadPage ReadHtmlBytes(std::string_view bytes, const std::string& file,
                       const HtmlOptions& options) {
  ReadPage r;
  r.origin = file;
  r.id = FileId(file);
  r.page = ExtractWebPage(bytes, {}, options);
  return r;
}

Result<std::optional<ReadPage>> ParseHtmlJsonlLine(
    std::string_view line, const std::string& file, size_t line_number,
    const HtmlOptions& options) {
  using Json = nlohmann::json;
  const std::string where = file + ":" + std::to_string(line_number);
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::BadInput(where + ": malformed JSON");
  if (!j.is_object()) return std::optional<ReadPage>();
  const auto html = j.find("html");
  if (html == j.end() || html->is_null()) return std::optional<ReadPage>();
  if (!html->is_string()) {
    return Status::BadInput(where + ": field \"html\" should be a string");
  }
  auto str = [&j](const char* key) {
    const auto it = j.find(key);
    if (it == j.end()) return std::string();
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number()) return it->dump();
    return std::string();
  };
  ReadPage r;
  r.origin = where;
  r.id = str("id");
  if (r.id.empty()) r.id = FileId(file) + "-" + std::to_string(line_number);
  const std::string& bytes = html->get_ref<const std::string&>();
  const std::string url = str("url");
  r.page = ExtractWebPage(bytes, url, options);
  if (const std::string title = str("title"); !title.empty()) r.page.title = title;
  return std::optional<ReadPage>(std::move(r));
}

namespace {

class PageGatherer {
 public:
  PageGatherer(const ReadOptions& read_options, const HtmlOptions& options,
               Diagnostics* diagnostics)
      : read_options_(read_options),
        options_(options),
        diagnostics_(diagnostics) {}

  Status AddPath(const std::string& path) {
    if (path != "-" && IsDirectory(path)) return AddDirectory(path);
    return AddFile(path, /*lenient=*/false);
  }

  std::vector<ReadPage> Take() { return std::move(pages_); }

 private:
  Status AddDirectory(const std::string& dir) {
    PRECIS_ASSIGN_OR_RETURN(std::vector<std::string> files, ListFiles(dir));
    const size_t before = pages_.size();
    for (const std::string& file : files) {
      const std::string name = fs::path(file).filename().string();
      if (name.empty() || name[0] == '.') continue;
      if (!IsHtmlPath(file) && !IsJsonlPath(file)) {
        diagnostics_->Note(file, 0, "skipped: not .html, .htm or .jsonl");
        continue;
      }
      PRECIS_RETURN_IF_ERROR(AddFile(file, /*lenient=*/true));
    }
    if (pages_.size() == before) {
      return Status::BadInput(dir + ": no web pages in this directory");
    }
    return Status::OK();
  }

  Result<std::string> Load(const std::string& path) {
    if (path != "-" && IsGzipPath(path)) {
      return ReadGzipFile(path, read_options_.max_file_bytes);
    }
    if (path != "-") {
      std::error_code ec;
      const auto size = fs::file_size(path, ec);
      if (!ec && size > read_options_.max_file_bytes) {
        return Status::BadInput(path + ": larger than the limit of " +
                                std::to_string(read_options_.max_file_bytes) +
                                " bytes");
      }
    }
    return ReadFile(path);
  }

  Status Unusable(const std::string& path, const std::string& what,
                  bool lenient) {
    if (!lenient) return Status::BadInput(path + ": " + what);
    diagnostics_->Warn(path, 0, what + "; skipped");
    return Status::OK();
  }

  Status AddFile(const std::string& path, bool lenient) {
    PRECIS_ASSIGN_OR_RETURN(std::string bytes, Load(path));
    if (IsBlank(bytes)) return Unusable(path, "file is empty", lenient);
    if (LooksBinaryHtml(bytes)) {
      return Unusable(path, "looks like a binary file, not HTML", lenient);
    }
    const bool jsonl = IsJsonlPath(path) ||
                       (!IsHtmlPath(path) && LooksLikeJsonl(bytes));
    if (!jsonl) {
      pages_.push_back(ReadHtmlBytes(bytes, path, options_));
      return Status::OK();
    }
    auto lines = LinesOfBuffer(bytes);
    std::string_view line;
    for (;;) {
      PRECIS_ASSIGN_OR_RETURN(const bool more, lines->Next(&line));
      if (!more) return Status::OK();
      if (IsBlank(line)) continue;
      PRECIS_ASSIGN_OR_RETURN(
          std::optional<ReadPage> page,
          ParseHtmlJsonlLine(line, path, lines->line_number(), options_));
      if (!page) {
        diagnostics_->Warn(path, lines->line_number(),
                           "no \"html\" field; skipped");
        continue;
      }
      pages_.push_back(std::move(*page));
    }
  }

  const ReadOptions& read_options_;
  const HtmlOptions& options_;
  Diagnostics* diagnostics_;
  std::vector<ReadPage> pages_;
};

}  // namespace

Result<std::vector<ReadPage>> ReadWebPages(const std::vector<std::string>& paths,
                                           const ReadOptions& read_options,
                                           const HtmlOptions& options,
                                           Diagnostics* diagnostics) {
  if (paths.empty()) return Status::InvalidArgument("no input paths");
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    return Status::InvalidArgument("standard input ('-') given twice");
  }
  Diagnostics dropped;
  PageGatherer g(read_options, options,
                 diagnostics != nullptr ? diagnostics : &dropped);
  for (const std::string& path : paths) PRECIS_RETURN_IF_ERROR(g.AddPath(path));
  return g.Take();
}

}  // namespace precis
