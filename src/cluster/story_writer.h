// Copyright 2026 The precis Authors.
//
// Renders stories for people (text, Markdown) and programs (one JSON object
// a line, docs/story.schema.json). Shared by the CLI and, later, the
// service.

#ifndef PRECIS_CLUSTER_STORY_WRITER_H_
#define PRECIS_CLUSTER_STORY_WRITER_H_

#include <string>
#include <string_view>

#include "precis/stories.h"

namespace precis {

// One line of JSON: {"id", "title", "first_published", "last_published",
// "outlets", "articles", "events": [{"id", "title", "date", "articles"}]},
// plus "brief" (the object BriefToJson wrote) when `brief_json` is not
// empty. No trailing newline.
std::string StoryToJson(const Story& story, std::string_view brief_json = "");

// A block for people: the story's title, dates, outlets and size, then its
// events, one a line with their date and article ids. Ends with a newline.
std::string StoryToText(const Story& story, bool markdown);

}  // namespace precis

#endif  // PRECIS_CLUSTER_STORY_WRITER_H_
