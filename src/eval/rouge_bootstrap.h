// Copyright 2026 The precis Authors.
//
// ROUGE-1.5.5's bootstrap: resampling with Perl's random number generator,
// so that confidence intervals come out as the script prints them.

#ifndef PRECIS_EVAL_ROUGE_BOOTSTRAP_H_
#define PRECIS_EVAL_ROUGE_BOOTSTRAP_H_

#include <cstdint>
#include <span>
#include <vector>

namespace precis::rouge {

// Perl's rand() since 5.20 (and glibc's drand48 before): the 48-bit linear
// congruential generator x' = (0x5DEECE66D·x + 11) mod 2^48, srand(s)
// setting x = (s << 16) + 0x330E, each draw x'/2^48.
class PerlRandom {
 public:
  explicit PerlRandom(uint32_t seed)
      : x_((static_cast<uint64_t>(seed) << 16) + 0x330E) {}
  double Next() {
    x_ = (0x5DEECE66DULL * x_ + 0xB) & ((1ULL << 48) - 1);
    return static_cast<double>(x_) / static_cast<double>(1ULL << 48);
  }
  // Perl's int(rand(n)).
  size_t Below(size_t n) {
    return static_cast<size_t>(Next() * static_cast<double>(n));
  }

 private:
  uint64_t x_;
};

// The case indices each of `resamples` bootstrap samples draws from `cases`
// cases, sample k seeded with k as ROUGE-1.5.5 seeds it: row k holds the
// indices of sample k.
std::vector<std::vector<uint32_t>> BootstrapDraws(size_t cases, int resamples);

struct BootstrapResult {
  double mean_of_means = 0;  // the mean of the sample means
  double low = 0, high = 0;  // the interpolated percentiles
};

// ROUGE-1.5.5's interval from per-case values (in the order the draws index
// them): each sample's mean, sorted; the mean of those; and the values at
// (100-confidence)/2 percent from either end, interpolated as the script
// does. Values are not rounded here.
BootstrapResult Bootstrap(std::span<const double> values,
                          const std::vector<std::vector<uint32_t>>& draws,
                          double confidence);

}  // namespace precis::rouge

#endif  // PRECIS_EVAL_ROUGE_BOOTSTRAP_H_
