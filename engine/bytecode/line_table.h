// co_linetable in CPython 3.11's format (bytecode stage): one entry per run of code units
// with the same source position, in the short, one-line, no-column, long and no-location
// forms of Objects/locations.md. Written by the assembler, read by dis, tracebacks and the
// bytecode pane.
#pragma once
#include <cstdint>
#include <vector>

namespace glasspy::bytecode {

// A source range: 1-based lines, 0-based UTF-8 byte columns; -1 where unknown (an
// instruction with lineno -1 has no location at all).
struct Location {
  int lineno = -1, end_lineno = -1, col = -1, end_col = -1;
  friend bool operator==(const Location&, const Location&) = default;
};

// Appends the entries for `size` code units at `loc`; `prev_line` is the line the previous
// entry left (co_firstlineno at the start) and is updated as the format requires.
void write_location(std::vector<uint8_t>& table, int& prev_line, const Location& loc, int size);

// One decoded entry: code units [start, end) share `loc` (loc.lineno == -1: no location).
struct LocationRange {
  int start = 0, end = 0;
  Location loc;
};

// Decodes a whole table (what co_positions() walks); `firstlineno` is co_firstlineno.
std::vector<LocationRange> decode_locations(const std::vector<uint8_t>& table, int firstlineno);

// dis.findlinestarts: (offset in bytes, line) where a new line starts, in code order.
std::vector<std::pair<int, int>> line_starts(const std::vector<uint8_t>& table, int firstlineno);

}  // namespace glasspy::bytecode
