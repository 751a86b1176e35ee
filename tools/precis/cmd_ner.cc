// Copyright 2026 The precis Authors.
//
// precis ner: named entities.
//   precis ner train --train eng.train [--dev eng.testa] --out en.model
//   precis ner eval --data eng.testa [--model en.model] [--json]
//   precis ner tag [--model M] [--json] [--link] PATH...

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "analyze/conll.h"
#include "analyze/ner_train.h"
#include "command.h"
#include "nlohmann/json.hpp"
#include "precis/boilerplate.h"
#include "precis/entities.h"

namespace precis::cli {
namespace {

struct NerFlags {
  std::string mode;  // train, eval, tag
  // train
  std::string train, dev, out;
  ner::TrainOptions options;
  // eval
  std::string data;
  // tag
  InputFlags input;
  bool link = false;
  bool keep_boilerplate = false;
  // eval and tag
  std::string model;
  bool json = false;
};

std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.2f", 100 * x);
  return buf;
}

nlohmann::json ScoresJson(const conll::Scores& s) {
  nlohmann::json j;
  for (int t = 0; t < kNumEntityTypes; ++t) {
    const EntityType type = EntityType(t);
    j[EntityTypeName(type)] = {
        {"gold", s.gold[t]},        {"found", s.predicted[t]},
        {"correct", s.correct[t]},  {"precision", s.Precision(type)},
        {"recall", s.Recall(type)}, {"f1", s.F1(type)}};
  }
  j["all"] = {{"gold", s.Gold()},       {"found", s.Predicted()},
              {"correct", s.Correct()}, {"precision", s.Precision()},
              {"recall", s.Recall()},   {"f1", s.F1()}};
  return j;
}

// The tagger of --model, or the built-in one. *owned keeps a loaded one.
Result<const NerTagger*> GetTagger(const std::string& path,
                                   std::unique_ptr<NerTagger>* owned) {
  if (path.empty()) return &NerTagger::Default();
  auto loaded = NerTagger::LoadFile(path);
  if (!loaded.ok()) return loaded.status();
  *owned = std::move(loaded).value();
  return owned->get();
}

int RunTrain(const NerFlags& flags) {
  auto train = conll::ReadCorpus(flags.train);
  if (!train.ok()) return ReportError(train.status());
  std::unique_ptr<conll::Corpus> dev;
  if (!flags.dev.empty()) {
    auto d = conll::ReadCorpus(flags.dev);
    if (!d.ok()) return ReportError(d.status());
    dev = std::make_unique<conll::Corpus>(std::move(d).value());
  }
  std::cerr << "precis: training on " << train->documents.size()
            << " documents, " << train->tokens() << " words\n";
  const auto t0 = std::chrono::steady_clock::now();
  auto model = ner::Train(
      *train, flags.options, [&](int epoch, const NerTagger::Model& m) {
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
                .count();
        std::cout << "epoch " << epoch << "  features " << m.features();
        if (dev != nullptr) {
          const ner::Evaluation e = ner::Evaluate(m, *dev);
          std::cout << "  dev P " << Percent(e.scores.Precision()) << " R "
                    << Percent(e.scores.Recall()) << " F1 "
                    << Percent(e.scores.F1());
        }
        std::cout << "  (" << int(elapsed) << " s)" << std::endl;
      });
  if (!model.ok()) return ReportError(model.status());
  const std::string bytes = (*model)->Serialize();
  std::ofstream out(flags.out, std::ios::binary);
  out.write(bytes.data(), std::streamsize(bytes.size()));
  out.close();
  if (!out) {
    return ReportError(Status::IOError("cannot write " + flags.out));
  }
  std::cout << "wrote " << flags.out << ": " << bytes.size() << " bytes, "
            << (*model)->features() << " features, "
            << (*model)->gazetteer.size() << " gazetteer names, "
            << (*model)->lexicon.size() << " lexicon words\n";
  return kExitOk;
}

int RunEval(const NerFlags& flags) {
  std::unique_ptr<NerTagger> owned;
  auto tagger = GetTagger(flags.model, &owned);
  if (!tagger.ok()) return ReportError(tagger.status());
  auto data = conll::ReadCorpus(flags.data);
  if (!data.ok()) return ReportError(data.status());
  const ner::Evaluation e = ner::Evaluate((*tagger)->model(), *data);
  if (flags.json) {
    nlohmann::json j = ScoresJson(e.scores);
    j["words"] = e.words;
    j["seconds"] = e.seconds;
    j["words_per_second"] = e.WordsPerSecond();
    std::cout << Dump(j) << "\n";
    return kExitOk;
  }
  std::cout << e.scores.Table() << data->documents.size() << " documents, "
            << e.words << " words, " << int64_t(e.WordsPerSecond())
            << " words/s (one thread)\n";
  return kExitOk;
}

int RunTag(const NerFlags& flags) {
  std::unique_ptr<NerTagger> owned;
  auto tagger = GetTagger(flags.model, &owned);
  if (!tagger.ok()) return ReportError(tagger.status());
  auto clusters = flags.input.Read();
  if (!clusters.ok()) return ReportError(clusters.status());
  CleanOptions clean;
  if (flags.keep_boilerplate) {
    clean.drop_phrases = clean.drop_shapeless = clean.drop_cross_source = false;
  }
  for (const Cluster& cluster : *clusters) {
    const auto cleaned = CleanArticles(cluster.articles, clean);
    std::vector<std::vector<EntityMention>> mentions;
    for (size_t a = 0; a < cluster.articles.size(); ++a) {
      const Article& article = cluster.articles[a];
      mentions.push_back(
          TagArticle(article, uint32_t(a), cleaned[a].blocks, **tagger));
      if (flags.link) continue;
      for (const EntityMention& m : mentions.back()) {
        const std::string_view surface = m.span.In(article.text);
        if (flags.json) {
          nlohmann::json j = {{"article", article.id},
                              {"begin", m.span.begin},
                              {"end", m.span.end},
                              {"type", EntityTypeName(m.type)},
                              {"text", surface}};
          if (!cluster.id.empty()) j["cluster"] = cluster.id;
          std::cout << Dump(j) << "\n";
        } else {
          std::cout << article.id << "\t" << m.span.begin << "\t" << m.span.end
                    << "\t" << EntityTypeName(m.type) << "\t" << surface
                    << "\n";
        }
      }
    }
    if (!flags.link) continue;
    std::vector<std::vector<Span>> regions;
    for (const CleanedArticle& c : cleaned) regions.push_back(c.blocks);
    AddRepeatedNames(cluster.articles, mentions, regions);
    for (const Entity& e : LinkEntities(cluster.articles, mentions)) {
      if (flags.json) {
        nlohmann::json ms = nlohmann::json::array();
        for (const EntityMention& m : e.mentions) {
          ms.push_back({{"article", cluster.articles[m.article].id},
                        {"begin", m.span.begin},
                        {"end", m.span.end}});
        }
        nlohmann::json j = {{"rank", e.rank},
                            {"name", e.name},
                            {"type", EntityTypeName(e.type)},
                            {"aliases", e.aliases},
                            {"roles", e.roles},
                            {"articles", e.articles},
                            {"outlets", e.outlets},
                            {"salience", e.salience},
                            {"mentions", ms}};
        if (!cluster.id.empty()) j["cluster"] = cluster.id;
        std::cout << Dump(j) << "\n";
      } else {
        std::cout << e.rank << "\t" << EntityTypeName(e.type) << "\t" << e.name
                  << "\t" << e.mentions.size() << " mentions, " << e.outlets
                  << " outlets";
        if (!e.aliases.empty()) {
          std::cout << "\taka";
          for (const std::string& a : e.aliases) std::cout << " | " << a;
        }
        if (!e.roles.empty()) {
          std::cout << "\trole";
          for (const std::string& r : e.roles) std::cout << " | " << r;
        }
        std::cout << "\n";
      }
    }
  }
  return kExitOk;
}

}  // namespace

Runner SetupNer(CLI::App* sub) {
  auto flags = std::make_shared<NerFlags>();
  sub->require_subcommand(1);

  CLI::App* train = sub->add_subcommand(
      "train", "Train a tagger on CoNLL-2003 data; prints dev F1 per epoch");
  train->add_option("--train", flags->train, "Training data (eng.train)")
      ->required();
  train->add_option("--dev", flags->dev, "Development data (eng.testa)");
  train->add_option("--out", flags->out, "Model file to write")->required();
  train->add_option("--epochs", flags->options.epochs, "Passes over the data")
      ->capture_default_str();
  train
      ->add_option("--min-count", flags->options.min_count,
                   "Drop features seen fewer times")
      ->capture_default_str();
  train
      ->add_option("--folds", flags->options.folds, "Gazetteer jackknife folds")
      ->capture_default_str();
  train->add_option("--seed", flags->options.seed, "Document order seed")
      ->capture_default_str();
  train
      ->add_option("--beam", flags->options.beam,
                   "Beam of the search in training (1: greedy decisions)")
      ->capture_default_str();
  train
      ->add_option("--models", flags->options.models,
                   "Perceptrons averaged into the model (document orders)")
      ->capture_default_str();
  train->callback([flags] { flags->mode = "train"; });

  CLI::App* eval = sub->add_subcommand(
      "eval", "Score a model on CoNLL-2003 data (conlleval P/R/F1), words/s");
  eval->add_option("--data", flags->data, "CoNLL data (eng.testa)")->required();
  eval->add_option("--model", flags->model,
                   "Model file (default: the built-in English model)");
  eval->add_flag("--json", flags->json, "Scores as JSON");
  eval->callback([flags] { flags->mode = "eval"; });

  CLI::App* tag = sub->add_subcommand(
      "tag", "Print the names in articles with byte offsets");
  flags->input.AddTo(tag, /*short_name=*/false);
  tag->add_option("--model", flags->model,
                  "Model file (default: the built-in English model)");
  tag->add_flag("--json", flags->json,
                "JSON lines: article, begin, end, type, text");
  tag->add_flag("--link", flags->link,
                "Print the entities of each cluster (names merged across "
                "forms and articles, roles, outlets, rank)");
  tag->add_flag("--keep-boilerplate", flags->keep_boilerplate,
                "Tag every line, clutter included");
  tag->callback([flags] { flags->mode = "tag"; });

  return [flags] {
    if (flags->mode == "train") return RunTrain(*flags);
    if (flags->mode == "eval") return RunEval(*flags);
    return RunTag(*flags);
  };
}

}  // namespace precis::cli
