// Copyright 2026 The precis Authors.
//
// Blocks: the text of a part of an HtmlDocument as the lines a reader sees
// (paragraphs, headings, list items, quotes, table rows, lines ended by
// <br>), each with the statistics content extraction judges it by.

#ifndef PRECIS_INGEST_HTML_BLOCKS_H_
#define PRECIS_INGEST_HTML_BLOCKS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/html_parser.h"

namespace precis {

struct HtmlBlock {
  std::string text;          // whitespace collapsed (kept inside <pre>)
  size_t chars = 0;          // code points of text, spaces excluded
  size_t link_chars = 0;     // of those, inside <a>
  bool paragraph_break = false;  // a blank line before it, not a line break
  HtmlTag tag = HtmlTag::kUnknown;  // the block element it belongs to
  uint32_t node = kNoNode;          // that element
};

// True for elements that start and end a line (p, div, li, h1, ...).
bool IsBlockTag(HtmlTag tag);

// The blocks of the subtrees rooted at `roots` (in document order), leaving
// out the subtrees whose roots have skip[i] set (skip may be empty).
// Iterative: any depth.
std::vector<HtmlBlock> CollectBlocks(const HtmlDocument& doc,
                                     const std::vector<uint32_t>& roots,
                                     const std::vector<bool>& skip);

// Joins blocks into text: a line each, a blank line before paragraphs.
std::string JoinBlocks(const std::vector<HtmlBlock>& blocks);

}  // namespace precis

#endif  // PRECIS_INGEST_HTML_BLOCKS_H_
