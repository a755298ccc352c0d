// Python AST objects back to Glasspy's C++ tree (modules stage): compile() of a Module,
// Expression or Interactive object (CPython's obj2ast, and the checks of its validator
// that keep the compiler on safe ground), with CPython's TypeError / ValueError messages.
#include <cmath>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "ast/ast.h"
#include "compile/compiler.h"
#include "modules/ast_module.h"
#include "objects/bytes_object.h"
#include "objects/callable_objects.h"
#include "objects/complex_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "parse/compile_checks.h"
#include "vm/compile_source.h"
#include "vm/vm.h"

namespace glasspy::modules {

namespace {

namespace o = objects;
using o::Ref;
using o::Value;

// The Python name of a sum from its C++ struct name ("ExprNode" -> "expr").
std::string_view sum_name(std::string_view cpp) {
#define GP_AST_SUM(Cpp, py_name, positions) \
  if (cpp == #Cpp) return #py_name;
#include "ast/ast_nodes.def"
  return cpp;
}

// The group a node kind belongs to, as CPython's messages name it: its sum ("expr",
// "stmt") or, for product types, its own name ("arguments", "keyword").
std::string_view group_of(ast::NodeKind kind) {
  switch (kind) {
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  case ast::NodeKind::Cpp: return std::string_view(#Base) == "Node" ? std::string_view(#py_name) : sum_name(#Base);
#include "ast/ast_nodes.def"
    default: return "?";
  }
}

// The group of a C++ field type: sums by overload, products by their kind.
#define GP_AST_SUM(Cpp, py_name, positions) \
  [[maybe_unused]] std::string_view sum_tag(const ast::Cpp*) { return #py_name; }
#include "ast/ast_nodes.def"

template <class T>
std::string_view group_name() {
  if constexpr (requires { T::kKind; }) return group_of(T::kKind);
  else return sum_tag(static_cast<const T*>(nullptr));
}

// Python class name -> node kind.
const std::unordered_map<std::string_view, ast::NodeKind>& kinds_by_name() {
  static const std::unordered_map<std::string_view, ast::NodeKind> table = [] {
    std::unordered_map<std::string_view, ast::NodeKind> t;
#define GP_AST_NODE(Cpp, py_name, Base, positions) t.emplace(ast::node_kind_name(ast::NodeKind::Cpp), ast::NodeKind::Cpp);
#include "ast/ast_nodes.def"
    return t;
  }();
  return table;
}

// Singleton class name -> enum value, one overload per enum.
#define GP_AST_ENUM(Cpp, py_name) \
  [[maybe_unused]] bool enum_from_name(std::string_view name, ast::Cpp* out) {
#define GP_AST_ENUM_VALUE(Cpp, Value) \
  if (name == #Value) {               \
    *out = ast::Cpp::Value;           \
    return true;                      \
  }
#define GP_AST_ENUM_END(Cpp) \
  return false;              \
  }
#include "ast/ast_nodes.def"

#define GP_AST_ENUM(Cpp, py_name) \
  [[maybe_unused]] std::string_view enum_group(const ast::Cpp*) { return #py_name; }
#include "ast/ast_nodes.def"

constexpr int kMaxDepth = 3000;

class Reader;
bool read_kind(Reader& r, ast::NodeKind kind, Value obj, ast::Node** out);

// Reads objects into C++ nodes in `arena`; false with a Python exception raised.
class Reader {
 public:
  Reader(vm::VM& vm, ast::Arena& arena) : vm(vm), arena(arena) {}
  vm::VM& vm;
  ast::Arena& arena;

  bool type_error(const std::string& message) {
    vm.raise(&o::exc_TypeError, message);
    return false;
  }
  bool value_error(const std::string& message) {
    vm.raise(&o::exc_ValueError, message);
    return false;
  }
  bool missing(const char* name, std::string_view owner) {
    return type_error(std::string("required field \"") + name + "\" missing from " + std::string(owner));
  }
  std::string repr_text(Value v) {
    Ref r = Ref::steal(o::repr(vm, v));
    if (r.is_null()) {
      vm.clear_error();
      return std::string("<") + o::type_name(v) + " object>";
    }
    return std::string(o::str_utf8(o::as_str(r.get())));
  }

  // The attribute, or null with no error when it is missing.
  bool attribute(Value obj, const char* name, Ref* out) {
    Value v = o::get_attribute_optional(vm, obj, vm.intern(name));
    if (v.is_null() && vm.has_error()) return false;
    *out = Ref::steal(v);
    return true;
  }

  // The node kind of obj's class (or of the first base that is a node class).
  bool kind_of(Value obj, ast::NodeKind* out) {
    o::TupleObject* mro = o::type_of(obj)->mro;
    const auto& table = kinds_by_name();
    for (int64_t i = 0; mro != nullptr && i < mro->size; ++i) {
      auto* t = static_cast<o::TypeObject*>(mro->items()[i].as_object());
      std::string_view name = o::is_str(t->name_object) ? o::str_utf8(o::as_str(t->name_object)) : t->name;
      auto it = table.find(name);
      if (it != table.end()) {
        *out = it->second;
        return true;
      }
    }
    return false;
  }

  // Any node of group `group`.
  bool node(Value obj, std::string_view group, ast::Node** out) {
    ast::NodeKind kind;
    if (!kind_of(obj, &kind) || group_of(kind) != group)
      return type_error("expected some sort of " + std::string(group) + ", but got " + repr_text(obj));
    if (++depth_ > kMaxDepth) {
      vm.raise(&o::exc_RecursionError, "maximum recursion depth exceeded during ast construction");
      return false;
    }
    bool ok = read_kind(*this, kind, obj, out);
    --depth_;
    return ok;
  }

  bool int_value(Value v, int* out) {
    int64_t n = 0;
    if (!o::is_int(v)) return value_error("invalid integer value: " + repr_text(v));
    if (!o::int_to_int64(v, &n) || n < INT32_MIN || n > INT32_MAX) {
      vm.raise(&o::exc_OverflowError, "Python int too large to convert to C int");
      return false;
    }
    *out = static_cast<int>(n);
    return true;
  }

  bool position(Value obj, std::string_view group, ast::Position* pos) {
    const char* const names[] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
    int values[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4; ++i) {
      Ref v;
      if (!attribute(obj, names[i], &v)) return false;
      if (v.is_null() || o::is_none(v.get())) {
        if (i < 2) return missing(names[i], group);
        values[i] = values[i - 2];  // no end: the start
        continue;
      }
      if (!int_value(v.get(), &values[i])) return false;
    }
    *pos = ast::Position{values[0], values[1], values[2], values[3]};
    return true;
  }

  bool constant(Value v, ast::ConstantValue* out) {
    using Kind = ast::ConstantValue::Kind;
    if (o::is_none(v)) out->kind = Kind::kNone;
    else if (v.is(o::true_value())) out->kind = Kind::kTrue;
    else if (v.is(o::false_value())) out->kind = Kind::kFalse;
    else if (v.is(o::ellipsis())) out->kind = Kind::kEllipsis;
    else if (o::is_int(v)) {
      Ref text = Ref::steal(o::str(vm, v));
      if (text.is_null()) return false;
      out->kind = Kind::kInt;
      out->text = arena.copy(o::str_utf8(o::as_str(text.get())));
    } else if (o::is_float(v)) {
      out->kind = Kind::kFloat;
      out->number = o::float_value(v);
    } else if (o::is_complex(v) && static_cast<o::ComplexObject*>(v.as_object())->real == 0.0 &&
               !std::signbit(static_cast<o::ComplexObject*>(v.as_object())->real)) {
      out->kind = Kind::kComplex;
      out->number = static_cast<o::ComplexObject*>(v.as_object())->imag;
    } else if (o::is_str(v)) {
      out->kind = Kind::kStr;
      out->text = arena.copy(o::str_utf8(o::as_str(v)));
    } else if (o::is_bytes(v)) {
      out->kind = Kind::kBytes;
      out->text = arena.copy(o::as_bytes(v)->view());
    } else {
      // Glasspy's constants are literals: tuples, frozensets and complex numbers with a
      // real part (valid in CPython's trees) are refused as other types are.
      return type_error(std::string("got an invalid type in Constant: ") + o::type_name(v));
    }
    return true;
  }

  // One value of C++ field type T (a field's element).
  template <class T>
  bool element(Value v, std::string_view type_text, T* out) {
    if constexpr (std::is_same_v<T, std::string_view>) {
      if (!o::is_str(v))
        return type_error(type_text == "Identifier" ? "AST identifier must be of type str" : "AST string must be of type str");
      *out = arena.copy(o::str_utf8(o::as_str(v)));
      return true;
    } else if constexpr (std::is_same_v<T, int>) {
      return int_value(v, out);
    } else if constexpr (std::is_same_v<T, ast::ConstantValue>) {
      return constant(v, out);
    } else if constexpr (std::is_enum_v<T>) {
      std::string_view name = o::type_of(v)->name;
      if (o::is_str(o::type_of(v)->name_object)) name = o::str_utf8(o::as_str(o::type_of(v)->name_object));
      if (!enum_from_name(name, out))
        return type_error("expected some sort of " + std::string(enum_group(out)) + ", but got " + repr_text(v));
      return true;
    } else {
      using N = std::remove_pointer_t<T>;
      ast::Node* n = nullptr;
      if (!node(v, group_name<N>(), &n)) return false;
      *out = static_cast<T>(n);
      return true;
    }
  }

  // Field `name` of obj (a node of class `owner`) into *out.
  template <class T, ast::Card C>
  bool field(Value obj, std::string_view owner, const char* name, std::string_view type_text,
             ast::FieldType<T, C>* out) {
    Ref v;
    if (!attribute(obj, name, &v)) return false;
    if constexpr (C == ast::Card::kSeq) {
      if (v.is_null()) return missing(name, owner);
      if (!o::is_list(v.get()))
        return type_error(std::string(owner) + " field \"" + name + "\" must be a list, not a " + o::type_name(v.get()));
      o::ListObject* list = o::as_list(v.get());
      uint32_t n = static_cast<uint32_t>(list->size);
      out->items = n == 0 ? nullptr : arena.make_array<T>(n);
      out->count = n;
      for (uint32_t i = 0; i < n; ++i) {
        if (static_cast<int64_t>(i) >= list->size)
          return value_error(std::string(owner) + " field \"" + name + "\" changed size during iteration");
        Ref item = Ref::borrow(list->items[i]);
        if constexpr (std::is_pointer_v<T>) {
          // None stands in sequences where the tree has holes (Dict keys of **d,
          // kw_defaults of keyword-only arguments without a default).
          if (o::is_none(item.get())) {
            out->items[i] = nullptr;
            continue;
          }
        }
        if (!element<T>(item.get(), type_text, &out->items[i])) return false;
      }
      return true;
    } else {
      if constexpr (std::is_same_v<T, ast::ConstantValue>) {
        if (v.is_null()) return missing(name, owner);
        return constant(v.get(), out);  // None is a constant like any other
      }
      if (v.is_null() || o::is_none(v.get())) {
        if (C == ast::Card::kOne) return missing(name, owner);
        return true;  // optional: the zeroed field is None
      }
      return element<T>(v.get(), type_text, out);
    }
  }

 private:
  int depth_ = 0;
};

bool empty_body(Reader& r, const ast::Seq<ast::StmtNode*>& body, const char* owner) {
  if (!body.empty()) return true;
  return r.value_error(std::string("empty body on ") + owner);
}

template <class T>
bool check_try(Reader& r, T* t, const char* name) {
  if (!empty_body(r, t->body, name)) return false;
  if (t->handlers.empty() && t->finalbody.empty())
    return r.value_error(std::string(name) + " has neither except handlers nor finalbody");
  if (t->handlers.empty() && !t->orelse.empty())
    return r.value_error(std::string(name) + " has orelse but no except handlers");
  return true;
}

// The checks of CPython's AST validator without which the compiler could go wrong.
bool check_node(Reader& r, ast::Node* n) {
  using ast::NodeKind;
  switch (n->node_kind) {
    case NodeKind::FunctionDef: return empty_body(r, static_cast<ast::FunctionDef*>(n)->body, "FunctionDef");
    case NodeKind::AsyncFunctionDef:
      return empty_body(r, static_cast<ast::AsyncFunctionDef*>(n)->body, "AsyncFunctionDef");
    case NodeKind::ClassDef: return empty_body(r, static_cast<ast::ClassDef*>(n)->body, "ClassDef");
    case NodeKind::For: return empty_body(r, static_cast<ast::For*>(n)->body, "For");
    case NodeKind::AsyncFor: return empty_body(r, static_cast<ast::AsyncFor*>(n)->body, "AsyncFor");
    case NodeKind::While: return empty_body(r, static_cast<ast::While*>(n)->body, "While");
    case NodeKind::If: return empty_body(r, static_cast<ast::If*>(n)->body, "If");
    case NodeKind::With: {
      auto* w = static_cast<ast::With*>(n);
      if (w->items.empty()) return r.value_error("empty items on With");
      return empty_body(r, w->body, "With");
    }
    case NodeKind::AsyncWith: {
      auto* w = static_cast<ast::AsyncWith*>(n);
      if (w->items.empty()) return r.value_error("empty items on AsyncWith");
      return empty_body(r, w->body, "AsyncWith");
    }
    case NodeKind::Try: return check_try(r, static_cast<ast::Try*>(n), "Try");
    case NodeKind::TryStar: return check_try(r, static_cast<ast::TryStar*>(n), "TryStar");
    case NodeKind::ExceptHandler: return empty_body(r, static_cast<ast::ExceptHandler*>(n)->body, "ExceptHandler");
    case NodeKind::MatchCase: return empty_body(r, static_cast<ast::MatchCase*>(n)->body, "match_case");
    case NodeKind::Match:
      if (static_cast<ast::Match*>(n)->cases.empty()) return r.value_error("empty cases on Match");
      return true;
    case NodeKind::Delete:
      if (static_cast<ast::Delete*>(n)->targets.empty()) return r.value_error("empty targets on Delete");
      return true;
    case NodeKind::Assign:
      if (static_cast<ast::Assign*>(n)->targets.empty()) return r.value_error("empty targets on Assign");
      return true;
    case NodeKind::Import:
      if (static_cast<ast::Import*>(n)->names.empty()) return r.value_error("empty names on Import");
      return true;
    case NodeKind::ImportFrom:
      if (static_cast<ast::ImportFrom*>(n)->level < 0) return r.value_error("Negative ImportFrom level");
      if (static_cast<ast::ImportFrom*>(n)->names.empty()) return r.value_error("empty names on ImportFrom");
      return true;
    case NodeKind::Global:
      if (static_cast<ast::Global*>(n)->names.empty()) return r.value_error("empty names on Global");
      return true;
    case NodeKind::Nonlocal:
      if (static_cast<ast::Nonlocal*>(n)->names.empty()) return r.value_error("empty names on Nonlocal");
      return true;
    case NodeKind::Raise: {
      auto* raise = static_cast<ast::Raise*>(n);
      if (raise->exc == nullptr && raise->cause != nullptr) return r.value_error("Raise with cause but no exception");
      return true;
    }
    case NodeKind::BoolOp:
      if (static_cast<ast::BoolOp*>(n)->values.size() < 2) return r.value_error("BoolOp with less than 2 values");
      return true;
    case NodeKind::Dict: {
      auto* d = static_cast<ast::Dict*>(n);
      if (d->keys.size() != d->values.size())
        return r.value_error("Dict doesn't have the same number of keys as values");
      return true;
    }
    case NodeKind::Compare: {
      auto* c = static_cast<ast::Compare*>(n);
      if (c->comparators.empty()) return r.value_error("Compare with no comparators");
      if (c->comparators.size() != c->ops.size())
        return r.value_error("Compare has a different number of comparators and operands");
      return true;
    }
    case NodeKind::Arguments: {
      auto* a = static_cast<ast::Arguments*>(n);
      if (a->defaults.size() > a->posonlyargs.size() + a->args.size())
        return r.value_error("more positional defaults than args on arguments");
      if (a->kw_defaults.size() != a->kwonlyargs.size())
        return r.value_error("length of kwonlyargs is not the same as kw_defaults on arguments");
      return true;
    }
    default: return true;
  }
}

// One reader per node class, from the table.
#define GP_AST_NODE(Cpp, py_name, Base, positions)                                           \
  bool read_##Cpp(Reader& r, Value obj, ast::Node** out) {                                   \
    using namespace glasspy::ast;                                                            \
    auto* node = ast::make_node<ast::Cpp>(r.arena, ast::Position{});                         \
    std::string_view owner = #py_name;                                                       \
    if ((positions) && !r.position(obj, group_of(ast::NodeKind::Cpp), &node->pos)) return false;
#define GP_AST_FIELD(Node, Type, card, name) \
  if (!r.field<Type, ast::Card::k##card>(obj, owner, #name, #Type, &node->name)) return false;
#define GP_AST_NODE_END(Cpp, positions) \
  *out = node;                          \
  return check_node(r, node);           \
  }
#include "ast/ast_nodes.def"

bool read_kind(Reader& r, ast::NodeKind kind, Value obj, ast::Node** out) {
  switch (kind) {
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  case ast::NodeKind::Cpp: return read_##Cpp(r, obj, out);
#include "ast/ast_nodes.def"
    default: return r.type_error("unknown node");
  }
}

}  // namespace

// _compile(tree, filename, mode): the code object for a Module ('exec'), Expression
// ('eval') or Interactive ('single') object.
o::Value ast_compile(vm::VM& vm, o::Value, o::CallArgs args) {
  Value tree = args.args[0], filename = args.args[1], mode_value = args.args[2];
  if (!o::is_str(filename) || !o::is_str(mode_value)) return vm.raise(&o::exc_TypeError, "_compile(tree, str, str) expected");
  std::string_view mode = o::str_utf8(o::as_str(mode_value));
  const char* required = mode == "exec" ? "Module" : mode == "eval" ? "Expression" : mode == "single" ? "Interactive" : nullptr;
  if (required == nullptr) return vm.raise(&o::exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  ast::Arena arena;
  Reader r(vm, arena);
  ast::NodeKind kind;
  if (!r.kind_of(tree, &kind) || ast::node_kind_name(kind) != required)
    return vm.raise(&o::exc_TypeError, std::string("expected ") + required + " node, got " + o::type_name(tree));
  ast::Node* root = nullptr;
  if (!read_kind(r, kind, tree, &root)) return Value();
  ast::Module* module = nullptr;
  if (kind == ast::NodeKind::Module) {
    module = static_cast<ast::Module*>(root);
  } else {
    module = ast::make_node<ast::Module>(arena, ast::Position{});
    if (kind == ast::NodeKind::Interactive) {
      module->body = static_cast<ast::Interactive*>(root)->body;
    } else {
      ast::ExprNode* body = static_cast<ast::Expression*>(root)->body;
      auto* stmt = ast::make_node<ast::Expr>(arena, body->pos);
      stmt->value = body;
      module->body.items = arena.make_array<ast::StmtNode*>(1);
      module->body.items[0] = stmt;
      module->body.count = 1;
    }
  }
  std::string file(o::str_utf8(o::as_str(filename)));
  if (std::optional<parse::CompileError> error = parse::check_module(*module, "", parse::SourceKind::kString)) {
    vm.restore_error(vm::compile_error_exception(vm, *error, file));
    return Value();
  }
  auto unit = compile::compile_module(*module, file, kind == ast::NodeKind::Expression, kind == ast::NodeKind::Interactive);
  return Value::from_object(o::code_from_unit(vm, std::move(unit)));
}

}  // namespace glasspy::modules
