// Copyright 2026 The precis Authors.
//
// Reading stories back from a store for the commands that take clusters
// (`precis stories --db`, `brief --db`, `summarize --db`): the hook their
// --db option calls.

#include "command.h"
#include "precis/store.h"

namespace precis::cli {

Result<std::vector<Cluster>> ReadStoreClusters(
    const std::string& db, const std::vector<std::string>& story_ids) {
  StoreOptions options;
  options.read_only = true;
  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<Store> store,
                          Store::Open(db, options));
  std::vector<std::string> ids = story_ids;
  if (ids.empty()) {
    PRECIS_ASSIGN_OR_RETURN(std::vector<Story> all, store->AllStories());
    for (const Story& s : all) ids.push_back(s.id);
  }
  std::vector<Cluster> out;
  for (const std::string& id : ids) {
    Cluster c;
    c.id = id;
    c.origin = db + ":" + id;
    PRECIS_ASSIGN_OR_RETURN(c.articles, store->StoryArticles(id));
    if (c.articles.empty()) {
      PRECIS_RETURN_IF_ERROR(store->GetStory(id).status());  // NotFound
    }
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::vector<Story>> ReadStoreStories(const std::string& db) {
  StoreOptions options;
  options.read_only = true;
  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<Store> store,
                          Store::Open(db, options));
  return store->AllStories();
}

}  // namespace precis::cli
