// co_exceptiontable encoding and decoding (bytecode stage), as 3.11's assembler writes it
// and dis._parse_exception_table reads it.
#include "bytecode/exception_table.h"

#include <cstddef>

namespace glasspy::bytecode {
namespace {

constexpr uint8_t kContinuation = 64;
constexpr uint8_t kEntryStart = 128;

void write_item(std::vector<uint8_t>& t, int value, uint8_t msb) {
  for (int shift = 24; shift > 0; shift -= 6) {
    if (value >= (1 << shift)) {
      t.push_back(static_cast<uint8_t>(((value >> shift) & 0x3f) | kContinuation | msb));
      msb = 0;
    }
  }
  t.push_back(static_cast<uint8_t>((value & 0x3f) | msb));
}

bool read_item(const std::vector<uint8_t>& t, size_t& i, int& value) {
  if (i >= t.size()) return false;
  uint8_t b = t[i++];
  value = b & 63;
  while (b & kContinuation) {
    if (i >= t.size()) return false;
    b = t[i++];
    value = (value << 6) | (b & 63);
  }
  return true;
}

}  // namespace

void write_exception_entry(std::vector<uint8_t>& table, const ExceptionEntry& e) {
  write_item(table, e.start, kEntryStart);
  write_item(table, e.end - e.start, 0);
  write_item(table, e.target, 0);
  write_item(table, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
}

std::vector<ExceptionEntry> decode_exception_table(const std::vector<uint8_t>& t) {
  std::vector<ExceptionEntry> out;
  size_t i = 0;
  for (;;) {
    int start, length, target, depth_lasti;
    if (!read_item(t, i, start) || !read_item(t, i, length) || !read_item(t, i, target) ||
        !read_item(t, i, depth_lasti))
      break;
    out.push_back(ExceptionEntry{start, start + length, target, depth_lasti >> 1, (depth_lasti & 1) != 0});
  }
  return out;
}

}  // namespace glasspy::bytecode
