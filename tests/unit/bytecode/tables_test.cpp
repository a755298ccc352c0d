// Location and exception tables (bytecode/line_table, bytecode/exception_table): the
// 3.11 encodings round-trip, and known CPython byte strings decode as CPython reads them.
#include <doctest/doctest.h>

#include <cstddef>

#include "bytecode/exception_table.h"
#include "bytecode/line_table.h"

using glasspy::bytecode::Location;

TEST_CASE("location entries: every form round-trips") {
  std::vector<uint8_t> table;
  int prev = 1;
  std::vector<Location> locs = {
      {0, 1, 0, 0},      // long form (line 0 of a module's RESUME)
      {1, 1, 2, 3},      // one-line form
      {1, 1, 0, 1},      // short form
      {2, 3, 0, 10},     // long form, two lines
      {-1, -1, -1, -1},  // no location
      {7, 7, -1, -1},    // no columns
      {7, 7, 200, 210},  // columns too wide for the compact forms
  };
  for (const Location& l : locs) glasspy::bytecode::write_location(table, prev, l, 1);
  auto ranges = glasspy::bytecode::decode_locations(table, 1);
  REQUIRE(ranges.size() == locs.size());
  for (size_t i = 0; i < locs.size(); ++i) {
    CAPTURE(i);
    if (locs[i].lineno < 0) {
      CHECK(ranges[i].loc.lineno == -1);
    } else {
      CHECK(ranges[i].loc == locs[i]);
    }
  }
}

TEST_CASE("location entries match CPython's bytes") {
  // compile('x=1\n', 'f', 'exec').co_linetable in CPython 3.11.
  std::vector<uint8_t> cpython = {0xf0, 0x03, 0x01, 0x01, 0x01, 0xd8, 0x02, 0x03, 0x80, 0x01};
  std::vector<uint8_t> ours;
  int prev = 1;
  glasspy::bytecode::write_location(ours, prev, {0, 1, 0, 0}, 1);
  glasspy::bytecode::write_location(ours, prev, {1, 1, 2, 3}, 1);
  glasspy::bytecode::write_location(ours, prev, {1, 1, 0, 1}, 1);
  CHECK(ours == cpython);
  auto starts = glasspy::bytecode::line_starts(ours, 1);
  REQUIRE(starts.size() == 2);
  CHECK(starts[0] == std::make_pair(0, 0));
  CHECK(starts[1] == std::make_pair(2, 1));
}

TEST_CASE("long runs split into entries of at most 8 code units") {
  std::vector<uint8_t> table;
  int prev = 3;
  glasspy::bytecode::write_location(table, prev, {3, 3, 4, 9}, 20);
  auto ranges = glasspy::bytecode::decode_locations(table, 3);
  REQUIRE(ranges.size() == 3);
  CHECK(ranges[2].end == 20);
}

TEST_CASE("exception table entries round-trip, with large values") {
  std::vector<uint8_t> table;
  glasspy::bytecode::ExceptionEntry a{2, 15, 17, 0, false};
  glasspy::bytecode::ExceptionEntry b{17, 40, 44, 1, true};
  glasspy::bytecode::ExceptionEntry c{5000, 70000, 70001, 3, true};
  for (const auto& e : {a, b, c}) glasspy::bytecode::write_exception_entry(table, e);
  auto back = glasspy::bytecode::decode_exception_table(table);
  REQUIRE(back.size() == 3);
  CHECK(back[1].start == 17);
  CHECK(back[1].end == 40);
  CHECK(back[1].target == 44);
  CHECK(back[1].depth == 1);
  CHECK(back[1].lasti);
  CHECK(back[2].end == 70000);
  CHECK(back[2].target == 70001);
}
