// Copyright 2026 The precis Authors.
//
// Prescan (see html_prescan.h). Departures from the HTML tokenizer, all
// harmless for extraction: the escaped states of script data ("<!--" then
// "<script>" inside a script) are not modelled, and a dropped element ends
// at the first matching end tag not nested in another of its kind.

#include "ingest/html_prescan.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>

namespace precis {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

// What the scanner needs to know about an element, by name.
enum : uint8_t {
  kDropsContent = 1,  // dropped with everything inside it
  kRawText = 2,       // content is text up to the end tag
  kUncounted = 4,     // void, or its end tag is implied: not counted
};

uint8_t ElementFlags(std::string_view name) {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, uint8_t>();
    for (std::string_view n :
         {"script", "style", "svg", "math", "noscript", "template", "iframe",
          "textarea", "select", "object", "noembed", "noframes", "canvas",
          "video", "audio", "button", "nav", "aside", "footer"}) {
      (*t)[n] |= kDropsContent;
    }
    for (std::string_view n : {"script", "style", "noscript", "iframe",
                               "textarea", "noembed", "noframes", "xmp"}) {
      (*t)[n] |= kRawText;
    }
    for (std::string_view n :
         {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
          "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
          "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
          "html", "head", "body", "colgroup", "caption", "rb", "rp", "rt",
          "rtc"}) {
      (*t)[n] |= kUncounted;
    }
    return t;
  }();
  const auto it = table->find(name);
  return it == table->end() ? 0 : it->second;
}

bool DropsContent(std::string_view name) {
  return ElementFlags(name) & kDropsContent;
}
bool IsRawText(std::string_view name) { return ElementFlags(name) & kRawText; }
bool Uncounted(std::string_view name) {
  return ElementFlags(name) & kUncounted;
}

// Attributes the extractor and the metadata reader look at, on the
// elements where they look.
bool KeepAttribute(std::string_view tag, std::string_view name) {
  switch (name.size()) {
    case 2:
      return name == "id";
    case 4:
      if (name == "href") return tag == "link";
      if (name == "name") return tag == "meta";
      if (name == "lang") return tag == "html";
      if (name == "role") return true;
      if (name == "type") return tag == "script";
      return false;
    case 3:
      return name == "rel" && (tag == "link" || tag == "a");
    case 5:
      return name == "class";
    case 6:
      return name == "hidden";
    case 7:
      if (name == "content" || name == "charset") return tag == "meta";
      return false;
    case 8:
      if (name == "itemprop" || name == "itemtype") return true;
      if (name == "property") return tag == "meta";
      if (name == "datetime") return true;
      return false;
    case 10:
      return name == "http-equiv" && tag == "meta";
    default:
      return false;
  }
}

struct Tag {
  std::string name;  // lower case
  bool end = false;
  bool self_closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;  // kept ones
  size_t next = 0;  // position after '>'
};

class Scanner {
 public:
  Scanner(std::string_view in, const PrescanOptions& options)
      : in_(in), options_(options) {
    out_.html.reserve(in.size() / 2);
  }

  PrescanResult Run() {
    size_t pos = 0;
    while (pos < in_.size()) {
      const void* lt = std::memchr(in_.data() + pos, '<', in_.size() - pos);
      const size_t at =
          lt == nullptr ? in_.size() : static_cast<const char*>(lt) - in_.data();
      out_.html.append(in_.substr(pos, at - pos));
      if (at >= in_.size()) break;
      pos = Markup(at);
    }
    return std::move(out_);
  }

 private:
  // Handles the markup at in_[at] == '<'; returns where to go on.
  size_t Markup(size_t at) {
    const size_t n = in_.size();
    if (at + 1 >= n) {
      out_.html.push_back('<');
      return n;
    }
    const char c = in_[at + 1];
    if (c == '!') {
      if (in_.compare(at, 4, "<!--") == 0) return SkipComment(at + 4);
      return CopyThrough(at, '>');  // doctype, CDATA, bogus comment
    }
    if (c == '?') return SkipPast(at, '>');
    if (c == '/' && at + 2 < n && IsAlpha(in_[at + 2])) {
      Tag tag = ReadTag(at + 2, /*end=*/true);
      EndTag(tag);
      return tag.next;
    }
    if (IsAlpha(c)) {
      Tag tag = ReadTag(at + 1, /*end=*/false);
      return StartTag(tag);
    }
    out_.html.push_back('<');
    return at + 1;
  }

  size_t SkipComment(size_t pos) {
    if (pos < in_.size() && in_[pos] == '>') return pos + 1;  // "<!-->"
    if (in_.compare(pos, 2, "->") == 0) return pos + 2;       // "<!--->"
    const size_t end = in_.find("-->", pos);
    return end == std::string_view::npos ? in_.size() : end + 3;
  }

  size_t CopyThrough(size_t at, char stop) {
    const size_t end = in_.find(stop, at);
    const size_t next = end == std::string_view::npos ? in_.size() : end + 1;
    out_.html.append(in_.substr(at, next - at));
    return next;
  }

  size_t SkipPast(size_t at, char stop) {
    const size_t end = in_.find(stop, at);
    return end == std::string_view::npos ? in_.size() : end + 1;
  }

  // Reads a tag whose name starts at `pos`, up to and including its '>'.
  Tag ReadTag(size_t pos, bool end) {
    Tag tag;
    tag.end = end;
    const size_t n = in_.size();
    while (pos < n && !IsSpace(in_[pos]) && in_[pos] != '/' && in_[pos] != '>')
      tag.name.push_back(Lower(in_[pos++]));
    for (;;) {
      while (pos < n && (IsSpace(in_[pos]) || in_[pos] == '/')) {
        if (in_[pos] == '/' && pos + 1 < n && in_[pos + 1] == '>')
          tag.self_closing = true;
        ++pos;
      }
      if (pos >= n) break;
      if (in_[pos] == '>') {
        ++pos;
        break;
      }
      pos = ReadAttribute(pos, &tag);
    }
    tag.next = pos;
    return tag;
  }

  size_t ReadAttribute(size_t pos, Tag* tag) {
    const size_t n = in_.size();
    std::string name;
    // The first character may be '=' (spec: part of the name).
    do {
      name.push_back(Lower(in_[pos++]));
    } while (pos < n && !IsSpace(in_[pos]) && in_[pos] != '/' &&
             in_[pos] != '>' && in_[pos] != '=');
    size_t p = pos;
    while (p < n && IsSpace(in_[p])) ++p;
    std::string_view value;
    if (p < n && in_[p] == '=') {
      ++p;
      while (p < n && IsSpace(in_[p])) ++p;
      if (p < n && (in_[p] == '"' || in_[p] == '\'')) {
        const size_t close = in_.find(in_[p], p + 1);
        const size_t end = close == std::string_view::npos ? n : close;
        value = in_.substr(p + 1, end - p - 1);
        pos = std::min(n, end + 1);
      } else {
        const size_t start = p;
        while (p < n && !IsSpace(in_[p]) && in_[p] != '>') ++p;
        value = in_.substr(start, p - start);
        pos = p;
      }
    }
    if (KeepAttribute(tag->name, name) && tag->attributes.size() < 16) {
      tag->attributes.emplace_back(std::move(name), std::string(value));
    }
    return pos;
  }

  size_t StartTag(const Tag& tag) {
    if (DropsContent(tag.name)) {
      if (tag.self_closing && !IsRawText(tag.name)) return tag.next;
      return SkipElement(tag);
    }
    const bool counted = !Uncounted(tag.name) && !tag.self_closing;
    if (counted) {
      if (depth_ >= options_.max_depth) {
        ++out_.dropped_deep_tags;
        return tag.next;
      }
      ++depth_;
    }
    Emit(tag);
    if (tag.name == "title") return CopyRcdata(tag);
    if (tag.name == "plaintext") {
      out_.html.append(in_.substr(tag.next));
      return in_.size();
    }
    return tag.next;
  }

  void EndTag(const Tag& tag) {
    if (DropsContent(tag.name)) return;  // a stray end tag
    if (!Uncounted(tag.name) && depth_ > 0) --depth_;
    out_.html.append("</").append(tag.name).push_back('>');
  }

  void Emit(const Tag& tag) {
    std::string& o = out_.html;
    o.push_back('<');
    o.append(tag.name);
    for (const auto& [name, value] : tag.attributes) {
      o.push_back(' ');
      o.append(name);
      o.append("=\"");
      for (char c : value) {
        if (c == '"') {
          o.append("&quot;");
        } else {
          o.push_back(c);
        }
      }
      o.push_back('"');
    }
    if (tag.self_closing) o.push_back('/');
    o.push_back('>');
  }

  // Position of the end tag "</name" (followed by space, '/' or '>') at or
  // after `pos`, or npos.
  size_t FindEndTag(std::string_view name, size_t pos) const {
    for (;;) {
      pos = in_.find("</", pos);
      if (pos == std::string_view::npos) return pos;
      const size_t after = pos + 2 + name.size();
      if (after <= in_.size() && MatchesName(pos + 2, name) &&
          (after == in_.size() || IsSpace(in_[after]) || in_[after] == '>' ||
           in_[after] == '/')) {
        return pos;
      }
      pos += 2;
    }
  }

  bool MatchesName(size_t pos, std::string_view name) const {
    for (size_t i = 0; i < name.size(); ++i) {
      if (Lower(in_[pos + i]) != name[i]) return false;
    }
    return true;
  }

  size_t SkipElement(const Tag& tag) {
    if (IsRawText(tag.name)) {
      const size_t end = FindEndTag(tag.name, tag.next);
      const size_t stop = end == std::string_view::npos ? in_.size() : end;
      if (tag.name == "script" && IsJsonLd(tag)) {
        out_.json_ld.emplace_back(in_.substr(tag.next, stop - tag.next));
      }
      return stop == in_.size() ? stop : SkipPast(stop, '>');
    }
    // Elements with markup inside (svg, select, ...): skip to the matching
    // end tag, counting nested ones of the same name.
    // Without an end tag only the start tag goes; a name that once lacked
    // one is not searched for again (keeps the pass linear).
    if (std::find(unclosed_.begin(), unclosed_.end(), tag.name) !=
        unclosed_.end()) {
      return tag.next;
    }
    size_t depth = 1, pos = tag.next;
    while (depth > 0) {
      const size_t lt = in_.find('<', pos);
      if (lt == std::string_view::npos || lt + 1 >= in_.size()) {
        unclosed_.push_back(tag.name);
        return tag.next;
      }
      if (in_.compare(lt, 4, "<!--") == 0) {
        pos = SkipComment(lt + 4);
        continue;
      }
      const bool end = in_[lt + 1] == '/';
      const size_t name_at = lt + (end ? 2 : 1);
      if (name_at >= in_.size() || !IsAlpha(in_[name_at])) {
        pos = lt + 1;
        continue;
      }
      Tag inner = ReadTag(name_at, end);
      pos = inner.next;
      if (inner.name != tag.name) continue;
      if (end) {
        --depth;
      } else if (!inner.self_closing) {
        ++depth;
      }
    }
    return pos;
  }

  static bool IsJsonLd(const Tag& tag) {
    for (const auto& [name, value] : tag.attributes) {
      if (name != "type") continue;
      std::string v;
      for (char c : value) v.push_back(Lower(c));
      return v.find("ld+json") != std::string::npos;
    }
    return false;
  }

  // Copies the text of an RCDATA element (title) and its end tag verbatim.
  size_t CopyRcdata(const Tag& tag) {
    const size_t end = FindEndTag(tag.name, tag.next);
    const size_t stop = end == std::string_view::npos ? in_.size() : end;
    out_.html.append(in_.substr(tag.next, stop - tag.next));
    if (stop == in_.size()) return stop;
    if (depth_ > 0) --depth_;
    out_.html.append("</").append(tag.name).push_back('>');
    return SkipPast(stop, '>');
  }

  std::string_view in_;
  const PrescanOptions& options_;
  PrescanResult out_;
  size_t depth_ = 0;
  std::vector<std::string> unclosed_;  // names SkipElement found no end for
};

}  // namespace

PrescanResult Prescan(std::string_view html, const PrescanOptions& options) {
  return Scanner(html, options).Run();
}

}  // namespace precis
