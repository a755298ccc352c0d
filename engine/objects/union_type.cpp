// types.UnionType (object model): `X | Y` of classes, None, GenericAlias and unions; the
// flattened, de-duplicated members (__args__), repr "int | str | None", ==/hash as sets of
// members, isinstance()/issubclass() over the members, type-variable substitution.
#include "objects/union_type.h"

#include <string>
#include <utility>
#include <vector>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/generic_alias.h"
#include "objects/ops.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject union_type;

namespace {

UnionObject* U(Value v) { return static_cast<UnionObject*>(v.as_object()); }
bool is_alias(Value v) { return v.is_object() && v.as_object()->type == &generic_alias_type; }

bool is_unionable(Value v) {
  return is_none(v) || (v.is_object() && has_flag(type_of(v), kTypeTypeSubclass)) || is_alias(v) || is_union(v);
}

// Adds `v` (None as NoneType) unless an equal member is there: the same object, or an
// equal GenericAlias (list[int] | list[int] is list[int]).
bool add_member(VM& vm, std::vector<Value>* members, Value v) {
  if (is_none(v)) v = Value::from_object(&none_type);
  for (Value m : *members) {
    if (m.is(v)) return true;
    if (is_alias(m) && is_alias(v)) {
      int same = eq(vm, m, v);
      if (same < 0) return false;
      if (same) return true;
    }
  }
  members->push_back(v);
  return true;
}

bool add_side(VM& vm, std::vector<Value>* members, Value side) {
  if (!is_union(side)) return add_member(vm, members, side);
  TupleObject* args = as_tuple(U(side)->args);
  for (int64_t i = 0; i < args->size; ++i)
    if (!add_member(vm, members, args->item(i))) return false;
  return true;
}

// A union of `members` (at least two), or the member itself when there is one.
Value make_union(const std::vector<Value>& members) {
  if (members.size() == 1) {
    incref(members[0]);
    return members[0];
  }
  auto* u = alloc<UnionObject>(&union_type);
  u->args = Value::from_object(tuple_from(members.data(), static_cast<int64_t>(members.size())));
  gc::track(u);
  return Value::from_object(u);
}

void union_dealloc(Object* self) {
  auto* u = static_cast<UnionObject*>(self);
  decref(u->args);
  decref(u->parameters);
  free_object(self);
}

void union_traverse(Object* self, VisitFn visit, void* context) {
  auto* u = static_cast<UnionObject*>(self);
  visit(u->args, context);
  visit(u->parameters, context);
}

Value union_repr(VM& vm, Value self) {
  TupleObject* args = as_tuple(U(self)->args);
  std::string out;
  for (int64_t i = 0; i < args->size; ++i) {
    if (i > 0) out += " | ";
    Value p = args->item(i);
    if (p.as_object() == &none_type) {
      out += "None";
    } else if (!typing_repr_item(vm, p, &out)) {
      return Value();
    }
  }
  return Value::from_object(str_from_utf8(out));
}

Value members_as_frozenset(VM& vm, Value u) {
  TupleObject* args = as_tuple(U(u)->args);
  return make_frozenset(vm, args->items(), args->size);
}

Value union_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_union(b) || (op != CompareOp::kEq && op != CompareOp::kNe)) return not_implemented();
  Ref x = Ref::steal(members_as_frozenset(vm, a));
  if (x.is_null()) return Value();
  Ref y = Ref::steal(members_as_frozenset(vm, b));
  if (y.is_null()) return Value();
  return rich_compare(vm, x.get(), y.get(), op);
}

bool union_hash(VM& vm, Value self, int64_t* out) {
  Ref members = Ref::steal(members_as_frozenset(vm, self));
  return !members.is_null() && hash(vm, members.get(), out);
}

Value union_new(VM& vm, TypeObject*, CallArgs) {
  return vm.raise(&exc_TypeError, "cannot create 'types.UnionType' instances");
}

// A typing.TypeVar-like member (it can be substituted).
bool is_type_variable(VM& vm, Value v) {
  Ref subst = Ref::steal(get_attribute_optional(vm, v, vm.intern("__typing_subst__")));
  if (subst) return true;
  if (vm.has_error()) vm.clear_error();
  std::string_view name = type_of(v)->name;
  return name == "TypeVar" || name == "ParamSpec" || name == "TypeVarTuple";
}

// The type variables among the members and inside them, each once, in order.
bool collect_parameters(VM& vm, Value self, std::vector<Value>* out, std::vector<Ref>* keep) {
  TupleObject* args = as_tuple(U(self)->args);
  auto add = [&](Value v) {
    for (Value p : *out)
      if (p.is(v)) return;
    out->push_back(v);
  };
  for (int64_t i = 0; i < args->size; ++i) {
    Value t = args->item(i);
    if (is_type_variable(vm, t)) {
      add(t);
      continue;
    }
    if (has_flag(type_of(t), kTypeTypeSubclass)) continue;  // a class's __parameters__ is not its own
    Ref params = Ref::steal(get_attribute_optional(vm, t, vm.intern("__parameters__")));
    if (vm.has_error()) return false;
    if (params && is_tuple(params.get())) {
      TupleObject* p = as_tuple(params.get());
      for (int64_t k = 0; k < p->size; ++k) add(p->item(k));
      keep->push_back(std::move(params));
    }
  }
  return true;
}

Value get_parameters(VM& vm, Value self) {
  UnionObject* u = U(self);
  if (u->parameters.is_null()) {
    std::vector<Value> params;
    std::vector<Ref> keep;
    if (!collect_parameters(vm, self, &params, &keep)) return Value();
    u->parameters = Value::from_object(tuple_from(params.data(), static_cast<int64_t>(params.size())));
  }
  incref(u->parameters);
  return u->parameters;
}

Value get_args(VM&, Value self) {
  incref(U(self)->args);
  return U(self)->args;
}

// (list[T] | None)[int]: each member with the type variables replaced, joined with |.
Value union_getitem(VM& vm, Value self, Value key) {
  Ref params = Ref::steal(get_parameters(vm, self));
  if (params.is_null()) return Value();
  TupleObject* p = as_tuple(params.get());
  if (p->size == 0) {
    std::string text;
    if (!repr_utf8(vm, self, &text)) return Value();
    return vm.raise(&exc_TypeError, text + " is not a generic class");
  }
  Ref subs = Ref::steal(is_tuple(key) ? (incref(key), key) : Value::from_object(tuple_from(&key, 1)));
  TupleObject* s = as_tuple(subs.get());
  if (s->size != p->size) {
    std::string text;
    if (!repr_utf8(vm, self, &text)) return Value();
    return vm.raise(&exc_TypeError, std::string("Too ") + (s->size > p->size ? "many" : "few") +
                                        " arguments for " + text + "; actual " + std::to_string(s->size) +
                                        ", expected " + std::to_string(p->size));
  }
  TupleObject* args = as_tuple(U(self)->args);
  Ref result;
  for (int64_t i = 0; i < args->size; ++i) {
    Value arg = args->item(i);
    Ref replaced;
    for (int64_t k = 0; k < p->size && !replaced; ++k)
      if (p->item(k).is(arg)) replaced = Ref::borrow(s->item(k));
    if (!replaced) {
      Ref inner = Ref::steal(has_flag(type_of(arg), kTypeTypeSubclass)
                                 ? Value()
                                 : get_attribute_optional(vm, arg, vm.intern("__parameters__")));
      if (vm.has_error()) return Value();
      if (inner && is_tuple(inner.get()) && as_tuple(inner.get())->size > 0) {
        // Substitute the alias's own variables, in its order.
        TupleObject* ip = as_tuple(inner.get());
        std::vector<Value> picked;
        for (int64_t j = 0; j < ip->size; ++j)
          for (int64_t k = 0; k < p->size; ++k)
            if (p->item(k).is(ip->item(j))) picked.push_back(s->item(k));
        Ref sub_key = Ref::steal(Value::from_object(tuple_from(picked.data(), static_cast<int64_t>(picked.size()))));
        replaced = Ref::steal(getitem(vm, arg, picked.size() == 1 ? picked[0] : sub_key.get()));
        if (replaced.is_null()) return Value();
      } else {
        replaced = Ref::borrow(arg);
      }
    }
    if (!result) {
      result = std::move(replaced);
    } else {
      result = Ref::steal(binary_op(vm, result.get(), replaced.get(), BinaryOp::kOr));
      if (result.is_null()) return Value();
    }
  }
  return result.release();
}

// isinstance(x, A | B) / issubclass(C, A | B): any member matches; a GenericAlias member
// refuses as in a tuple.
template <bool kInstance>
Value union_check(VM& vm, Value self, CallArgs args) {
  TupleObject* members = as_tuple(U(self)->args);
  for (int64_t i = 0; i < members->size; ++i) {
    Value m = members->item(i);
    if (is_alias(m))
      return vm.raise(&exc_TypeError, kInstance ? "isinstance() argument 2 cannot be a parameterized generic"
                                                : "issubclass() argument 2 cannot be a parameterized generic");
    int r = kInstance ? isinstance(vm, args.args[0], m) : issubclass(vm, args.args[0], m);
    if (r < 0) return Value();
    if (r) return boolean(true);
  }
  return boolean(false);
}

const MethodDef kMethods[] = {
    {"__instancecheck__", union_check<true>, ArgShape::kOneArg, 1, 1, nullptr},
    {"__subclasscheck__", union_check<false>, ArgShape::kOneArg, 1, 1, nullptr},
    {nullptr, nullptr},
};

const GetSetDef kGetSets[] = {
    {"__args__", get_args},
    {"__parameters__", get_parameters, nullptr, "Type variables in the types.UnionType."},
    {nullptr, nullptr},
};

}  // namespace

Value union_type_or(VM& vm, Value a, Value b) {
  if (!is_unionable(a) || !is_unionable(b)) return not_implemented();
  std::vector<Value> members;
  if (!add_side(vm, &members, a) || !add_side(vm, &members, b)) return Value();
  return make_union(members);
}

void init_type_or_slot() { type_type.binary[int(BinaryOp::kOr)] = union_type_or; }

void init_union_type() {
  TypeObject& t = union_type;
  t.name = "types.UnionType";  // CPython's tp_name, as messages show it
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(UnionObject);
  t.dealloc = union_dealloc;
  t.traverse = union_traverse;
  t.new_instance = union_new;
  t.repr = union_repr;
  t.richcompare = union_richcompare;
  t.hash = union_hash;
  t.getitem = union_getitem;
  t.binary[int(BinaryOp::kOr)] = union_type_or;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
  ready_static_type(&t);
  t.name_object = Value::from_object(intern_static("UnionType"));
  t.qualname_object = t.name_object;
  t.module_name = Value::from_object(intern_static("types"));
}

}  // namespace glasspy::objects
