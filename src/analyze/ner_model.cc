// Copyright 2026 The precis Authors.

#include "analyze/ner_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include "analyze/ner_binary.h"

namespace precis {
namespace {

constexpr std::string_view kMagic = "precis-ner 2\n";

}  // namespace

std::unique_ptr<NerTagger::Model> NerTagger::Model::FromPerceptrons(
    std::span<const AveragedPerceptron> perceptrons, ner::Gazetteer gazetteer,
    ner::CaseLexicon lexicon) {
  auto model = std::make_unique<Model>();
  model->gazetteer = std::move(gazetteer);
  model->lexicon = std::move(lexicon);
  // The mean weights, relative to the O weight.
  ner::FlatMap<uint32_t> row_of;
  std::vector<uint64_t> keys;
  std::vector<float> mean;
  const float share = 1.0f / float(std::max<size_t>(perceptrons.size(), 1));
  for (const AveragedPerceptron& p : perceptrons) {
    p.ForEachAveraged([&](uint64_t key, const float* w) {
      uint32_t& row = row_of[key];
      if (row == 0) {
        keys.push_back(key);
        mean.resize(mean.size() + kRow, 0.0f);
        row = uint32_t(keys.size());
      }
      float* m = &mean[size_t(row - 1) * kRow];
      for (int t = 1; t < ner::kNumTags; ++t) m[t - 1] += (w[t] - w[0]) * share;
    });
  }
  // The scale maps the largest magnitude to the int16 range.
  float max_abs = 0;
  for (float x : mean) max_abs = std::max(max_abs, std::fabs(x));
  model->scale = max_abs > 0 ? 32767.0f / max_abs : 1.0f;
  std::vector<std::pair<uint64_t, std::array<int16_t, kRow>>> kept;
  for (size_t r = 0; r < keys.size(); ++r) {
    std::array<int16_t, kRow> q;
    bool any = false;
    for (int t = 0; t < kRow; ++t) {
      q[t] = int16_t(std::lround(mean[r * kRow + t] * model->scale));
      any |= q[t] != 0;
    }
    if (any) kept.emplace_back(keys[r], q);
  }
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
  lexicon.AppendTo(&out);
  return out;
}

Result<std::unique_ptr<NerTagger::Model>> NerTagger::Model::Parse(
    std::string_view bytes) {
  if (!bytes.starts_with(kMagic)) {
    return Status::BadInput("not a precis NER model (version 2)");
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
  PRECIS_RETURN_IF_ERROR(model->lexicon.ReadFrom(bytes, &pos));
  if (pos != bytes.size()) {
    return Status::BadInput("trailing bytes after the NER model");
  }
  return model;
}

namespace ner {

namespace {

struct Item {
  int64_t score;
  int prev, prev2;  // the tags of this word and of the one before
  int32_t parent;   // index in the previous word's items; -1 at the start
};

// Decodes the sentence [b, e) into tags[b, e).
void DecodeSentence(const NerTagger::Model& model, const Featurizer& f,
                    size_t b, size_t e, int beam, std::vector<uint64_t>* keys,
                    std::vector<Item>* lattice, std::vector<uint8_t>* tags) {
  constexpr int kRow = NerTagger::Model::kRow;
  lattice->clear();
  lattice->push_back({0, -1, -1, -1});
  size_t level = 0, level_end = 1;  // the previous word's items
  std::vector<Item> cands;
  for (size_t i = b; i < e; ++i) {
    keys->clear();
    f.Static(i, keys);
    f.History(i, keys);
    int32_t base[kRow] = {};
    model.Score(*keys, base);
    const bool last = i + 1 == e;
    cands.clear();
    for (size_t p = level; p < level_end; ++p) {
      const Item& item = (*lattice)[p];
      keys->clear();
      f.Dynamic(i, item.prev, item.prev2, keys);
      int32_t scores[kRow];
      std::copy(base, base + kRow, scores);
      model.Score(*keys, scores);
      for (int t = 0; t < kNumTags; ++t) {
        if (!CanFollow(item.prev, t) || (last && !CanEnd(t))) continue;
        cands.push_back({item.score + (t == 0 ? 0 : scores[t - 1]), t,
                         item.prev, int32_t(p)});
      }
    }
    // Best first; ties to the earlier parent, then the lower tag.
    std::sort(cands.begin(), cands.end(), [](const Item& x, const Item& y) {
      if (x.score != y.score) return x.score > y.score;
      if (x.parent != y.parent) return x.parent < y.parent;
      return x.prev < y.prev;
    });
    // Keep the best `beam` distinct states (the two last tags: all that
    // the features of the next word depend on).
    bool seen[kNumTags + 1][kNumTags] = {};
    level = lattice->size();
    for (const Item& c : cands) {
      if (int(lattice->size() - level) >= beam) break;
      bool& s = seen[c.prev2 + 1][c.prev];
      if (s) continue;
      s = true;
      lattice->push_back(c);
    }
    level_end = lattice->size();
  }
  // The best item of the last word (the first: they are sorted).
  int32_t p = int32_t(level);
  for (size_t i = e; i-- > b;) {
    (*tags)[i] = uint8_t((*lattice)[p].prev);
    p = (*lattice)[p].parent;
  }
}

}  // namespace

void Decode(const NerTagger::Model& model, Featurizer* featurizer, int beam,
            std::vector<uint64_t>* keys, std::vector<uint8_t>* tags) {
  const size_t n = featurizer->size();
  tags->assign(n, kOutside);
  std::vector<Item> lattice;
  for (size_t b = 0; b < n;) {
    const size_t e = featurizer->SentenceEnd(b);
    DecodeSentence(model, *featurizer, b, e, std::max(beam, 1), keys, &lattice,
                   tags);
    for (size_t i = b; i < e; ++i) featurizer->Decide(i, (*tags)[i]);
    b = e;
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
