// types.GenericAlias (object model): repr ("dict[str, list[int]]"), calling the origin,
// attribute forwarding to the origin, ==/hash, __mro_entries__, and the isinstance()
// refusal, as CPython 3.11's genericaliasobject.c behaves.
#include "objects/generic_alias.h"

#include <string>
#include <string_view>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/union_type.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject generic_alias_type;

Value generic_alias_new(Value origin, Value args) {
  auto* g = alloc<GenericAliasObject>(&generic_alias_type);
  incref(origin);
  g->origin = origin;
  if (is_tuple(args)) {
    incref(args);
    g->args = args;
  } else {
    g->args = Value::from_object(tuple_from(&args, 1));
  }
  gc::track(g);
  return Value::from_object(g);
}

namespace {

GenericAliasObject* G(Value v) { return static_cast<GenericAliasObject*>(v.as_object()); }
bool is_alias(Value v) { return v.is_object() && type_of(v) == &generic_alias_type; }

void ga_dealloc(Object* self) {
  auto* g = static_cast<GenericAliasObject*>(self);
  decref(g->origin);
  decref(g->args);
  decref(g->parameters);
  free_object(self);
}

void ga_traverse(Object* self, VisitFn visit, void* context) {
  auto* g = static_cast<GenericAliasObject*>(self);
  visit(g->origin, context);
  visit(g->args, context);
  visit(g->parameters, context);
}

}  // namespace

// One item of the repr: "...", a nested alias's repr, a class as module.qualname (no
// module for builtins), anything else by repr().
bool typing_repr_item(VM& vm, Value p, std::string* out) {
  if (p.is(ellipsis())) {
    *out += "...";
    return true;
  }
  std::string text;
  if (is_alias(p)) {
    if (!repr_utf8(vm, p, &text)) return false;
    *out += text;
    return true;
  }
  Ref qualname = Ref::steal(get_attribute_optional(vm, p, vm.intern("__qualname__")));
  if (vm.has_error()) return false;
  Ref module;
  if (qualname) {
    module = Ref::steal(get_attribute_optional(vm, p, vm.intern("__module__")));
    if (vm.has_error()) return false;
  }
  if (!qualname || !module || !is_str(qualname.get())) {
    if (!repr_utf8(vm, p, &text)) return false;
    *out += text;
    return true;
  }
  if (!(is_str(module.get()) && str_equals_utf8(as_str(module.get()), "builtins"))) {
    if (!str_utf8(vm, module.get(), &text)) return false;
    *out += text + ".";
  }
  *out += str_utf8(as_str(qualname.get()));
  return true;
}

namespace {

bool repr_item(VM& vm, Value p, std::string* out) { return typing_repr_item(vm, p, out); }

Value ga_repr(VM& vm, Value self) {
  GenericAliasObject* g = G(self);
  std::string out;
  if (!repr_item(vm, g->origin, &out)) return Value();
  out += "[";
  TupleObject* args = as_tuple(g->args);
  if (args->size == 0) out += "()";
  for (int64_t i = 0; i < args->size; ++i) {
    if (i > 0) out += ", ";
    if (!repr_item(vm, args->items()[i], &out)) return Value();
  }
  out += "]";
  return Value::from_object(str_from_utf8(out));
}

Value ga_call(VM& vm, Value self, CallArgs args) {
  Value result = call(vm, G(self)->origin, args);
  if (result.is_null()) return result;
  // Record the alias on the instance when it allows attributes (ignored otherwise).
  if (!setattr(vm, result, vm.intern("__orig_class__"), self)) {
    if (!vm.error_matches(&exc_AttributeError) && !vm.error_matches(&exc_TypeError)) {
      decref(result);
      return Value();
    }
    vm.clear_error();
  }
  return result;
}

// Attributes that belong to the alias itself; every other name is looked up on the origin.
bool own_attribute(std::string_view name) {
  static const char* const kOwn[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                     "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                     "__reduce__", "__copy__", "__deepcopy__", "__instancecheck__",
                                     "__subclasscheck__"};
  for (const char* n : kOwn)
    if (name == n) return true;
  return false;
}

Value ga_getattro(VM& vm, Value self, StrObject* name) {
  std::string_view text = str_utf8(name);
  if (!own_attribute(text)) return getattr(vm, G(self)->origin, name);
  return generic_getattr(vm, self, name);
}

Value ga_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_alias(a) || !is_alias(b) || (op != CompareOp::kEq && op != CompareOp::kNe)) return not_implemented();
  int same = eq(vm, G(a)->origin, G(b)->origin);
  if (same < 0) return Value();
  if (same) {
    same = eq(vm, G(a)->args, G(b)->args);
    if (same < 0) return Value();
  }
  return boolean((same != 0) == (op == CompareOp::kEq));
}

bool ga_hash(VM& vm, Value self, int64_t* out) {
  int64_t h0, h1;
  if (!hash(vm, G(self)->origin, &h0) || !hash(vm, G(self)->args, &h1)) return false;
  int64_t h = h0 ^ h1;
  *out = h == -1 ? -2 : h;
  return true;
}

Value ga_getitem(VM& vm, Value self, Value) {
  std::string text;
  if (!repr_utf8(vm, self, &text)) return Value();
  return vm.raise(&exc_TypeError, "There are no type variables left in " + text);
}

Value ga_new(VM& vm, TypeObject*, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "GenericAlias() takes no keyword arguments");
  if (args.nargs != 2)
    return vm.raise(&exc_TypeError, "GenericAlias expected 2 arguments, got " + std::to_string(args.nargs));
  return generic_alias_new(args.args[0], args.args[1]);
}

Value get_origin(VM&, Value self) {
  incref(G(self)->origin);
  return G(self)->origin;
}
Value get_args(VM&, Value self) {
  incref(G(self)->args);
  return G(self)->args;
}
Value get_parameters(VM&, Value self) {
  GenericAliasObject* g = G(self);
  if (g->parameters.is_null()) g->parameters = Value::from_object(tuple_alloc(0));
  incref(g->parameters);
  return g->parameters;
}
Value get_unpacked(VM&, Value) { return boolean(false); }

Value m_mro_entries(VM&, Value self, CallArgs) { return Value::from_object(tuple_of({G(self)->origin})); }
Value m_instancecheck(VM& vm, Value, CallArgs) {
  return vm.raise(&exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
Value m_subclasscheck(VM& vm, Value, CallArgs) {
  return vm.raise(&exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}
Value m_reduce(VM&, Value self, CallArgs) {
  Ref args = Ref::steal(Value::from_object(tuple_of({G(self)->origin, G(self)->args})));
  return Value::from_object(tuple_of({Value::from_object(&generic_alias_type), args.get()}));
}

const MethodDef kMethods[] = {
    {"__mro_entries__", m_mro_entries, ArgShape::kOneArg, 1, 1, nullptr},
    {"__instancecheck__", m_instancecheck, ArgShape::kOneArg, 1, 1, nullptr},
    {"__subclasscheck__", m_subclasscheck, ArgShape::kOneArg, 1, 1, nullptr},
    {"__reduce__", m_reduce, ArgShape::kNoArgs, 0, 0, nullptr},
    {nullptr, nullptr},
};

const GetSetDef kGetSets[] = {
    {"__origin__", get_origin},
    {"__args__", get_args},
    {"__parameters__", get_parameters, nullptr, "Type variables in the GenericAlias."},
    {"__unpacked__", get_unpacked},
    {nullptr, nullptr},
};

Value class_getitem(VM&, Value cls, CallArgs args) {
  return generic_alias_new(cls, args.args[0]);
}

}  // namespace

const MethodDef kClassGetItemDef = {"__class_getitem__", class_getitem, ArgShape::kOneArg, 1, 1,
                                    "See PEP 585"};

void init_generic_alias_type() {
  TypeObject& t = generic_alias_type;
  t.name = "types.GenericAlias";  // CPython's tp_name, as messages show it
  t.type_flags = kTypeBaseType | kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(GenericAliasObject);
  t.dealloc = ga_dealloc;
  t.traverse = ga_traverse;
  t.new_instance = ga_new;
  t.repr = ga_repr;
  t.call = ga_call;
  t.getattro = ga_getattro;
  t.richcompare = ga_richcompare;
  t.hash = ga_hash;
  t.getitem = ga_getitem;
  t.binary[int(BinaryOp::kOr)] = union_type_or;  // list[int] | None
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc =
      "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).";
}

void name_generic_alias_type() {
  TypeObject& t = generic_alias_type;
  t.name_object = Value::from_object(intern_static("GenericAlias"));
  t.qualname_object = t.name_object;
  t.module_name = Value::from_object(intern_static("types"));
}

}  // namespace glasspy::objects
