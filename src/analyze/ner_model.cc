// Copyright 2026 The precis Authors.

#include "analyze/ner_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include "analyze/ner_binary.h"

namespace precis {
namespace {

constexpr std::string_view kMagic = "precis-ner 1\n";

}  // namespace

std::unique_ptr<NerTagger::Model> NerTagger::Model::FromPerceptron(
    const AveragedPerceptron& perceptron, ner::Gazetteer gazetteer) {
  auto model = std::make_unique<Model>();
  model->gazetteer = std::move(gazetteer);
  // Rows relative to the O weight; the scale maps the largest magnitude to
  // the int16 range.
  float max_abs = 0;
  perceptron.ForEachAveraged([&](uint64_t, const float* w) {
    for (int t = 1; t < ner::kNumTags; ++t) {
      max_abs = std::max(max_abs, std::fabs(w[t] - w[0]));
    }
  });
  model->scale = max_abs > 0 ? 32767.0f / max_abs : 1.0f;
  std::vector<std::pair<uint64_t, std::array<int16_t, kRow>>> kept;
  perceptron.ForEachAveraged([&](uint64_t key, const float* w) {
    std::array<int16_t, kRow> q;
    bool any = false;
    for (int t = 1; t < ner::kNumTags; ++t) {
      q[t - 1] = int16_t(std::lround((w[t] - w[0]) * model->scale));
      any |= q[t - 1] != 0;
    }
    if (any) kept.emplace_back(key, q);
  });
  std::sort(kept.begin(), kept.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  model->index.Reset(kept.size());
  model->rows.reserve(kept.size() * kRow);
  for (const auto& [key, q] : kept) {
    model->index[key] = uint32_t(model->rows.size() / kRow);
    model->rows.insert(model->rows.end(), q.begin(), q.end());
  }
  return model;
}

std::string NerTagger::Model::Serialize() const {
  std::string out(kMagic);
  ner::PutFixed<uint32_t>(ner::kFeatureVersion, &out);
  uint32_t scale_bits;
  std::memcpy(&scale_bits, &scale, 4);
  ner::PutFixed<uint32_t>(scale_bits, &out);
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  index.ForEach(
      [&](uint64_t key, uint32_t row) { entries.emplace_back(key, row); });
  std::sort(entries.begin(), entries.end());
  ner::PutFixed<uint32_t>(uint32_t(entries.size()), &out);
  for (const auto& [key, row] : entries) {
    const int16_t* w = &rows[size_t(row) * kRow];
    uint16_t mask = 0;
    for (int t = 0; t < kRow; ++t) {
      if (w[t] != 0) mask |= uint16_t(1u << t);
    }
    ner::PutFixed<uint64_t>(key, &out);
    ner::PutFixed<uint16_t>(mask, &out);
    for (int t = 0; t < kRow; ++t) {
      if (w[t] != 0) ner::PutFixed<int16_t>(w[t], &out);
    }
  }
  gazetteer.AppendTo(&out);
  return out;
}

Result<std::unique_ptr<NerTagger::Model>> NerTagger::Model::Parse(
    std::string_view bytes) {
  if (!bytes.starts_with(kMagic)) {
    return Status::BadInput("not a precis NER model (version 1)");
  }
  size_t pos = kMagic.size();
  uint32_t version = 0, scale_bits = 0, n = 0;
  if (!ner::GetFixed(bytes, &pos, &version) ||
      !ner::GetFixed(bytes, &pos, &scale_bits) ||
      !ner::GetFixed(bytes, &pos, &n)) {
    return Status::BadInput("truncated NER model header");
  }
  if (version != ner::kFeatureVersion) {
    return Status::BadInput(
        "NER model has feature version " + std::to_string(version) +
        ", this precis computes " + std::to_string(ner::kFeatureVersion));
  }
  auto model = std::make_unique<Model>();
  std::memcpy(&model->scale, &scale_bits, 4);
  if (!(model->scale > 0) || n > (bytes.size() - pos) / 10) {
    return Status::BadInput("corrupt NER model header");
  }
  model->index.Reset(n);
  model->rows.assign(size_t(n) * kRow, 0);
  uint64_t previous = 0;
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t key;
    uint16_t mask;
    if (!ner::GetFixed(bytes, &pos, &key) ||
        !ner::GetFixed(bytes, &pos, &mask) || (i > 0 && key <= previous)) {
      return Status::BadInput("corrupt NER model features");
    }
    previous = key;
    model->index[key] = i;
    int16_t* w = &model->rows[size_t(i) * kRow];
    for (int t = 0; t < kRow; ++t) {
      if ((mask & (1u << t)) && !ner::GetFixed(bytes, &pos, &w[t])) {
        return Status::BadInput("truncated NER model features");
      }
    }
  }
  PRECIS_RETURN_IF_ERROR(model->gazetteer.ReadFrom(bytes, &pos));
  if (pos != bytes.size()) {
    return Status::BadInput("trailing bytes after the NER model");
  }
  return model;
}

namespace ner {

void Decode(const NerTagger::Model& model, Featurizer* featurizer,
            std::vector<uint64_t>* keys, std::vector<uint8_t>* tags) {
  const size_t n = featurizer->size();
  tags->assign(n, kOutside);
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && featurizer->SentenceStarts(i)) prev = prev2 = -1;
    keys->clear();
    featurizer->Static(i, keys);
    featurizer->Dynamic(i, prev, prev2, keys);
    int32_t scores[NerTagger::Model::kRow] = {};
    model.Score(*keys, scores);
    const bool last = featurizer->SentenceEnds(i);
    int best = kOutside;
    int32_t best_score = 0;  // O scores 0
    for (int t = 1; t < kNumTags; ++t) {
      if (scores[t - 1] > best_score && CanFollow(prev, t) &&
          (!last || CanEnd(t))) {
        best = t;
        best_score = scores[t - 1];
      }
    }
    if (!CanFollow(prev, kOutside) && best == kOutside) {
      // An open name must go on: the best continuation, even if below O.
      best_score = std::numeric_limits<int32_t>::min();
      for (int t = 1; t < kNumTags; ++t) {
        if (CanFollow(prev, t) && (!last || CanEnd(t)) &&
            scores[t - 1] > best_score) {
          best = t;
          best_score = scores[t - 1];
        }
      }
    }
    (*tags)[i] = uint8_t(best);
    featurizer->Decide(i, best);
    prev2 = prev;
    prev = best;
  }
}

void ChunksOf(std::span<const uint8_t> tags, std::vector<WordChunk>* out) {
  int open_type = -1;
  uint32_t start = 0;
  auto close = [&](uint32_t end) {
    if (open_type >= 0) out->push_back({start, end, open_type});
    open_type = -1;
  };
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const int tag = tags[i];
    if (tag == kOutside) {
      close(i);
      continue;
    }
    const int type = TagType(tag), pos = TagPosition(tag);
    const bool continues =
        open_type == type && (pos == kInside || pos == kLast);
    if (!continues) {
      close(i);
      open_type = type;
      start = i;
    }
    if (pos == kLast || pos == kUnit) close(i + 1);
  }
  close(uint32_t(tags.size()));
}

}  // namespace ner
}  // namespace precis
