// The symbol table (compile/symtable.h): scopes of names as CPython 3.11's symtable module
// reports them (local, global explicit / implicit, free, cell), class scopes, the
// __class__ cell for super(), comprehension scopes and name mangling.
#include <doctest/doctest.h>

#include "compile/symtable.h"
#include "parse/parser.h"

using glasspy::compile::NameScope;
using glasspy::compile::Scope;
using glasspy::compile::SymbolTable;

namespace {

struct Built {
  glasspy::parse::ParseResult parse;
  SymbolTable table;
};

// The scope of the n-th child of `scope` (depth-first by index list).
const Scope* child(const Scope* scope, std::initializer_list<size_t> path) {
  for (size_t i : path) {
    REQUIRE(i < scope->children.size());
    scope = scope->children[i];
  }
  return scope;
}

}  // namespace

TEST_CASE("locals, globals, frees and cells") {
  Built b;
  b.parse = glasspy::parse::parse_module(
      "g = 1\n"
      "def f(a):\n"
      "    global h\n"
      "    b = a\n"
      "    def inner():\n"
      "        return b + g + len\n"
      "    h = inner\n",
      glasspy::parse::SourceKind::kString);
  REQUIRE(b.parse.module != nullptr);
  b.table.build(*b.parse.module, false);
  const Scope* top = b.table.top();
  CHECK(top->scope_of("g") == NameScope::kLocal);
  const Scope* f = child(top, {0});
  CHECK(f->scope_of("a") == NameScope::kLocal);
  CHECK(f->scope_of("b") == NameScope::kCell);
  CHECK(f->scope_of("h") == NameScope::kGlobalExplicit);
  CHECK(f->varnames == std::vector<std::string>{"a"});
  const Scope* inner = child(f, {0});
  CHECK(inner->scope_of("b") == NameScope::kFree);
  CHECK(inner->scope_of("g") == NameScope::kGlobalImplicit);
  CHECK(inner->scope_of("len") == NameScope::kGlobalImplicit);
  CHECK(inner->nested);
}

TEST_CASE("super() gives the class a __class__ cell; class names are not visible in methods") {
  Built b;
  b.parse = glasspy::parse::parse_module(
      "class C:\n"
      "    x = 1\n"
      "    def m(self):\n"
      "        return super().m(x)\n",
      glasspy::parse::SourceKind::kString);
  REQUIRE(b.parse.module != nullptr);
  b.table.build(*b.parse.module, false);
  const Scope* c = child(b.table.top(), {0});
  CHECK(c->needs_class_closure);
  const Scope* m = child(c, {0});
  CHECK(m->scope_of("__class__") == NameScope::kFree);
  CHECK(m->scope_of("x") == NameScope::kGlobalImplicit);
}

TEST_CASE("comprehensions are function scopes with an implicit .0 argument") {
  Built b;
  b.parse = glasspy::parse::parse_module("def f(n):\n    return [i * n for i in range(n) if (k := i)]\n",
                                         glasspy::parse::SourceKind::kString);
  REQUIRE(b.parse.module != nullptr);
  b.table.build(*b.parse.module, false);
  const Scope* f = child(b.table.top(), {0});
  const Scope* comp = child(f, {0});
  CHECK(comp->comprehension == glasspy::compile::ComprehensionType::kList);
  CHECK(comp->varnames == std::vector<std::string>{".0"});
  CHECK(comp->scope_of("i") == NameScope::kLocal);
  CHECK(comp->scope_of("n") == NameScope::kFree);
  CHECK(comp->scope_of("k") == NameScope::kFree);  // the walrus binds in f
  CHECK(f->scope_of("k") == NameScope::kCell);
}

TEST_CASE("private names are mangled inside classes") {
  std::string cls = "_Spam";
  CHECK(glasspy::compile::mangle(&cls, "__x") == "_Spam__x");
  CHECK(glasspy::compile::mangle(&cls, "__x__") == "__x__");
  CHECK(glasspy::compile::mangle(&cls, "__a.b") == "__a.b");
  CHECK(glasspy::compile::mangle(nullptr, "__x") == "__x");
  std::string underscores = "__";
  CHECK(glasspy::compile::mangle(&underscores, "__x") == "__x");
}
