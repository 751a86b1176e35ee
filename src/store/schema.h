// Copyright 2026 The precis Authors.
//
// The store's schema as numbered migrations. Migration N takes a database
// at version N-1 to version N; each runs in its own transaction and is
// recorded in schema_migrations (version, description, applied_at), and
// PRAGMA user_version follows. Never edit a released migration: add one.

#ifndef PRECIS_STORE_SCHEMA_H_
#define PRECIS_STORE_SCHEMA_H_

#include <span>

namespace precis::store {

struct Migration {
  int version;
  const char* description;
  const char* sql;
};

// In version order, versions 1, 2, ... without gaps.
std::span<const Migration> Migrations();

}  // namespace precis::store

#endif  // PRECIS_STORE_SCHEMA_H_
