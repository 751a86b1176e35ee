// Copyright 2026 The precis Authors.

#include "precis/brief.h"

#include <algorithm>
#include <map>
#include <string>

#include "analyze/developments.h"
#include "nlohmann/json.hpp"
#include "precis/duplicates.h"

namespace precis {
namespace {

// Lower-case letters and digits only: "same words" for quote merging.
std::string Key(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    }
  }
  return out;
}

std::string OutletOf(const Article& a) {
  return a.source.empty() ? a.id : a.source;
}

bool Has(const std::vector<uint32_t>& v, uint32_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

Result<Brief> BuildBrief(const Cluster& cluster, const BriefOptions& options) {
  Brief brief;
  // A summary sentence that quotes "he" leaves the reader asking who: the
  // brief's quotes section names the speaker instead.
  SummarizeOptions summary = options.summary;
  summary.pronoun_quotes = false;
  PRECIS_ASSIGN_OR_RETURN(brief.summary, Summarize(cluster, summary));
  brief.timeline = BuildTimeline(cluster, options.timeline);
  brief.duplicates = FindNearDuplicates(cluster.articles);
  if (options.events.size() >= 2) {
    brief.developments = BuildDevelopments(cluster, options.events, summary,
                                           options.development_sentences);
  }
  HeadlineOptions headline;
  headline.language = options.summary.language;
  brief.headline = ChooseHeadline(cluster, headline);

  // Boilerplate lines are not the articles' words: names and quotes are
  // searched in the blocks cleaning kept.
  const std::vector<CleanedArticle> cleaned =
      CleanArticles(cluster.articles, options.summary.clean);
  std::vector<std::vector<Span>> regions(cluster.articles.size());
  for (size_t a = 0; a < cleaned.size(); ++a) regions[a] = cleaned[a].blocks;

  // People, organizations and places, merged over the cluster.
  if (options.entities)
    brief.entities = FindEntities(cluster.articles, regions);
  std::vector<std::vector<NameMention>> names(cluster.articles.size());
  for (size_t e = 0; e < brief.entities.size(); ++e) {
    const Entity& entity = brief.entities[e];
    for (const EntityMention& m : entity.mentions) {
      names[m.article].push_back({m.span, static_cast<int32_t>(e),
                                  entity.type == EntityType::kPerson});
    }
  }

  // Quotes, one per distinct content, in article order, their speakers
  // resolved to the entities' mentions.
  std::map<std::string, size_t> seen;
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    const Article& article = cluster.articles[a];
    const std::string& text = article.text;
    std::sort(names[a].begin(), names[a].end(),
              [](const NameMention& x, const NameMention& y) {
                return x.span.begin < y.span.begin;
              });
    QuoteOptions quote_options;
    quote_options.names = names[a];
    // The whole body, so that "he" and surnames find the names before them;
    // quotes in dropped lines are left out.
    const uint32_t body = std::min<uint32_t>(
        article.body_begin, static_cast<uint32_t>(text.size()));
    for (Quote& q :
         FindQuotes(std::string_view(text).substr(body),
                    options.entities ? quote_options : QuoteOptions(), body)) {
      const bool kept =
          std::any_of(regions[a].begin(), regions[a].end(), [&](const Span& b) {
            return q.content.begin >= b.begin && q.content.end <= b.end;
          });
      if (!kept) continue;
      // The speaker by the name the entity goes by ("Rouhani" said it,
      // "Hassan Rouhani" is who).
      if (q.entity >= 0) q.speaker = brief.entities[q.entity].name;
      // Attributed to a name, or left out ("..., he said" with no one
      // found for "he"); another article may carry it with the name.
      if (SpeakerIsPronoun(q)) continue;
      const std::string key = Key(q.content.In(text));
      if (key.size() < 12) continue;
      auto it = seen.find(key);
      if (it != seen.end()) {
        BriefQuote& first = brief.quotes[it->second];
        if (!Has(first.sources, a)) first.sources.push_back(a);
        if (first.quote.speaker.empty()) {
          first.quote.speaker = q.speaker;
          first.quote.entity = q.entity;
        }
        continue;
      }
      seen.emplace(key, brief.quotes.size());
      brief.quotes.push_back({a, std::move(q), {a}});
    }
  }

  // Who reports what.
  std::map<std::string, size_t> outlet_index;
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    const std::string outlet = OutletOf(cluster.articles[a]);
    auto [it, added] = outlet_index.emplace(outlet, brief.coverage.size());
    if (added) brief.coverage.push_back({outlet, {}, {}, {}});
    brief.coverage[it->second].articles.push_back(a);
  }
  for (OutletCoverage& c : brief.coverage) {
    for (uint32_t s = 0; s < brief.summary.sentences.size(); ++s) {
      const SummarySentence& x = brief.summary.sentences[s];
      for (const uint32_t a : c.articles) {
        if (x.article == a || Has(x.also_in, a)) {
          c.summary.push_back(s);
          break;
        }
      }
    }
    for (uint32_t e = 0; e < brief.timeline.size(); ++e) {
      for (const uint32_t a : c.articles) {
        if (Has(brief.timeline[e].sources, a)) {
          c.events.push_back(e);
          break;
        }
      }
    }
  }
  return brief;
}

std::string BriefToJson(const Cluster& cluster, const Brief& brief) {
  using nlohmann::ordered_json;
  auto id = [&](uint32_t a) { return cluster.articles[a].id; };
  auto ids = [&](const std::vector<uint32_t>& v) {
    ordered_json out = ordered_json::array();
    for (const uint32_t a : v) out.push_back(id(a));
    return out;
  };
  ordered_json j;
  j["cluster"] = cluster.id;
  {
    ordered_json headline = {{"text", brief.headline.text}};
    if (brief.headline.article >= 0) {
      headline["article"] = id(static_cast<uint32_t>(brief.headline.article));
      headline["from"] = brief.headline.from_title ? "title" : "text";
      if (!brief.headline.from_title) {
        headline["begin"] = brief.headline.span.begin;
        headline["end"] = brief.headline.span.end;
      }
    }
    j["headline"] = std::move(headline);
  }
  ordered_json sources = ordered_json::array();
  for (uint32_t a = 0; a < cluster.articles.size(); ++a) {
    const Article& x = cluster.articles[a];
    sources.push_back({{"n", a + 1},
                       {"id", x.id},
                       {"title", x.title},
                       {"outlet", x.source},
                       {"url", x.url},
                       {"published", x.published}});
  }
  j["sources"] = std::move(sources);
  auto sentences = [&](const Summary& summary) {
    ordered_json out = ordered_json::array();
    for (const SummarySentence& s : summary.sentences) {
      std::vector<uint32_t> all = s.also_in;
      all.push_back(s.article);
      std::sort(all.begin(), all.end());
      out.push_back({{"text", s.span.In(cluster.articles[s.article].text)},
                     {"article", id(s.article)},
                     {"begin", s.span.begin},
                     {"end", s.span.end},
                     {"sources", ids(all)}});
    }
    return out;
  };
  ordered_json summary = sentences(brief.summary);
  ordered_json developments = ordered_json::array();
  for (const Development& d : brief.developments) {
    developments.push_back({{"date", d.date},
                            {"when", d.date.empty() ? "" : ReadableDate(d.date)},
                            {"inferred", d.inferred},
                            {"articles", ids(d.articles)},
                            {"outlets", d.outlets},
                            {"sentences", sentences(d.summary)}});
  }
  j["developments"] = std::move(developments);
  j["summary"] = {{"method", brief.summary.method},
                  {"sentences", std::move(summary)}};
  ordered_json entities = ordered_json::array();
  for (const Entity& e : brief.entities) {
    ordered_json mentions = ordered_json::array();
    for (const EntityMention& m : e.mentions) {
      mentions.push_back({{"article", id(m.article)},
                          {"begin", m.span.begin},
                          {"end", m.span.end}});
    }
    entities.push_back({{"name", e.name},
                        {"type", EntityTypeName(e.type)},
                        {"rank", e.rank},
                        {"outlets", e.outlets},
                        {"articles", e.articles},
                        {"roles", e.roles},
                        {"aliases", e.aliases},
                        {"mentions", std::move(mentions)}});
  }
  j["entities"] = std::move(entities);
  ordered_json quotes = ordered_json::array();
  for (const BriefQuote& q : brief.quotes) {
    const std::string& text = cluster.articles[q.article].text;
    ordered_json x = {
        {"text", q.quote.content.In(text)}, {"speaker", q.quote.speaker},
        {"direct", q.quote.direct},         {"article", id(q.article)},
        {"begin", q.quote.content.begin},   {"end", q.quote.content.end},
        {"sources", ids(q.sources)}};
    if (q.quote.source.begin < q.quote.source.end) {
      x["source"] = {{"text", q.quote.source.In(text)},
                     {"begin", q.quote.source.begin},
                     {"end", q.quote.source.end}};
    }
    if (q.quote.cue.begin < q.quote.cue.end) x["cue"] = q.quote.cue.In(text);
    if (q.quote.entity >= 0) x["entity"] = q.quote.entity;
    if (q.quote.parts.size() > 1) {
      ordered_json parts = ordered_json::array();
      for (const Span& p : q.quote.parts) {
        parts.push_back(
            {{"text", p.In(text)}, {"begin", p.begin}, {"end", p.end}});
      }
      x["parts"] = std::move(parts);
    }
    quotes.push_back(std::move(x));
  }
  j["quotes"] = std::move(quotes);
  ordered_json timeline = ordered_json::array();
  for (const TimelineEvent& e : brief.timeline) {
    const std::string& text = cluster.articles[e.article].text;
    timeline.push_back({{"date", e.date},
                        {"when", ReadableDate(e.date)},
                        {"text", e.sentence.In(text)},
                        {"expression", e.expression.In(text)},
                        {"article", id(e.article)},
                        {"begin", e.sentence.begin},
                        {"end", e.sentence.end},
                        {"sources", ids(e.sources)}});
  }
  j["timeline"] = std::move(timeline);
  ordered_json dups = ordered_json::array();
  for (const auto& g : brief.duplicates) dups.push_back(ids(g));
  j["duplicates"] = std::move(dups);
  ordered_json coverage = ordered_json::array();
  for (const OutletCoverage& c : brief.coverage) {
    coverage.push_back({{"outlet", c.outlet},
                        {"articles", ids(c.articles)},
                        {"summary", c.summary},
                        {"timeline", c.events}});
  }
  j["coverage"] = std::move(coverage);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace precis
