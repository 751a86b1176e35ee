// Copyright 2026 The precis Authors.

#include "ingest/jsonl_reader.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <nlohmann/json.hpp>
#include <utility>

#include "base/file.h"
#include "base/utf8.h"
#include "ingest/outlet.h"
#include "ingest/published_date.h"
#include "ingest/unique_ids.h"

namespace precis {
namespace {

// simdjson's DOM (Langdale and Lemire, "Parsing gigabytes of JSON per
// second", VLDB Journal 2019): a Multi-News line is parsed at several
// hundred MB/s, where nlohmann's parser took a sixth of the summarizer's
// time. Values are read with error codes, never exceptions.
using Json = simdjson::dom::element;
using JsonType = simdjson::dom::element_type;

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
  switch (v.type()) {
    case JsonType::ARRAY:
      return "array";
    case JsonType::OBJECT:
      return "object";
    case JsonType::STRING:
      return "string";
    case JsonType::BOOL:
      return "boolean";
    case JsonType::NULL_VALUE:
      return "null";
    default:
      return "number";
  }
}

bool IsNumber(const Json& v) {
  const JsonType t = v.type();
  return t == JsonType::INT64 || t == JsonType::UINT64 || t == JsonType::DOUBLE;
}

// A number as JSON writes it: integers exactly, others in the shortest form
// that reads back the same.
std::string NumberText(const Json& v) {
  switch (v.type()) {
    case JsonType::INT64:
      return std::to_string(int64_t(v.get_int64()));
    case JsonType::UINT64:
      return std::to_string(uint64_t(v.get_uint64()));
    default:
      return fmt::format("{}", double(v.get_double()));
  }
}

// The value of `key` in `object`, or false when absent or null.
bool Field(const simdjson::dom::object& object, std::string_view key,
           Json* out) {
  if (object.at_key(key).get(*out) != simdjson::SUCCESS) return false;
  return !out->is_null();
}

// Sets *out from field `key` when it is a string (or a number, for ids);
// null or absent leave it alone.
Status GetString(const simdjson::dom::object& object, const char* key,
                 const Where& where, bool number_ok, std::string* out) {
  Json v;
  if (!Field(object, key, &v)) return Status::OK();
  std::string_view text;
  if (v.get_string().get(text) == simdjson::SUCCESS) {
    out->assign(text);
  } else if (number_ok && IsNumber(v)) {
    *out = NumberText(v);
  } else {
    return where.Error("field \"" + where.field_prefix + key +
                       "\" should be a string, not " + TypeName(v));
  }
  return Status::OK();
}

// The first of `keys` present and not null.
const char* FirstPresent(const simdjson::dom::object& object,
                         std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    Json v;
    if (Field(object, key, &v)) return key;
  }
  return nullptr;
}

Result<Article> ParseArticle(const simdjson::dom::object& object,
                             const Where& where, Diagnostics* diagnostics) {
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
  if (a.source.empty()) a.source = OutletFromUrl(a.url);
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
Status GetTexts(const simdjson::dom::object& object, const char* key,
                const Where& where, std::vector<std::string>* out) {
  Json v;
  if (!Field(object, key, &v)) return Status::OK();
  std::string_view text;
  if (v.get_string().get(text) == simdjson::SUCCESS) {
    out->emplace_back(text);
    return Status::OK();
  }
  simdjson::dom::array list;
  if (v.get_array().get(list) != simdjson::SUCCESS) {
    return where.Error(std::string("field \"") + key +
                       "\" should be a string or a list of strings, not " +
                       TypeName(v));
  }
  size_t i = 0;
  for (const Json item : list) {
    if (item.get_string().get(text) != simdjson::SUCCESS) {
      return where.Error(std::string("field \"") + key + "[" +
                         std::to_string(i) + "]\" should be a string, not " +
                         TypeName(item));
    }
    out->emplace_back(text);
    ++i;
  }
  return Status::OK();
}

bool IsBlankText(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

Result<Cluster> ParseCluster(const simdjson::dom::object& object,
                             const Json& docs, const Where& where,
                             Diagnostics* diagnostics) {
  Cluster c;
  PRECIS_RETURN_IF_ERROR(GetString(object, "id", where, true, &c.id));
  if (c.id.empty())
    c.id = StemOf(where.file) + "-" + std::to_string(where.line);
  c.origin = where.At();
  simdjson::dom::array list;
  if (docs.get_array().get(list) != simdjson::SUCCESS) {
    return where.Error(
        std::string("field \"documents\" should be a list, not ") +
        TypeName(docs));
  }
  size_t empty = 0, i = 0;
  for (const Json doc : list) {
    Article a;
    std::string_view text;
    simdjson::dom::object fields;
    if (doc.get_string().get(text) == simdjson::SUCCESS) {
      a.text.assign(text);
      a.origin = where.At();
    } else if (doc.get_object().get(fields) == simdjson::SUCCESS) {
      Where inner{where.file, where.line,
                  "documents[" + std::to_string(i) + "]."};
      PRECIS_ASSIGN_OR_RETURN(a, ParseArticle(fields, inner, diagnostics));
    } else {
      return where.Error("documents[" + std::to_string(i) +
                         "] should be a string or an object, not " +
                         TypeName(doc));
    }
    ++i;
    if (IsBlankText(a.text)) {
      ++empty;
      continue;
    }
    if (a.id.empty()) a.id = c.id + "-" + std::to_string(i);
    c.articles.push_back(std::move(a));
  }
  // A line's "references", when present, are the references; "summary" is
  // then one of them repeated (DUC 2003's lines carry both), and counting it
  // again would weigh one reference twice in ROUGE.
  PRECIS_RETURN_IF_ERROR(GetTexts(object, "references", where, &c.references));
  if (c.references.empty()) {
    PRECIS_RETURN_IF_ERROR(GetTexts(object, "summary", where, &c.references));
  }
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
  SkipByteOrderMark(&line);
  if (IsBlankText(line)) return JsonlRecord();
  const Where where{file, line_number, ""};
  std::string repaired;
  const size_t bad = RepairUtf8(line, &repaired);
  if (bad > 0) {
    diagnostics->Warn(file, line_number,
                      "replaced " + std::to_string(bad) +
                          " invalid UTF-8 byte(s) with U+FFFD");
  }
  repaired.reserve(repaired.size() + simdjson::SIMDJSON_PADDING);
  thread_local simdjson::dom::parser parser;
  Json value;
  auto error = parser.parse(repaired.data(), repaired.size(), false).get(value);
  if (error == simdjson::NUMBER_ERROR) {
    // simdjson rejects integers beyond 64 bits, which JSON allows (a view
    // count in a crawl, say): such a line is read by nlohmann, which keeps
    // them as doubles, and written back for simdjson.
    const auto lenient = nlohmann::json::parse(repaired, nullptr, false);
    if (!lenient.is_discarded()) {
      repaired = lenient.dump(-1, ' ', false,
                              nlohmann::json::error_handler_t::replace);
      repaired.reserve(repaired.size() + simdjson::SIMDJSON_PADDING);
      error = parser.parse(repaired.data(), repaired.size(), false).get(value);
    }
  }
  if (error != simdjson::SUCCESS) {
    return where.Error(std::string("malformed JSON: ") +
                       simdjson::error_message(error));
  }
  simdjson::dom::object object;
  if (value.get_object().get(object) != simdjson::SUCCESS) {
    return where.Error(std::string("expected a JSON object, found ") +
                       TypeName(value));
  }
  Json docs;
  if (object.at_key("documents").get(docs) == simdjson::SUCCESS) {
    PRECIS_ASSIGN_OR_RETURN(Cluster c,
                            ParseCluster(object, docs, where, diagnostics));
    if (c.articles.empty()) {
      diagnostics->Warn(file, line_number,
                        "cluster '" + c.id + "' has no documents; skipped");
      return JsonlRecord();
    }
    return JsonlRecord(std::move(c));
  }
  PRECIS_ASSIGN_OR_RETURN(Article a, ParseArticle(object, where, diagnostics));
  if (IsBlankText(a.text)) {
    diagnostics->Warn(file, line_number, "article has empty text; skipped");
    return JsonlRecord();
  }
  if (a.id.empty()) a.id = StemOf(file) + "-" + std::to_string(line_number);
  return JsonlRecord(std::move(a));
}

bool LooksLikeJsonl(std::string_view bytes) {
  SkipByteOrderMark(&bytes);
  const size_t first = bytes.find_first_not_of(" \t\r\n\f\v");
  return first != std::string_view::npos && bytes[first] == '{';
}

}  // namespace precis
