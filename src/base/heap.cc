// Copyright 2026 The precis Authors.

#include "base/heap.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace precis {

namespace {

#if defined(__GLIBC__)
// True when the process may not have `bytes` more of address space or data
// segment: then the heap must not grow in large steps (glibc does not retry
// a failed step with less, and allocation would fail early).
bool Limited(size_t bytes) {
  for (const int resource : {RLIMIT_AS, RLIMIT_DATA}) {
    rlimit limit{};
    if (getrlimit(resource, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
        limit.rlim_cur < 16 * bytes) {
      return true;
    }
  }
  return false;
}
#endif

}  // namespace

void TuneHeapForBatches() {
#if defined(__GLIBC__)
  constexpr size_t kHeapStep = size_t{64} << 20;
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  if (Limited(kHeapStep)) return;  // glibc's defaults, freed memory kept
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest
  mallopt(M_TOP_PAD, static_cast<int>(kHeapStep));
#ifdef MADV_HUGEPAGE
  constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
  const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
  // More than the heap has free, so it grows by kHeapStep; volatile, or
  // the compiler drops the malloc/free pair.
  void* volatile grow = std::malloc(size_t{1} << 20);
  const auto after = reinterpret_cast<uintptr_t>(sbrk(0));
  const auto top = reinterpret_cast<uintptr_t>(grow);  // where the heap's
                                                         // free top begins
  std::free(grow);
  const uintptr_t begin = (before + kHugePage - 1) & ~(kHugePage - 1);
  const uintptr_t end = after & ~(kHugePage - 1);
  if (grow == nullptr || before == static_cast<uintptr_t>(-1) ||
      end <= begin || top >= begin) {
    return;
  }
  madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  // The heap below the first 2 MB boundary cannot be a huge page: fill it
  // with a block that is never touched (so it costs address space only),
  // so that the next large buffers (an input file) start above it.
  constexpr uintptr_t kHeader = 4 * sizeof(size_t);
  if (begin - top > 2 * kHeader) {
    [[maybe_unused]] static void* volatile filler =
        std::malloc(begin - top - kHeader);
  }
#endif
#endif
}

}  // namespace precis
