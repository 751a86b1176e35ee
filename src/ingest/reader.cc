// Copyright 2026 The precis Authors.
//
// ReadClusters and OpenClusterStream: which reader reads which file, and
// what happens to files that cannot be read (see reader.h).

#include "precis/reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <utility>

#include "base/file.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/line_reader.h"
#include "ingest/multinews_reader.h"
#include "ingest/text_reader.h"
#include "ingest/unique_ids.h"
#include "precis/html.h"

namespace precis {
namespace fs = std::filesystem;
namespace {

std::string Lower(std::string s) {
  for (char& c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The extension that tells the format: ".txt" for "a/b.txt" and "b.TXT.gz",
// "" for none.
std::string FormatExtension(const std::string& path) {
  fs::path p(path);
  if (Lower(p.extension().string()) == ".gz") p = p.stem();
  return Lower(p.extension().string());
}

InputFormat FormatByExtension(const std::string& path) {
  const std::string ext = FormatExtension(path);
  if (ext == ".txt") return InputFormat::kText;
  if (ext == ".src") return InputFormat::kMultiNews;
  if (ext == ".json" || ext == ".jsonl" || ext == ".ndjson") {
    return InputFormat::kJsonl;
  }
  if (IsHtmlPath(path)) return InputFormat::kHtml;
  return InputFormat::kAuto;
}

InputFormat FormatByContent(std::string_view bytes) {
  if (LooksLikeHtml(bytes)) return InputFormat::kHtml;
  if (LooksLikeJsonl(bytes)) return InputFormat::kJsonl;
  if (LooksLikeMultiNews(bytes)) return InputFormat::kMultiNews;
  return InputFormat::kText;
}

InputFormat ResolveFormat(const std::string& path, std::string_view bytes,
                          const ReadOptions& options) {
  if (options.format != InputFormat::kAuto) return options.format;
  const InputFormat by_ext = FormatByExtension(path);
  if (by_ext == InputFormat::kText && LooksLikeMultiNews(bytes)) {
    return InputFormat::kMultiNews;
  }
  if (by_ext == InputFormat::kText && LooksLikeHtml(bytes)) {
    return InputFormat::kHtml;  // a saved page named .txt
  }
  return by_ext != InputFormat::kAuto ? by_ext : FormatByContent(bytes);
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

bool IsHidden(const fs::path& relative) {
  for (const fs::path& part : relative) {
    const std::string name = part.string();
    if (!name.empty() && name[0] == '.' && name != "." && name != "..") {
      return true;
    }
  }
  return false;
}

std::string DirectoryName(const std::string& dir) {
  fs::path p = fs::path(dir).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();  // "dir/" -> "dir"
  std::string name = p.filename().string();
  if (name.empty() || name == ".") {
    std::error_code ec;
    name = fs::absolute(p, ec).filename().string();
  }
  return name.empty() ? "input" : name;
}

// Gathers what the inputs hold. A problem with a file is an error, or, for
// a file found in a directory (`lenient`), a warning and a skip.
class Gatherer {
 public:
  Gatherer(const ReadOptions& options, Diagnostics* diagnostics)
      : options_(options), diagnostics_(diagnostics) {}

  Status AddPath(const std::string& path) {
    if (path != "-" && IsDirectory(path)) return AddDirectory(path);
    return AddFile(path, /*lenient=*/false);
  }

  Status AddStream(std::istream& in, const std::string& name) {
    PRECIS_ASSIGN_OR_RETURN(std::string bytes, ReadStream(in, name));
    if (bytes.size() > options_.max_file_bytes) return TooLarge(name);
    return AddBytes(bytes, name, /*lenient=*/false);
  }

  // The clusters read, the gathered one first, with unique ids. `origin`
  // names the input in the gathered cluster and in diagnostics.
  Result<std::vector<Cluster>> Finish(std::string gathered_id,
                                      const std::string& origin) {
    std::vector<Cluster> out;
    if (!gathered_.empty()) {
      out.push_back(Gathered(std::move(gathered_id), origin));
    }
    for (Cluster& c : clusters_) out.push_back(std::move(c));
    std::vector<std::string*> ids;
    for (Cluster& c : out) ids.push_back(&c.id);
    const size_t renamed = MakeUnique(std::move(ids));
    if (renamed > 0) {
      diagnostics_->Note(
          origin, 0,
          "renamed " + std::to_string(renamed) + " repeated cluster id(s)");
    }
    if (out.empty()) return Status::BadInput(origin + ": no articles");
    return out;
  }

 private:
  Cluster Gathered(std::string id, const std::string& origin) {
    Cluster c;
    c.id = std::move(id);
    c.origin = origin;
    c.articles = std::move(gathered_);
    const size_t renamed = MakeIdsUnique(&c.articles);
    if (renamed > 0) {
      diagnostics_->Note(
          origin, 0,
          "renamed " + std::to_string(renamed) + " repeated article id(s)");
    }
    return c;
  }

  Status AddDirectory(const std::string& dir) {
    PRECIS_ASSIGN_OR_RETURN(std::vector<std::string> files, ListFiles(dir));
    const size_t before = Count();
    for (const std::string& file : files) {
      const fs::path relative = fs::path(file).lexically_relative(dir);
      if (IsHidden(relative)) continue;
      if (options_.format == InputFormat::kAuto &&
          FormatByExtension(file) == InputFormat::kAuto) {
        diagnostics_->Note(file, 0,
                           "skipped: not .txt, .src, .json, .jsonl, .ndjson, .html "
                           "or .htm");
        continue;
      }
      PRECIS_RETURN_IF_ERROR(AddFile(file, /*lenient=*/true));
    }
    if (Count() == before) {
      return Status::BadInput(dir + ": no articles in this directory (" +
                              std::to_string(files.size()) +
                              " file(s); readable ones end in "
                              ".txt, .src, .json, .jsonl, .ndjson, .html "
                              "or .htm)");
    }
    return Status::OK();
  }

  Status AddFile(const std::string& path, bool lenient) {
    PRECIS_ASSIGN_OR_RETURN(std::string bytes, Load(path));
    return AddBytes(bytes, path, lenient);
  }

  Result<std::string> Load(const std::string& path) {
    if (path != "-") {
      std::error_code ec;
      const auto size = fs::file_size(path, ec);
      if (!ec && size > options_.max_file_bytes && !IsGzipPath(path)) {
        return TooLarge(path);
      }
      if (IsGzipPath(path)) return ReadGzipFile(path, options_.max_file_bytes);
    }
    PRECIS_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
    if (bytes.size() > options_.max_file_bytes) return TooLarge(path);
    return bytes;
  }

  Status TooLarge(const std::string& path) const {
    return Status::BadInput(path + ": larger than the limit of " +
                            std::to_string(options_.max_file_bytes) + " bytes");
  }

  // A problem that skips the file in a directory and fails otherwise.
  Status Unusable(const std::string& path, const std::string& what,
                  bool lenient) {
    if (!lenient) return Status::BadInput(path + ": " + what);
    diagnostics_->Warn(path, 0, what + "; skipped");
    return Status::OK();
  }

  Status AddBytes(std::string_view bytes, const std::string& path,
                  bool lenient) {
    if (IsBlank(bytes)) return Unusable(path, "file is empty", lenient);
    const InputFormat format = ResolveFormat(path, bytes, options_);
    if (format == InputFormat::kHtml ? LooksBinaryHtml(bytes)
                                     : LooksBinary(bytes)) {
      return Unusable(path, "looks like a binary file, not text", lenient);
    }
    const size_t before = Count();
    switch (format) {
      case InputFormat::kHtml:
        AddHtml(ReadHtmlBytes(bytes, path, HtmlOptions()));
        break;
      case InputFormat::kJsonl:
        PRECIS_RETURN_IF_ERROR(AddJsonl(bytes, path));
        break;
      case InputFormat::kMultiNews:
        PRECIS_RETURN_IF_ERROR(AddMultiNews(bytes, path));
        break;
      default:
        AddText(bytes, path);
        break;
    }
    if (Count() > before) return Status::OK();
    return Unusable(path, "no article text in this file", lenient);
  }

  void AddText(std::string_view bytes, const std::string& path) {
    const std::string id = path == "-" ? "stdin" : FileStem(path);
    Article a = ParseTextArticle(bytes, id, path, path, diagnostics_);
    if (IsBlank(std::string_view(a.text).substr(a.body_begin))) return;
    gathered_.push_back(std::move(a));
  }

  // The page's article joins the gathered cluster; a page without one is
  // reported with the reason.
  void AddHtml(ReadPage page) {
    if (page.page.text.empty()) {
      diagnostics_->Warn(page.origin, 0, page.page.empty_reason);
      return;
    }
    gathered_.push_back(ToArticle(page.page, std::move(page.id),
                                  std::move(page.origin)));
  }

  Status AddJsonl(std::string_view bytes, const std::string& path) {
    auto lines = LinesOfBuffer(bytes);
    std::string_view line;
    for (;;) {
      PRECIS_ASSIGN_OR_RETURN(const bool more, lines->Next(&line));
      if (!more) return Status::OK();
      if (line.find("\"html\"") != std::string_view::npos) {
        PRECIS_ASSIGN_OR_RETURN(
            std::optional<ReadPage> page,
            ParseHtmlJsonlLine(line, path, lines->line_number(),
                               HtmlOptions()));
        if (page) {
          AddHtml(std::move(*page));
          continue;
        }
      }
      auto record =
          ParseJsonlLine(line, path, lines->line_number(), diagnostics_);
      if (!record.ok()) return WithJsonHint(record.status(), path);
      if (auto* a = std::get_if<Article>(&*record)) {
        gathered_.push_back(std::move(*a));
      } else if (auto* c = std::get_if<Cluster>(&*record)) {
        clusters_.push_back(std::move(*c));
      }
    }
  }

  // A ".json" file that fails is most likely one pretty-printed document.
  static Status WithJsonHint(const Status& status, const std::string& path) {
    if (FormatExtension(path) != ".json") return status;
    return Status(
        status.code(),
        status.message() + " (precis reads JSON Lines: one object a line)");
  }

  Status AddMultiNews(std::string_view bytes, const std::string& path) {
    PRECIS_ASSIGN_OR_RETURN(auto summaries,
                            MultiNewsSummaries::OpenBeside(path, diagnostics_));
    auto lines = LinesOfBuffer(bytes);
    std::string_view line;
    for (;;) {
      PRECIS_ASSIGN_OR_RETURN(const bool more, lines->Next(&line));
      if (!more) return Status::OK();
      if (IsBlank(line)) continue;
      Cluster c =
          ParseMultiNewsLine(line, path, lines->line_number(), diagnostics_);
      if (summaries != nullptr) {
        PRECIS_ASSIGN_OR_RETURN(std::string summary,
                                summaries->At(lines->line_number()));
        if (!summary.empty()) c.references.push_back(std::move(summary));
      }
      if (c.articles.empty()) {
        diagnostics_->Warn(path, lines->line_number(),
                           "line has no documents; skipped");
        continue;
      }
      clusters_.push_back(std::move(c));
    }
  }

  size_t Count() const { return gathered_.size() + clusters_.size(); }

  const ReadOptions& options_;
  Diagnostics* diagnostics_;
  std::vector<Article> gathered_;
  std::vector<Cluster> clusters_;
};

// Streams clusters from a LineReader; decides the format at the first
// non-blank line when it is not known.
class LineClusterStream : public ClusterStream {
 public:
  LineClusterStream(std::unique_ptr<LineReader> lines, std::string name,
                    InputFormat format, Diagnostics* diagnostics)
      : lines_(std::move(lines)),
        name_(std::move(name)),
        format_(format),
        diagnostics_(diagnostics != nullptr ? diagnostics : &dropped_) {}

  // References for Multi-News lines, from the .tgt beside the .src.
  void set_summaries(std::unique_ptr<MultiNewsSummaries> summaries) {
    summaries_ = std::move(summaries);
  }
  Diagnostics* diagnostics() const { return diagnostics_; }

  Result<bool> Next(Cluster* cluster) override {
    std::string_view line;
    for (;;) {
      PRECIS_ASSIGN_OR_RETURN(const bool more, lines_->Next(&line));
      if (!more) return End();
      if (IsBlank(line)) continue;
      const size_t n = lines_->line_number();
      if (!checked_) PRECIS_RETURN_IF_ERROR(CheckFirstLine(line));
      PRECIS_ASSIGN_OR_RETURN(const bool got, Parse(line, n, cluster));
      if (got) {
        ++count_;
        return true;
      }
    }
  }

 private:
  Status CheckFirstLine(std::string_view line) {
    checked_ = true;
    if (LooksBinary(line)) {
      return Status::BadInput(name_ + ": looks like a binary file, not text");
    }
    if (format_ != InputFormat::kAuto) return Status::OK();
    format_ = FormatByContent(line);
    if (format_ == InputFormat::kText || format_ == InputFormat::kHtml) {
      return Status::BadInput(
          name_ + ":" + std::to_string(lines_->line_number()) +
          ": not a cluster-per-line file (neither a JSON object nor "
          "Multi-News documents separated by |||||); force the format to "
          "read it anyway");
    }
    return Status::OK();
  }

  Result<bool> Parse(std::string_view line, size_t n, Cluster* cluster) {
    if (format_ == InputFormat::kMultiNews) {
      *cluster = ParseMultiNewsLine(line, name_, n, diagnostics_);
      if (summaries_ != nullptr) {
        PRECIS_ASSIGN_OR_RETURN(std::string summary, summaries_->At(n));
        if (!summary.empty()) cluster->references.push_back(std::move(summary));
      }
      if (!cluster->articles.empty()) return true;
      diagnostics_->Warn(name_, n, "line has no documents; skipped");
      return false;
    }
    PRECIS_ASSIGN_OR_RETURN(JsonlRecord record,
                            ParseJsonlLine(line, name_, n, diagnostics_));
    if (std::holds_alternative<Article>(record)) {
      return Status::BadInput(
          name_ + ":" + std::to_string(n) +
          ": an article (no \"documents\"), not a cluster; streams read one "
          "cluster a line (read article-per-line files whole)");
    }
    if (auto* c = std::get_if<Cluster>(&record)) {
      *cluster = std::move(*c);
      return true;
    }
    return false;
  }

  Result<bool> End() {
    if (count_ == 0 && !ended_) {
      ended_ = true;
      return Status::BadInput(name_ + (checked_ ? ": no clusters in this file"
                                                : ": file is empty"));
    }
    return false;
  }

  std::unique_ptr<LineReader> lines_;
  std::unique_ptr<MultiNewsSummaries> summaries_;  // may be null
  std::string name_;
  InputFormat format_;
  Diagnostics dropped_;
  Diagnostics* diagnostics_;
  bool checked_ = false;  // the first non-blank line was looked at
  bool ended_ = false;
  size_t count_ = 0;
};

Result<InputFormat> StreamFormat(const std::string& name,
                                 const ReadOptions& options) {
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = FormatByExtension(name);
  if (format == InputFormat::kHtml) {
    return Status::InvalidArgument(
        name + ": an HTML file holds one page; only JSONL and Multi-News "
               "files can be streamed");
  }
  if (format == InputFormat::kText) {
    if (options.format == InputFormat::kText) {
      return Status::InvalidArgument(
          name +
          ": text files hold one article; only JSONL and Multi-News "
          "files can be streamed");
    }
    format = InputFormat::kAuto;  // a .txt: decide from the content
  }
  return format;
}

}  // namespace

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  const std::string n = Lower(std::string(name));
  if (n == "auto")
    *format = InputFormat::kAuto;
  else if (n == "text" || n == "txt")
    *format = InputFormat::kText;
  else if (n == "multinews" || n == "multi-news")
    *format = InputFormat::kMultiNews;
  else if (n == "jsonl" || n == "json")
    *format = InputFormat::kJsonl;
  else if (n == "html" || n == "htm")
    *format = InputFormat::kHtml;
  else
    return false;
  return true;
}

Result<std::vector<Cluster>> ReadClusters(const std::vector<std::string>& paths,
                                          const ReadOptions& options,
                                          Diagnostics* diagnostics) {
  if (paths.empty()) return Status::InvalidArgument("no input paths");
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    return Status::InvalidArgument("standard input ('-') given twice");
  }
  Diagnostics dropped;
  Gatherer gatherer(options, diagnostics != nullptr ? diagnostics : &dropped);
  for (const std::string& path : paths) {
    PRECIS_RETURN_IF_ERROR(gatherer.AddPath(path));
  }
  const bool one_dir =
      paths.size() == 1 && paths[0] != "-" && IsDirectory(paths[0]);
  return gatherer.Finish(one_dir ? DirectoryName(paths[0]) : "input",
                         paths.size() == 1 ? paths[0] : "input");
}

Result<std::vector<Cluster>> ReadClusters(std::istream& in,
                                          const std::string& name,
                                          const ReadOptions& options,
                                          Diagnostics* diagnostics) {
  Diagnostics dropped;
  Gatherer gatherer(options, diagnostics != nullptr ? diagnostics : &dropped);
  PRECIS_RETURN_IF_ERROR(gatherer.AddStream(in, name));
  return gatherer.Finish("input", name);
}

namespace {

// The cluster-per-line format (kMultiNews or kJsonl) whose cluster `line`,
// the first non-blank line of input `name`, is; kAuto when it is none.
InputFormat ClusterPerLineFormat(std::string_view line,
                                 const std::string& name,
                                 const ReadOptions& options) {
  auto format = StreamFormat(name, options);
  if (!format.ok() || IsBlank(line) || LooksBinary(line)) {
    return InputFormat::kAuto;
  }
  // A .txt is text unless it holds Multi-News, as ReadClusters decides.
  if (options.format == InputFormat::kAuto &&
      FormatByExtension(name) == InputFormat::kText) {
    return LooksLikeMultiNews(line) ? InputFormat::kMultiNews
                                    : InputFormat::kAuto;
  }
  InputFormat f = *format;
  if (f == InputFormat::kAuto) f = FormatByContent(line);
  if (f == InputFormat::kMultiNews) return f;
  if (f != InputFormat::kJsonl) return InputFormat::kAuto;
  Diagnostics ignored;
  auto record = ParseJsonlLine(line, name, 1, &ignored);
  return record.ok() && std::holds_alternative<Cluster>(*record)
             ? InputFormat::kJsonl
             : InputFormat::kAuto;
}

}  // namespace

bool StartsClusterPerLine(std::string_view line, const std::string& name,
                          const ReadOptions& options) {
  return ClusterPerLineFormat(line, name, options) != InputFormat::kAuto;
}

bool IsClusterPerLineFile(const std::string& path,
                          const ReadOptions& options) {
  // Only a regular file can be read twice (a pipe, /dev/stdin or a FIFO
  // would lose what the first look read).
  std::error_code ec;
  if (path == "-" || !fs::is_regular_file(path, ec) || ec) return false;
  auto lines = OpenLines(path);
  if (!lines.ok()) return false;
  std::string_view line;
  for (;;) {
    auto more = (*lines)->Next(&line);
    if (!more.ok() || !*more) return false;
    if (!IsBlank(line)) break;
  }
  const InputFormat format = ClusterPerLineFormat(line, path, options);
  if (format == InputFormat::kAuto) return false;
  if (format == InputFormat::kMultiNews) return true;  // clusters only
  // JSONL may mix article and page lines with clusters, which ReadClusters
  // gathers into a cluster of their own (first) and a stream refuses: one
  // pass over the lines, without parsing, makes sure every line names
  // "documents" and none "html".
  for (;;) {
    if (!IsBlank(line) &&
        (line.find("\"documents\"") == std::string_view::npos ||
         line.find("\"html\"") != std::string_view::npos)) {
      return false;
    }
    auto more = (*lines)->Next(&line);
    if (!more.ok()) return false;
    if (!*more) return true;
  }
}

Result<std::unique_ptr<ClusterStream>> OpenClusterStream(
    const std::string& path, const ReadOptions& options,
    Diagnostics* diagnostics) {
  if (path != "-" && IsDirectory(path)) {
    return Status::InvalidArgument(
        path + ": is a directory; streams read one cluster-per-line file");
  }
  PRECIS_ASSIGN_OR_RETURN(const InputFormat format,
                          StreamFormat(path, options));
  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<LineReader> lines, OpenLines(path));
  auto stream = std::make_unique<LineClusterStream>(std::move(lines), path,
                                                    format, diagnostics);
  if (format != InputFormat::kJsonl) {
    PRECIS_ASSIGN_OR_RETURN(auto summaries, MultiNewsSummaries::OpenBeside(
                                                path, stream->diagnostics()));
    stream->set_summaries(std::move(summaries));
  }
  return std::unique_ptr<ClusterStream>(std::move(stream));
}

Result<std::unique_ptr<ClusterStream>> OpenClusterStream(
    std::istream& in, const std::string& name, const ReadOptions& options,
    Diagnostics* diagnostics) {
  PRECIS_ASSIGN_OR_RETURN(const InputFormat format,
                          StreamFormat(name, options));
  return std::unique_ptr<ClusterStream>(std::make_unique<LineClusterStream>(
      LinesOfStream(in, name), name, format, diagnostics));
}

}  // namespace precis
