// Unit tests for deeply nested input (parse/parser): CPython 3.11's errors for 10,000
// nested brackets and 1,000 nested blocks, 100,000-term expressions that parse, and the
// parser's nesting limit (MemoryError) at the very count where CPython reaches it, also
// for prefix-operator chains, which the parser unrolls (their recursion overflowed a
// browser's stack in the wasm build). Thresholds measured with python3 3.11
// (depth_cases.inc, from gen-depth-cases.py).
#include <doctest/doctest.h>

#include <string>

#include "ast/ast_dump.h"
#include "ast/ast_json.h"
#include "parse/compile_checks.h"
#include "parse/parser.h"

namespace {

using glasspy::parse::ErrorType;
using glasspy::parse::ParseResult;
using glasspy::parse::SourceKind;

std::string repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

ParseResult parse(const std::string& source) { return glasspy::parse::parse_module(source, SourceKind::kFile); }

// "Type: message" of a failed parse, or "OK".
std::string outcome(const std::string& source) {
  ParseResult r = parse(source);
  if (!r.error) return "OK";
  return std::string(glasspy::parse::error_type_name(r.error->type)) + ": " + r.error->message;
}

}  // namespace

TEST_CASE("10,000 nested brackets: too many nested parentheses") {
  const char* expected = "SyntaxError: too many nested parentheses";
  CHECK(outcome("x = " + repeat("(", 10000) + "1" + repeat(")", 10000) + "\n") == expected);
  CHECK(outcome("x = " + repeat("[", 10000) + repeat("]", 10000) + "\n") == expected);
  CHECK(outcome("x = " + repeat("{", 10000) + repeat("}", 10000) + "\n") == expected);
  CHECK(outcome("x = " + repeat("f(", 10000) + repeat(")", 10000) + "\n") == expected);
  CHECK(outcome("x = " + repeat("(", 10000) + "\n") == expected);
  CHECK(outcome("x = " + repeat("(", 199) + "1" + repeat(")", 199) + "\n") == "OK");
}

TEST_CASE("1,000 nested blocks: too many levels of indentation, or statically nested blocks") {
  std::string blocks;
  for (int i = 0; i < 1000; ++i) blocks += std::string(i, ' ') + "if x:\n";
  blocks += std::string(1000, ' ') + "pass\n";
  CHECK(outcome(blocks) == "IndentationError: too many levels of indentation");
  // 25 nested loops parse; the compile-stage check stops at CPython's 20.
  std::string loops;
  for (int i = 0; i < 25; ++i) loops += std::string(i, ' ') + "for i in x:\n";
  loops += std::string(25, ' ') + "pass\n";
  ParseResult r = parse(loops);
  REQUIRE(r.module != nullptr);
  auto error = glasspy::parse::check_module(*r.module, loops, SourceKind::kFile);
  REQUIRE(error.has_value());
  CHECK(error->message == "too many statically nested blocks");
}

TEST_CASE("100,000-term expressions parse and print") {
  for (const char* op : {" + ", " and ", " < ", ", "}) {
    std::string source = "x = a";
    for (int i = 1; i < 100000; ++i) source += op + std::string("a");
    ParseResult r = parse(source + "\n");
    REQUIRE(r.module != nullptr);
    CHECK(glasspy::ast::to_json(r.module).size() > 100000);
    CHECK(glasspy::ast::dump(r.module).size() > 100000);
  }
  // Left-recursive suffixes: 100,000 levels deep, built by loops.
  ParseResult r = parse("x = a" + repeat(".b", 100000) + repeat("[0]", 1000) + repeat("()", 1000) + "\n");
  REQUIRE(r.module != nullptr);
  CHECK(!glasspy::ast::python_dump_recursion_error(r.module).empty());
}

struct DepthCase {
  const char* name;
  const char* head;
  const char* unit;
  const char* tail;
  int n;  // the first count at which CPython's parser raises MemoryError
};

#define GP_DEPTH_CASE(name, head, unit, tail, n) {name, head, unit, tail, n},
const DepthCase kDepthCases[] = {
#include "depth_cases.inc"
};
#undef GP_DEPTH_CASE

TEST_CASE("the nesting limit is reached at CPython's count on every shape") {
  // pegen counts a level for each rule call and for each helper rule it makes of a group,
  // a loop or a gather: these shapes pin down where the parser counts them.
  for (const DepthCase& c : kDepthCases) {
    CAPTURE(c.name);
    ParseResult below = parse(c.head + repeat(c.unit, c.n - 1) + c.tail);
    CHECK((!below.error || below.error->type != ErrorType::kMemoryError));
    ParseResult at = parse(c.head + repeat(c.unit, c.n) + c.tail);
    REQUIRE(at.error.has_value());
    CHECK(at.error->type == ErrorType::kMemoryError);
  }
}

TEST_CASE("prefix-operator chains reach the nesting limit where CPython does") {
  // A chain that fails to parse is never built into a tree, so CPython reports its
  // MemoryError instead of the optimizer's RecursionError: the first failing counts.
  CHECK(outcome("x = " + repeat("not ", 5986) + ")\n") == "SyntaxError: unmatched ')'");
  CHECK(outcome("x = " + repeat("not ", 5987) + ")\n") == "MemoryError: ");
  CHECK(outcome("x = " + repeat("-", 5966) + "\n") == "SyntaxError: invalid syntax");
  CHECK(outcome("x = " + repeat("-", 5967) + "\n") == "MemoryError: ");
  CHECK(outcome("x = " + repeat("not ", 100000) + "a\n") == "MemoryError: ");
  CHECK(outcome("x = " + repeat("-+~", 40000) + "1\n") == "MemoryError: ");

  // Below the limit the unrolled chain builds the same tree the recursion did.
  ParseResult r = parse("x = " + repeat("not ", 2000) + repeat("-", 2000) + "a\n");
  REQUIRE(r.module != nullptr);
  std::string dump = glasspy::ast::dump(r.module);
  CHECK(dump.find(repeat("UnaryOp(op=Not(), operand=", 2000) + repeat("UnaryOp(op=USub(), operand=", 2000) +
                  "Name(id='a', ctx=Load())") != std::string::npos);
}
