// The fuzz targets' verdict: a broken contract (tests/hardening/fuzz_contracts.h)
// is printed and aborts, which libFuzzer records as a crash with its input.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

inline std::string_view FuzzBytes(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

inline int Enforce(const std::string& broken) {
  if (broken.empty()) return 0;
  std::fprintf(stderr, "broken contract: %s\n", broken.c_str());
  std::abort();
}
