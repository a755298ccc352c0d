// Unit tests for the module registry (modules stage): the frozen Python modules of
// engine/lib/ are embedded, found by name and parse; built-in modules are listed sorted.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "modules/module_registry.h"
#include "parse/parser.h"

using glasspy::modules::find_builtin_module;
using glasspy::modules::find_frozen_module;

TEST_CASE("frozen modules are embedded and parse") {
  for (const char* name : {"functools", "types", "string", "copy", "keyword"}) {
    const glasspy::modules::FrozenModule* m = find_frozen_module(name);
    REQUIRE_MESSAGE(m != nullptr, name);
    CHECK(std::string(m->name) == name);
    CHECK_FALSE(m->is_package);
    glasspy::parse::ParseResult parsed = glasspy::parse::parse_module(m->source);
    CHECK_MESSAGE(parsed.module != nullptr, name);
  }
  CHECK(find_frozen_module("no_such_module") == nullptr);
}

TEST_CASE("built-in modules") {
  for (const char* name : {"math", "time", "errno", "itertools", "operator"})
    CHECK_MESSAGE((find_builtin_module(name) != nullptr), name);
  CHECK((find_builtin_module("functools") == nullptr));
  const auto& names = glasspy::modules::builtin_module_names();
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK(std::find(names.begin(), names.end(), "sys") != names.end());
}

TEST_CASE("program argv defaults to one empty string") {
  glasspy::modules::set_program_argv({});
  REQUIRE(glasspy::modules::program_argv().size() == 1);
  CHECK(glasspy::modules::program_argv()[0].empty());
}
