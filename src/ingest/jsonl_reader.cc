// Copyright 2026 The precis Authors.

#include "ingest/jsonl_reader.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "base/file.h"
#include "base/utf8.h"
#include "ingest/published_date.h"
#include "ingest/unique_ids.h"

namespace precis {
namespace {

using Json = nlohmann::json;

// Where in the input a value sits, for messages: "file:line" and, inside a
// cluster, "documents[2]".
struct Where {
  const std::string& file;
  size_t line;
  std::string field_prefix;  // "" or "documents[2]."

  std::string At() const { return file + ":" + std::to_string(line); }
  Status Error(const std::string& what) const {
    return Status::BadInput(At() + ": " + what);
  }
};

// Default ids start with the file's stem; standard input is "stdin".
std::string StemOf(const std::string& file) {
  return file == "-" ? "stdin" : FileStem(file);
}

const char* TypeName(const Json& v) {
  return v.type_name();  // "object", "array", "string", "number", ...
}

// nlohmann's messages start with "[json.exception.parse_error.101] ".
std::string Describe(const Json::exception& e) {
  std::string m = e.what();
  const size_t close = m.find("] ");
  if (m.rfind("[json.exception.", 0) == 0 && close != std::string::npos) {
    m.erase(0, close + 2);
  }
  return m;
}

// Sets *out from field `key` when it is a string (or a number, for ids);
// null or absent leave it alone.
Status GetString(const Json& object, const char* key, const Where& where,
                 bool number_ok, std::string* out) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::OK();
  if (it->is_string()) {
    *out = it->get<std::string>();
  } else if (number_ok && it->is_number()) {
    *out = it->dump();
  } else {
    return where.Error("field \"" + where.field_prefix + key +
                       "\" should be a string, not " + TypeName(*it));
  }
  return Status::OK();
}

// The first of `keys` present and not null.
const char* FirstPresent(const Json& object,
                         std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto it = object.find(key);
    if (it != object.end() && !it->is_null()) return key;
  }
  return nullptr;
}

Result<Article> ParseArticle(const Json& object, const Where& where,
                             Diagnostics* diagnostics) {
  Article a;
  const char* text_key = FirstPresent(object, {"text", "body", "content"});
  if (text_key == nullptr) {
    return where.Error("missing \"" + where.field_prefix + "text\"");
  }
  PRECIS_RETURN_IF_ERROR(GetString(object, text_key, where, false, &a.text));
  PRECIS_RETURN_IF_ERROR(GetString(object, "id", where, true, &a.id));
  PRECIS_RETURN_IF_ERROR(GetString(object, "title", where, false, &a.title));
  PRECIS_RETURN_IF_ERROR(GetString(object, "source", where, false, &a.source));
  PRECIS_RETURN_IF_ERROR(GetString(object, "url", where, false, &a.url));
  std::string date;
  const char* date_key = FirstPresent(object, {"published", "date"});
  if (date_key != nullptr) {
    PRECIS_RETURN_IF_ERROR(GetString(object, date_key, where, false, &date));
  }
  if (!date.empty() && !NormalizeDate(date, &a.published)) {
    a.published = date;
    diagnostics->Note(
        where.file, where.line,
        "date '" + date + "' is not a date precis knows; kept as given");
  }
  a.origin = where.At();
  return a;
}

// Appends a string, or each string of a list, to *out.
Status GetTexts(const Json& object, const char* key, const Where& where,
                std::vector<std::string>* out) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::OK();
  if (it->is_string()) {
    out->push_back(it->get<std::string>());
    return Status::OK();
  }
  if (!it->is_array()) {
    return where.Error(std::string("field \"") + key +
                       "\" should be a string or a list of strings, not " +
                       TypeName(*it));
  }
  for (size_t i = 0; i < it->size(); ++i) {
    const Json& v = (*it)[i];
    if (!v.is_string()) {
      return where.Error(std::string("field \"") + key + "[" +
                         std::to_string(i) + "]\" should be a string, not " +
                         TypeName(v));
    }
    out->push_back(v.get<std::string>());
  }
  return Status::OK();
}

bool IsBlankText(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

Result<Cluster> ParseCluster(const Json& object, const Where& where,
                             Diagnostics* diagnostics) {
  Cluster c;
  PRECIS_RETURN_IF_ERROR(GetString(object, "id", where, true, &c.id));
  if (c.id.empty())
    c.id = StemOf(where.file) + "-" + std::to_string(where.line);
  c.origin = where.At();
  const Json& docs = object.at("documents");
  if (!docs.is_array()) {
    return where.Error(
        std::string("field \"documents\" should be a list, not ") +
        TypeName(docs));
  }
  size_t empty = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    const Json& doc = docs[i];
    Article a;
    if (doc.is_string()) {
      a.text = doc.get<std::string>();
      a.origin = where.At();
    } else if (doc.is_object()) {
      Where inner{where.file, where.line,
                  "documents[" + std::to_string(i) + "]."};
      PRECIS_ASSIGN_OR_RETURN(a, ParseArticle(doc, inner, diagnostics));
    } else {
      return where.Error("documents[" + std::to_string(i) +
                         "] should be a string or an object, not " +
                         TypeName(doc));
    }
    if (IsBlankText(a.text)) {
      ++empty;
      continue;
    }
    if (a.id.empty()) a.id = c.id + "-" + std::to_string(i + 1);
    c.articles.push_back(std::move(a));
  }
  PRECIS_RETURN_IF_ERROR(GetTexts(object, "summary", where, &c.references));
  PRECIS_RETURN_IF_ERROR(GetTexts(object, "references", where, &c.references));
  if (empty > 0) {
    diagnostics->Note(
        where.file, where.line,
        "skipped " + std::to_string(empty) + " empty document(s)");
  }
  const size_t renamed = MakeIdsUnique(&c.articles);
  if (renamed > 0) {
    diagnostics->Note(
        where.file, where.line,
        "renamed " + std::to_string(renamed) + " repeated article id(s)");
  }
  return c;
}

}  // namespace

Result<JsonlRecord> ParseJsonlLine(std::string_view line,
                                   const std::string& file, size_t line_number,
                                   Diagnostics* diagnostics) {
  if (IsBlankText(line)) return JsonlRecord();
  const Where where{file, line_number, ""};
  std::string repaired;
  const size_t bad = RepairUtf8(line, &repaired);
  if (bad > 0) {
    diagnostics->Warn(file, line_number,
                      "replaced " + std::to_string(bad) +
                          " invalid UTF-8 byte(s) with U+FFFD");
  }
  Json value;
  try {
    value = Json::parse(repaired);
  } catch (const Json::exception& e) {
    return where.Error("malformed JSON: " + Describe(e));
  }
  if (!value.is_object()) {
    return where.Error(std::string("expected a JSON object, found ") +
                       TypeName(value));
  }
  if (value.contains("documents")) {
    PRECIS_ASSIGN_OR_RETURN(Cluster c, ParseCluster(value, where, diagnostics));
    if (c.articles.empty()) {
      diagnostics->Warn(file, line_number,
                        "cluster '" + c.id + "' has no documents; skipped");
      return JsonlRecord();
    }
    return JsonlRecord(std::move(c));
  }
  PRECIS_ASSIGN_OR_RETURN(Article a, ParseArticle(value, where, diagnostics));
  if (IsBlankText(a.text)) {
    diagnostics->Warn(file, line_number, "article has empty text; skipped");
    return JsonlRecord();
  }
  if (a.id.empty()) a.id = StemOf(file) + "-" + std::to_string(line_number);
  return JsonlRecord(std::move(a));
}

bool LooksLikeJsonl(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const size_t first = bytes.find_first_not_of(" \t\r\n\f\v");
  return first != std::string_view::npos && bytes[first] == '{';
}

}  // namespace precis
