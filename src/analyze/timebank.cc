// Copyright 2026 The precis Authors.

#include "analyze/timebank.h"

namespace precis {
namespace {

std::string Attribute(std::string_view tag, std::string_view name) {
  const std::string key = std::string(name) + "=\"";
  size_t p = tag.find(key);
  while (p != std::string_view::npos && p > 0 && tag[p - 1] != ' ') {
    p = tag.find(key, p + 1);
  }
  if (p == std::string_view::npos) return "";
  const size_t b = p + key.size();
  const size_t e = tag.find('"', b);
  return e == std::string_view::npos ? "" : std::string(tag.substr(b, e - b));
}

// Appends `s` to *out with the XML entities decoded.
void AppendDecoded(std::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '&') {
      const size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 6) {
        const std::string_view ent = s.substr(i + 1, semi - i - 1);
        const char c = ent == "amp"    ? '&'
                       : ent == "lt"   ? '<'
                       : ent == "gt"   ? '>'
                       : ent == "quot" ? '"'
                       : ent == "apos" ? '\''
                                       : 0;
        if (c != 0) {
          out->push_back(c);
          i = semi + 1;
          continue;
        }
      }
    }
    out->push_back(s[i++]);
  }
}

}  // namespace

Result<TimeMlDocument> ParseTimeMl(std::string_view xml, std::string id) {
  TimeMlDocument doc;
  doc.id = std::move(id);
  const size_t dct = xml.find("<DCT>");
  if (dct != std::string_view::npos) {
    const size_t tag_end = xml.find('>', xml.find("<TIMEX3", dct));
    if (tag_end != std::string_view::npos) {
      doc.creation_time = Attribute(xml.substr(dct, tag_end - dct), "value");
    }
  }
  const size_t tb = xml.find("<TEXT>");
  const size_t te = xml.find("</TEXT>");
  if (tb == std::string_view::npos || te == std::string_view::npos || te < tb) {
    return Status::BadInput(doc.id + ": no <TEXT> element");
  }
  const std::string_view body = xml.substr(tb + 6, te - tb - 6);
  size_t i = 0;
  GoldTimex open;
  bool in_timex = false;
  while (i < body.size()) {
    const size_t lt = body.find('<', i);
    const size_t stop = lt == std::string_view::npos ? body.size() : lt;
    AppendDecoded(body.substr(i, stop - i), &doc.text);
    if (lt == std::string_view::npos) break;
    const size_t gt = body.find('>', lt);
    if (gt == std::string_view::npos) break;
    const std::string_view tag = body.substr(lt, gt - lt + 1);
    if (tag.starts_with("<TIMEX3")) {
      open = GoldTimex();
      open.span.begin = static_cast<uint32_t>(doc.text.size());
      open.type = Attribute(tag, "type");
      open.value = Attribute(tag, "value");
      in_timex = true;
    } else if (tag.starts_with("</TIMEX3") && in_timex) {
      open.span.end = static_cast<uint32_t>(doc.text.size());
      if (open.span.end > open.span.begin) doc.timexes.push_back(open);
      in_timex = false;
    }
    i = gt + 1;
  }
  return doc;
}

bool TimexScoreOptions::Counts(std::string_view type) const {
  if (type == "DATE") return date;
  if (type == "TIME") return time;
  if (type == "DURATION") return duration;
  if (type == "SET") return set;
  return false;
}

void ScoreTimexes(const TimeMlDocument& doc,
                  const std::vector<TimeExpression>& predicted,
                  const TimexScoreOptions& options, TimexScores* scores,
                  std::vector<TimexMismatch>* mismatches) {
  using Kind = TimexMismatch::Kind;
  auto note = [&](Kind kind, const GoldTimex* g, const TimeExpression* p) {
    if (mismatches == nullptr) return;
    mismatches->push_back({kind, g ? g->span : Span(), p ? p->span : Span(),
                           g ? g->value : "", p ? p->value : ""});
  };
  std::vector<const GoldTimex*> gold, other;
  for (const GoldTimex& g : doc.timexes) {
    (options.Counts(g.type) ? gold : other).push_back(&g);
  }
  scores->gold += gold.size();
  std::vector<bool> used(gold.size(), false);
  for (const TimeExpression& p : predicted) {
    bool matched = false;
    for (size_t g = 0; g < gold.size() && !matched; ++g) {
      if (used[g] || !p.span.Overlaps(gold[g]->span)) continue;
      used[g] = matched = true;
      ++scores->predicted;
      ++scores->relaxed_matches;
      if (p.span == gold[g]->span) {
        ++scores->strict_matches;
      } else {
        note(Kind::kExtent, gold[g], &p);
      }
      if (p.value == gold[g]->value) {
        ++scores->value_correct;
      } else {
        note(Kind::kValue, gold[g], &p);
      }
    }
    if (matched) continue;
    // Left out: predictions of a type not scored, and those overlapping a
    // gold expression of such a type.
    if (!options.Counts(TimexTypeName(p.type))) continue;
    bool ignored = false;
    for (const GoldTimex* o : other) ignored |= p.span.Overlaps(o->span);
    if (ignored) continue;
    ++scores->predicted;
    note(Kind::kSpurious, nullptr, &p);
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!used[g]) note(Kind::kMissed, gold[g], nullptr);
  }
}

}  // namespace precis
