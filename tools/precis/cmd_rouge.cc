// Copyright 2026 The precis Authors.
//
// precis rouge: scores candidate summaries against references with ROUGE,
// as ROUGE-1.5.5 or rouge-score computes it; prints the mean and confidence
// interval of each metric as a table or JSON, and per-case scores on demand.

#include <cstdio>
#include <fstream>
#include <iostream>

#include "base/file.h"
#include "command.h"
#include "eval/rouge_input.h"
#include "nlohmann/json.hpp"
#include "precis/rouge.h"

namespace precis::cli {
namespace {

struct RougeFlags {
  std::vector<std::string> inputs;  // CANDIDATES.jsonl REFERENCES.jsonl
  std::string candidate;
  std::vector<std::string> references;
  std::string style = "rouge155";
  std::string rouge155;
  int ngrams = 2;
  bool no_l = false;
  bool lsum = false;
  double rouge_w = 0;
  std::string rouge_s, rouge_su;
  bool stem = false;
  bool stopwords = false;
  int words = 0, bytes = 0;
  std::string multi_ref = "average";
  double alpha = 0.5;
  double confidence = 95;
  int resamples = 1000;
  bool json = false;
  std::string per_case;
  // Which scoring options were given (they conflict with --rouge155).
  std::vector<CLI::Option*> scoring;
};

Status ParseSkip(const std::string& text, const char* flag, int* distance) {
  if (text == "*" || text == "unlimited" || text == "-1") {
    *distance = -1;
    return Status::OK();
  }
  char* end = nullptr;
  const long v = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || v < 0 || v > 1000000) {
    return Status::InvalidArgument(std::string(flag) + " '" + text +
                                   "': want a distance >= 0, or *");
  }
  *distance = static_cast<int>(v);
  return Status::OK();
}

Result<RougeOptions> BuildOptions(const RougeFlags& f) {
  RougeOptions o;
  if (f.style == "rouge-score") {
    o.style = RougeStyle::kRougeScore;
    o.summary_lcs = true;
  } else if (f.style != "rouge155") {
    return Status::InvalidArgument("unknown --style '" + f.style +
                                   "' (rouge155, rouge-score)");
  }
  if (!f.rouge155.empty()) {
    if (o.style != RougeStyle::kRouge155) {
      return Status::InvalidArgument("--rouge155 needs --style rouge155");
    }
    for (const CLI::Option* opt : f.scoring) {
      if (opt->count() > 0) {
        return Status::InvalidArgument(
            "--rouge155 sets every scoring option; " + opt->get_name() +
            " cannot join it");
      }
    }
    PRECIS_ASSIGN_OR_RETURN(o, ParseRouge155Options(f.rouge155));
  } else {
    o.max_n = f.ngrams;
    o.lcs = !f.no_l;
    if (f.lsum) o.summary_lcs = true;
    if (f.rouge_w > 0) {
      o.wlcs = true;
      o.wlcs_weight = f.rouge_w;
    }
    if (!f.rouge_s.empty()) {
      PRECIS_RETURN_IF_ERROR(
          ParseSkip(f.rouge_s, "--rouge-s", &o.skip_distance));
      o.skip_bigram = true;
    }
    if (!f.rouge_su.empty()) {
      int d = 0;
      PRECIS_RETURN_IF_ERROR(ParseSkip(f.rouge_su, "--rouge-su", &d));
      if (o.skip_bigram && d != o.skip_distance) {
        return Status::InvalidArgument(
            "--rouge-s and --rouge-su need the same distance");
      }
      o.skip_distance = d;
      o.skip_unigram = true;
    }
    o.stem = f.stem;
    o.remove_stopwords = f.stopwords;
    o.word_limit = f.words;
    o.byte_limit = f.bytes;
    if (f.multi_ref == "best") {
      o.combine = RougeCombine::kBest;
    } else if (f.multi_ref != "average") {
      return Status::InvalidArgument("unknown --multi-ref '" + f.multi_ref +
                                     "' (average, best)");
    }
    o.alpha = f.alpha;
    o.confidence = f.confidence;
    o.resamples = f.resamples;
  }
  PRECIS_RETURN_IF_ERROR(ValidateRougeOptions(o));
  return o;
}

Result<std::vector<RougeInputCase>> ReadCases(const RougeFlags& f) {
  if (!f.candidate.empty() || !f.references.empty()) {
    if (!f.inputs.empty() || f.candidate.empty() || f.references.empty()) {
      return Status::InvalidArgument(
          "give CANDIDATES.jsonl REFERENCES.jsonl, or --candidate FILE with "
          "--reference FILE...");
    }
    PRECIS_ASSIGN_OR_RETURN(std::string cand, ReadFile(f.candidate));
    std::vector<std::string> refs;
    for (const std::string& path : f.references) {
      PRECIS_ASSIGN_OR_RETURN(std::string r, ReadFile(path));
      refs.push_back(std::move(r));
    }
    PRECIS_ASSIGN_OR_RETURN(RougeInputCase c,
                            MakeRougeCase(std::move(cand), f.candidate,
                                          std::move(refs), f.references));
    return std::vector<RougeInputCase>{std::move(c)};
  }
  if (f.inputs.size() != 2) {
    return Status::InvalidArgument(
        "give CANDIDATES.jsonl REFERENCES.jsonl, or --candidate FILE with "
        "--reference FILE...");
  }
  if (f.inputs[0] == "-" && f.inputs[1] == "-") {
    return Status::InvalidArgument("only one input can be standard input");
  }
  PRECIS_ASSIGN_OR_RETURN(std::string cands, ReadFile(f.inputs[0]));
  PRECIS_ASSIGN_OR_RETURN(std::string refs, ReadFile(f.inputs[1]));
  return ParseRougeJsonl(cands, f.inputs[0], refs, f.inputs[1]);
}

std::string Fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", decimals, x);
  return buf;
}

void PrintTable(const std::vector<RougeMetricSummary>& summary,
                const RougeOptions& o, size_t cases) {
  const int d = o.style == RougeStyle::kRouge155 ? 5 : 6;
  char head[160];
  std::snprintf(head, sizeof(head), "%-12s %-*s %-*s %-*s\n", "metric",
                3 * d + 9, "R (CI)", 3 * d + 9, "P (CI)", 3 * d + 9, "F (CI)");
  std::cout << head;
  for (const RougeMetricSummary& m : summary) {
    std::cout << m.name;
    for (size_t i = m.name.size(); i < 13; ++i) std::cout << ' ';
    for (const RougeInterval* v : {&m.recall, &m.precision, &m.f}) {
      std::cout << Fixed(v->mean, d) << " (" << Fixed(v->low, d) << "-"
                << Fixed(v->high, d) << ")  ";
    }
    std::cout << "\n";
  }
  std::cout << cases << (cases == 1 ? " case" : " cases") << ", "
            << Fixed(o.confidence, 0) << "% confidence intervals from "
            << o.resamples << " resamples\n";
}

nlohmann::ordered_json ValueJson(const RougeValue& v) {
  return {{"R", v.recall}, {"P", v.precision}, {"F", v.f}};
}

nlohmann::ordered_json IntervalJson(const RougeInterval& v) {
  return {{"mean", v.mean}, {"low", v.low}, {"high", v.high}};
}

std::string StyleName(const RougeOptions& o) {
  return o.style == RougeStyle::kRouge155 ? "rouge155" : "rouge-score";
}

void PrintJson(const std::vector<RougeMetricSummary>& summary,
               const RougeOptions& o, size_t cases) {
  nlohmann::ordered_json j;
  j["style"] = StyleName(o);
  if (o.style == RougeStyle::kRouge155)
    j["rouge155_options"] = ToRouge155Options(o);
  j["cases"] = cases;
  j["confidence"] = o.confidence;
  j["resamples"] = o.resamples;
  nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
  for (const RougeMetricSummary& m : summary) {
    metrics[m.name] = {{"R", IntervalJson(m.recall)},
                       {"P", IntervalJson(m.precision)},
                       {"F", IntervalJson(m.f)}};
  }
  j["metrics"] = std::move(metrics);
  std::cout << j.dump(2) << "\n";
}

Status WritePerCase(const std::string& path,
                    const std::vector<RougeCase>& cases) {
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (path != "-") {
    file.open(path);
    if (!file) return Status::IOError(path + ": cannot write");
    out = &file;
  }
  for (const RougeCase& c : cases) {
    nlohmann::ordered_json j;
    j["id"] = c.id;
    for (const RougeMetric& m : c.scores) j[m.name] = ValueJson(m.value);
    *out << j.dump() << "\n";
  }
  out->flush();
  if (!*out) return Status::IOError(path + ": write failed");
  return Status::OK();
}

int RunRouge(const RougeFlags& flags) {
  auto options = BuildOptions(flags);
  if (!options.ok()) return ReportError(options.status());
  auto cases = ReadCases(flags);
  if (!cases.ok()) return ReportError(cases.status());
  RougeScorer scorer(*options);
  std::vector<RougeCase> scored;
  scored.reserve(cases->size());
  for (const RougeInputCase& c : *cases) {
    scored.push_back({c.id, scorer.Score(c.candidate, c.references)});
  }
  auto summary = AggregateRouge(scored, *options);
  if (!summary.ok()) return ReportError(summary.status());
  if (!flags.per_case.empty()) {
    const Status s = WritePerCase(flags.per_case, scored);
    if (!s.ok()) return ReportError(s);
  }
  if (flags.json) {
    PrintJson(*summary, *options, scored.size());
  } else {
    PrintTable(*summary, *options, scored.size());
  }
  return kExitOk;
}

}  // namespace

Runner SetupRouge(CLI::App* sub) {
  auto flags = std::make_shared<RougeFlags>();
  RougeFlags& f = *flags;
  sub->add_option("inputs", f.inputs,
                  "CANDIDATES.jsonl (id, summary) and REFERENCES.jsonl (id, "
                  "summary or references); - reads standard input");
  sub->add_option("--candidate", f.candidate,
                  "One candidate summary (text, one sentence a line)");
  sub->add_option("--reference", f.references,
                  "Its reference summaries (repeat for several)");
  sub->add_option("--style", f.style,
                  "rouge155 (the ROUGE-1.5.5 script) or rouge-score (Google's "
                  "package: rouge1, rouge2, rougeL, rougeLsum)")
      ->capture_default_str();
  sub->add_option("--rouge155", f.rouge155,
                  "A ROUGE-1.5.5 option string as papers print it, e.g. "
                  "\"-c 95 -2 4 -U -r 1000 -n 4 -w 1.2 -a -m\"");
  auto scoring = [&](CLI::Option* o) { f.scoring.push_back(o); };
  scoring(sub->add_option("-n,--ngrams", f.ngrams, "ROUGE-1 .. ROUGE-N")
              ->capture_default_str());
  scoring(sub->add_flag("--no-l", f.no_l, "Leave out ROUGE-L"));
  scoring(sub->add_flag("--lsum", f.lsum,
                        "rougeLsum (rouge-score; on by default there)"));
  scoring(sub->add_option("--rouge-w", f.rouge_w,
                          "ROUGE-W with this weight (ROUGE-1.5.5 uses 1.2)"));
  scoring(sub->add_option("--rouge-s", f.rouge_s,
                          "ROUGE-S, skip-bigrams at most this many words "
                          "apart (* for any)"));
  scoring(sub->add_option("--rouge-su", f.rouge_su,
                          "ROUGE-SU (skip-bigrams and unigrams), distance as "
                          "for --rouge-s"));
  scoring(sub->add_flag("--stem", f.stem,
                        "Porter stemming (ROUGE-1.5.5 -m, rouge-score "
                        "use_stemmer)"));
  scoring(sub->add_flag("--stopwords", f.stopwords,
                        "Drop ROUGE-1.5.5's stop words (-s)"));
  scoring(
      sub->add_option("--words", f.words, "Score only the first N words (-l)"));
  scoring(
      sub->add_option("--bytes", f.bytes, "Score only the first N bytes (-b)"));
  scoring(sub->add_option("--multi-ref", f.multi_ref,
                          "Several references: average (-f A) or best (-f B)")
              ->capture_default_str());
  scoring(sub->add_option("--alpha", f.alpha, "F's weight of precision (-p)")
              ->capture_default_str());
  scoring(sub->add_option("--confidence", f.confidence,
                          "Confidence interval, percent (-c)")
              ->capture_default_str());
  scoring(
      sub->add_option("--resamples", f.resamples, "Bootstrap resamples (-r)")
          ->capture_default_str());
  sub->add_flag("--json", f.json, "Print JSON instead of a table");
  sub->add_option("--per-case", f.per_case,
                  "Write each case's scores to FILE as JSON lines (- for "
                  "standard output)");
  return [flags] { return RunRouge(*flags); };
}

}  // namespace precis::cli
