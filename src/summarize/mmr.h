// Copyright 2026 The precis Authors.
//
// MMR: maximal marginal relevance to the cluster's centroid.

#ifndef PRECIS_SUMMARIZE_MMR_H_
#define PRECIS_SUMMARIZE_MMR_H_

#include <memory>

#include "summarize/method.h"

namespace precis {

struct MmrOptions {
  double lambda = 0.7;           // weight of relevance against novelty
  size_t max_candidates = 2000;  // larger clusters: the sentences first in
                                 // lead order compete (CandidateSentences)
};

std::unique_ptr<Method> NewMmrMethod(const MmrOptions& options = {});

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_MMR_H_
