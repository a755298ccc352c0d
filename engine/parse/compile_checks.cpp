// The compile-stage checks' driver (parsing stage): CPython 3.11's order is future
// imports, the AST optimizer (whose only error here is its recursion limit), the symbol
// table, then the compiler. Also how those errors are located: byte columns + 1, and the
// source line re-read from the file (none for strings).
#include "parse/compile_checks.h"

#include <vector>

#include "ast/ast_walk.h"
#include "parse/symtable_check.h"

namespace glasspy::parse {
namespace detail {

bool check_compiler(const ast::Module& module, const SymbolTable& symtable, std::string_view source, SourceKind kind,
                    int future_lineno, bool future_annotations, std::optional<CompileError>& error);

namespace {

constexpr int kRecursionLimit = 3000;  // 3 x sys.getrecursionlimit(), as the optimizer uses
constexpr size_t kProgramTextChunk = 999;

constexpr bool kCountsForRecursion[] = {
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  std::string_view(#Base) == "StmtNode" || std::string_view(#Base) == "ExprNode",
#include "ast/ast_nodes.def"
};

// The line PyErr_ProgramTextObject reads: universal newlines, the line's '\n' kept, and
// only the last 999-byte piece of a longer line.
bool program_text(std::string_view source, int lineno, std::string& out) {
  int line = 1;
  size_t start = 0;
  while (line < lineno) {
    size_t nl = source.find_first_of("\r\n", start);
    if (nl == std::string_view::npos) return false;
    start = nl + 1;
    if (source[nl] == '\r' && start < source.size() && source[start] == '\n') ++start;
    ++line;
  }
  if (start >= source.size()) return false;
  size_t nl = source.find_first_of("\r\n", start);
  out.assign(source.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
  if (nl != std::string_view::npos) out += '\n';
  if (out.size() > kProgramTextChunk) out.erase(0, ((out.size() - 1) / kProgramTextChunk) * kProgramTextChunk);
  return true;
}

// The optimizer's depth count: every statement and expression on the way down. Walked
// with an explicit stack, so that a tree as deep as the parser allows costs no native stack.
bool too_deep(const ast::Node* root) {
  std::vector<std::pair<const ast::Node*, int>> pending{{root, 0}};
  while (!pending.empty()) {
    auto [node, depth] = pending.back();
    pending.pop_back();
    if (kCountsForRecursion[static_cast<size_t>(node->node_kind)] && ++depth > kRecursionLimit) return true;
    ast::for_each_child(node, [&, depth = depth](const ast::Node* child) { pending.emplace_back(child, depth); });
  }
  return false;
}

bool is_docstring(const ast::StmtNode* s) {
  const auto* e = ast::node_cast<ast::Expr>(s);
  if (e == nullptr) return false;
  const auto* c = ast::node_cast<ast::Constant>(e->value);
  return c != nullptr && c->value.kind == ast::ConstantValue::Kind::kStr;
}

}  // namespace

CompileError error_at(const ast::Position& pos, std::string message, std::string_view source, SourceKind kind) {
  CompileError e;
  e.message = std::move(message);
  e.lineno = pos.lineno;
  e.offset = pos.col_offset + 1;
  e.end_lineno = pos.end_lineno;
  e.end_offset = pos.end_col_offset + 1;
  e.has_text = kind == SourceKind::kFile && program_text(source, pos.lineno, e.text);
  return e;
}

CompileError error_at_start(int lineno, int offset, std::string message, std::string_view source, SourceKind kind) {
  CompileError e;
  e.message = std::move(message);
  e.lineno = lineno;
  e.offset = offset;
  e.end_lineno = lineno;
  e.end_offset = kNoEndOffset;
  e.has_text = kind == SourceKind::kFile && program_text(source, lineno, e.text);
  return e;
}

}  // namespace detail

std::optional<CompileError> check_module(const ast::Module& module, std::string_view source, SourceKind kind) {
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  // Future statements (future.c): only at the top, after an optional docstring.
  static constexpr std::string_view kFeatures[] = {
      "nested_scopes", "generators",      "division",       "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations",
  };
  int future_lineno = 0;
  bool future_annotations = false;
  const auto& body = module.body;
  uint32_t i = !body.empty() && detail::is_docstring(body[0]) ? 1 : 0;
  bool done = false;
  int prev_line = 0;
  for (; i < body.size(); ++i) {
    const ast::StmtNode* s = body[i];
    if (done && s->pos.lineno > prev_line) break;
    prev_line = s->pos.lineno;
    const auto* f = ast::node_cast<ast::ImportFrom>(s);
    if (f == nullptr || f->module != "__future__") {
      done = true;
      continue;
    }
    if (done) {
      return detail::error_at_start(s->pos.lineno, s->pos.col_offset,
                                    "from __future__ imports must occur at the beginning of the file", source, kind);
    }
    for (const ast::Alias* a : f->names) {
      bool known = false;
      for (std::string_view feature : kFeatures) known = known || a->name == feature;
      if (a->name == "annotations") future_annotations = true;
      if (known) continue;
      std::string message = a->name == "braces" ? std::string("not a chance")
                                                : "future feature " + std::string(a->name) + " is not defined";
      return detail::error_at_start(s->pos.lineno, s->pos.col_offset + 1, message, source, kind);
    }
    future_lineno = s->pos.lineno;
  }
  if (detail::too_deep(&module)) {
    CompileError e;
    e.type = ErrorType::kRecursionError;
    e.message = "maximum recursion depth exceeded during compilation";
    e.has_location = false;
    return e;
  }
  detail::SymbolTable symtable(source, kind, future_annotations);
  if (!symtable.build(module)) return symtable.error();
  std::optional<CompileError> error;
  detail::check_compiler(module, symtable, source, kind, future_lineno, future_annotations, error);
  return error;
}

}  // namespace glasspy::parse
