// Copyright 2026 The precis Authors.
//
// KLSum: greedy minimization of KL(P_cluster || P_summary).

#ifndef PRECIS_SUMMARIZE_KLSUM_H_
#define PRECIS_SUMMARIZE_KLSUM_H_

#include <memory>

#include "summarize/method.h"

namespace precis {

struct KlSumOptions {
  double smoothing = 0.5;        // Lidstone delta added to every summary
                                 // term count (the summary distribution
                                 // must not be zero where the cluster's is not)
  size_t max_candidates = 2000;  // larger clusters: the sentences first in
                                 // lead order compete (CandidateSentences)
};

std::unique_ptr<Method> NewKlSumMethod(const KlSumOptions& options = {});

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_KLSUM_H_
