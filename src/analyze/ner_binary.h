// Copyright 2026 The precis Authors.
//
// Little-endian fixed-width integers for the NER model file, written and
// read byte by byte so the format does not depend on the host.

#ifndef PRECIS_ANALYZE_NER_BINARY_H_
#define PRECIS_ANALYZE_NER_BINARY_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace precis::ner {

template <typename T>
void PutFixed(T v, std::string* out) {
  for (size_t i = 0; i < sizeof(T); ++i) {
    out->push_back(
        static_cast<char>((static_cast<uint64_t>(v) >> (8 * i)) & 0xFF));
  }
}

// Reads a T at *pos and advances; false (and *pos unchanged) when fewer
// than sizeof(T) bytes are left.
template <typename T>
bool GetFixed(std::string_view in, size_t* pos, T* v) {
  if (*pos > in.size() || in.size() - *pos < sizeof(T)) return false;
  uint64_t x = 0;
  for (size_t i = 0; i < sizeof(T); ++i) {
    x |= static_cast<uint64_t>(static_cast<unsigned char>(in[*pos + i]))
         << (8 * i);
  }
  *v = static_cast<T>(x);
  *pos += sizeof(T);
  return true;
}

}  // namespace precis::ner

#endif  // PRECIS_ANALYZE_NER_BINARY_H_
