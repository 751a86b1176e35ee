// Copyright 2026 The precis Authors.
//
// precis brief: the story brief of each cluster (summary, quotes,
// timeline, near-duplicates, who reported what, sources) as text, Markdown
// or JSON (one object a cluster a line; docs/brief.schema.json).

#include <map>
#include <iostream>
#include <string>

#include "command.h"
#include "precis/stories.h"
#include "precis/brief.h"
#include "render.h"

namespace precis::cli {
namespace {

struct BriefFlags {
  InputFlags input;
  SummaryFlags summary;
  std::string output = "text";
  size_t max_quotes = 8;
  size_t max_events = 12;
  size_t max_entities = 12;
};

void Heading(const std::string& title, bool markdown) {
  if (markdown) {
    std::cout << "\n### " << title << "\n\n";
  } else {
    std::cout << "\n" << title << "\n";
  }
}

std::string Bullet(bool markdown) { return markdown ? "- " : "  "; }

// People one a line with their role and the articles naming them;
// organizations and places as lists, most salient first. Other names
// (nationalities, events) are in the JSON only.
void PrintEntities(const Brief& b, const BriefFlags& f) {
  const bool md = f.output == "markdown";
  static constexpr struct {
    EntityType type;
    const char* text;
    const char* markdown;
  } kGroups[] = {{EntityType::kPerson, "PEOPLE", "People"},
                 {EntityType::kOrganization, "ORGANIZATIONS", "Organizations"},
                 {EntityType::kLocation, "PLACES", "Places"}};
  for (const auto& group : kGroups) {
    std::vector<const Entity*> shown;
    for (const Entity& e : b.entities) {
      if (e.type == group.type && shown.size() < f.max_entities) {
        shown.push_back(&e);
      }
    }
    if (shown.empty()) continue;
    Heading(md ? group.markdown : group.text, md);
    if (group.type != EntityType::kPerson) {
      std::string line;
      for (const Entity* e : shown) {
        if (!line.empty()) line += ", ";
        line += e->name;
      }
      std::cout << Bullet(md) << line << "\n";
      continue;
    }
    for (const Entity* e : shown) {
      std::vector<uint32_t> articles;
      for (const EntityMention& m : e->mentions) {
        if (articles.empty() || articles.back() != m.article) {
          articles.push_back(m.article);
        }
      }
      std::cout << Bullet(md) << e->name;
      if (!e->roles.empty()) std::cout << ", " << e->roles[0];
      std::cout << " " << Markers(articles) << "\n";
    }
  }
}

// A quote's quoted pieces, joined by an ellipsis when its attribution
// splits it.
std::string QuoteText(const Cluster& c, const BriefQuote& q) {
  const std::string& text = c.articles[q.article].text;
  if (q.quote.parts.size() <= 1) return OneLine(q.quote.content.In(text));
  std::string out;
  for (const Span& p : q.quote.parts) {
    if (!out.empty()) out += " \xE2\x80\xA6 ";
    out += OneLine(p.In(text));
  }
  return out;
}

void PrintBrief(const Cluster& c, const Brief& b, const BriefFlags& f) {
  const bool md = f.output == "markdown";
  const std::string title =
      b.headline.text.empty() ? c.id : OneLine(b.headline.text);
  std::cout << (md ? "## " : "") << title << "\n";
  if (!b.developments.empty()) {
    Heading(md ? "Developments" : "DEVELOPMENTS", md);
    for (const Development& d : b.developments) {
      std::string when = d.date.empty() ? "Date unknown" : ReadableDate(d.date);
      if (d.inferred) when += " (date from the text)";
      std::string outlets;
      for (const std::string& o : d.outlets) {
        outlets += (outlets.empty() ? "" : ", ") + o;
      }
      std::cout << Bullet(md) << (md ? "**" + when + "**" : when) << " — "
                << outlets << "\n";
      for (const SummarySentence& s : d.summary.sentences) {
        std::vector<uint32_t> all = s.also_in;
        all.push_back(s.article);
        std::cout << (md ? "    - " : "      ")
                  << OneLine(WithResolvedDays(c.articles[s.article], s.span))
                  << " " << Markers(all) << "\n";
      }
    }
  }
  Heading(md ? "Summary" : "SUMMARY", md);
  for (const SummarySentence& s : b.summary.sentences) {
    std::vector<uint32_t> all = s.also_in;
    all.push_back(s.article);
    std::cout << Bullet(md)
              << OneLine(WithResolvedDays(c.articles[s.article], s.span))
              << " " << Markers(all) << "\n";
  }
  PrintEntities(b, f);
  // Quotes with a speaker, direct ones first, most carried first.
  std::vector<const BriefQuote*> quotes;
  for (const BriefQuote& q : b.quotes) {
    if (!q.quote.speaker.empty()) quotes.push_back(&q);
  }
  std::stable_sort(quotes.begin(), quotes.end(),
                   [](const BriefQuote* x, const BriefQuote* y) {
                     if (x->quote.direct != y->quote.direct) {
                       return x->quote.direct;
                     }
                     return x->sources.size() > y->sources.size();
                   });
  if (!quotes.empty()) {
    Heading(md ? "Quotes" : "QUOTES", md);
    for (size_t i = 0; i < quotes.size() && i < f.max_quotes; ++i) {
      const BriefQuote& q = *quotes[i];
      const std::string text = QuoteText(c, q);
      std::cout << Bullet(md)
                << (q.quote.direct ? "\xE2\x80\x9C" + text + "\xE2\x80\x9D"
                                   : text)
                << " \xE2\x80\x94 " << q.quote.speaker << " "
                << Markers(q.sources) << "\n";
    }
  }
  if (!b.timeline.empty()) {
    Heading(md ? "Timeline" : "TIMELINE", md);
    // The events most outlets report, shown in date order.
    std::vector<size_t> order(b.timeline.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return b.timeline[x].sources.size() > b.timeline[y].sources.size();
    });
    if (order.size() > f.max_events) order.resize(f.max_events);
    std::sort(order.begin(), order.end());
    for (const size_t i : order) {
      const TimelineEvent& e = b.timeline[i];
      const std::string when = ReadableDate(e.date);
      std::cout << Bullet(md) << (md ? "**" + when + "** " : when + "  ")
                << OneLine(e.sentence.In(c.articles[e.article].text)) << " "
                << Markers(e.sources) << "\n";
    }
  }
  Heading(md ? "Who reported what" : "WHO REPORTED WHAT", md);
  for (const OutletCoverage& o : b.coverage) {
    std::cout << Bullet(md) << o.outlet << " " << Markers(o.articles) << ": "
              << o.summary.size() << " of " << b.summary.sentences.size()
              << " summary sentences, " << o.events.size() << " of "
              << b.timeline.size() << " dated events\n";
  }
  if (!b.duplicates.empty()) {
    Heading(md ? "Near-duplicates" : "NEAR-DUPLICATES", md);
    for (const auto& g : b.duplicates) {
      std::cout << Bullet(md) << Markers(g) << " carry nearly the same text\n";
    }
  }
  Heading(md ? "Sources" : "SOURCES", md);
  PrintSources(c, md);
}

int RunBrief(const BriefFlags& flags) {
  auto summary = flags.summary.Options();
  if (!summary.ok()) return ReportError(summary.status());
  if (flags.output != "text" && flags.output != "markdown" &&
      flags.output != "json") {
    return ReportError(Status::InvalidArgument(
        "unknown --format '" + flags.output + "' (text, markdown, json)"));
  }
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  BriefOptions options;
  options.summary = *summary;
  int exit = kExitOk;
  bool first = true;
  for (const Cluster& cluster : *clusters) {
    // The cluster's events, found by the story clusterer (stories.h): with
    // two or more, the brief tells them as developments.
    options.events.clear();
    if (cluster.articles.size() >= 2) {
      StoryOptions story_options;
      story_options.language = options.summary.language;
      auto stories = FindStories(cluster.articles, story_options, nullptr);
      if (stories.ok()) {
        std::map<std::string, uint32_t> index;
        for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
          index.emplace(cluster.articles[a].id, a);
        }
        for (const Story& story : *stories) {
          for (const StoryEvent& event : story.events) {
            std::vector<uint32_t>& group = options.events.emplace_back();
            for (const std::string& id : event.articles) {
              const auto it = index.find(id);
              if (it != index.end()) group.push_back(it->second);
            }
          }
        }
      }
    }
    auto brief = BuildBrief(cluster, options);
    if (!brief.ok()) {
      exit = ReportError(brief.status());
      if (brief.status().code() == Status::Code::kInvalidArgument) break;
      continue;
    }
    if (flags.output == "json") {
      std::cout << BriefToJson(cluster, *brief) << "\n";
      continue;
    }
    if (!first) std::cout << "\n";
    first = false;
    PrintBrief(cluster, *brief, flags);
  }
  return exit;
}

}  // namespace

Runner SetupBrief(CLI::App* sub) {
  auto flags = std::make_shared<BriefFlags>();
  flags->input.AddTo(sub, /*short_name=*/false);
  std::string methods;
  for (const auto& m : SummarizerMethods()) {
    methods += (methods.empty() ? "" : ", ") + m;
  }
  flags->summary.AddTo(sub, "Summarization method: " + methods);
  sub->add_option("--format", flags->output,
                  "Output: text, markdown, json (one object a cluster a line)")
      ->capture_default_str();
  sub->add_option("--max-quotes", flags->max_quotes,
                  "Quotes shown in text output (JSON has all)")
      ->capture_default_str();
  sub->add_option("--max-entities", flags->max_entities,
                  "People, organizations and places shown in text output, "
                  "each (JSON has all)")
      ->capture_default_str();
  sub->add_option("--max-events", flags->max_events,
                  "Timeline events shown in text output (JSON has all)")
      ->capture_default_str();
  return [flags] { return RunBrief(*flags); };
}

}  // namespace precis::cli
