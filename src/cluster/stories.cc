// Copyright 2026 The precis Authors.
//
// The online story clusterer: single-pass clustering of a time-ordered
// stream, as in TDT's on-line detection (Allan, Papka and Lavrenko 1998,
// "On-line new event detection and tracking", SIGIR): each article is a
// tf-idf vector with document frequencies from the stream so far, compared
// with cluster centroids, joining the best one above a threshold or opening
// a new one, with a penalty growing with the time between them. Candidates
// come from an inverted index over the centroids' terms, as in Miranda,
// Znotins, Cohen and Barzdins 2018 ("Multilingual clustering of streaming
// news", EMNLP), so an article is compared with the few stories that share
// its heaviest terms, never with all of them.
//
// Where this departs from them:
//  - Two levels: an article first joins a story (loose threshold, slow time
//    decay), then an event inside it (tight threshold, fast decay). Allan et
//    al. cluster one level; Miranda et al. one level too, with a learned
//    similarity over several feature groups. Our similarity is one cosine
//    over one vector in which titles, leads and names weigh more, with a
//    multiplicative exponential time decay (Allan et al. raise the threshold
//    linearly with time instead), and fixed thresholds, not a trained model.
//  - Near-duplicates are folded before any of that: an article whose MinHash
//    signature (Broder 1997) matches an active one's through an LSH banded
//    index joins that article's event directly.
//  - Stories idle longer than a window go dormant and leave memory, so memory
//    is bounded by the window, not the stream (Miranda et al. drop old
//    clusters likewise).
//  - Centroids keep only their heaviest terms (Allan et al. keep the top
//    terms of each query too).

#include "precis/stories.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/hash.h"
#include "cluster/features.h"
#include "cluster/stream.h"
#include "cluster/state_codec.h"

namespace precis {
namespace {

using cluster::FeatureExtractor;
using cluster::FeatureOptions;
using cluster::kMinHashSlots;
using cluster::StateReader;
using cluster::StateWriter;

constexpr int64_t kNoDay = std::numeric_limits<int64_t>::min();
constexpr std::string_view kMagic = "precis-stories";
constexpr uint64_t kVersion = 1;
constexpr int kBands = 16;  // LSH bands of the 64-slot signature
constexpr int kRows = kMinHashSlots / kBands;
constexpr size_t kBucketCap = 64;  // articles kept per LSH bucket
constexpr size_t kTopTerms = 24;   // terms kept per article, for titles

// (term id, weight), sorted by term id.
using TermVector = std::vector<std::pair<uint32_t, float>>;

// A sum of article vectors, truncated to its heaviest terms.
struct Centroid {
  std::unordered_map<uint32_t, float> w;
  double norm2 = 0;

  double Cosine(const TermVector& v) const {  // v has unit length
    if (norm2 <= 0) return 0;
    double dot = 0;
    for (const auto& [t, x] : v) {
      auto it = w.find(t);
      if (it != w.end()) dot += static_cast<double>(it->second) * x;
    }
    return dot / std::sqrt(norm2);
  }
  // Adds v; `added(term)` for each term new to the centroid, and after a
  // trim to `cap` terms `dropped(term)` for each term it lost.
  template <typename Added, typename Dropped>
  void Add(const TermVector& v, uint32_t cap, Added added, Dropped dropped) {
    for (const auto& [t, x] : v) {
      auto [it, inserted] = w.try_emplace(t, 0.0f);
      if (inserted) added(t);
      const double old = it->second;
      it->second = static_cast<float>(old + x);
      norm2 += static_cast<double>(it->second) * it->second - old * old;
    }
    if (cap > 0 && w.size() > 2 * static_cast<size_t>(cap)) Trim(cap, dropped);
  }
  template <typename Dropped>
  void Trim(uint32_t cap, Dropped dropped) {
    std::vector<std::pair<uint32_t, float>> all(w.begin(), w.end());
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (size_t i = cap; i < all.size(); ++i) {
      w.erase(all[i].first);
      dropped(all[i].first);
    }
    all.resize(cap);
    std::sort(all.begin(), all.end());
    norm2 = 0;
    for (const auto& [t, x] : all) norm2 += static_cast<double>(x) * x;
  }
  TermVector Sorted() const {
    TermVector all(w.begin(), w.end());
    std::sort(all.begin(), all.end());
    return all;
  }
};

struct ArticleRecord {
  std::string id, title, source;
  int64_t day = kNoDay;  // its own publication day
  uint32_t event = 0;    // index into StoryState::events
  TermVector top;        // its heaviest terms (unit vector's weights)
  std::vector<uint32_t> signature;
};

struct EventState {
  uint64_t number = 0;
  Centroid centroid;
  int64_t last_day = kNoDay;  // effective days (undated: the clock)
  std::vector<uint32_t> articles;  // indexes into StoryState::articles
};

struct StoryState {
  uint64_t number = 0;
  Centroid centroid;
  int64_t last_day = kNoDay;
  uint64_t last_seq = 0;  // articles added before its latest one
  uint64_t event_counter = 0;
  std::vector<ArticleRecord> articles;
  std::vector<EventState> events;
};

double Decay(int64_t a, int64_t b, double scale) {
  if (scale <= 0 || a == kNoDay || b == kNoDay) return 1.0;
  return std::exp(-std::fabs(static_cast<double>(a - b)) / scale);
}

int64_t SystemToday() {
  using namespace std::chrono;
  return duration_cast<hours>(system_clock::now().time_since_epoch()).count() /
         24;
}

// The article's title, or else the first line of its body, at most ~120
// bytes cut at a space.
std::string DisplayTitle(const Article& a) {
  std::string_view t = a.title;
  if (t.empty()) {
    std::string_view body = a.text;
    body.remove_prefix(std::min<size_t>(a.body_begin, body.size()));
    while (!body.empty()) {
      const size_t nl = body.find('\n');
      std::string_view line = body.substr(0, nl);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) {
        line.remove_suffix(1);
      }
      while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
      if (line.size() >= 12 || nl == std::string_view::npos) {
        t = line;
        break;
      }
      body.remove_prefix(nl + 1);
    }
  }
  if (t.size() > 120) {
    size_t cut = t.rfind(' ', 120);
    if (cut == std::string_view::npos || cut < 40) cut = 120;
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<uint8_t>(t[cut]) & 0xC0) == 0x80) --cut;
    return std::string(t.substr(0, cut)) + "...";
  }
  return std::string(t);
}

uint64_t BandKey(const std::vector<uint32_t>& sig, int band) {
  uint64_t h = 0x2545F4914F6CDD1Dull * static_cast<uint64_t>(band + 1);
  for (int r = 0; r < kRows; ++r) {
    h = (h ^ sig[band * kRows + r]) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 31;
  }
  return h;
}

double Jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  int same = 0;
  for (int i = 0; i < kMinHashSlots; ++i) same += a[i] == b[i];
  return static_cast<double>(same) / kMinHashSlots;
}

}  // namespace

struct StoryClusterer::Impl {
  explicit Impl(const StoryOptions& o)
      : options(o),
        today(o.today != 0 ? o.today : SystemToday()),
        extractor(MakeStemmer(o.language), o.language, Features(o)) {}

  static std::unique_ptr<Stemmer> MakeStemmer(const std::string& language) {
    auto s = Stemmer::Create(language);
    if (s.ok()) return std::move(s).value();
    return std::move(Stemmer::Create("english")).value();
  }
  static FeatureOptions Features(const StoryOptions& o) {
    FeatureOptions f;
    f.title_weight = o.title_weight;
    f.lead_weight = o.lead_weight;
    f.lead_bytes = o.lead_bytes;
    f.name_weight = o.name_weight;
    return f;
  }

  StoryOptions options;
  int64_t today;
  FeatureExtractor extractor;

  // Document frequencies of the stream so far.
  std::unordered_map<std::string, uint32_t> vocab;
  std::vector<std::string> terms;
  std::vector<uint32_t> df;
  uint64_t docs = 0;

  std::map<uint64_t, StoryState> active;           // by story number
  std::vector<std::vector<uint64_t>> postings;     // term -> stories
  std::unordered_map<uint64_t, std::vector<std::pair<uint64_t, uint32_t>>>
      buckets;                                     // LSH band -> articles
  std::unordered_map<std::string, uint64_t> ids;   // article id -> story
  uint64_t story_counter = 0;
  uint64_t seq = 0;  // articles added
  int64_t clock = kNoDay;  // the latest publication day seen
  int64_t checked_clock = kNoDay;
  uint64_t checked_seq = 0;
  std::vector<Story> dormant;

  uint32_t Intern(std::string_view term) {
    auto [it, inserted] =
        vocab.try_emplace(std::string(term), static_cast<uint32_t>(0));
    if (inserted) {
      it->second = static_cast<uint32_t>(terms.size());
      terms.emplace_back(term);
      df.push_back(0);
      postings.emplace_back();
    }
    return it->second;
  }

  // The article's unit tf-idf vector; counts it in the frequencies.
  TermVector Vectorize(const Article& article) {
    const auto& counts = extractor.Terms(article);
    ++docs;
    TermVector v;
    v.reserve(counts.size());
    double norm2 = 0;
    for (const auto& tc : counts) {
      const uint32_t t = Intern(tc.term);
      ++df[t];
      const double idf =
          std::log(static_cast<double>(docs + 1) / static_cast<double>(df[t]));
      const double w = (1.0 + std::log(static_cast<double>(tc.count))) * idf;
      if (w <= 0) continue;
      v.emplace_back(t, static_cast<float>(w));
      norm2 += w * w;
    }
    std::sort(v.begin(), v.end());
    if (norm2 > 0) {
      const double inv = 1.0 / std::sqrt(norm2);
      for (auto& p : v) p.second = static_cast<float>(p.second * inv);
    }
    return v;
  }

  static TermVector Heaviest(const TermVector& v, size_t k) {
    TermVector top = v;
    if (top.size() > k) {
      std::nth_element(top.begin(), top.begin() + k, top.end(),
                       [](const auto& a, const auto& b) {
                         return a.second != b.second ? a.second > b.second
                                                     : a.first < b.first;
                       });
      top.resize(k);
    }
    std::sort(top.begin(), top.end());
    return top;
  }

  // The active story and event of a near-duplicate of `sig`, if any.
  bool FindDuplicate(const std::vector<uint32_t>& sig, uint64_t* story,
                     uint32_t* article) const {
    if (sig.empty() || options.duplicate_threshold <= 0) return false;
    double best = 0;
    for (int b = 0; b < kBands; ++b) {
      auto it = buckets.find(BandKey(sig, b));
      if (it == buckets.end()) continue;
      for (const auto& [s, a] : it->second) {
        const double j = Jaccard(sig, active.at(s).articles[a].signature);
        if (j >= options.duplicate_threshold &&
            (j > best || (j == best && std::make_pair(s, a) <
                                           std::make_pair(*story, *article)))) {
          best = j;
          *story = s;
          *article = a;
        }
      }
    }
    return best > 0;
  }

  // The best story for v, or 0 (story numbers start at 1).
  uint64_t BestStory(const TermVector& v, int64_t day) const {
    std::vector<uint64_t> candidates;
    for (const auto& [t, x] : Heaviest(v, options.query_terms)) {
      const auto& p = postings[t];
      candidates.insert(candidates.end(), p.begin(), p.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()),
                     candidates.end());
    uint64_t best = 0;
    double best_score = options.story_threshold;
    for (uint64_t s : candidates) {
      const StoryState& story = active.at(s);
      const double score =
          story.centroid.Cosine(v) *
          Decay(day, story.last_day, options.story_decay_days);
      if (score >= best_score && (best == 0 || score > best_score)) {
        best = s;
        best_score = score;
      }
    }
    return best;
  }

  // The best event of the story for v, or -1.
  int BestEvent(const StoryState& story, const TermVector& v,
                int64_t day) const {
    int best = -1;
    double best_score = options.event_threshold;
    for (size_t e = 0; e < story.events.size(); ++e) {
      const EventState& event = story.events[e];
      const double score = event.centroid.Cosine(v) *
                           Decay(day, event.last_day, options.event_decay_days);
      if (score >= best_score && (best < 0 || score > best_score)) {
        best = static_cast<int>(e);
        best_score = score;
      }
    }
    return best;
  }

  void IndexArticle(uint64_t story, uint32_t a) {
    const auto& sig = active.at(story).articles[a].signature;
    if (sig.empty() || options.duplicate_threshold <= 0) return;
    for (int b = 0; b < kBands; ++b) {
      auto& bucket = buckets[BandKey(sig, b)];
      if (bucket.size() < kBucketCap) bucket.emplace_back(story, a);
    }
  }

  void AddToStory(StoryState* story, const TermVector& v) {
    const uint64_t number = story->number;
    story->centroid.Add(
        v, options.story_terms,
        [&](uint32_t t) { postings[t].push_back(number); },
        [&](uint32_t t) { Unpost(t, number); });
  }

  void Unpost(uint32_t t, uint64_t story) {
    auto& p = postings[t];
    auto it = std::find(p.begin(), p.end(), story);
    if (it != p.end()) {
      *it = p.back();
      p.pop_back();
    }
  }

  Result<StoryAssignment> Add(const Article& article);
  void Expire();
  void Retire(uint64_t number);
  Story Render(const StoryState& s) const;
  std::string Save() const;
  bool Restore(std::string_view bytes);
  void Reindex();
};

Result<StoryAssignment> StoryClusterer::Impl::Add(const Article& article) {
  if (ids.count(article.id) > 0) {
    return Status::InvalidArgument("article id '" + article.id +
                                   "' was already added");
  }
  StoryAssignment out;
  int64_t day = kNoDay;
  if (!article.published.empty()) {
    if (!cluster::ParseDay(article.published, &day)) {
      out.warning = "unreadable date '" + article.published +
                    "': taken in arrival order";
      day = kNoDay;
    } else if (day > today + 1) {
      out.warning = "date '" + article.published +
                    "' lies in the future: taken in arrival order";
      day = kNoDay;
    }
  }
  const int64_t own_day = day;
  if (day != kNoDay && (clock == kNoDay || day > clock)) clock = day;
  if (day == kNoDay) day = clock;  // undated: now
  Expire();

  const TermVector v = Vectorize(article);
  ArticleRecord record;
  record.id = article.id;
  record.title = DisplayTitle(article);
  record.source = article.source;
  record.day = own_day;
  record.top = Heaviest(v, kTopTerms);
  record.signature = extractor.Signature();

  uint64_t s = 0;
  uint32_t dup = 0;
  int event = -1;
  if (FindDuplicate(record.signature, &s, &dup)) {
    out.duplicate_of = active.at(s).articles[dup].id;
    event = static_cast<int>(active.at(s).articles[dup].event);
  } else {
    s = v.empty() ? 0 : BestStory(v, day);
  }
  if (s == 0) {
    s = ++story_counter;
    active[s].number = s;
    out.new_story = true;
  }
  StoryState& story = active.at(s);
  if (event < 0) event = BestEvent(story, v, day);
  if (event < 0) {
    event = static_cast<int>(story.events.size());
    story.events.emplace_back();
    story.events.back().number = ++story.event_counter;
    out.new_event = true;
  }
  EventState& e = story.events[event];
  AddToStory(&story, v);
  e.centroid.Add(v, options.event_terms, [](uint32_t) {}, [](uint32_t) {});
  if (day != kNoDay && (e.last_day == kNoDay || day > e.last_day)) {
    e.last_day = day;
  }
  if (day != kNoDay && (story.last_day == kNoDay || day > story.last_day)) {
    story.last_day = day;
  }
  story.last_seq = seq++;
  record.event = static_cast<uint32_t>(event);
  const auto a = static_cast<uint32_t>(story.articles.size());
  e.articles.push_back(a);
  story.articles.push_back(std::move(record));
  IndexArticle(s, a);
  ids.emplace(article.id, s);
  out.story = "s" + std::to_string(s);
  out.event = out.story + ".e" + std::to_string(e.number);
  return out;
}

// Retires the stories idle past the window; runs when the clock moved a day
// or every 1,024 articles, not on every article.
void StoryClusterer::Impl::Expire() {
  if (clock == checked_clock && seq - checked_seq < 1024) return;
  checked_clock = clock;
  checked_seq = seq;
  std::vector<uint64_t> idle;
  for (const auto& [number, story] : active) {
    const bool by_days =
        clock != kNoDay && story.last_day != kNoDay &&
        static_cast<double>(clock - story.last_day) > options.dormant_days;
    const bool by_count = options.dormant_articles > 0 &&
                          seq - story.last_seq > options.dormant_articles;
    if (by_days || by_count) idle.push_back(number);
  }
  for (uint64_t number : idle) Retire(number);
}

void StoryClusterer::Impl::Retire(uint64_t number) {
  StoryState& story = active.at(number);
  for (const auto& [t, x] : story.centroid.w) Unpost(t, number);
  for (const ArticleRecord& a : story.articles) {
    ids.erase(a.id);
    if (a.signature.empty()) continue;
    for (int b = 0; b < kBands; ++b) {
      auto it = buckets.find(BandKey(a.signature, b));
      if (it == buckets.end()) continue;
      auto& bucket = it->second;
      bucket.erase(std::remove_if(bucket.begin(), bucket.end(),
                                  [&](const auto& p) { return p.first == number; }),
                   bucket.end());
      if (bucket.empty()) buckets.erase(it);
    }
  }
  dormant.push_back(Render(story));
  active.erase(number);
}

Story StoryClusterer::Impl::Render(const StoryState& s) const {
  Story out;
  out.id = "s" + std::to_string(s.number);
  int64_t first = kNoDay, last = kNoDay;
  std::vector<std::string_view> outlets;
  for (const ArticleRecord& a : s.articles) {
    out.articles.push_back(a.id);
    if (!a.source.empty()) outlets.push_back(a.source);
    if (a.day != kNoDay) {
      if (first == kNoDay || a.day < first) first = a.day;
      if (last == kNoDay || a.day > last) last = a.day;
    }
  }
  std::sort(outlets.begin(), outlets.end());
  outlets.erase(std::unique(outlets.begin(), outlets.end()), outlets.end());
  out.outlets.assign(outlets.begin(), outlets.end());
  if (first != kNoDay) {
    out.first_published = cluster::FormatDay(first);
    out.last_published = cluster::FormatDay(last);
  }
  // The representative title: the article closest to the centroid (ties:
  // the earliest).
  auto representative = [&](const Centroid& c,
                            const std::vector<uint32_t>& members) {
    uint32_t best = members.front();
    double best_score = -1;
    for (uint32_t a : members) {
      double dot = 0, n2 = 0;
      for (const auto& [t, x] : s.articles[a].top) {
        n2 += static_cast<double>(x) * x;
        auto it = c.w.find(t);
        if (it != c.w.end()) dot += static_cast<double>(it->second) * x;
      }
      const double score = n2 > 0 ? dot / std::sqrt(n2) : 0;
      if (score > best_score) {
        best_score = score;
        best = a;
      }
    }
    return s.articles[best].title;
  };
  std::vector<uint32_t> all(s.articles.size());
  for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  out.title = representative(s.centroid, all);
  std::vector<std::pair<int64_t, size_t>> order;  // (date, event index)
  for (size_t e = 0; e < s.events.size(); ++e) {
    const EventState& event = s.events[e];
    StoryEvent ev;
    ev.id = out.id + ".e" + std::to_string(event.number);
    ev.title = representative(event.centroid, event.articles);
    int64_t day = kNoDay;
    for (uint32_t a : event.articles) {
      ev.articles.push_back(s.articles[a].id);
      const int64_t d = s.articles[a].day;
      if (d != kNoDay && (day == kNoDay || d < day)) day = d;
    }
    if (day != kNoDay) ev.date = cluster::FormatDay(day);
    order.emplace_back(day == kNoDay ? std::numeric_limits<int64_t>::max() : day,
                       e);
    out.events.push_back(std::move(ev));
  }
  std::stable_sort(order.begin(), order.end());
  std::vector<StoryEvent> sorted;
  for (const auto& [day, e] : order) sorted.push_back(std::move(out.events[e]));
  out.events = std::move(sorted);
  return out;
}

// ---- Saved state: "precis-stories", version, then the fields in order.

namespace {

void PutCentroid(const Centroid& c, StateWriter* w) {
  const TermVector v = c.Sorted();
  w->Varint(v.size());
  for (const auto& [t, x] : v) {
    w->Varint(t);
    w->Float(x);
  }
  w->Double(c.norm2);
}

bool GetCentroid(StateReader* r, size_t vocab, Centroid* c) {
  const uint64_t n = r->Count(5);
  c->w.reserve(n);
  for (uint64_t i = 0; i < n && r->ok(); ++i) {
    const uint64_t t = r->Varint();
    const float x = r->Float();
    if (t >= vocab) return false;
    c->w.emplace(static_cast<uint32_t>(t), x);
  }
  c->norm2 = r->Double();
  return r->ok();
}

void PutStrings(const std::vector<std::string>& v, StateWriter* w) {
  w->Varint(v.size());
  for (const auto& s : v) w->String(s);
}

std::vector<std::string> GetStrings(StateReader* r) {
  std::vector<std::string> v(r->Count());
  for (auto& s : v) s = r->String();
  return v;
}

void PutStory(const Story& s, StateWriter* w) {
  w->String(s.id);
  w->String(s.title);
  w->String(s.first_published);
  w->String(s.last_published);
  PutStrings(s.articles, w);
  PutStrings(s.outlets, w);
  w->Varint(s.events.size());
  for (const StoryEvent& e : s.events) {
    w->String(e.id);
    w->String(e.title);
    w->String(e.date);
    PutStrings(e.articles, w);
  }
}

Story GetStory(StateReader* r) {
  Story s;
  s.id = r->String();
  s.title = r->String();
  s.first_published = r->String();
  s.last_published = r->String();
  s.articles = GetStrings(r);
  s.outlets = GetStrings(r);
  s.events.resize(r->Count(4));
  for (StoryEvent& e : s.events) {
    e.id = r->String();
    e.title = r->String();
    e.date = r->String();
    e.articles = GetStrings(r);
  }
  return s;
}

}  // namespace

std::string StoryClusterer::Impl::Save() const {
  StateWriter w;
  w.Raw(kMagic.data(), kMagic.size());
  w.Varint(kVersion);
  w.Varint(story_counter);
  w.Varint(seq);
  w.SignedVarint(clock);
  w.SignedVarint(checked_clock);
  w.Varint(checked_seq);
  w.Varint(docs);
  w.Varint(terms.size());
  for (size_t t = 0; t < terms.size(); ++t) {
    w.String(terms[t]);
    w.Varint(df[t]);
  }
  w.Varint(active.size());
  for (const auto& [number, s] : active) {
    w.Varint(number);
    w.SignedVarint(s.last_day);
    w.Varint(s.last_seq);
    w.Varint(s.event_counter);
    PutCentroid(s.centroid, &w);
    w.Varint(s.events.size());
    for (const EventState& e : s.events) {
      w.Varint(e.number);
      w.SignedVarint(e.last_day);
      PutCentroid(e.centroid, &w);
    }
    w.Varint(s.articles.size());
    for (const ArticleRecord& a : s.articles) {
      w.String(a.id);
      w.String(a.title);
      w.String(a.source);
      w.SignedVarint(a.day);
      w.Varint(a.event);
      w.Varint(a.top.size());
      for (const auto& [t, x] : a.top) {
        w.Varint(t);
        w.Float(x);
      }
      w.Varint(a.signature.size());
      for (uint32_t x : a.signature) w.Fixed32(x);
    }
  }
  w.Varint(dormant.size());
  for (const Story& s : dormant) PutStory(s, &w);
  return w.Take();
}

bool StoryClusterer::Impl::Restore(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return false;
  StateReader r(bytes.substr(kMagic.size()));
  if (r.Varint() != kVersion) return false;
  story_counter = r.Varint();
  seq = r.Varint();
  clock = r.SignedVarint();
  checked_clock = r.SignedVarint();
  checked_seq = r.Varint();
  docs = r.Varint();
  const uint64_t n_terms = r.Count(2);
  for (uint64_t t = 0; t < n_terms && r.ok(); ++t) {
    const std::string term = r.String();
    Intern(term);
    if (terms.size() != t + 1) return false;  // a repeated term
    df[t] = static_cast<uint32_t>(r.Varint());
  }
  const uint64_t n_stories = r.Count(8);
  for (uint64_t i = 0; i < n_stories && r.ok(); ++i) {
    const uint64_t number = r.Varint();
    if (number == 0 || number > story_counter || active.count(number)) {
      return false;
    }
    StoryState& s = active[number];
    s.number = number;
    s.last_day = r.SignedVarint();
    s.last_seq = r.Varint();
    s.event_counter = r.Varint();
    if (!GetCentroid(&r, terms.size(), &s.centroid)) return false;
    s.events.resize(r.Count(4));
    for (EventState& e : s.events) {
      e.number = r.Varint();
      e.last_day = r.SignedVarint();
      if (!GetCentroid(&r, terms.size(), &e.centroid)) return false;
    }
    s.articles.resize(r.Count(6));
    for (uint32_t a = 0; a < s.articles.size() && r.ok(); ++a) {
      ArticleRecord& rec = s.articles[a];
      rec.id = r.String();
      rec.title = r.String();
      rec.source = r.String();
      rec.day = r.SignedVarint();
      rec.event = static_cast<uint32_t>(r.Varint());
      if (rec.event >= s.events.size()) return false;
      s.events[rec.event].articles.push_back(a);
      rec.top.resize(r.Count(5));
      for (auto& [t, x] : rec.top) {
        const uint64_t term = r.Varint();
        if (term >= terms.size()) return false;
        t = static_cast<uint32_t>(term);
        x = r.Float();
      }
      const uint64_t n_sig = r.Count(4);
      if (n_sig != 0 && n_sig != kMinHashSlots) return false;
      rec.signature.resize(n_sig);
      for (uint32_t& x : rec.signature) x = r.Fixed32();
    }
  }
  dormant.resize(r.Count(5));
  for (Story& s : dormant) s = GetStory(&r);
  if (!r.ok() || !r.AtEnd()) return false;
  Reindex();
  return true;
}

// Rebuilds the inverted index, the LSH buckets and the id table from the
// stories, in story and article order (as they were built).
void StoryClusterer::Impl::Reindex() {
  for (const auto& [number, s] : active) {
    for (const auto& [t, x] : s.centroid.Sorted()) postings[t].push_back(number);
    for (uint32_t a = 0; a < s.articles.size(); ++a) {
      IndexArticle(number, a);
      ids.emplace(s.articles[a].id, number);
    }
  }
}

// ---- The public class.

StoryClusterer::StoryClusterer(const StoryOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
StoryClusterer::~StoryClusterer() = default;
StoryClusterer::StoryClusterer(StoryClusterer&&) noexcept = default;
StoryClusterer& StoryClusterer::operator=(StoryClusterer&&) noexcept = default;

Result<StoryAssignment> StoryClusterer::Add(const Article& article) {
  return impl_->Add(article);
}

std::vector<Story> StoryClusterer::ActiveStories() const {
  std::vector<Story> out;
  out.reserve(impl_->active.size());
  for (const auto& [number, s] : impl_->active) out.push_back(impl_->Render(s));
  return out;
}

std::vector<Story> StoryClusterer::TakeDormant() {
  return std::exchange(impl_->dormant, {});
}

void StoryClusterer::Flush() {
  std::vector<uint64_t> numbers;
  for (const auto& [number, s] : impl_->active) numbers.push_back(number);
  for (uint64_t number : numbers) impl_->Retire(number);
}

std::string StoryClusterer::SaveState() const { return impl_->Save(); }

Result<StoryClusterer> StoryClusterer::Load(std::string_view state,
                                            const StoryOptions& options) {
  StoryClusterer c(options);
  if (!c.impl_->Restore(state)) {
    return Status::BadInput(
        "not a story clusterer state of this version (precis-stories v" +
        std::to_string(kVersion) + ")");
  }
  return c;
}

std::vector<Article> PrepareStream(std::vector<Article> articles,
                                   const StoryOptions& options,
                                   Diagnostics* diagnostics) {
  const int64_t today = options.today != 0 ? options.today : SystemToday();
  // Sort key: the article's day, or the day of the article before it in
  // arrival order (an undated article keeps its place after it).
  std::vector<std::pair<int64_t, size_t>> order;
  order.reserve(articles.size());
  int64_t carry = kNoDay;
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    int64_t day;
    if (!a.published.empty()) {
      if (!cluster::ParseDay(a.published, &day)) {
        if (diagnostics) {
          diagnostics->Warn(a.origin, 0,
                            "article '" + a.id + "': unreadable date '" +
                                a.published + "', taken in arrival order");
        }
      } else if (day > today + 1) {
        if (diagnostics) {
          diagnostics->Warn(a.origin, 0,
                            "article '" + a.id + "': date '" + a.published +
                                "' lies in the future, taken in arrival order");
        }
      } else {
        carry = day;
      }
    }
    order.emplace_back(carry, i);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first < b.first;
  });
  std::unordered_set<std::string> taken;
  for (const Article& a : articles) taken.insert(a.id);
  std::unordered_set<std::string> used;
  std::vector<Article> out;
  out.reserve(articles.size());
  for (const auto& [day, i] : order) {
    out.push_back(std::move(articles[i]));
    Article& a = out.back();
    if (used.insert(a.id).second) continue;
    std::string renamed;
    for (int k = 2;; ++k) {
      renamed = a.id + "-" + std::to_string(k);
      if (!taken.count(renamed) && used.insert(renamed).second) break;
    }
    if (diagnostics) {
      diagnostics->Warn(a.origin, 0, "repeated article id '" + a.id +
                                         "' renamed '" + renamed + "'");
    }
    a.id = std::move(renamed);
  }
  return out;
}

Result<std::vector<Story>> FindStories(const std::vector<Article>& articles,
                                       const StoryOptions& options,
                                       Diagnostics* diagnostics) {
  StoryClusterer clusterer(options);
  for (const Article& a : PrepareStream(articles, options, diagnostics)) {
    PRECIS_ASSIGN_OR_RETURN(auto assignment, clusterer.Add(a));
    (void)assignment;
  }
  clusterer.Flush();
  std::vector<Story> stories = clusterer.TakeDormant();
  std::sort(stories.begin(), stories.end(), [](const Story& a, const Story& b) {
    return std::stoull(a.id.substr(1)) < std::stoull(b.id.substr(1));
  });
  return stories;
}

}  // namespace precis
