// Copyright 2026 The precis Authors.

#include "ingest/html_metadata.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "ingest/outlet.h"
#include "ingest/published_date.h"

namespace precis {
namespace {

using Json = nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Whitespace collapsed and trimmed.
std::string Clean(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// ---- JSON-LD ------------------------------------------------------------

std::string JsonText(const Json& v) {
  if (v.is_string()) return Clean(v.get<std::string>());
  if (v.is_object()) {
    const auto it = v.find("name");
    if (it != v.end() && it->is_string()) return Clean(it->get<std::string>());
  }
  if (v.is_array() && !v.empty()) return JsonText(v.front());
  return {};
}

void JsonNames(const Json& v, std::vector<std::string>* out) {
  if (v.is_array()) {
    for (const Json& e : v) {
      const std::string s = JsonText(e);
      if (!s.empty()) out->push_back(s);
    }
    return;
  }
  const std::string s = JsonText(v);
  if (!s.empty()) out->push_back(s);
}

std::string Field(const Json& o, const char* key) {
  const auto it = o.find(key);
  return it == o.end() ? std::string() : JsonText(*it);
}

// 2 for article types, 1 for web pages, 0 for anything else.
int ArticleRank(const Json& o) {
  const auto it = o.find("@type");
  if (it == o.end()) return 0;
  std::vector<std::string> types;
  JsonNames(*it, &types);
  int rank = 0;
  for (const std::string& t : types) {
    if (t.find("Article") != std::string::npos || t == "BlogPosting" ||
        t == "LiveBlogPosting" || t == "Report" || t == "SocialMediaPosting" ||
        t == "Posting") {
      rank = 2;
    } else if (t.find("WebPage") != std::string::npos && rank == 0) {
      rank = 1;
    }
  }
  return rank;
}

JsonLdArticle FromObject(const Json& o) {
  JsonLdArticle a;
  a.headline = Field(o, "headline");
  if (a.headline.empty()) a.headline = Field(o, "name");
  a.published = Field(o, "datePublished");
  if (a.published.empty()) a.published = Field(o, "dateCreated");
  a.modified = Field(o, "dateModified");
  a.publisher = Field(o, "publisher");
  a.language = Field(o, "inLanguage");
  a.description = Field(o, "description");
  a.url = Field(o, "url");
  const auto body = o.find("articleBody");
  if (body != o.end() && body->is_string()) a.body = body->get<std::string>();
  for (const char* key : {"author", "creator"}) {
    const auto it = o.find(key);
    if (it != o.end()) JsonNames(*it, &a.authors);
    if (!a.authors.empty()) break;
  }
  return a;
}

}  // namespace

JsonLdArticle ReadJsonLd(const std::vector<std::string>& scripts) {
  const Json* best = nullptr;
  int best_rank = 0;
  std::vector<Json> parsed;
  parsed.reserve(scripts.size());
  for (const std::string& s : scripts) {
    if (s.size() > (size_t{4} << 20)) continue;
    parsed.push_back(Json::parse(s, nullptr, /*allow_exceptions=*/false));
  }
  for (const Json& root : parsed) {
    if (root.is_discarded()) continue;
    // Objects to look at, with their depth; depth-bounded and iterative.
    std::vector<std::pair<const Json*, int>> stack = {{&root, 0}};
    while (!stack.empty()) {
      auto [v, depth] = stack.back();
      stack.pop_back();
      if (depth > 4) continue;
      if (v->is_array()) {
        for (auto it = v->rbegin(); it != v->rend(); ++it)
          stack.emplace_back(&*it, depth + 1);
        continue;
      }
      if (!v->is_object()) continue;
      const int rank = ArticleRank(*v);
      if (rank > best_rank) {
        best = v;
        best_rank = rank;
      }
      for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage"}) {
        const auto it = v->find(key);
        if (it != v->end()) stack.emplace_back(&*it, depth + 1);
      }
    }
  }
  return best == nullptr ? JsonLdArticle() : FromObject(*best);
}

namespace {

// ---- The document -------------------------------------------------------

std::string SubtreeText(const HtmlDocument& doc, uint32_t i) {
  std::string raw;
  const uint32_t end = doc.SubtreeEnd(i);
  for (uint32_t j = i; j < end && raw.size() < 4096; ++j) {
    if (doc.node(j).is_text) {
      raw.append(doc.Text(j));
      raw.push_back(' ');
    }
  }
  return Clean(raw);
}

// What the document says about itself, first value of each key.
struct Facts {
  std::map<std::string, std::string> meta;  // name or property -> content
  std::map<std::string, std::string> itemprop;
  std::string title, h1, canonical, lang, time, rel_author;

  void Meta(std::string key, std::string_view value) {
    if (key.empty() || value.empty()) return;
    meta.emplace(std::move(key), Clean(value));
  }
  std::string Get(std::initializer_list<const char*> keys) const {
    for (const char* k : keys) {
      const auto it = meta.find(k);
      if (it != meta.end() && !it->second.empty()) return it->second;
    }
    return {};
  }
};

Facts Gather(const HtmlDocument& doc) {
  Facts f;
  for (uint32_t i = 0; i < doc.size(); ++i) {
    const HtmlNode& n = doc.node(i);
    if (n.is_text) continue;
    switch (n.tag) {
      case HtmlTag::kMeta: {
        const std::string_view content = doc.Attr(i, "content");
        f.Meta(Lower(doc.Attr(i, "property")), content);
        f.Meta(Lower(doc.Attr(i, "name")), content);
        f.Meta(Lower(doc.Attr(i, "http-equiv")), content);
        break;
      }
      case HtmlTag::kLink: {
        const std::string rel = Lower(doc.Attr(i, "rel"));
        if (rel == "canonical" && f.canonical.empty())
          f.canonical = Clean(doc.Attr(i, "href"));
        break;
      }
      case HtmlTag::kTitle:
        if (f.title.empty()) f.title = SubtreeText(doc, i);
        break;
      case HtmlTag::kH1:
        if (f.h1.empty()) f.h1 = SubtreeText(doc, i);
        break;
      case HtmlTag::kHtml:
        if (f.lang.empty()) f.lang = Clean(doc.Attr(i, "lang"));
        break;
      case HtmlTag::kTime:
        if (f.time.empty()) f.time = Clean(doc.Attr(i, "datetime"));
        break;
      case HtmlTag::kA:
        if (f.rel_author.empty() && Lower(doc.Attr(i, "rel")) == "author")
          f.rel_author = SubtreeText(doc, i);
        break;
      default:
        break;
    }
    const std::string_view prop = doc.Attr(i, "itemprop");
    if (!prop.empty() && !f.itemprop.count(std::string(prop))) {
      std::string_view v = doc.Attr(i, "content");
      if (v.empty()) v = doc.Attr(i, "datetime");
      std::string value = v.empty() ? SubtreeText(doc, i) : Clean(v);
      if (!value.empty()) f.itemprop.emplace(std::string(prop), std::move(value));
    }
  }
  return f;
}

std::string FirstDate(std::initializer_list<std::string> candidates) {
  for (const std::string& c : candidates) {
    std::string iso;
    if (!c.empty() && NormalizeDate(c, &iso)) return iso;
  }
  return {};
}

std::string Itemprop(const Facts& f, const char* key) {
  const auto it = f.itemprop.find(key);
  return it == f.itemprop.end() ? std::string() : it->second;
}

// "Headline | Site" -> "Headline": the longest part between separators.
std::string TitleWithoutSite(const std::string& title) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i < title.size();) {
    size_t sep = 0;
    for (std::string_view s : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                               " :: ", " \xC2\xBB ", " \xC2\xB7 "}) {
      if (title.compare(i, s.size(), s) == 0) sep = s.size();
    }
    if (sep == 0) {
      ++i;
      continue;
    }
    parts.push_back(title.substr(start, i - start));
    i += sep;
    start = i;
  }
  parts.push_back(title.substr(start));
  if (parts.size() == 1) return title;
  return *std::max_element(parts.begin(), parts.end(),
                           [](const std::string& a, const std::string& b) {
                             return a.size() < b.size();
                           });
}

// `href` made absolute against `base` when it is root-relative.
std::string Resolve(const std::string& href, std::string_view base) {
  if (href.empty() || href.find("://") != std::string::npos) return href;
  const size_t scheme = base.find("://");
  if (href.rfind("//", 0) == 0) {
    return scheme == std::string_view::npos
               ? "https:" + href
               : std::string(base.substr(0, scheme + 1)) + href;
  }
  if (href[0] != '/' || scheme == std::string_view::npos) return href;
  const size_t path = base.find('/', scheme + 3);
  return std::string(base.substr(0, path)) + href;
}

bool IsUrl(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
}

}  // namespace

std::string DateFromUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    const size_t path = url.find('/', scheme + 3);
    url = path == std::string_view::npos ? std::string_view() : url.substr(path);
  }
  for (size_t i = 0; i + 10 <= url.size(); ++i) {
    if (url[i] != '/' || !IsDigits(url.substr(i + 1, 4))) continue;
    const char sep = url[i + 5];
    if (sep != '/' && sep != '-') continue;
    const std::string_view y = url.substr(i + 1, 4), m = url.substr(i + 6, 2);
    std::string_view d;
    if (i + 11 <= url.size() && url[i + 8] == sep) d = url.substr(i + 9, 2);
    if (!IsDigits(m) || !IsDigits(d)) continue;
    std::string iso = std::string(y) + "-" + std::string(m) + "-" + std::string(d);
    std::string out;
    if (NormalizeDate(iso, &out)) return out;
  }
  return {};
}

void ReadMetadata(const HtmlDocument& doc, const JsonLdArticle& ld,
                  std::string_view url, WebPage* page) {
  const Facts f = Gather(doc);
  page->title = ld.headline;
  if (page->title.empty()) page->title = f.Get({"og:title", "twitter:title"});
  if (page->title.empty()) page->title = Itemprop(f, "headline");
  if (page->title.empty() && !f.title.empty()) page->title = TitleWithoutSite(f.title);
  if (page->title.empty()) page->title = f.h1;

  page->authors = ld.authors;
  if (page->authors.empty()) {
    for (std::string a : {f.Get({"author", "article:author", "dc.creator",
                                 "parsely-author", "sailthru.author"}),
                          Itemprop(f, "author"), f.rel_author}) {
      if (!a.empty() && !IsUrl(a)) {
        page->authors.push_back(std::move(a));
        break;
      }
    }
  }
  // Authors repeated across sources, or empty: keep the first of each.
  std::vector<std::string> unique;
  for (std::string& a : page->authors) {
    if (!a.empty() && std::find(unique.begin(), unique.end(), a) == unique.end())
      unique.push_back(std::move(a));
  }
  page->authors = std::move(unique);

  page->published = FirstDate(
      {ld.published,
       f.Get({"article:published_time", "og:article:published_time",
              "og:published_time", "datepublished", "publishdate",
              "publish-date", "pubdate", "dc.date.issued", "dc.date",
              "dcterms.created", "dcterms.date", "date", "sailthru.date",
              "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime"}),
       Itemprop(f, "datePublished"), Itemprop(f, "dateCreated"), f.time,
       DateFromUrl(url)});
  page->modified = FirstDate(
      {ld.modified,
       f.Get({"article:modified_time", "og:updated_time", "og:modified_time",
              "datemodified", "last-modified", "dcterms.modified",
              "article.updated"}),
       Itemprop(f, "dateModified")});

  page->site_name = f.Get({"og:site_name", "application-name"});
  if (page->site_name.empty()) page->site_name = ld.publisher;
  if (page->site_name.empty()) page->site_name = Itemprop(f, "publisher");

  std::string canonical = Resolve(f.canonical, url);
  if (!IsUrl(canonical)) canonical = f.Get({"og:url"});
  if (!IsUrl(canonical)) canonical = ld.url;
  if (!IsUrl(canonical)) canonical = std::string(url);
  page->url = canonical;
  if (page->site_name.empty()) page->site_name = OutletFromUrl(page->url);

  page->language = f.lang;
  if (page->language.empty()) page->language = f.Get({"content-language", "language", "dc.language"});
  if (page->language.empty()) page->language = ld.language;
  if (page->language.empty()) {
    page->language = f.Get({"og:locale"});
    std::replace(page->language.begin(), page->language.end(), '_', '-');
  }
  page->description = f.Get({"og:description", "description", "twitter:description"});
  if (page->description.empty()) page->description = ld.description;
}

}  // namespace precis
