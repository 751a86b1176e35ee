// Copyright 2026 The precis Authors.
//
// The SQLite Store (store.h). One connection; a write batch is
//   BEGIN IMMEDIATE; check the generation (reload the clusterer if another
//   writer moved it on); per article: look up id and (url, hash), Add to the
//   clusterer, insert; upsert the touched stories and their events; rebuild
//   their briefs; save the clusterer's state; bump the generation; COMMIT.
// A failed batch rolls back and drops the in-memory clusterer (it holds the
// rolled-back articles), which the next batch reloads from the database.

#include <algorithm>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/hash.h"
#include "precis/store.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace precis {
namespace {

using sql::Stmt;

std::string NowUtc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> JsonStrings(std::string_view json) {
  std::vector<std::string> out;
  auto j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_array()) {
    for (const auto& v : j) {
      if (v.is_string()) out.push_back(v.get<std::string>());
    }
  }
  return out;
}

std::string ToJson(const std::vector<std::string>& v) {
  return nlohmann::json(v).dump(-1, ' ', false,
                                nlohmann::json::error_handler_t::replace);
}

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const StoreOptions& options) : options_(options) {}

  Status Init(const std::string& path) {
    PRECIS_RETURN_IF_ERROR(
        db_.Open(path, options_.read_only, options_.busy_timeout_ms));
    if (!options_.read_only) {
      PRECIS_RETURN_IF_ERROR(db_.Exec("PRAGMA journal_mode=WAL"));
      PRECIS_RETURN_IF_ERROR(db_.Exec("PRAGMA synchronous=NORMAL"));
      PRECIS_RETURN_IF_ERROR(Migrate());
    } else {
      PRECIS_ASSIGN_OR_RETURN(int version, UserVersion());
      if (version == 0) {
        return Status::BadInput(path + ": not a precis store (no schema)");
      }
      if (version > kStoreSchemaVersion) return TooNew(path, version);
    }
    return Status::OK();
  }

  Status Ingest(std::span<const Article> articles,
                const CommitCallback& on_commit) override {
    if (options_.read_only) {
      return Status::InvalidArgument("the store is open read-only");
    }
    const size_t n = std::max<size_t>(1, options_.batch_articles);
    for (size_t i = 0; i < articles.size(); i += n) {
      std::vector<IngestResult> results;
      Status s = Batch(articles.subspan(i, std::min(n, articles.size() - i)),
                       &results);
      if (!s.ok()) {
        (void)db_.Exec("ROLLBACK");
        clusterer_.reset();
        return s;
      }
      if (on_commit) on_commit(results);
    }
    return Status::OK();
  }

  Result<std::vector<StoryRow>> ListStories(const StoryQuery& q) override {
    std::string sql =
        "SELECT " + std::string(kStoryCols) +
        " FROM stories WHERE (?1 = '' OR last_published >= ?1) AND "
        "(?2 = '' OR substr(last_published, 1, length(?2)) <= ?2)";
    std::vector<std::string> words;
    for (size_t i = 0; i < q.q.size();) {
      const size_t j = std::min(q.q.find(' ', i), q.q.size());
      if (j > i) words.push_back("%" + Lower(q.q.substr(i, j - i)) + "%");
      i = j + 1;
    }
    if (words.size() > 8) words.resize(8);
    for (size_t w = 0; w < words.size(); ++w) {
      sql += " AND search LIKE ?" + std::to_string(w + 5) + " ESCAPE '\\'";
    }
    sql += " ORDER BY updated_seq DESC, id LIMIT ?3 OFFSET ?4";
    PRECIS_ASSIGN_OR_RETURN(Stmt st, db_.Prepare(sql));
    st.Bind(1, q.since).Bind(2, q.until);
    st.Bind(3, static_cast<int64_t>(std::min<size_t>(q.limit, 500)));
    st.Bind(4, static_cast<int64_t>(q.offset));
    for (size_t w = 0; w < words.size(); ++w) {
      std::string escaped;
      for (char c : words[w].substr(1, words[w].size() - 2)) {
        if (c == '%' || c == '_' || c == '\\') escaped += '\\';
        escaped += c;
      }
      st.Bind(static_cast<int>(w + 5), "%" + escaped + "%");
    }
    std::vector<StoryRow> rows;
    for (;;) {
      PRECIS_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      rows.push_back(ReadStoryRow(st));
    }
    return rows;
  }

  Result<StoryRow> GetStory(std::string_view id) override {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt * st, Cached(&get_story_, "SELECT " + std::string(kStoryCols) +
                                           " FROM stories WHERE id = ?1"));
    st->Bind(1, id);
    auto row = st->Step();
    Result<StoryRow> out =
        Status::NotFound("no story '" + std::string(id) + "'");
    if (!row.ok())
      out = row.status();
    else if (*row)
      out = ReadStoryRow(*st);
    st->Reset();
    return out;
  }

  Result<std::vector<EventRow>> StoryEvents(std::string_view id) override {
    PRECIS_ASSIGN_OR_RETURN(Stmt * st,
                            Cached(&events_,
                                   "SELECT id, story, title, date, articles "
                                   "FROM events WHERE story = ?1 "
                                   "ORDER BY date = '', date, ord"));
    st->Bind(1, id);
    std::vector<EventRow> out;
    for (;;) {
      auto row = st->Step();
      if (!row.ok()) {
        st->Reset();
        return row.status();
      }
      if (!*row) break;
      out.push_back({std::string(st->Text(0)), std::string(st->Text(1)),
                     std::string(st->Text(2)), std::string(st->Text(3)),
                     JsonStrings(st->Text(4))});
    }
    st->Reset();
    return out;
  }

  Result<std::string> StoryBrief(std::string_view id) override {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt * st, Cached(&brief_, "SELECT brief FROM stories WHERE id = ?1"));
    st->Bind(1, id);
    auto row = st->Step();
    Result<std::string> out =
        Status::NotFound("no story '" + std::string(id) + "'");
    if (!row.ok())
      out = row.status();
    else if (*row)
      out = std::string(st->Text(0));
    st->Reset();
    return out;
  }

  Result<std::vector<Article>> StoryArticles(std::string_view id) override {
    std::vector<Article> out;
    PRECIS_RETURN_IF_ERROR(LoadStoryArticles(id, &out));
    return out;
  }

  Result<StoredArticle> GetArticle(std::string_view id) override {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt * st,
        Cached(&article_,
               "SELECT " + std::string(kArticleCols) +
                   ", story, event, duplicate_of, content_hash, added_at "
                   "FROM articles WHERE id = ?1"));
    st->Bind(1, id);
    auto row = st->Step();
    Result<StoredArticle> out =
        Status::NotFound("no article '" + std::string(id) + "'");
    if (!row.ok()) {
      out = row.status();
    } else if (*row) {
      StoredArticle a;
      a.article = ReadArticle(*st);
      a.story = st->Text(8);
      a.event = st->Text(9);
      a.duplicate_of = st->Text(10);
      a.content_hash = st->Text(11);
      a.added_at = st->Text(12);
      out = std::move(a);
    }
    st->Reset();
    return out;
  }

  Result<StoreCounts> Counts() override {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt * st,
        Cached(&counts_,
               "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM "
               "stories), (SELECT count(*) FROM events)"));
    auto row = st->Step();
    StoreCounts c;
    if (row.ok() && *row) c = {st->Int(0), st->Int(1), st->Int(2)};
    st->Reset();
    if (!row.ok()) return row.status();
    return c;
  }

  Result<std::vector<Story>> AllStories() override {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt st,
        db_.Prepare(
            "SELECT " + std::string(kStoryCols) +
            " FROM stories ORDER BY CAST(substr(id, 2) AS INTEGER), id"));
    std::vector<Story> out;
    for (;;) {
      PRECIS_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      const StoryRow r = ReadStoryRow(st);
      Story s;
      s.id = r.id;
      s.title = r.title;
      s.first_published = r.first_published;
      s.last_published = r.last_published;
      s.outlets = r.outlets;
      PRECIS_ASSIGN_OR_RETURN(std::vector<EventRow> events, StoryEvents(r.id));
      for (EventRow& e : events) {
        s.events.push_back({e.id, e.title, e.date, std::move(e.articles)});
      }
      PRECIS_ASSIGN_OR_RETURN(
          Stmt ids,
          db_.Prepare("SELECT id FROM articles WHERE story = ?1 ORDER BY seq"));
      ids.Bind(1, r.id);
      for (;;) {
        PRECIS_ASSIGN_OR_RETURN(bool more, ids.Step());
        if (!more) break;
        s.articles.emplace_back(ids.Text(0));
      }
      out.push_back(std::move(s));
    }
    return out;
  }

 private:
  static constexpr char kStoryCols[] =
      "id, title, first_published, last_published, outlets, articles, events, "
      "updated_seq, updated_at, dormant, lede";
  static constexpr char kArticleCols[] =
      "id, title, source, url, published, text, body_begin, origin";

  static Status TooNew(const std::string& path, int version) {
    return Status::BadInput(path + ": store schema version " +
                            std::to_string(version) +
                            " is newer than this precis (" +
                            std::to_string(kStoreSchemaVersion) + ")");
  }

  Result<int> UserVersion() {
    PRECIS_ASSIGN_OR_RETURN(Stmt st, db_.Prepare("PRAGMA user_version"));
    PRECIS_ASSIGN_OR_RETURN(bool row, st.Step());
    return row ? static_cast<int>(st.Int(0)) : 0;
  }

  Status Migrate() {
    PRECIS_RETURN_IF_ERROR(db_.Exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER "
        "PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    for (const store::Migration& m : store::Migrations()) {
      PRECIS_RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
      Status s = [&]() -> Status {
        PRECIS_ASSIGN_OR_RETURN(int version, UserVersion());
        if (version > kStoreSchemaVersion) return TooNew("store", version);
        if (version >= m.version) return Status::OK();
        PRECIS_RETURN_IF_ERROR(db_.Exec(m.sql));
        PRECIS_ASSIGN_OR_RETURN(
            Stmt st,
            db_.Prepare("INSERT INTO schema_migrations VALUES (?1, ?2, ?3)"));
        PRECIS_RETURN_IF_ERROR(st.Bind(1, int64_t{m.version})
                                   .Bind(2, m.description)
                                   .Bind(3, NowUtc())
                                   .Run());
        const std::string pragma =
            "PRAGMA user_version = " + std::to_string(m.version);
        return db_.Exec(pragma.c_str());
      }();
      if (!s.ok()) {
        (void)db_.Exec("ROLLBACK");
        return s;
      }
      PRECIS_RETURN_IF_ERROR(db_.Exec("COMMIT"));
    }
    return Status::OK();
  }

  // A statement prepared once per connection.
  Result<Stmt*> Cached(Stmt* slot, const std::string& sql) {
    if (!prepared_.count(slot)) {
      PRECIS_ASSIGN_OR_RETURN(*slot, db_.Prepare(sql));
      prepared_.insert(slot);
    }
    return slot;
  }

  static StoryRow ReadStoryRow(const Stmt& st) {
    StoryRow r;
    r.id = st.Text(0);
    r.title = st.Text(1);
    r.first_published = st.Text(2);
    r.last_published = st.Text(3);
    r.outlets = JsonStrings(st.Text(4));
    r.articles = st.Int(5);
    r.events = st.Int(6);
    r.updated_seq = st.Int(7);
    r.updated_at = st.Text(8);
    r.dormant = st.Int(9) != 0;
    r.lede = st.Text(10);
    return r;
  }

  static Article ReadArticle(const Stmt& st) {
    Article a;
    a.id = st.Text(0);
    a.title = st.Text(1);
    a.source = st.Text(2);
    a.url = st.Text(3);
    a.published = st.Text(4);
    a.text = st.Text(5);
    a.body_begin = static_cast<uint32_t>(st.Int(6));
    a.origin = st.Text(7);
    return a;
  }

  Status LoadStoryArticles(std::string_view story, std::vector<Article>* out) {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt * st, Cached(&story_articles_,
                          "SELECT " + std::string(kArticleCols) +
                              " FROM articles WHERE story = ?1 ORDER BY seq"));
    st->Bind(1, story);
    for (;;) {
      auto row = st->Step();
      if (!row.ok()) {
        st->Reset();
        return row.status();
      }
      if (!*row) break;
      out->push_back(ReadArticle(*st));
    }
    st->Reset();
    return Status::OK();
  }

  Result<std::string> Meta(const char* key) {
    PRECIS_ASSIGN_OR_RETURN(Stmt st,
                            db_.Prepare("SELECT value FROM meta WHERE key=?1"));
    st.Bind(1, key);
    PRECIS_ASSIGN_OR_RETURN(bool row, st.Step());
    return row ? std::string(st.Text(0)) : std::string();
  }

  Status SetMeta(const char* key, std::string_view value) {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt st,
        db_.Prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)"));
    return st.Bind(1, key).BindBlob(2, value).Run();
  }

  // Loads the clusterer unless the one in memory is current.
  Status EnsureClusterer() {
    PRECIS_ASSIGN_OR_RETURN(std::string generation, Meta("generation"));
    if (clusterer_ && generation == generation_) return Status::OK();
    PRECIS_ASSIGN_OR_RETURN(std::string state, Meta("clusterer"));
    if (state.empty()) {
      clusterer_ = std::make_unique<StoryClusterer>(options_.stories);
    } else {
      auto loaded = StoryClusterer::Load(state, options_.stories);
      if (!loaded.ok()) {
        return Status::BadInput("store: the saved story state: " +
                                loaded.status().message());
      }
      clusterer_ = std::make_unique<StoryClusterer>(std::move(*loaded));
    }
    generation_ = generation;
    return Status::OK();
  }

  // The stored article `a` matches, by id or by URL and content hash.
  Result<bool> FindExisting(const Article& a, const std::string& hash,
                            IngestResult* r) {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt * st,
        Cached(&find_,
               "SELECT id, story, event FROM articles WHERE id = ?1 UNION ALL "
               "SELECT id, story, event FROM articles WHERE url = ?2 AND ?2 != "
               "'' AND "
               "content_hash = ?3 LIMIT 1"));
    st->Bind(1, a.id).Bind(2, a.url).Bind(3, hash);
    auto row = st->Step();
    if (row.ok() && *row) {
      r->existing = st->Text(0);
      r->assignment.story = st->Text(1);
      r->assignment.event = st->Text(2);
    }
    st->Reset();
    if (!row.ok()) return row.status();
    return *row;
  }

  Status Insert(const Article& a, const std::string& hash,
                const StoryAssignment& s, const std::string& now) {
    PRECIS_ASSIGN_OR_RETURN(
        Stmt * st,
        Cached(&insert_,
               "INSERT INTO articles(id, title, source, url, published, text, "
               "body_begin, origin, content_hash, added_at, story, event, "
               "duplicate_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
               "?11, "
               "?12, ?13)"));
    st->Bind(1, a.id).Bind(2, a.title).Bind(3, a.source).Bind(4, a.url);
    st->Bind(5, a.published).Bind(6, a.text);
    st->Bind(7, static_cast<int64_t>(a.body_begin)).Bind(8, a.origin);
    st->Bind(9, hash).Bind(10, now).Bind(11, s.story).Bind(12, s.event);
    st->Bind(13, s.duplicate_of);
    return st->Run();
  }

  // Writes the row and events of `story` and rebuilds its brief.
  Status WriteStory(const Story& story, bool dormant, const std::string& now) {
    std::vector<Article> articles;
    PRECIS_RETURN_IF_ERROR(LoadStoryArticles(story.id, &articles));
    std::string search = Lower(story.title);
    for (const std::string& o : story.outlets) search += "\n" + Lower(o);
    for (const Article& a : articles) search += "\n" + Lower(a.title);
    Cluster cluster;
    cluster.id = story.id;
    cluster.articles = std::move(articles);
    std::string brief = "null", lede;
    if (auto b = BuildBrief(cluster, options_.brief); b.ok()) {
      brief = RenderBriefJson(cluster, *b);
      if (!b->summary.sentences.empty()) {
        const SummarySentence& s = b->summary.sentences[0];
        lede = std::string(s.span.In(cluster.articles[s.article].text));
      }
    }
    PRECIS_ASSIGN_OR_RETURN(
        Stmt st,
        db_.Prepare(
            "INSERT OR REPLACE INTO stories(id, title, first_published, "
            "last_published, outlets, articles, events, updated_seq, "
            "updated_at, "
            "dormant, brief, search, lede) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
            "?7, (SELECT coalesce(max(seq), 0) FROM articles WHERE story = "
            "?1), ?8, ?9, ?10, ?11, ?12)"));
    st.Bind(1, story.id).Bind(2, story.title).Bind(3, story.first_published);
    st.Bind(4, story.last_published).Bind(5, ToJson(story.outlets));
    st.Bind(6, static_cast<int64_t>(cluster.articles.size()));
    st.Bind(7, static_cast<int64_t>(story.events.size())).Bind(8, now);
    st.Bind(9, int64_t{dormant}).Bind(10, brief).Bind(11, search);
    st.Bind(12, lede);
    PRECIS_RETURN_IF_ERROR(st.Run());
    PRECIS_ASSIGN_OR_RETURN(Stmt del,
                            db_.Prepare("DELETE FROM events WHERE story = ?1"));
    PRECIS_RETURN_IF_ERROR(del.Bind(1, story.id).Run());
    PRECIS_ASSIGN_OR_RETURN(
        Stmt ins,
        db_.Prepare(
            "INSERT INTO events(id, story, ord, title, date, articles) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6)"));
    for (size_t i = 0; i < story.events.size(); ++i) {
      const StoryEvent& e = story.events[i];
      ins.Bind(1, e.id).Bind(2, story.id).Bind(3, static_cast<int64_t>(i));
      ins.Bind(4, e.title).Bind(5, e.date).Bind(6, ToJson(e.articles));
      PRECIS_RETURN_IF_ERROR(ins.Run());
    }
    return Status::OK();
  }

  Status Batch(std::span<const Article> batch,
               std::vector<IngestResult>* results) {
    PRECIS_RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
    PRECIS_RETURN_IF_ERROR(EnsureClusterer());
    const std::string now = NowUtc();
    std::set<std::string> touched;
    for (const Article& a : batch) {
      IngestResult r;
      r.id = a.id;
      const std::string hash = ContentHash(a.text);
      PRECIS_ASSIGN_OR_RETURN(bool exists, FindExisting(a, hash, &r));
      if (!exists) {
        PRECIS_ASSIGN_OR_RETURN(r.assignment, clusterer_->Add(a));
        PRECIS_RETURN_IF_ERROR(Insert(a, hash, r.assignment, now));
        r.added = true;
        touched.insert(r.assignment.story);
      }
      results->push_back(std::move(r));
    }
    if (!touched.empty()) {
      for (const Story& s : clusterer_->TakeDormant()) {
        PRECIS_RETURN_IF_ERROR(WriteStory(s, /*dormant=*/true, now));
        touched.erase(s.id);
      }
      for (const Story& s : clusterer_->ActiveStories()) {
        if (touched.count(s.id)) {
          PRECIS_RETURN_IF_ERROR(WriteStory(s, /*dormant=*/false, now));
        }
      }
      PRECIS_RETURN_IF_ERROR(SetMeta("clusterer", clusterer_->SaveState()));
      const std::string generation =
          std::to_string(std::atoll(generation_.c_str()) + 1);
      PRECIS_RETURN_IF_ERROR(SetMeta("generation", generation));
      generation_ = generation;
    }
    return db_.Exec("COMMIT");
  }

  StoreOptions options_;
  sql::Db db_;
  std::unique_ptr<StoryClusterer> clusterer_;
  std::string generation_;  // of the clusterer in memory
  std::set<Stmt*> prepared_;
  Stmt get_story_, events_, brief_, article_, counts_, story_articles_, find_,
      insert_;
};

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                           const StoreOptions& options) {
  auto store = std::make_unique<SqliteStore>(options);
  PRECIS_RETURN_IF_ERROR(store->Init(path));
  return std::unique_ptr<Store>(std::move(store));
}

std::string ContentHash(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t h = HashBytes(text);
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 15];
  return out;
}

}  // namespace precis
