// Copyright 2026 The precis Authors.
//
// Byte writer and reader for the clusterer's saved state: little-endian
// fixed-width numbers, LEB128 varints and length-prefixed strings. The
// reader never reads past its input: a short or corrupt buffer sets ok()
// to false and yields zeros.

#ifndef PRECIS_CLUSTER_STATE_CODEC_H_
#define PRECIS_CLUSTER_STATE_CODEC_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace precis::cluster {

class StateWriter {
 public:
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void SignedVarint(int64_t v) {
    Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void Float(float f) { Raw(&f, sizeof f); }
  void Double(double d) { Raw(&d, sizeof d); }
  void Fixed32(uint32_t v) { Raw(&v, sizeof v); }
  void String(std::string_view s) {
    Varint(s.size());
    out_.append(s);
  }
  void Raw(const void* p, size_t n) {
    out_.append(static_cast<const char*>(p), n);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class StateReader {
 public:
  explicit StateReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == in_.size(); }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return Fail();
      const auto b = static_cast<uint8_t>(in_[pos_++]);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
    return Fail();
  }
  int64_t SignedVarint() {
    const uint64_t u = Varint();
    return static_cast<int64_t>((u >> 1) ^ (~(u & 1) + 1));
  }
  float Float() {
    float f = 0;
    Raw(&f, sizeof f);
    return f;
  }
  double Double() {
    double d = 0;
    Raw(&d, sizeof d);
    return d;
  }
  uint32_t Fixed32() {
    uint32_t v = 0;
    Raw(&v, sizeof v);
    return v;
  }
  std::string String() {
    const uint64_t n = Varint();
    if (!ok_ || n > in_.size() - pos_) {
      Fail();
      return {};
    }
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // A count of items that each take at least `min_bytes`: fails when the
  // rest of the input cannot hold them (a corrupt count allocates nothing).
  uint64_t Count(size_t min_bytes = 1) {
    const uint64_t n = Varint();
    if (ok_ && n > (in_.size() - pos_) / (min_bytes ? min_bytes : 1)) {
      return Fail();
    }
    return n;
  }
  void Raw(void* p, size_t n) {
    if (n > in_.size() - pos_) {
      Fail();
      std::memset(p, 0, n);
      return;
    }
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace precis::cluster

#endif  // PRECIS_CLUSTER_STATE_CODEC_H_
