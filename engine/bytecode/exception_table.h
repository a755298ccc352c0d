// co_exceptiontable in CPython 3.11's format (bytecode stage): entries of (start, length,
// target, depth << 1 | lasti) in code units, each a big-endian 6-bit varint, the first byte
// of an entry marked with bit 7. Written by the assembler; read by dis and the VM's unwinder.
#pragma once
#include <cstdint>
#include <vector>

namespace glasspy::bytecode {

// One handler range: code units [start, end) jump to `target` with the value stack cut to
// `depth` items, pushing the offset of the raising instruction first if `lasti`.
struct ExceptionEntry {
  int start = 0, end = 0, target = 0, depth = 0;
  bool lasti = false;
};

// Appends one entry to `table`.
void write_exception_entry(std::vector<uint8_t>& table, const ExceptionEntry& entry);

// Decodes a whole table, in order.
std::vector<ExceptionEntry> decode_exception_table(const std::vector<uint8_t>& table);

}  // namespace glasspy::bytecode
