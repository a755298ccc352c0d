// The _ast module (modules stage): the node table (ast/ast_nodes.def) as Python data, from
// which engine/lib/ast.py makes its classes, and _parse(), which runs Glasspy's parser and
// turns the C++ tree into instances of those classes. ast.py holds the rest of `ast`.
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "ast/ast_walk.h"
#include "modules/ast_module.h"
#include "modules/builtin_modules.h"
#include "modules/introspect_helpers.h"
#include "numeric/bigint.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "parse/parser.h"
#include "vm/arg_parse.h"
#include "vm/compile_source.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

// The ASDL name of a field's C++ element type ("ExprNode*" -> "expr").
std::string_view asdl_type_name(std::string_view cpp) {
  if (!cpp.empty() && cpp.back() == '*') cpp.remove_suffix(1);
  if (cpp == "Identifier") return "identifier";
  if (cpp == "String") return "string";
  if (cpp == "int") return "int";
  if (cpp == "ConstantValue") return "constant";
#define GP_AST_SUM(Cpp, py_name, positions) \
  if (cpp == #Cpp) return #py_name;
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  if (cpp == #Cpp) return #py_name;
#define GP_AST_ENUM(Cpp, py_name) \
  if (cpp == #Cpp) return #py_name;
#include "ast/ast_nodes.def"
  return cpp;
}

Value text(std::string_view s) { return Value::from_object(str_from_utf8(s)); }

// One row of _node_table(): (name, base name, kind, fields, attributes) where kind is
// "sum", "enum", "node" or "singleton" and fields are (name, asdl type, '' / '?' / '*').
struct TableBuilder {
  ListObject* rows = list_new();
  std::vector<Value> fields;

  void row(std::string_view name, std::string_view base, std::string_view kind, bool positions) {
    TupleObject* field_tuple = tuple_from(fields.data(), static_cast<int64_t>(fields.size()));
    for (Value v : fields) decref(v);
    fields.clear();
    TupleObject* attributes;
    if (positions) {
      attributes = as_tuple(steal_tuple({text("lineno"), text("col_offset"), text("end_lineno"), text("end_col_offset")}));
    } else {
      attributes = tuple_alloc(0);
    }
    list_append_owned(rows, steal_tuple({text(name), text(base), text(kind), Value::from_object(field_tuple),
                                         Value::from_object(attributes)}));
  }
  void field(std::string_view name, std::string_view cpp_type, std::string_view card) {
    std::string_view mark = card == "Opt" ? "?" : card == "Seq" ? "*" : "";
    fields.push_back(steal_tuple({text(name), text(asdl_type_name(cpp_type)), text(mark)}));
  }
};

Value ast_node_table(VM&, Value, CallArgs) {
  TableBuilder t;
  // Sums get their own row; their constructors name them as base. Products (Base is
  // Node) derive from AST directly and carry their own attributes.
#define GP_AST_SUM(Cpp, py_name, positions) t.row(#py_name, "AST", "sum", positions);
#define GP_AST_NODE(Cpp, py_name, Base, positions) \
  {                                                \
    std::string_view base = asdl_type_name(#Base);
#define GP_AST_FIELD(Node, Type, card, name) t.field(#name, #Type, #card);
#define GP_AST_NODE_END(Cpp, positions)                                                          \
  t.row(ast::node_kind_name(ast::NodeKind::Cpp), base == "Node" ? "AST" : base, "node",          \
        base == "Node" && (positions));                                                          \
  }
#define GP_AST_ENUM(Cpp, py_name) \
  {                               \
    t.row(#py_name, "AST", "enum", false);  \
    std::string_view enum_name = #py_name;
#define GP_AST_ENUM_VALUE(Cpp, Value) t.row(#Value, enum_name, "singleton", false);
#define GP_AST_ENUM_END(Cpp) }
#include "ast/ast_nodes.def"
  return Value::from_object(t.rows);
}

// --- the C++ tree to Python objects ---

Value constant_object(VM& vm, const ast::ConstantValue& c) {
  using Kind = ast::ConstantValue::Kind;
  switch (c.kind) {
    case Kind::kNone: return owned_none();
    case Kind::kTrue: incref(true_value()); return true_value();
    case Kind::kFalse: incref(false_value()); return false_value();
    case Kind::kEllipsis: incref(ellipsis()); return ellipsis();
    case Kind::kInt: {
      numeric::BigInt value;
      (void)numeric::parse_int(c.text, 10, &value, 0);
      return make_int(std::move(value));
    }
    case Kind::kFloat: return Value::from_double(c.number);
    case Kind::kComplex: return make_complex(0.0, c.number);
    case Kind::kStr: return Value::from_object(str_from_utf8(c.text));
    case Kind::kBytes: return make_bytes(c.text);
  }
  (void)vm;
  return owned_none();
}

// Builds the objects from walk_events' stream, with an explicit stack (trees of any depth).
class ObjectBuilder {
 public:
  ObjectBuilder(VM& vm, DictObject* classes) : vm_(vm), classes_(classes) {}
  ~ObjectBuilder() {
    for (Frame& f : stack_) decref(f.object);
    decref(result_);
  }

  bool failed() const { return failed_; }
  Value take_result() {
    Value r = result_;
    result_ = Value();
    return r;
  }

  void node_begin(const ast::Node* node) {
    if (failed_) return push(Value::from_object(none_ref()), false);
    Value cls = dict_get_utf8(classes_, ast::node_kind_name(node->node_kind));
    if (cls.is_null() || !cls.is_object() || !is_subtype(type_of(cls), &type_type)) {
      fail("_ast: no class for a node");
      return push(Value::from_object(none_ref()), false);
    }
    TypeObject* type = static_cast<TypeObject*>(cls.as_object());
    Value obj = type->new_instance(vm_, type, CallArgs{});
    if (obj.is_null()) {
      failed_ = true;
      return push(Value::from_object(none_ref()), false);
    }
    push(obj, false);
  }
  bool field(const char* name, ast::Card, bool) {
    stack_.back().field = name;
    return true;
  }
  void none() { assign(Value::from_object(none_ref())); }
  void value(std::string_view s) {
    assign(s.data() == nullptr ? Value::from_object(none_ref()) : Value::from_object(str_from_utf8(s)));
  }
  void value(int n) { assign(make_int(n)); }
  void value(const ast::ConstantValue& c) { assign(constant_object(vm_, c)); }
  template <class E>
  void value(E e) {
    Value singleton = dict_get_utf8(classes_, ast::enum_name(e));
    if (singleton.is_null()) {
      fail("_ast: no singleton");
      return assign(Value::from_object(none_ref()));
    }
    incref(singleton);
    assign(singleton);
  }
  void seq_begin(uint32_t size) { push(Value::from_object(list_new(size)), true); }
  void seq_elem(uint32_t) {}
  void seq_end() { pop_and_assign(); }
  void node_end(const ast::Node* node) {
    if (!failed_ && ast::has_position(node->node_kind)) {
      const ast::Position& p = node->pos;
      set(stack_.back().object, "lineno", make_int(p.lineno));
      set(stack_.back().object, "col_offset", make_int(p.col_offset));
      set(stack_.back().object, "end_lineno", make_int(p.end_lineno));
      set(stack_.back().object, "end_col_offset", make_int(p.end_col_offset));
    }
    pop_and_assign();
  }

 private:
  struct Frame {
    Value object;
    bool is_list;
    const char* field;
  };

  static Object* none_ref() {
    incref(objects::none());
    return objects::none().as_object();
  }
  void fail(const char* message) {
    if (!failed_) vm_.raise(&exc_SystemError, message);
    failed_ = true;
  }
  void push(Value obj, bool is_list) { stack_.push_back({obj, is_list, nullptr}); }
  void set(Value obj, const char* name, Value v) {
    if (!failed_ && !setattr(vm_, obj, vm_.intern(name), v)) failed_ = true;
    decref(v);
  }
  // Gives `v` (a new reference) to the innermost open list or node field, or makes it the result.
  void assign(Value v) {
    if (stack_.empty()) {
      result_ = v;
      return;
    }
    Frame& top = stack_.back();
    if (failed_) {
      decref(v);
    } else if (top.is_list) {
      list_append_owned(as_list(top.object), v);
    } else {
      set(top.object, top.field, v);
    }
  }
  void pop_and_assign() {
    Value v = stack_.back().object;
    stack_.pop_back();
    assign(v);
  }

  VM& vm_;
  DictObject* classes_;
  std::vector<Frame> stack_;
  Value result_;
  bool failed_ = false;
};

Value tree_objects(VM& vm, const ast::Node* root, DictObject* classes) {
  ObjectBuilder builder(vm, classes);
  ast::walk_events(root, builder);
  if (builder.failed()) return Value();
  return builder.take_result();
}

// A new node of class `name` with one field set (value borrowed).
Value wrap_node(VM& vm, DictObject* classes, const char* name, const char* field, Value value) {
  Value cls = dict_get_utf8(classes, name);
  if (cls.is_null()) return vm.raise(&exc_SystemError, "_ast: missing class");
  Value obj = call0(vm, cls);
  if (obj.is_null()) return Value();
  if (!setattr(vm, obj, vm.intern(field), value)) {
    decref(obj);
    return Value();
  }
  return obj;
}

// _parse(source, filename, mode, classes): the tree of `source` (str or UTF-8 bytes) as
// objects of the classes in dict `classes` (node names -> classes, singleton names -> the
// shared instances). mode: 'exec', 'eval' or 'single'.
Value ast_parse(VM& vm, Value, CallArgs args) {
  if (!vm::check_positional(vm, "_parse", args.nargs, 4, 4)) return Value();
  Value source = args.args[0], filename = args.args[1], mode_value = args.args[2], classes = args.args[3];
  std::string_view text;
  if (is_str(source)) {
    text = str_utf8(as_str(source));
  } else if (!bytes_like_view(source, &text)) {
    return vm.raise(&exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  }
  if (!is_str(filename) || !is_str(mode_value) || !is_dict(classes))
    return vm.raise(&exc_TypeError, "_parse(str, str, str, dict) expected");
  std::string_view mode = str_utf8(as_str(mode_value));
  bool eval = mode == "eval";
  if (!eval && mode != "exec" && mode != "single") {
    if (mode == "func_type") return vm.raise(&exc_SystemError, "ast.parse(): mode 'func_type' is not supported");
    return vm.raise(&exc_ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
  }
  parse::ParseMode parse_mode = eval ? parse::ParseMode::kEval
                               : mode == "single" ? parse::ParseMode::kSingle
                                                  : parse::ParseMode::kExec;
  parse::ParseResult result = parse::parse_module(text, parse::SourceKind::kString, false, parse_mode);
  if (result.error || result.module == nullptr) {
    if (!result.error) return vm.raise(&exc_SystemError, "parser failed without an error");
    Value e = vm::compile_error_exception(vm, *result.error, std::string(str_utf8(as_str(filename))));
    vm.restore_error(e);
    return Value();
  }
  DictObject* class_dict = as_dict(classes);
  if (eval) {
    const ast::Node* expr = nullptr;
    if (result.module->body.size() == 1)
      if (const auto* stmt = ast::node_cast<ast::Expr>(result.module->body[0])) expr = stmt->value;
    if (expr == nullptr) return vm.raise(&exc_SystemError, "eval parse did not give one expression");
    Ref body = Ref::steal(tree_objects(vm, expr, class_dict));
    if (body.is_null()) return Value();
    return wrap_node(vm, class_dict, "Expression", "body", body.get());
  }
  Ref module = Ref::steal(tree_objects(vm, result.module, class_dict));
  if (module.is_null() || mode == "exec") return module.release();
  Ref body = Ref::steal(getattr(vm, module.get(), "body"));
  if (body.is_null()) return Value();
  return wrap_node(vm, class_dict, "Interactive", "body", body.get());
}

const MethodDef kAstFunctions[] = {
    {"_node_table", ast_node_table, ArgShape::kNoArgs, 0, 0, nullptr},
    {"_parse", ast_parse, ArgShape::kPositional, 4, 4, nullptr},
    {"_compile", ast_compile, ArgShape::kPositional, 3, 3, nullptr},
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_ast_module(vm::VM& vm) {
  ModuleObject* m = module_new(vm, vm.intern("_ast"));
  add_functions(vm, m, kAstFunctions);
  add_value(vm, m, "PyCF_ONLY_AST", Value::from_small_int(1024));
  add_value(vm, m, "PyCF_TYPE_COMMENTS", Value::from_small_int(4096));
  add_value(vm, m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", Value::from_small_int(8192));
  return m;
}

}  // namespace glasspy::modules
