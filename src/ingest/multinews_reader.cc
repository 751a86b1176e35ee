// Copyright 2026 The precis Authors.

#include "ingest/multinews_reader.h"

#include <filesystem>

#include "base/utf8.h"

namespace precis {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string DecodeMultiNewsDocument(std::string_view document) {
  document = Trim(document);
  std::string out;
  out.reserve(document.size());
  size_t pos = 0;
  while (pos < document.size()) {
    const size_t marker = document.find(kMultiNewsNewline, pos);
    const size_t end =
        marker == std::string_view::npos ? document.size() : marker;
    out.append(document.substr(pos, end - pos));
    if (marker == std::string_view::npos) break;
    while (!out.empty() && IsBlank(out.back())) out.pop_back();
    out.push_back('\n');
    pos = marker + kMultiNewsNewline.size();
    while (pos < document.size() && IsBlank(document[pos])) ++pos;
  }
  const std::string_view trimmed = Trim(out);
  if (trimmed.size() != out.size()) {
    out = std::string(trimmed);
  }
  return out;
}

Cluster ParseMultiNewsLine(std::string_view line, const std::string& file,
                           size_t line_number, Diagnostics* diagnostics) {
  std::string repaired;
  const size_t bad = RepairUtf8(line, &repaired);
  if (bad > 0) {
    diagnostics->Warn(file, line_number,
                      "replaced " + std::to_string(bad) +
                          " invalid UTF-8 byte(s) with U+FFFD");
  }
  Cluster cluster;
  cluster.id = file + ":" + std::to_string(line_number);
  cluster.origin = cluster.id;
  const std::string_view rest_all = repaired;
  size_t pos = 0, empty = 0;
  for (size_t n = 1;; ++n) {
    const size_t sep = rest_all.find(kMultiNewsSeparator, pos);
    const size_t end = sep == std::string_view::npos ? rest_all.size() : sep;
    std::string text = DecodeMultiNewsDocument(rest_all.substr(pos, end - pos));
    if (text.empty()) {
      ++empty;
    } else {
      Article a;
      a.id = cluster.id + "-" + std::to_string(n);
      a.origin = cluster.origin;
      a.text = std::move(text);
      cluster.articles.push_back(std::move(a));
    }
    if (sep == std::string_view::npos) break;
    pos = sep + kMultiNewsSeparator.size();
  }
  if (empty > 0 && !cluster.articles.empty()) {
    diagnostics->Note(
        file, line_number,
        "skipped " + std::to_string(empty) + " empty document(s)");
  }
  return cluster;
}

Result<std::unique_ptr<MultiNewsSummaries>> MultiNewsSummaries::OpenBeside(
    const std::string& src_path, Diagnostics* diagnostics) {
  std::string tgt;
  for (const std::string_view ext : {".src", ".src.gz"}) {
    if (src_path.size() > ext.size() &&
        src_path.compare(src_path.size() - ext.size(), ext.size(), ext) == 0) {
      tgt = src_path.substr(0, src_path.size() - ext.size()) + ".tgt" +
            std::string(ext.substr(4));
    }
  }
  std::error_code ec;
  if (tgt.empty() || !std::filesystem::is_regular_file(tgt, ec)) {
    return std::unique_ptr<MultiNewsSummaries>();
  }
  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<LineReader> lines, OpenLines(tgt));
  diagnostics->Note(src_path, 0, "references from " + tgt);
  return std::unique_ptr<MultiNewsSummaries>(
      new MultiNewsSummaries(std::move(lines), tgt, diagnostics));
}

Result<std::string> MultiNewsSummaries::At(size_t line_number) {
  std::string_view line;
  bool found = false;
  while (!done_ && lines_->line_number() < line_number) {
    PRECIS_ASSIGN_OR_RETURN(const bool more, lines_->Next(&line));
    if (!more) {
      done_ = true;
      diagnostics_->Warn(path_, 0,
                         "has no line " + std::to_string(line_number) +
                             "; later clusters get no reference");
    }
    found = more && lines_->line_number() == line_number;
  }
  if (!found) return std::string();
  std::string repaired;
  if (RepairUtf8(line, &repaired) > 0) {
    diagnostics_->Warn(path_, line_number,
                       "replaced invalid UTF-8 byte(s) with U+FFFD");
  }
  std::string summary = DecodeMultiNewsDocument(repaired);
  constexpr std::string_view kDash = "\xE2\x80\x93 ";  // "– "
  if (summary.compare(0, kDash.size(), kDash) == 0) {
    summary.erase(0, kDash.size());
  }
  return summary;
}

bool LooksLikeMultiNews(std::string_view bytes) {
  return bytes.find(kMultiNewsSeparator) != std::string_view::npos ||
         bytes.find(kMultiNewsNewline) != std::string_view::npos;
}

}  // namespace precis
