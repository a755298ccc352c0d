// The compiler end to end (compile/compiler.h and bytecode/dis.h): small programs must
// disassemble exactly as CPython 3.11's dis prints them (compile_cases.inc, generated from
// CPython by gen-compile-cases.py; code-object addresses normalised), plus a few direct
// checks of code-unit fields.
#include <doctest/doctest.h>

#include <regex>
#include <string>

#include "bytecode/dis.h"
#include "compile/compiler.h"
#include "parse/parser.h"

namespace {

#include "compile_cases.inc"

std::shared_ptr<glasspy::bytecode::CodeUnit> compile_source(const char* source) {
  glasspy::parse::ParseResult result = glasspy::parse::parse_module(source, glasspy::parse::SourceKind::kString);
  REQUIRE(result.module != nullptr);
  return glasspy::compile::compile_module(*result.module, "case.py");
}

std::string normalise(const std::string& text) { return std::regex_replace(text, std::regex("0x[0-9a-f]+"), "0x0"); }

}  // namespace

TEST_CASE("dis output matches CPython 3.11") {
  for (const CompileCase& c : kCompileCases) {
    CAPTURE(c.source);
    auto code = compile_source(c.source);
    CHECK(normalise(glasspy::bytecode::disassemble_recursive(*code)) == c.expected);
  }
}

TEST_CASE("code unit fields of a closure") {
  auto code = compile_source("def outer(a):\n    def inner():\n        return a\n    return inner\n");
  REQUIRE(code->consts.size() >= 1);
  const auto& outer = *code->consts[0].code;
  CHECK(outer.name == "outer");
  CHECK(outer.qualname == "outer");
  CHECK(outer.argcount == 1);
  CHECK(outer.cellvars() == std::vector<std::string>{"a"});
  CHECK((outer.flags & glasspy::bytecode::kCoOptimized) != 0);
  const glasspy::bytecode::CodeUnit* inner = nullptr;
  for (const auto& c : outer.consts)
    if (c.kind == glasspy::bytecode::Constant::Kind::kCode) inner = c.code.get();
  REQUIRE(inner != nullptr);
  CHECK(inner->qualname == "outer.<locals>.inner");
  CHECK(inner->freevars() == std::vector<std::string>{"a"});
  CHECK((inner->flags & glasspy::bytecode::kCoNested) != 0);
}

TEST_CASE("generators and coroutines are flagged") {
  auto code = compile_source("def g():\n    yield 1\nasync def c():\n    pass\n");
  CHECK((code->consts[0].code->flags & glasspy::bytecode::kCoGenerator) != 0);
  CHECK((code->consts[1].code->flags & glasspy::bytecode::kCoCoroutine) != 0);
}
