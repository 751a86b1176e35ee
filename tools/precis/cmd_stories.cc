// Copyright 2026 The precis Authors.
//
// precis stories: groups a pile or stream of articles into stories and
// events (include/precis/stories.h) and prints them as text, Markdown or
// JSON (one story a line; docs/story.schema.json); `--state FILE` resumes
// from and saves the clusterer's state. `precis stories eval` scores the
// clusterer on a stream with gold clusters.

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cluster/story_eval.h"
#include "cluster/story_writer.h"
#include "cluster/stream.h"
#include "command.h"
#include "precis/brief.h"
#include "precis/stories.h"

namespace precis::cli {
namespace {

struct StoriesFlags {
  std::vector<std::string> paths;
  std::string input_format = "auto";
  std::string output = "text";
  bool brief = false;
  std::string state;
  StoryOptions options;
  // eval
  std::string data, gold;
};

Result<std::vector<Article>> ReadArticles(const StoriesFlags& f) {
  InputFlags input;
  input.paths = f.paths;
  input.format = f.input_format;
  PRECIS_ASSIGN_OR_RETURN(auto clusters, input.Read());
  std::vector<Article> articles;
  for (Cluster& c : clusters) {
    for (Article& a : c.articles) articles.push_back(std::move(a));
  }
  return articles;
}

// The brief of a story's articles, as JSON ("" when it has none to give).
std::string StoryBrief(const Story& s,
                       const std::unordered_map<std::string, const Article*>& by_id,
                       std::string* text_summary) {
  Cluster c;
  c.id = s.id;
  for (const std::string& id : s.articles) {
    auto it = by_id.find(id);
    if (it != by_id.end()) c.articles.push_back(*it->second);
  }
  if (c.articles.empty()) return "";
  auto brief = BuildBrief(c, BriefOptions{});
  if (!brief.ok()) return "";
  for (const SummarySentence& sentence : brief->summary.sentences) {
    *text_summary += "    " +
                     std::string(sentence.span.In(c.articles[sentence.article].text)) +
                     "\n";
  }
  return BriefToJson(c, *brief);
}

int Print(const std::vector<Story>& stories, const std::vector<Article>& articles,
          const StoriesFlags& f) {
  std::unordered_map<std::string, const Article*> by_id;
  if (f.brief) {
    for (const Article& a : articles) by_id.emplace(a.id, &a);
  }
  for (const Story& s : stories) {
    std::string summary, brief;
    if (f.brief) brief = StoryBrief(s, by_id, &summary);
    if (f.output == "json") {
      std::cout << StoryToJson(s, brief) << "\n";
    } else {
      std::cout << StoryToText(s, f.output == "markdown");
      if (!summary.empty()) {
        std::cout << (f.output == "markdown" ? "\n" : "  summary:\n") << summary;
      }
      std::cout << "\n";
    }
  }
  return kExitOk;
}

int RunStories(const StoriesFlags& f) {
  if (f.output != "text" && f.output != "markdown" && f.output != "json") {
    return ReportError(Status::InvalidArgument(
        "unknown --format '" + f.output + "' (text, markdown, json)"));
  }
  if (f.paths.empty()) {
    return ReportError(Status::InvalidArgument("no input: give PATH... or -"));
  }
  auto articles = ReadArticles(f);
  if (!articles.ok()) return ReportError(articles.status());
  Diagnostics diagnostics;
  if (f.state.empty()) {
    auto stories = FindStories(*articles, f.options, &diagnostics);
    PrintDiagnostics(diagnostics);
    if (!stories.ok()) return ReportError(stories.status());
    return Print(*stories, *articles, f);
  }
  // Resume from the state file when it exists; save it after.
  StoryClusterer clusterer(f.options);
  if (std::ifstream in(f.state, std::ios::binary); in) {
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto loaded = StoryClusterer::Load(bytes.str(), f.options);
    if (!loaded.ok()) {
      return ReportError(
          Status::BadInput(f.state + ": " + loaded.status().message()));
    }
    clusterer = std::move(loaded).value();
  }
  std::vector<Article> stream =
      PrepareStream(*articles, f.options, &diagnostics);
  PrintDiagnostics(diagnostics);
  std::vector<Story> stories;
  for (const Article& a : stream) {
    auto added = clusterer.Add(a);
    if (!added.ok()) return ReportError(added.status());
    for (Story& s : clusterer.TakeDormant()) stories.push_back(std::move(s));
  }
  for (Story& s : clusterer.ActiveStories()) stories.push_back(std::move(s));
  {
    const std::string tmp = f.state + ".tmp";
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << clusterer.SaveState();
    out.close();
    if (!out || std::rename(tmp.c_str(), f.state.c_str()) != 0) {
      return ReportError(Status::IOError("cannot write state '" + f.state + "'"));
    }
  }
  return Print(stories, stream, f);
}

int RunEval(const StoriesFlags& f) {
  if (f.output != "text" && f.output != "json") {
    return ReportError(Status::InvalidArgument("unknown --format '" + f.output +
                                               "' (text, json)"));
  }
  Diagnostics diagnostics;
  auto report = EvaluateStories(f.data, f.gold, f.options, &diagnostics);
  PrintDiagnostics(diagnostics);
  if (!report.ok()) return ReportError(report.status());
  std::cout << (f.output == "json" ? StoryEvalToJson(*report) + "\n"
                                   : StoryEvalToText(*report));
  return kExitOk;
}

void AddTuning(CLI::App* app, StoryOptions* o) {
  app->add_option("--story-threshold", o->story_threshold,
                  "Cosine at which an article joins a story")
      ->capture_default_str();
  app->add_option("--event-threshold", o->event_threshold,
                  "Cosine at which an article joins an event of its story")
      ->capture_default_str();
  app->add_option("--dormant-days", o->dormant_days,
                  "Days idle after which a story goes dormant")
      ->capture_default_str();
  app->add_option("--language", o->language, "Stemmer and stop words")
      ->capture_default_str();
}

}  // namespace

Runner SetupStories(CLI::App* sub) {
  auto f = std::make_shared<StoriesFlags>();
  sub->add_option("paths", f->paths,
                  "Files or directories of articles; - reads standard input");
  sub->add_option("--input-format", f->input_format,
                  "Input format: auto, text, multinews, jsonl, html")
      ->capture_default_str();
  sub->add_option("--format", f->output, "Output: text, markdown, json")
      ->capture_default_str();
  sub->add_flag("--brief", f->brief, "Add each story's brief");
  sub->add_option("--state", f->state,
                  "Resume from this state file if it exists, and save to it");
  AddTuning(sub, &f->options);
  CLI::App* eval =
      sub->add_subcommand("eval", "Score the stories against gold clusters");
  eval->add_option("--data", f->data, "Stream of articles (JSONL, ...)")
      ->required();
  eval->add_option("--gold", f->gold, "Gold: one {\"id\", \"story\"} a line")
      ->required();
  eval->add_option("--format", f->output, "Output: text, json");
  AddTuning(eval, &f->options);
  return [f, eval]() { return eval->parsed() ? RunEval(*f) : RunStories(*f); };
}

}  // namespace precis::cli
