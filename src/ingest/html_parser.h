// Copyright 2026 The precis Authors.
//
// HtmlDocument: the tree of an HTML page, as the HTML5 parsing algorithm
// builds it (implied and misnested tags repaired, entities decoded), in a
// compact array form that every later step walks with loops, never
// recursion, so that no page can exhaust the stack. The parser behind it
// (libgumbo) stays in html_parser.cc: nothing else includes gumbo.h.

#ifndef PRECIS_INGEST_HTML_PARSER_H_
#define PRECIS_INGEST_HTML_PARSER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// The elements the extractor tells apart; others are kUnknown.
#define PRECIS_HTML_TAGS(X)                                                   \
  X(Html, "html") X(Head, "head") X(Body, "body") X(Title, "title")          \
  X(Meta, "meta") X(Link, "link") X(Script, "script") X(Style, "style")      \
  X(Noscript, "noscript") X(Template, "template") X(Article, "article")      \
  X(Main, "main") X(Section, "section") X(Div, "div") X(Span, "span")        \
  X(P, "p") X(Br, "br") X(Hr, "hr") X(H1, "h1") X(H2, "h2") X(H3, "h3")      \
  X(H4, "h4") X(H5, "h5") X(H6, "h6") X(Hgroup, "hgroup") X(Ul, "ul")        \
  X(Ol, "ol") X(Li, "li") X(Dl, "dl") X(Dt, "dt") X(Dd, "dd")                \
  X(Blockquote, "blockquote") X(Q, "q") X(Pre, "pre") X(Code, "code")        \
  X(Table, "table") X(Caption, "caption") X(Thead, "thead")                  \
  X(Tbody, "tbody") X(Tfoot, "tfoot") X(Tr, "tr") X(Td, "td") X(Th, "th")    \
  X(A, "a") X(Nav, "nav") X(Aside, "aside") X(Footer, "footer")              \
  X(Header, "header") X(Form, "form") X(Button, "button") X(Input, "input")  \
  X(Select, "select") X(Option, "option") X(Textarea, "textarea")            \
  X(Label, "label") X(Fieldset, "fieldset") X(Iframe, "iframe")              \
  X(Img, "img") X(Picture, "picture") X(Figure, "figure")                    \
  X(Figcaption, "figcaption") X(Time, "time") X(Address, "address")          \
  X(Menu, "menu") X(Details, "details") X(Summary, "summary")                \
  X(Center, "center") X(Font, "font") X(B, "b") X(Strong, "strong")          \
  X(I, "i") X(Em, "em") X(U, "u") X(Small, "small") X(Sub, "sub")            \
  X(Sup, "sup") X(Mark, "mark") X(Abbr, "abbr") X(Cite, "cite")              \
  X(Svg, "svg") X(Video, "video") X(Audio, "audio") X(Object, "object")      \
  X(Embed, "embed") X(Canvas, "canvas") X(Dialog, "dialog") X(Rt, "rt")      \
  X(Rp, "rp")

enum class HtmlTag : uint8_t {
  kUnknown,
#define PRECIS_HTML_TAG_ENUM(e, s) k##e,
  PRECIS_HTML_TAGS(PRECIS_HTML_TAG_ENUM)
#undef PRECIS_HTML_TAG_ENUM
};

// The tag's name ("div"), "" for kUnknown.
std::string_view HtmlTagName(HtmlTag tag);

inline constexpr uint32_t kNoNode = UINT32_MAX;

struct HtmlNode {
  bool is_text = false;
  HtmlTag tag = HtmlTag::kUnknown;  // elements only
  uint32_t parent = kNoNode;
  uint32_t first_child = kNoNode;
  uint32_t next_sibling = kNoNode;
  // Text nodes: the text's byte range in the document's pool. Elements:
  // the range of their attributes in attributes().
  uint32_t begin = 0, end = 0;
};

// Parsed page. Node 0 is the document root (an element with tag kUnknown);
// its descendants follow in document order, so a node's subtree is a
// contiguous range [i, SubtreeEnd(i)). Immutable once parsed; safe to read
// from several threads.
class HtmlDocument {
 public:
  struct Attribute {
    uint32_t name_begin, name_size, value_begin, value_size;
  };

  const std::vector<HtmlNode>& nodes() const { return nodes_; }
  const HtmlNode& node(uint32_t i) const { return nodes_[i]; }
  size_t size() const { return nodes_.size(); }

  // Text of a text node (UTF-8, entities decoded).
  std::string_view Text(uint32_t i) const {
    return Pool(nodes_[i].begin, nodes_[i].end - nodes_[i].begin);
  }
  // Value of attribute `name` (lower case) of element i; "" when absent.
  std::string_view Attr(uint32_t i, std::string_view name) const;
  bool HasAttr(uint32_t i, std::string_view name) const;
  // One past the last node of i's subtree.
  uint32_t SubtreeEnd(uint32_t i) const { return subtree_end_[i]; }

  // Building (html_parser.cc).
  uint32_t AddElement(HtmlTag tag, uint32_t parent);
  uint32_t AddText(std::string_view text, uint32_t parent);
  void AddAttribute(uint32_t element, std::string_view name,
                    std::string_view value);
  void Finish();  // computes subtree ends; call once after building

 private:
  std::string_view Pool(uint32_t begin, uint32_t size) const {
    return std::string_view(pool_).substr(begin, size);
  }
  uint32_t Link(HtmlNode node, uint32_t parent);

  std::vector<HtmlNode> nodes_;
  std::vector<uint32_t> last_child_;
  std::vector<uint32_t> subtree_end_;
  std::vector<Attribute> attributes_;
  std::string pool_;
};

// Parses UTF-8 HTML (invalid bytes are read as U+FFFD). Total: any input
// gives a document, at worst an empty one. Deep nesting must already be
// bounded (Prescan does it): parsing time grows with depth squared.
HtmlDocument ParseHtml(std::string_view utf8_html);

}  // namespace precis

#endif  // PRECIS_INGEST_HTML_PARSER_H_
