// Copyright 2026 The precis Authors.
//
// StringInterner: maps strings to dense ids in order of first appearance and
// back, for the per-token hot paths (term vocabularies, surface-form caches).
// The bytes live in an arena of fixed chunks and the table is one
// open-addressing array, so interning a new string costs no allocation of
// its own (only amortized growth), and a lookup none at all. A string of up
// to 16 bytes (most words) is kept in its slot too, so that finding it reads
// one slot and compares two words, without a second memory access or a
// memcmp. Views returned by Get() stay valid for the interner's life,
// across later Intern() calls and moves.

#ifndef PRECIS_BASE_STRING_INTERNER_H_
#define PRECIS_BASE_STRING_INTERNER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace precis {

class StringInterner {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  StringInterner() = default;
  // A moved-from interner is empty and usable (it must not keep writing
  // into the chunk it gave away).
  StringInterner(StringInterner&& other) noexcept { *this = std::move(other); }
  StringInterner& operator=(StringInterner&& other) noexcept {
    views_ = std::exchange(other.views_, {});
    slots_ = std::exchange(other.slots_, {});
    chunks_ = std::exchange(other.chunks_, {});
    free_ = std::exchange(other.free_, nullptr);
    free_size_ = std::exchange(other.free_size_, 0);
    return *this;
  }
  StringInterner(const StringInterner&) = delete;
  StringInterner& operator=(const StringInterner&) = delete;

  // The id of `s`, adding a copy of it when new. Ids are 0, 1, 2, ... in
  // order of first appearance.
  uint32_t Intern(std::string_view s);
  // The id of `s`, or kNone.
  uint32_t Find(std::string_view s) const;
  // REQUIRES: id < size().
  std::string_view Get(uint32_t id) const { return views_[id]; }
  size_t size() const { return views_.size(); }
  // Room for `n` strings without growing the table.
  void Reserve(size_t n);

 private:
  // A table slot. Strings of up to kInline bytes are stored in `a` and `b`
  // (little-endian, zero-padded); for longer ones `a` is the hash and the
  // bytes are compared through views_. id == 0: empty.
  struct Slot {
    uint64_t a = 0, b = 0;
    uint32_t size = 0;
    uint32_t id = 0;  // id + 1
  };
  static constexpr size_t kInline = 16;

  // The probe key of `s`: its slot contents but the id, and its hash.
  struct Key {
    uint64_t a, b, hash;
    uint32_t size;
  };
  static Key KeyOf(std::string_view s);
  // The slot holding `key` (string s), or the empty slot where it would go.
  size_t Find(const Key& key, std::string_view s) const;
  void Grow();
  void Rehash(size_t at_least);
  std::string_view Store(std::string_view s);

  std::vector<std::string_view> views_;  // per id
  std::vector<Slot> slots_;              // a power of two of them, or none
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* free_ = nullptr;  // in the last chunk
  size_t free_size_ = 0;
};

}  // namespace precis

#endif  // PRECIS_BASE_STRING_INTERNER_H_
