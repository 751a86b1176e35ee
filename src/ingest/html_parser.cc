// Copyright 2026 The precis Authors.
//
// ParseHtml on libgumbo (Google's HTML5 parser, which implements the
// tree-construction algorithm of the WHATWG standard). Gumbo allocates every
// node, string and vector separately and frees them with a recursive walk;
// here it allocates from an arena that is dropped in one piece, which is
// faster and never recurses. Gumbo's tree is then copied, iteratively, into
// an HtmlDocument.

#include "ingest/html_parser.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <utility>

namespace precis {
namespace {

constexpr std::string_view kTagNames[] = {
    "",
#define PRECIS_HTML_TAG_NAME(e, s) s,
    PRECIS_HTML_TAGS(PRECIS_HTML_TAG_NAME)
#undef PRECIS_HTML_TAG_NAME
};
constexpr size_t kTagCount = sizeof(kTagNames) / sizeof(kTagNames[0]);

// Our tag for each of gumbo's, built on first use.
const std::vector<HtmlTag>& TagTable() {
  static const std::vector<HtmlTag> table = [] {
    std::vector<HtmlTag> t(GUMBO_TAG_LAST + 1, HtmlTag::kUnknown);
    for (size_t i = 1; i < kTagCount; ++i) {
      const GumboTag g = gumbo_tagn_enum(kTagNames[i].data(),
                                         static_cast<unsigned>(kTagNames[i].size()));
      if (g != GUMBO_TAG_UNKNOWN) t[g] = static_cast<HtmlTag>(i);
    }
    return t;
  }();
  return table;
}

// Bump allocator for gumbo; frees nothing until destroyed.
class Arena {
 public:
  ~Arena() {
    for (char* b : blocks_) std::free(b);
  }
  void* Allocate(size_t n) {
    n = (n + 15) & ~size_t{15};
    if (used_ + n > capacity_) {
      const size_t size = std::max(n, kBlock);
      char* block = static_cast<char*>(std::malloc(size));
      if (block == nullptr) std::abort();  // gumbo cannot handle failure
      blocks_.push_back(block);
      current_ = block;
      used_ = 0;
      capacity_ = size;
    }
    void* p = current_ + used_;
    used_ += n;
    return p;
  }

  static void* Alloc(void* arena, size_t n) {
    return static_cast<Arena*>(arena)->Allocate(n);
  }
  static void Free(void*, void*) {}

 private:
  static constexpr size_t kBlock = size_t{1} << 20;
  std::vector<char*> blocks_;
  char* current_ = nullptr;
  size_t used_ = 0, capacity_ = 0;
};

void Copy(const GumboNode* root, HtmlDocument* doc) {
  const auto& table = TagTable();
  // (gumbo node, our parent) pairs still to copy; children are pushed in
  // reverse so that they come out, and are numbered, in document order.
  std::vector<std::pair<const GumboNode*, uint32_t>> stack;
  const GumboVector* top = &root->v.document.children;
  for (unsigned i = top->length; i-- > 0;) {
    stack.emplace_back(static_cast<const GumboNode*>(top->data[i]), 0);
  }
  while (!stack.empty()) {
    auto [node, parent] = stack.back();
    stack.pop_back();
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        doc->AddText(node->v.text.text, parent);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& e = node->v.element;
        const uint32_t id = doc->AddElement(table[e.tag], parent);
        for (unsigned i = 0; i < e.attributes.length; ++i) {
          const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
          doc->AddAttribute(id, a->name, a->value);
        }
        for (unsigned i = e.children.length; i-- > 0;) {
          stack.emplace_back(static_cast<const GumboNode*>(e.children.data[i]),
                             id);
        }
        break;
      }
      default:  // comments, the document
        break;
    }
  }
}

}  // namespace

std::string_view HtmlTagName(HtmlTag tag) {
  const auto i = static_cast<size_t>(tag);
  return i < kTagCount ? kTagNames[i] : std::string_view();
}

uint32_t HtmlDocument::Link(HtmlNode node, uint32_t parent) {
  const auto id = static_cast<uint32_t>(nodes_.size());
  node.parent = parent;
  nodes_.push_back(node);
  last_child_.push_back(kNoNode);
  if (parent != kNoNode) {
    if (last_child_[parent] == kNoNode) {
      nodes_[parent].first_child = id;
    } else {
      nodes_[last_child_[parent]].next_sibling = id;
    }
    last_child_[parent] = id;
  }
  return id;
}

uint32_t HtmlDocument::AddElement(HtmlTag tag, uint32_t parent) {
  HtmlNode n;
  n.tag = tag;
  n.begin = n.end = static_cast<uint32_t>(attributes_.size());
  return Link(n, parent);
}

uint32_t HtmlDocument::AddText(std::string_view text, uint32_t parent) {
  HtmlNode n;
  n.is_text = true;
  n.begin = static_cast<uint32_t>(pool_.size());
  pool_.append(text);
  n.end = static_cast<uint32_t>(pool_.size());
  return Link(n, parent);
}

void HtmlDocument::AddAttribute(uint32_t element, std::string_view name,
                                std::string_view value) {
  // Attributes are added right after their element, before any other node.
  Attribute a;
  a.name_begin = static_cast<uint32_t>(pool_.size());
  a.name_size = static_cast<uint32_t>(name.size());
  pool_.append(name);
  a.value_begin = static_cast<uint32_t>(pool_.size());
  a.value_size = static_cast<uint32_t>(value.size());
  pool_.append(value);
  attributes_.push_back(a);
  nodes_[element].end = static_cast<uint32_t>(attributes_.size());
}

void HtmlDocument::Finish() {
  subtree_end_.assign(nodes_.size(), 0);
  for (size_t i = nodes_.size(); i-- > 0;) {
    const uint32_t last = last_child_[i];
    subtree_end_[i] =
        last == kNoNode ? static_cast<uint32_t>(i + 1) : subtree_end_[last];
  }
  last_child_.clear();
  last_child_.shrink_to_fit();
}

std::string_view HtmlDocument::Attr(uint32_t i, std::string_view name) const {
  const HtmlNode& n = nodes_[i];
  if (n.is_text) return {};
  for (uint32_t a = n.begin; a < n.end; ++a) {
    const Attribute& at = attributes_[a];
    if (Pool(at.name_begin, at.name_size) == name) {
      return Pool(at.value_begin, at.value_size);
    }
  }
  return {};
}

bool HtmlDocument::HasAttr(uint32_t i, std::string_view name) const {
  const HtmlNode& n = nodes_[i];
  if (n.is_text) return false;
  for (uint32_t a = n.begin; a < n.end; ++a) {
    const Attribute& at = attributes_[a];
    if (Pool(at.name_begin, at.name_size) == name) return true;
  }
  return false;
}

HtmlDocument ParseHtml(std::string_view utf8_html) {
  HtmlDocument doc;
  doc.AddElement(HtmlTag::kUnknown, kNoNode);
  Arena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::Alloc;
  options.deallocator = &Arena::Free;
  options.userdata = &arena;
  options.max_errors = 0;  // errors are not read; do not record them
  GumboOutput* output =
      gumbo_parse_with_options(&options, utf8_html.data(), utf8_html.size());
  if (output != nullptr && output->document != nullptr) {
    Copy(output->document, &doc);
  }
  // No gumbo_destroy_output: the arena owns every allocation.
  doc.Finish();
  return doc;
}

}  // namespace precis
