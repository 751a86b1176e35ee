// Copyright 2026 The precis Authors.
//
// Process-wide tuning of glibc's heap for how precis allocates: per-cluster
// buffers of a few hundred KB, allocated and freed in a loop, over inputs
// of megabytes. For programs (the CLI, benchmarks), not for the library:
// it changes the allocator of the whole process.

#ifndef PRECIS_BASE_HEAP_H_
#define PRECIS_BASE_HEAP_H_

namespace precis {

// Call once, early in main(), before large allocations. With glibc:
//   - freed memory stays in the process: glibc would serve blocks over
//     128 KB with fresh mmap()s and trim the heap as soon as 128 KB at its
//     top are free, paying for them again in page faults, cluster after
//     cluster;
//   - the heap grows in one step of 64 MB of address space (touched pages
//     alone use memory), advised to be backed by transparent huge pages
//     where the kernel allows it (what glibc's glibc.malloc.hugetlb=1
//     tunable does, without the environment variable). Heaps that outgrow
//     it go on in ordinary pages.
// A page fault costs about 12 us in the virtual machines we measure on, and
// one on a 2 MB page little more than one on a 4 KB page: `precis
// summarize` on Multi-News dev100 went from 2,900 faults and 130 ms of CPU
// to 350 faults and 93 ms. Under a limit on address space or data below
// 1 GB (ulimit -v, -d), only the first point applies. Elsewhere (other C
// libraries, no transparent huge pages) this does what it can and nothing
// else.
void TuneHeapForBatches();

}  // namespace precis

#endif  // PRECIS_BASE_HEAP_H_
