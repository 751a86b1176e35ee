// Copyright 2026 The precis Authors.
//
// The one call from the store to the brief's JSON renderer. When BriefToJson
// moves to the write module, this is the line to repoint.

#include "precis/brief.h"
#include "precis/store.h"

namespace precis {

std::string RenderBriefJson(const Cluster& cluster, const Brief& brief) {
  return BriefToJson(cluster, brief);
}

}  // namespace precis
