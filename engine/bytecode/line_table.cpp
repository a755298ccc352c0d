// co_linetable encoding and decoding (bytecode stage), after CPython 3.11's
// Objects/locations.md: each entry starts with 1CCCCLLL (code, length - 1 in code units).
#include "bytecode/line_table.h"

#include <cstddef>

namespace glasspy::bytecode {
namespace {

constexpr int kShortForm0 = 0;      // codes 0-9: same line, columns packed in 2 bytes
constexpr int kOneLineForm0 = 10;   // codes 10-12: line delta 0-2, one byte per column
constexpr int kNoColumns = 13;      // line delta only
constexpr int kLongForm = 14;       // everything as varints
constexpr int kNoLocation = 15;

void write_first(std::vector<uint8_t>& t, int code, int length) {
  t.push_back(static_cast<uint8_t>(0x80 | (code << 3) | (length - 1)));
}

void write_varint(std::vector<uint8_t>& t, unsigned value) {
  while (value >= 64) {
    t.push_back(static_cast<uint8_t>(64 | (value & 63)));
    value >>= 6;
  }
  t.push_back(static_cast<uint8_t>(value));
}

void write_svarint(std::vector<uint8_t>& t, int value) {
  write_varint(t, value < 0 ? (static_cast<unsigned>(-value) << 1) | 1 : static_cast<unsigned>(value) << 1);
}

// One entry of at most 8 code units (write_location_info_entry in 3.11's compile.c).
void write_entry(std::vector<uint8_t>& t, int& prev_line, const Location& loc, int size) {
  if (loc.lineno < 0) {
    write_first(t, kNoLocation, size);
    return;
  }
  int line_delta = loc.lineno - prev_line;
  int column = loc.col, end_column = loc.end_col;
  if (column < 0 || end_column < 0) {
    if (loc.end_lineno == loc.lineno || loc.end_lineno == -1) {
      write_first(t, kNoColumns, size);
      write_svarint(t, line_delta);
      prev_line = loc.lineno;
      return;
    }
  } else if (loc.end_lineno == loc.lineno) {
    if (line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column) {
      int column_group = column >> 3;
      write_first(t, kShortForm0 + column_group, size);
      t.push_back(static_cast<uint8_t>(((column & 7) << 4) | (end_column - column)));
      return;
    }
    if (line_delta >= 0 && line_delta < 3 && column < 128 && end_column < 128) {
      write_first(t, kOneLineForm0 + line_delta, size);
      t.push_back(static_cast<uint8_t>(column));
      t.push_back(static_cast<uint8_t>(end_column));
      prev_line = loc.lineno;
      return;
    }
  }
  write_first(t, kLongForm, size);
  write_svarint(t, line_delta);
  write_varint(t, static_cast<unsigned>(loc.end_lineno - loc.lineno));
  write_varint(t, static_cast<unsigned>(column + 1));
  write_varint(t, static_cast<unsigned>(end_column + 1));
  prev_line = loc.lineno;
}

unsigned read_varint(const std::vector<uint8_t>& t, size_t& i) {
  unsigned value = 0;
  int shift = 0;
  while (i < t.size()) {
    unsigned b = t[i++];
    value |= (b & 63) << shift;
    shift += 6;
    if (!(b & 64)) break;
  }
  return value;
}

int read_svarint(const std::vector<uint8_t>& t, size_t& i) {
  unsigned u = read_varint(t, i);
  return (u & 1) ? -static_cast<int>(u >> 1) : static_cast<int>(u >> 1);
}

}  // namespace

void write_location(std::vector<uint8_t>& table, int& prev_line, const Location& loc, int size) {
  while (size > 8) {
    write_entry(table, prev_line, loc, 8);
    size -= 8;
  }
  write_entry(table, prev_line, loc, size);
}

std::vector<LocationRange> decode_locations(const std::vector<uint8_t>& t, int firstlineno) {
  std::vector<LocationRange> out;
  int line = firstlineno;
  int addr = 0;
  size_t i = 0;
  while (i < t.size()) {
    uint8_t first = t[i++];
    int code = (first >> 3) & 15;
    int length = (first & 7) + 1;
    LocationRange r;
    r.start = addr;
    r.end = addr + length;
    if (code == kNoLocation) {
      r.loc = Location{};
    } else if (code == kLongForm) {
      line += read_svarint(t, i);
      r.loc.lineno = line;
      r.loc.end_lineno = line + static_cast<int>(read_varint(t, i));
      r.loc.col = static_cast<int>(read_varint(t, i)) - 1;
      r.loc.end_col = static_cast<int>(read_varint(t, i)) - 1;
    } else if (code == kNoColumns) {
      line += read_svarint(t, i);
      r.loc.lineno = r.loc.end_lineno = line;
    } else if (code >= kOneLineForm0) {
      line += code - kOneLineForm0;
      r.loc.lineno = r.loc.end_lineno = line;
      r.loc.col = i < t.size() ? t[i++] : 0;
      r.loc.end_col = i < t.size() ? t[i++] : 0;
    } else {
      uint8_t second = i < t.size() ? t[i++] : 0;
      r.loc.lineno = r.loc.end_lineno = line;
      r.loc.col = code * 8 + ((second >> 4) & 7);
      r.loc.end_col = r.loc.col + (second & 15);
    }
    addr += length;
    out.push_back(r);
  }
  return out;
}

std::vector<std::pair<int, int>> line_starts(const std::vector<uint8_t>& table, int firstlineno) {
  std::vector<std::pair<int, int>> out;
  int last = -1;
  bool have_last = false;
  for (const LocationRange& r : decode_locations(table, firstlineno)) {
    // co_lines() reports the line of the entry's start; None for entries without one.
    if (r.loc.lineno < 0) continue;
    if (have_last && r.loc.lineno == last) continue;
    last = r.loc.lineno;
    have_last = true;
    out.emplace_back(r.start * 2, r.loc.lineno);
  }
  return out;
}

}  // namespace glasspy::bytecode
