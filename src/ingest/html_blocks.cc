// Copyright 2026 The precis Authors.

#include "ingest/html_blocks.h"

#include <utility>

namespace precis {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Does an element of this tag separate paragraphs (blank line) rather than
// lines?
bool IsParagraphTag(HtmlTag t) {
  switch (t) {
    case HtmlTag::kP: case HtmlTag::kH1: case HtmlTag::kH2:
    case HtmlTag::kH3: case HtmlTag::kH4: case HtmlTag::kH5:
    case HtmlTag::kH6: case HtmlTag::kBlockquote: case HtmlTag::kPre:
    case HtmlTag::kUl: case HtmlTag::kOl: case HtmlTag::kDl:
    case HtmlTag::kTable: case HtmlTag::kFigure: case HtmlTag::kHr:
    case HtmlTag::kSection: case HtmlTag::kArticle:
      return true;
    default:
      return false;
  }
}

class Builder {
 public:
  Builder(const HtmlDocument& doc, const std::vector<bool>& skip)
      : doc_(doc), skip_(skip) {}

  void Walk(uint32_t root) {
    // Open elements as (node, subtree end); an element closes when the walk
    // reaches its subtree end.
    std::vector<std::pair<uint32_t, uint32_t>> open;
    const uint32_t end = doc_.SubtreeEnd(root);
    for (uint32_t i = root; i < end;) {
      while (!open.empty() && i >= open.back().second) Close(&open);
      const HtmlNode& n = doc_.node(i);
      if (!skip_.empty() && skip_[i]) {
        i = doc_.SubtreeEnd(i);
        continue;
      }
      if (n.is_text) {
        AddText(doc_.Text(i));
        ++i;
        continue;
      }
      Open(i);
      open.emplace_back(i, doc_.SubtreeEnd(i));
      ++i;
    }
    while (!open.empty()) Close(&open);
    Break(true, HtmlTag::kUnknown, kNoNode);
  }

  std::vector<HtmlBlock> Take() { return std::move(blocks_); }

 private:
  void Open(uint32_t i) {
    const HtmlTag t = doc_.node(i).tag;
    if (t == HtmlTag::kBr) {
      Break(false, current_.tag, current_.node);
      return;
    }
    if (t == HtmlTag::kA) ++in_link_;
    if (t == HtmlTag::kPre) ++in_pre_;
    if (t == HtmlTag::kTd || t == HtmlTag::kTh) space_ = true;
    if (IsBlockTag(t)) Break(IsParagraphTag(t), t, i);
  }

  void Close(std::vector<std::pair<uint32_t, uint32_t>>* open) {
    const uint32_t i = open->back().first;
    open->pop_back();
    const HtmlTag t = doc_.node(i).tag;
    if (t == HtmlTag::kA && in_link_ > 0) --in_link_;
    if (t == HtmlTag::kPre && in_pre_ > 0) --in_pre_;
    if (t == HtmlTag::kTd || t == HtmlTag::kTh) space_ = true;
    if (IsBlockTag(t) && t != HtmlTag::kBr) {
      // Text after a block belongs to the enclosing block again.
      const uint32_t parent = open->empty() ? kNoNode : open->back().first;
      Break(IsParagraphTag(t), parent == kNoNode ? HtmlTag::kUnknown
                                                 : doc_.node(parent).tag,
            parent);
    }
  }

  // Ends the current block; the next one starts with a line break, or a
  // paragraph break when any break since the last text asked for one.
  void Break(bool paragraph, HtmlTag next_tag, uint32_t next_node) {
    if (!current_.text.empty()) {
      blocks_.push_back(std::move(current_));
      current_ = HtmlBlock();
      pending_paragraph_ = false;
    }
    pending_paragraph_ = pending_paragraph_ || paragraph;
    current_.tag = next_tag;
    current_.node = next_node;
    space_ = false;
  }

  void AddText(std::string_view s) {
    std::string& out = current_.text;
    if (out.empty()) current_.paragraph_break = pending_paragraph_;
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (in_pre_ > 0) {
        if (c == '\n') {
          Break(false, current_.tag, current_.node);
          continue;
        }
        if (c == '\r') continue;
      } else if (IsSpace(c)) {
        space_ = true;
        continue;
      }
      if (space_ && !out.empty()) out.push_back(' ');
      space_ = false;
      if (out.empty()) current_.paragraph_break = pending_paragraph_;
      out.push_back(c);
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && !IsSpace(c)) {
        ++current_.chars;
        if (in_link_ > 0) ++current_.link_chars;
      }
    }
  }

  const HtmlDocument& doc_;
  const std::vector<bool>& skip_;
  std::vector<HtmlBlock> blocks_;
  HtmlBlock current_;
  bool pending_paragraph_ = false;
  bool space_ = false;
  int in_link_ = 0;
  int in_pre_ = 0;
};

}  // namespace

bool IsBlockTag(HtmlTag t) {
  switch (t) {
    case HtmlTag::kP: case HtmlTag::kDiv: case HtmlTag::kSection:
    case HtmlTag::kArticle: case HtmlTag::kMain: case HtmlTag::kH1:
    case HtmlTag::kH2: case HtmlTag::kH3: case HtmlTag::kH4:
    case HtmlTag::kH5: case HtmlTag::kH6: case HtmlTag::kHgroup:
    case HtmlTag::kUl: case HtmlTag::kOl: case HtmlTag::kLi:
    case HtmlTag::kDl: case HtmlTag::kDt: case HtmlTag::kDd:
    case HtmlTag::kBlockquote: case HtmlTag::kPre: case HtmlTag::kTable:
    case HtmlTag::kCaption: case HtmlTag::kTr: case HtmlTag::kFigure:
    case HtmlTag::kFigcaption: case HtmlTag::kAddress: case HtmlTag::kHeader:
    case HtmlTag::kFooter: case HtmlTag::kNav: case HtmlTag::kAside:
    case HtmlTag::kForm: case HtmlTag::kFieldset: case HtmlTag::kDetails:
    case HtmlTag::kSummary: case HtmlTag::kCenter: case HtmlTag::kHr:
    case HtmlTag::kBr: case HtmlTag::kBody: case HtmlTag::kHtml:
    case HtmlTag::kMenu: case HtmlTag::kTitle: case HtmlTag::kDialog:
    case HtmlTag::kTbody: case HtmlTag::kThead: case HtmlTag::kTfoot:
      return true;
    default:
      return false;
  }
}

std::vector<HtmlBlock> CollectBlocks(const HtmlDocument& doc,
                                     const std::vector<uint32_t>& roots,
                                     const std::vector<bool>& skip) {
  Builder b(doc, skip);
  for (uint32_t r : roots) b.Walk(r);
  return b.Take();
}

std::string JoinBlocks(const std::vector<HtmlBlock>& blocks) {
  std::string out;
  for (const HtmlBlock& b : blocks) {
    if (!out.empty()) out.append(b.paragraph_break ? "\n\n" : "\n");
    out.append(b.text);
  }
  return out;
}

}  // namespace precis
