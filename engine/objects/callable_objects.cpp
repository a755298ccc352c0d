// Functions, bound methods, native functions and descriptors, code objects, cells and
// modules (object model): their creation and type slots. Running a Python function is
// the VM's job (vm/eval.cpp); here it is only dispatched to.
#include "objects/callable_objects.h"

#include <cstring>
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/bytes_object.h"
#include "objects/code_object_attrs.h"
#include "objects/complex_object.h"
#include "objects/int_object.h"
#include "objects/set_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/eval_fast_paths.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject function_type;
TypeObject method_type;
TypeObject builtin_function_type;
TypeObject method_descriptor_type;
TypeObject getset_descriptor_type;
TypeObject code_type;
TypeObject cell_type;
TypeObject module_type;

int CodeObject::total_args() const {
  int n = argcount + kwonlyargcount;
  if (flags & bytecode::kCoVarargs) ++n;
  if (flags & bytecode::kCoVarkeywords) ++n;
  return n;
}

namespace {

// Strings made only of name characters are interned in co_consts, as CPython does, so
// that `a = "abc"; b = "abc"; a is b` holds.
bool all_name_chars(std::string_view s) {
  for (unsigned char c : s)
    if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

Value constant_value(VM& vm, const bytecode::Constant& c) {
  using Kind = bytecode::Constant::Kind;
  switch (c.kind) {
    case Kind::kNone: return none();
    case Kind::kTrue: return true_value();
    case Kind::kFalse: return false_value();
    case Kind::kEllipsis: return ellipsis();
    case Kind::kInt:
      if (!c.big) return make_int(c.small);
    {
      // Literals the compiler kept as text: no digit limit applies to source code.
      numeric::BigInt value;
      (void)numeric::parse_int(c.text, 10, &value, 0);
      return make_int(std::move(value));
    }
    case Kind::kFloat: return Value::from_double(c.real);
    case Kind::kComplex: return make_complex(c.real, c.imag);
    case Kind::kStr: {
      if (all_name_chars(c.text)) {
        StrObject* s = vm.intern(c.text);
        incref(s);
        return Value::from_object(s);
      }
      return Value::from_object(str_from_utf8(c.text));
    }
    case Kind::kBytes: return make_bytes(c.text);
    case Kind::kTuple: {
      TupleObject* t = tuple_alloc(static_cast<int64_t>(c.items.size()));
      for (size_t i = 0; i < c.items.size(); ++i) t->items()[i] = constant_value(vm, c.items[i]);
      return Value::from_object(t);
    }
    case Kind::kFrozenSet: {
      std::vector<Value> items;
      for (const auto& item : c.items) items.push_back(constant_value(vm, item));
      Value set = make_frozenset(vm, items.data(), static_cast<int64_t>(items.size()));
      for (Value v : items) decref(v);
      return set;
    }
    case Kind::kCode: return Value::from_object(code_from_unit(vm, c.code));
  }
  return none();
}

TupleObject* interned_names(VM& vm, const std::vector<std::string>& names) {
  TupleObject* t = tuple_alloc(static_cast<int64_t>(names.size()));
  for (size_t i = 0; i < names.size(); ++i) {
    StrObject* s = vm.intern(names[i]);
    incref(s);
    t->items()[i] = Value::from_object(s);
  }
  return t;
}

}  // namespace

CodeObject* code_from_unit(VM& vm, std::shared_ptr<const bytecode::CodeUnit> unit) {
  CodeObject* code = alloc<CodeObject>(&code_type);
  const bytecode::CodeUnit& u = *unit;
  TupleObject* consts = tuple_alloc(static_cast<int64_t>(u.consts.size()));
  for (size_t i = 0; i < u.consts.size(); ++i) consts->items()[i] = constant_value(vm, u.consts[i]);
  code->consts = consts;
  code->names = interned_names(vm, u.names);
  code->localsplusnames = interned_names(vm, u.localsplusnames);
  code->name = vm.intern(u.name);
  incref(code->name);
  code->qualname = str_from_utf8(u.qualname);
  code->filename = str_from_utf8(u.filename);
  code->instructions.resize(u.code.size() / 2);
  for (size_t i = 0; i < code->instructions.size(); ++i)
    code->instructions[i] = static_cast<uint16_t>(u.code[2 * i] | (u.code[2 * i + 1] << 8));
  code->exception_table = bytecode::decode_exception_table(u.exceptiontable);
  code->nlocalsplus = static_cast<int>(u.localsplusnames.size());
  code->nlocals = u.nlocals();
  code->stacksize = u.stacksize;
  code->flags = u.flags;
  code->argcount = u.argcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  for (int i = 0; i < code->nlocalsplus; ++i) {
    uint8_t kind = u.localspluskinds[i];
    if (kind & bytecode::kFastFree) ++code->nfrees;
    else if ((kind & bytecode::kFastCell) && !(kind & bytecode::kFastLocal)) ++code->ncells;
  }
  code->unit = std::move(unit);
  return code;
}

DictObject* builtins_for_globals(VM& vm, DictObject* globals) {
  Value b = dict_get_str(globals, vm.intern("__builtins__"));
  if (!b.is_null()) {
    if (is_module(b)) return as_module(b)->dict;
    if (is_dict(b)) return as_dict(b);
  }
  return vm.builtins();
}

FunctionObject* function_new(VM& vm, CodeObject* code, DictObject* globals, Value qualname) {
  FunctionObject* f = alloc<FunctionObject>(&function_type);
  incref(code);
  f->code = code;
  incref(globals);
  f->globals = globals;
  // The common case (a def running in a frame with the same globals) needs no lookup.
  vm::Frame* frame = vm.current_frame();
  f->builtins = frame != nullptr && frame->globals == globals ? frame->builtins : builtins_for_globals(vm, globals);
  incref(f->builtins);
  incref(code->name);
  f->name = Value::from_object(code->name);
  Value q = qualname.is_null() ? Value::from_object(code->qualname) : qualname;
  incref(q);
  f->qualname = q;
  // __doc__: the first constant when it is a str (3.11 puts the docstring there).
  Value doc = none();
  if (code->consts->size > 0 && is_str(code->consts->items()[0]) && !(code->flags & 0x4000000)) doc = code->consts->items()[0];
  incref(doc);
  f->doc = doc;
  static StrObject* const name_key = intern_static("__name__");  // what vm.intern gives
  Value module = dict_get_str(globals, name_key);
  if (!module.is_null()) {
    incref(module);
    f->module = module;
  }
  gc::track(f);
  return f;
}

CellObject* cell_new(Value contents) {
  CellObject* c = alloc<CellObject>(&cell_type);
  incref(contents);
  c->contents = contents;
  gc::track(c);
  return c;
}

MethodObject* method_new(Value function, Value self) {
  MethodObject* m = alloc<MethodObject>(&method_type);
  incref(function);
  incref(self);
  m->function = function;
  m->self = self;
  gc::track(m);
  return m;
}

NativeFunctionObject* native_function_new(const MethodDef* def, Value self, Value module_name) {
  NativeFunctionObject* f = alloc<NativeFunctionObject>(&builtin_function_type);
  f->def = def;
  incref(self);
  f->self = self;
  incref(module_name);
  f->module_name = module_name;
  gc::track(f);
  return f;
}

ModuleObject* module_new(VM& vm, StrObject* name) {
  ModuleObject* m = alloc<ModuleObject>(&module_type);
  m->engine_made = true;
  m->dict = dict_new();
  dict_set_str(m->dict, vm.intern("__name__"), Value::from_object(name));
  dict_set_str(m->dict, vm.intern("__doc__"), none());
  dict_set_str(m->dict, vm.intern("__package__"), none());
  dict_set_str(m->dict, vm.intern("__loader__"), none());
  dict_set_str(m->dict, vm.intern("__spec__"), none());
  gc::track(m);
  return m;
}

// Checks the arguments of a native function against its declared shape, with CPython's
// messages for each.
bool check_native_args(VM& vm, const MethodDef* def, const char* owner, CallArgs args) {
  std::string name = owner != nullptr ? std::string(owner) + "." + def->name : def->name;
  switch (def->shape) {
    case ArgShape::kNoArgs:
      if (args.nkw() != 0) {
        vm.raise(&exc_TypeError, name + "() takes no keyword arguments");
        return false;
      }
      if (args.nargs != 0) {
        vm.raise(&exc_TypeError, name + "() takes no arguments (" + std::to_string(args.nargs) + " given)");
        return false;
      }
      return true;
    case ArgShape::kOneArg:
      if (args.nkw() != 0) {
        vm.raise(&exc_TypeError, name + "() takes no keyword arguments");
        return false;
      }
      if (args.nargs != 1) {
        vm.raise(&exc_TypeError, name + "() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
        return false;
      }
      return true;
    case ArgShape::kPositional:
      if (args.nkw() != 0) {
        vm.raise(&exc_TypeError, std::string(def->name) + "() takes no keyword arguments");
        return false;
      }
      return vm::check_positional(vm, def->name, args.nargs, def->min_args, def->max_args);
    case ArgShape::kKeywords:
      return true;
  }
  return true;
}

namespace {

// --- function ---

void function_dealloc(Object* self) {
  FunctionObject* f = static_cast<FunctionObject*>(self);
  decref(f->code);
  decref(f->globals);
  decref(f->builtins);
  decref(f->name);
  decref(f->qualname);
  decref(f->defaults);
  decref(f->kwdefaults);
  decref(f->closure);
  decref(f->annotations);
  decref(f->doc);
  decref(f->module);
  if (f->dict) decref(f->dict);
  free_object(self);
}

void function_traverse(Object* self, VisitFn visit, void* context) {
  FunctionObject* f = static_cast<FunctionObject*>(self);
  visit(Value::from_object(f->globals), context);
  visit(f->defaults, context);
  visit(f->kwdefaults, context);
  visit(f->closure, context);
  visit(f->annotations, context);
  visit(f->doc, context);
  visit(f->module, context);
  if (f->dict) visit(Value::from_object(f->dict), context);
}

// Breaks cycles through a function (the collector's clear): what it holds besides its
// code, globals and builtins, which its dealloc expects to find.
void function_clear(Object* self) {
  FunctionObject* f = static_cast<FunctionObject*>(self);
  Value held[] = {f->defaults, f->kwdefaults, f->closure, f->annotations, f->doc, f->module};
  f->defaults = f->kwdefaults = f->closure = f->annotations = f->doc = f->module = Value();
  DictObject* dict = f->dict;
  f->dict = nullptr;
  for (Value v : held) decref(v);
  if (dict) decref(dict);
}

Value function_call(VM& vm, Value self, CallArgs args) { return vm.call_function(as_function(self), args); }

Value function_get(VM&, Value self, Value instance, Value) {
  if (instance.is_null()) {
    incref(self);
    return self;
  }
  return Value::from_object(method_new(self, instance));
}

Value function_repr(VM&, Value self) {
  FunctionObject* f = as_function(self);
  return Value::from_object(
      str_from_utf8("<function " + std::string(str_utf8(as_str(f->qualname))) + " at " + address_text(self) + ">"));
}

Value function_getattro(VM& vm, Value self, StrObject* name) {
  FunctionObject* f = as_function(self);
  Value descr = type_lookup(&function_type, name);
  if (!descr.is_null() && type_of(descr)->descr_set != nullptr) return generic_getattr(vm, self, name);
  if (f->dict != nullptr) {
    Value v = dict_get_str(f->dict, name);
    if (!v.is_null()) {
      incref(v);
      return v;
    }
  }
  return generic_getattr(vm, self, name);
}

bool function_setattro(VM& vm, Value self, StrObject* name, Value value) {
  FunctionObject* f = as_function(self);
  Value descr = type_lookup(&function_type, name);
  if (!descr.is_null() && type_of(descr)->descr_set != nullptr) return type_of(descr)->descr_set(vm, descr, self, value);
  if (f->dict == nullptr) f->dict = dict_new();
  if (value.is_null()) {
    int r = dict_delete(vm, f->dict, Value::from_object(name));
    if (r == 0) {
      vm.raise_attribute_error(self, name, "'function' object has no attribute '" + std::string(str_utf8(name)) + "'");
      return false;
    }
    return r > 0;
  }
  dict_set_str(f->dict, name, value);
  return true;
}

#define GP_FUNCTION_FIELD(FIELD, NONE_IF_NULL)                    \
  [](VM&, Value self) -> Value {                                  \
    Value v = as_function(self)->FIELD;                           \
    if (v.is_null()) return NONE_IF_NULL ? none() : Value();      \
    incref(v);                                                    \
    return v;                                                     \
  }

bool set_field(Value* field, Value value) {
  incref(value);
  Value old = *field;
  *field = value;
  decref(old);
  return true;
}

bool set_function_name(VM& vm, Value self, Value value) {
  if (value.is_null() || !is_str(value)) {
    vm.raise(&exc_TypeError, "__name__ must be set to a string object");
    return false;
  }
  return set_field(&as_function(self)->name, value);
}

// func.__code__ = code: the new code must use as many free variables as the closure holds.
bool set_function_code(VM& vm, Value self, Value value) {
  if (value.is_null() || !is_code(value)) {
    vm.raise(&exc_TypeError, "__code__ must be set to a code object");
    return false;
  }
  FunctionObject* f = as_function(self);
  CodeObject* code = as_code(value);
  int64_t nclosure = f->closure.is_null() || !is_tuple(f->closure) ? 0 : as_tuple(f->closure)->size;
  if (code->nfrees != nclosure) {
    std::string name = is_str(f->name) ? std::string(str_utf8(as_str(f->name))) : "?";
    vm.raise(&exc_ValueError, name + "() requires a code object with " + std::to_string(nclosure) +
                                  " free vars, not " + std::to_string(code->nfrees));
    return false;
  }
  incref(code);
  CodeObject* old = f->code;
  f->code = code;
  decref(old);
  return true;
}

bool set_function_qualname(VM& vm, Value self, Value value) {
  if (value.is_null() || !is_str(value)) {
    vm.raise(&exc_TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  return set_field(&as_function(self)->qualname, value);
}

bool set_function_defaults(VM& vm, Value self, Value value) {
  if (!value.is_null() && is_none(value)) value = Value();
  if (!value.is_null() && !is_tuple(value)) {
    vm.raise(&exc_TypeError, "__defaults__ must be set to a tuple object");
    return false;
  }
  return set_field(&as_function(self)->defaults, value);
}

bool set_function_kwdefaults(VM& vm, Value self, Value value) {
  if (!value.is_null() && is_none(value)) value = Value();
  if (!value.is_null() && !is_dict(value)) {
    vm.raise(&exc_TypeError, "__kwdefaults__ must be set to a dict object");
    return false;
  }
  return set_field(&as_function(self)->kwdefaults, value);
}

bool set_function_doc(VM&, Value self, Value value) {
  return set_field(&as_function(self)->doc, value.is_null() ? none() : value);
}

bool set_function_module(VM&, Value self, Value value) {
  return set_field(&as_function(self)->module, value.is_null() ? none() : value);
}

Value get_function_annotations(VM&, Value self) {
  FunctionObject* f = as_function(self);
  if (f->annotations.is_null() || !is_dict(f->annotations)) {
    DictObject* d = dict_new();
    if (!f->annotations.is_null() && is_tuple(f->annotations)) {
      // 3.11 MAKE_FUNCTION gives a flat tuple (name, value, name, value, ...).
      TupleObject* t = as_tuple(f->annotations);
      for (int64_t i = 0; i + 1 < t->size; i += 2) dict_set_str(d, as_str(t->items()[i]), t->items()[i + 1]);
    }
    Value old = f->annotations;
    f->annotations = Value::from_object(d);
    decref(old);
  }
  incref(f->annotations);
  return f->annotations;
}

bool set_function_annotations(VM& vm, Value self, Value value) {
  if (!value.is_null() && !is_dict(value)) {
    vm.raise(&exc_TypeError, "__annotations__ must be set to a dict object");
    return false;
  }
  return set_field(&as_function(self)->annotations, value);
}

Value get_function_code(VM&, Value self) {
  CodeObject* c = as_function(self)->code;
  incref(c);
  return Value::from_object(c);
}

Value get_function_globals(VM&, Value self) {
  DictObject* g = as_function(self)->globals;
  incref(g);
  return Value::from_object(g);
}

Value get_function_builtins(VM&, Value self) {
  DictObject* b = as_function(self)->builtins;
  incref(b);
  return Value::from_object(b);
}

Value get_function_dict(VM&, Value self) {
  FunctionObject* f = as_function(self);
  if (f->dict == nullptr) f->dict = dict_new();
  incref(f->dict);
  return Value::from_object(f->dict);
}

const GetSetDef kFunctionGetSets[] = {
    {"__name__", GP_FUNCTION_FIELD(name, true), set_function_name},
    {"__qualname__", GP_FUNCTION_FIELD(qualname, true), set_function_qualname},
    {"__defaults__", GP_FUNCTION_FIELD(defaults, true), set_function_defaults},
    {"__kwdefaults__", GP_FUNCTION_FIELD(kwdefaults, true), set_function_kwdefaults},
    {"__closure__", GP_FUNCTION_FIELD(closure, true)},
    {"__doc__", GP_FUNCTION_FIELD(doc, true), set_function_doc},
    {"__module__", GP_FUNCTION_FIELD(module, true), set_function_module},
    {"__annotations__", get_function_annotations, set_function_annotations},
    {"__code__", get_function_code, set_function_code},
    {"__globals__", get_function_globals},
    {"__builtins__", get_function_builtins},
    {"__dict__", get_function_dict},
    {nullptr, nullptr},
};

// --- bound method ---

void method_dealloc(Object* self) {
  MethodObject* m = static_cast<MethodObject*>(self);
  decref(m->function);
  decref(m->self);
  free_object(self);
}

void method_traverse(Object* self, VisitFn visit, void* context) {
  MethodObject* m = static_cast<MethodObject*>(self);
  visit(m->function, context);
  visit(m->self, context);
}

void method_clear(Object* self) {
  MethodObject* m = static_cast<MethodObject*>(self);
  Value function = m->function, bound_self = m->self;
  m->function = m->self = Value();
  decref(function);
  decref(bound_self);
}

Value method_call(VM& vm, Value self, CallArgs args) {
  MethodObject* m = as_method(self);
  size_t total = args.nargs + args.nkw();
  // Small calls prepend self on the C++ stack; larger ones on the heap.
  Value small[8];
  std::vector<Value> large;
  Value* full = small;
  if (total + 1 > 8) {
    large.resize(total + 1);
    full = large.data();
  }
  full[0] = m->self;
  for (size_t i = 0; i < total; ++i) full[i + 1] = args.args[i];
  return call(vm, m->function, CallArgs{full, args.nargs + 1, args.kwnames});
}

Value method_repr(VM& vm, Value self) {
  MethodObject* m = as_method(self);
  Value name = get_attribute_optional(vm, m->function, vm.intern("__qualname__"));
  if (name.is_null()) {
    if (vm.has_error()) return Value();
    name = get_attribute_optional(vm, m->function, vm.intern("__name__"));
    if (name.is_null() && vm.has_error()) return Value();
  }
  std::string name_text = "?";
  if (!name.is_null() && is_str(name)) name_text = std::string(str_utf8(as_str(name)));
  decref(name);
  std::string self_repr;
  if (!repr_utf8(vm, m->self, &self_repr)) return Value();
  return Value::from_object(str_from_utf8("<bound method " + name_text + " of " + self_repr + ">"));
}

Value method_getattro(VM& vm, Value self, StrObject* name) {
  Value descr = type_lookup(&method_type, name);
  if (!descr.is_null()) return generic_getattr(vm, self, name);
  return getattr(vm, as_method(self)->function, name);
}

Value get_method_func(VM&, Value self) {
  incref(as_method(self)->function);
  return as_method(self)->function;
}

Value get_method_self(VM&, Value self) {
  incref(as_method(self)->self);
  return as_method(self)->self;
}

Value method_richcompare(VM&, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !is_method(a) || !is_method(b)) return not_implemented();
  bool same = as_method(a)->function.is(as_method(b)->function) && as_method(a)->self.is(as_method(b)->self);
  return boolean(op == CompareOp::kEq ? same : !same);
}

const GetSetDef kMethodGetSets[] = {
    {"__func__", get_method_func},
    {"__self__", get_method_self},
    {nullptr, nullptr},
};

// --- native functions and methods ---

void native_dealloc(Object* self) {
  NativeFunctionObject* f = static_cast<NativeFunctionObject*>(self);
  decref(f->self);
  decref(f->module_name);
  free_object(self);
}

void native_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<NativeFunctionObject*>(self)->self, context);
}

// The arguments do not fit the function's shape: raises CPython's message, naming the
// function as CPython does (built only here, not on every call).
bool native_args_error(VM& vm, NativeFunctionObject* f, CallArgs args) {
  const char* owner = nullptr;
  if (!f->self.is_null() && !is_module(f->self)) owner = has_flag(type_of(f->self), kTypeTypeSubclass) &&
                                                                  f->def->shape != ArgShape::kKeywords
                                                              ? static_cast<TypeObject*>(f->self.as_object())->name
                                                              : type_name(f->self);
  // Module functions are named with their module ("math.sqrt()"), except the builtins.
  std::string module_name;
  if (owner == nullptr && !f->module_name.is_null() && is_str(f->module_name)) {
    module_name = str_utf8(as_str(f->module_name));
    if (module_name != "builtins") owner = module_name.c_str();
  }
  return check_native_args(vm, f->def, owner, args);
}

Value native_call(VM& vm, Value self, CallArgs args) {
  NativeFunctionObject* f = static_cast<NativeFunctionObject*>(self.as_object());
  if (!vm::fast::native_args_fit(f->def, args.nargs, args.nkw() != 0) && !native_args_error(vm, f, args))
    return Value();
  return f->def->fn(vm, f->self, args);
}

Value native_repr(VM&, Value self) {
  NativeFunctionObject* f = static_cast<NativeFunctionObject*>(self.as_object());
  if (f->self.is_null() || is_module(f->self))
    return Value::from_object(str_from_utf8(std::string("<built-in function ") + f->def->name + ">"));
  return Value::from_object(str_from_utf8(std::string("<built-in method ") + f->def->name + " of " +
                                          type_name(f->self) + " object at " + address_text(f->self) + ">"));
}

Value native_get_name(VM&, Value self) {
  return Value::from_object(str_from_utf8(static_cast<NativeFunctionObject*>(self.as_object())->def->name));
}

// A bound method's qualname is its type's qualname and its name ("list.append"); a
// function's (self a module or null) is its name.
Value native_get_qualname(VM& vm, Value self) {
  auto* f = static_cast<NativeFunctionObject*>(self.as_object());
  if (f->self.is_null() || is_module(f->self)) return native_get_name(vm, self);
  Value type = has_flag(type_of(f->self), kTypeTypeSubclass) ? f->self : Value::from_object(type_of(f->self));
  Ref qualname = Ref::steal(getattr(vm, type, vm.intern("__qualname__")));
  if (qualname.is_null()) return Value();
  if (!is_str(qualname.get())) return vm.raise(&exc_TypeError, "<method>.__class__.__qualname__ is not a unicode object");
  return Value::from_object(str_from_utf8(std::string(str_utf8(as_str(qualname.get()))) + "." + f->def->name));
}

// The builtins' functions are made before their module: their __self__ is found then.
Value native_get_self(VM& vm, Value self) {
  auto* f = static_cast<NativeFunctionObject*>(self.as_object());
  Value s = f->self;
  if (s.is_null() && !f->module_name.is_null() && is_str(f->module_name) &&
      str_equals_utf8(as_str(f->module_name), "builtins"))
    s = dict_get_str(vm.modules(), vm.intern("builtins"));
  if (s.is_null()) return none();
  incref(s);
  return s;
}

Value native_get_doc(VM&, Value self) {
  const char* doc = static_cast<NativeFunctionObject*>(self.as_object())->def->doc;
  if (doc == nullptr) return none();
  return Value::from_object(str_from_utf8(doc));
}

Value native_get_module(VM&, Value self) {
  Value m = static_cast<NativeFunctionObject*>(self.as_object())->module_name;
  if (m.is_null()) return none();
  incref(m);
  return m;
}

const GetSetDef kNativeGetSets[] = {
    {"__name__", native_get_name},
    {"__qualname__", native_get_qualname},
    {"__self__", native_get_self},
    {"__doc__", native_get_doc},
    {"__module__", native_get_module},
    {nullptr, nullptr},
};

Value descriptor_get(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null()) {
    incref(self);
    return self;
  }
  auto* d = static_cast<MethodDescriptorObject*>(self.as_object());
  if (!is_subtype(type_of(instance), d->owner))
    return vm.raise(&exc_TypeError, std::string("descriptor '") + d->def->name + "' for '" + d->owner->name +
                                        "' objects doesn't apply to a '" + type_name(instance) + "' object");
  return Value::from_object(native_function_new(d->def, instance));
}

Value descriptor_call(VM& vm, Value self, CallArgs args) {
  auto* d = static_cast<MethodDescriptorObject*>(self.as_object());
  if (args.nargs < 1)
    return vm.raise(&exc_TypeError, std::string("unbound method ") + d->owner->name + "." + d->def->name +
                                        "() needs an argument");
  Value target = args.args[0];
  if (!is_subtype(type_of(target), d->owner))
    return vm.raise(&exc_TypeError, std::string("descriptor '") + d->def->name + "' for '" + d->owner->name +
                                        "' objects doesn't apply to a '" + type_name(target) + "' object");
  CallArgs rest{args.args + 1, args.nargs - 1, args.kwnames};
  if (!vm::fast::native_args_fit(d->def, rest.nargs, rest.nkw() != 0) &&
      !check_native_args(vm, d->def, d->owner->name, rest))
    return Value();
  return d->def->fn(vm, target, rest);
}

Value descriptor_repr(VM&, Value self) {
  auto* d = static_cast<MethodDescriptorObject*>(self.as_object());
  return Value::from_object(
      str_from_utf8(std::string("<method '") + d->def->name + "' of '" + d->owner->name + "' objects>"));
}

Value descriptor_get_name(VM&, Value self) {
  return Value::from_object(str_from_utf8(static_cast<MethodDescriptorObject*>(self.as_object())->def->name));
}

Value descriptor_get_qualname(VM&, Value self) {
  auto* d = static_cast<MethodDescriptorObject*>(self.as_object());
  return Value::from_object(str_from_utf8(std::string(d->owner->name) + "." + d->def->name));
}

Value descriptor_get_objclass(VM&, Value self) {
  TypeObject* owner = static_cast<MethodDescriptorObject*>(self.as_object())->owner;
  incref(owner);
  return Value::from_object(owner);
}

Value descriptor_get_doc(VM&, Value self) {
  const char* doc = static_cast<MethodDescriptorObject*>(self.as_object())->def->doc;
  if (doc == nullptr) return none();
  return Value::from_object(str_from_utf8(doc));
}

const GetSetDef kDescriptorGetSets[] = {
    {"__name__", descriptor_get_name},
    {"__qualname__", descriptor_get_qualname},
    {"__objclass__", descriptor_get_objclass},
    {"__doc__", descriptor_get_doc},
    {nullptr, nullptr},
};

Value getset_get(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null()) {
    incref(self);
    return self;
  }
  auto* d = static_cast<GetSetDescriptorObject*>(self.as_object());
  if (!is_subtype(type_of(instance), d->owner))
    return vm.raise(&exc_TypeError, std::string("descriptor '") + d->def->name + "' for '" + d->owner->name +
                                        "' objects doesn't apply to a '" + type_name(instance) + "' object");
  return d->def->getter(vm, instance);
}

bool getset_set(VM& vm, Value self, Value instance, Value value) {
  auto* d = static_cast<GetSetDescriptorObject*>(self.as_object());
  if (d->def->setter == nullptr) {
    vm.raise(&exc_AttributeError, std::string("attribute '") + d->def->name + "' of '" + d->owner->name +
                                      "' objects is not writable");
    return false;
  }
  return d->def->setter(vm, instance, value);
}

Value getset_repr(VM&, Value self) {
  auto* d = static_cast<GetSetDescriptorObject*>(self.as_object());
  return Value::from_object(
      str_from_utf8(std::string("<attribute '") + d->def->name + "' of '" + d->owner->name + "' objects>"));
}

void plain_dealloc(Object* self) { free_object(self); }

// --- code, cell, module ---

void code_dealloc(Object* self) {
  CodeObject* c = static_cast<CodeObject*>(self);
  decref(c->consts);
  decref(c->names);
  decref(c->localsplusnames);
  decref(c->name);
  decref(c->qualname);
  decref(c->filename);
  c->~CodeObject();
  free_object(self);
}

Value code_repr(VM&, Value self) {
  CodeObject* c = as_code(self);
  return Value::from_object(str_from_utf8("<code object " + std::string(str_utf8(c->name)) + " at " +
                                          address_text(self) + ", file \"" + std::string(str_utf8(c->filename)) +
                                          "\", line " + std::to_string(c->unit->firstlineno) + ">"));
}

void cell_dealloc(Object* self) {
  decref(static_cast<CellObject*>(self)->contents);
  free_object(self);
}

void cell_traverse(Object* self, VisitFn visit, void* context) { visit(static_cast<CellObject*>(self)->contents, context); }

void cell_clear(Object* self) {
  CellObject* c = static_cast<CellObject*>(self);
  Value contents = c->contents;
  c->contents = Value();
  decref(contents);
}

Value cell_repr(VM&, Value self) {
  CellObject* c = as_cell(self);
  if (c->contents.is_null()) return Value::from_object(str_from_utf8("<cell at " + address_text(self) + ": empty>"));
  return Value::from_object(str_from_utf8("<cell at " + address_text(self) + ": " + type_name(c->contents) +
                                          " object at " + address_text(c->contents) + ">"));
}

Value cell_get_contents(VM& vm, Value self) {
  CellObject* c = as_cell(self);
  if (c->contents.is_null()) return vm.raise(&exc_ValueError, "Cell is empty");
  incref(c->contents);
  return c->contents;
}

// types.MethodType(function, instance).
Value method_type_new(VM& vm, TypeObject*, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "method() takes no keyword arguments");
  if (args.nargs != 2)
    return vm.raise(&exc_TypeError, "method expected 2 arguments, got " + std::to_string(args.nargs));
  if (!is_callable(args.args[0])) return vm.raise(&exc_TypeError, "first argument must be callable");
  if (is_none(args.args[1])) return vm.raise(&exc_TypeError, "instance must not be None");
  return Value::from_object(method_new(args.args[0], args.args[1]));
}

// cell.cell_contents = v (del empties the cell).
bool cell_set_contents(VM&, Value self, Value value) {
  CellObject* c = as_cell(self);
  incref(value);
  Value old = c->contents;
  c->contents = value;
  decref(old);
  return true;
}

const GetSetDef kCellGetSets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr, nullptr},
};

void module_dealloc(Object* self) {
  decref(static_cast<ModuleObject*>(self)->dict);
  free_object(self);
}

void module_traverse(Object* self, VisitFn visit, void* context) {
  visit(Value::from_object(static_cast<ModuleObject*>(self)->dict), context);
}

std::string module_name_of(VM& vm, ModuleObject* m) {
  Value name = dict_get_str(m->dict, vm.intern("__name__"));
  if (!name.is_null() && is_str(name)) return std::string(str_utf8(as_str(name)));
  return "?";
}

Value module_getattro(VM& vm, Value self, StrObject* name) {
  ModuleObject* m = as_module(self);
  Value descr = type_lookup(type_of(self), name);
  if (!descr.is_null() && type_of(descr)->descr_get != nullptr && type_of(descr)->descr_set != nullptr)
    return generic_getattr(vm, self, name);
  Value v = dict_get_str(m->dict, name);
  if (!v.is_null()) {
    incref(v);
    return v;
  }
  if (!descr.is_null()) return generic_getattr(vm, self, name);
  // A module-level __getattr__ (PEP 562).
  Value hook = dict_get_str(m->dict, vm.intern("__getattr__"));
  if (!hook.is_null()) {
    Value name_value = Value::from_object(name);
    return call1(vm, hook, name_value);
  }
  return vm.raise_attribute_error(self, name,
                                  "module '" + module_name_of(vm, m) + "' has no attribute '" +
                                      std::string(str_utf8(name)) + "'");
}

bool module_setattro(VM& vm, Value self, StrObject* name, Value value) {
  ModuleObject* m = as_module(self);
  if (value.is_null()) {
    int r = dict_delete(vm, m->dict, Value::from_object(name));
    if (r == 0) {
      // Deleting goes through object.__delattr__ in CPython: its generic message.
      vm.raise(&exc_AttributeError, "'module' object has no attribute '" + std::string(str_utf8(name)) + "'");
      return false;
    }
    return r > 0;
  }
  dict_set_str(m->dict, name, value);
  return true;
}

Value module_repr(VM& vm, Value self) {
  ModuleObject* m = as_module(self);
  std::string name = module_name_of(vm, m);
  Value file = dict_get_str(m->dict, vm.intern("__file__"));
  if (!file.is_null() && is_str(file))
    return Value::from_object(str_from_utf8("<module '" + name + "' from '" + std::string(str_utf8(as_str(file))) + "'>"));
  if (!m->engine_made) return Value::from_object(str_from_utf8("<module '" + name + "'>"));
  return Value::from_object(str_from_utf8("<module '" + name + "' (built-in)>"));
}

Value module_get_dict(VM&, Value self) {
  DictObject* d = as_module(self)->dict;
  incref(d);
  return Value::from_object(d);
}

const GetSetDef kModuleGetSets[] = {
    {"__dict__", module_get_dict},
    {nullptr, nullptr},
};

void set_basic(TypeObject& t, const char* name, uint32_t size, uint32_t flags) {
  t.name = name;
  t.basic_size = size;
  t.type_flags = flags;
}

}  // namespace

void init_callable_types() {
  set_basic(function_type, "function", sizeof(FunctionObject), kTypeGc | kTypeImmutable | kTypeMethodDescriptor);
  function_type.dealloc = function_dealloc;
  function_type.traverse = function_traverse;
  function_type.clear = function_clear;
  function_type.call = function_call;
  function_type.descr_get = function_get;
  function_type.repr = function_repr;
  function_type.getattro = function_getattro;
  function_type.setattro = function_setattro;
  function_type.getsets = kFunctionGetSets;
  function_type.new_instance = function_type_new;

  set_basic(method_type, "method", sizeof(MethodObject), kTypeGc | kTypeImmutable);
  method_type.dealloc = method_dealloc;
  method_type.traverse = method_traverse;
  method_type.clear = method_clear;
  method_type.call = method_call;
  method_type.repr = method_repr;
  method_type.getattro = method_getattro;
  method_type.richcompare = method_richcompare;
  method_type.getsets = kMethodGetSets;
  method_type.new_instance = method_type_new;

  set_basic(builtin_function_type, "builtin_function_or_method", sizeof(NativeFunctionObject), kTypeGc | kTypeImmutable);
  builtin_function_type.dealloc = native_dealloc;
  builtin_function_type.traverse = native_traverse;
  builtin_function_type.call = native_call;
  builtin_function_type.repr = native_repr;
  builtin_function_type.getsets = kNativeGetSets;

  set_basic(method_descriptor_type, "method_descriptor", sizeof(MethodDescriptorObject),
            kTypeImmutable | kTypeMethodDescriptor);
  method_descriptor_type.dealloc = plain_dealloc;
  method_descriptor_type.descr_get = descriptor_get;
  method_descriptor_type.call = descriptor_call;
  method_descriptor_type.repr = descriptor_repr;
  method_descriptor_type.getsets = kDescriptorGetSets;

  set_basic(getset_descriptor_type, "getset_descriptor", sizeof(GetSetDescriptorObject), kTypeImmutable);
  getset_descriptor_type.dealloc = plain_dealloc;
  getset_descriptor_type.descr_get = getset_get;
  getset_descriptor_type.descr_set = getset_set;
  getset_descriptor_type.repr = getset_repr;

  set_basic(code_type, "code", sizeof(CodeObject), kTypeImmutable);
  code_type.dealloc = code_dealloc;
  code_type.repr = code_repr;
  code_type.getsets = kCodeGetSets;
  code_type.methods = kCodeMethods;
  code_type.richcompare = code_richcompare;
  code_type.hash = code_hash;
  code_type.new_instance = code_new;

  set_basic(cell_type, "cell", sizeof(CellObject), kTypeGc | kTypeImmutable);
  cell_type.dealloc = cell_dealloc;
  cell_type.traverse = cell_traverse;
  cell_type.clear = cell_clear;
  cell_type.repr = cell_repr;
  cell_type.getsets = kCellGetSets;

  set_basic(module_type, "module", sizeof(ModuleObject), kTypeGc | kTypeBaseType);
  module_type.dealloc = module_dealloc;
  module_type.traverse = module_traverse;
  module_type.getattro = module_getattro;
  module_type.setattro = module_setattro;
  module_type.repr = module_repr;
  module_type.getsets = kModuleGetSets;
  module_type.new_instance = module_type_new;
  module_type.init = module_type_init;
}

}  // namespace glasspy::objects
