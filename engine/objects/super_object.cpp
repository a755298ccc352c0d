// super (object model): super(), super(type) and super(type, obj); lookup along the
// MRO of obj's class after `type`, binding what it finds to obj.
#include "objects/super_object.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject super_type;

namespace {

SuperObject* S(Value v) { return static_cast<SuperObject*>(v.as_object()); }
TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }
bool is_type(Value v) { return v.is_object() && has_flag(type_of(v), kTypeTypeSubclass); }

Value super_new(VM&, TypeObject* type, CallArgs) {
  Object* o = alloc_object(type, type->basic_size);
  new (o) SuperObject();
  o->refcount = 1;
  o->type = type;
  gc::track(o);
  return Value::from_object(o);
}

// The class whose MRO super searches for `obj` (CPython's supercheck): obj itself if it
// is a subclass of `type`, else obj's class (or its __class__); null with TypeError.
TypeObject* supercheck(VM& vm, TypeObject* type, Value obj) {
  if (is_type(obj) && is_subtype(as_type(obj), type)) return as_type(obj);
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  Value cls = get_attribute_optional(vm, obj, vm.intern("__class__"));
  if (cls.is_null() && vm.has_error()) return nullptr;
  if (!cls.is_null()) {
    bool ok = is_type(cls) && as_type(cls) != type_of(obj) && is_subtype(as_type(cls), type);
    TypeObject* result = ok ? as_type(cls) : nullptr;
    decref(cls);
    if (result != nullptr) return result;
  }
  vm.raise(&exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// super() inside a method: the class from the __class__ cell, obj from the first argument.
bool zero_arg_super(VM& vm, TypeObject** type_out, Value* obj_out) {
  vm::Frame* frame = vm.current_frame();
  if (frame == nullptr) {
    vm.raise(&exc_RuntimeError, "super(): no current frame");
    return false;
  }
  CodeObject* code = frame->code;
  if (code->argcount == 0) {
    vm.raise(&exc_RuntimeError, "super(): no arguments");
    return false;
  }
  Value first = frame->localsplus[0];
  bool first_is_cell = false;
  for (int slot : code->cell_args) first_is_cell = first_is_cell || slot == 0;
  if (first_is_cell && is_cell(first)) first = as_cell(first)->contents;
  if (first.is_null()) {
    vm.raise(&exc_RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  StrObject* class_name = vm.intern("__class__");
  TupleObject* names = code->localsplusnames;
  for (int i = code->nlocalsplus - code->nfrees; i < code->nlocalsplus; ++i) {
    if (!names->items()[i].is(Value::from_object(class_name)) && !str_equal(as_str(names->items()[i]), class_name))
      continue;
    Value cell = frame->localsplus[i];
    if (!is_cell(cell)) {
      vm.raise(&exc_RuntimeError, "super(): bad __class__ cell");
      return false;
    }
    Value cls = as_cell(cell)->contents;
    if (cls.is_null()) {
      vm.raise(&exc_RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!is_type(cls)) {
      vm.raise(&exc_RuntimeError, std::string("super(): __class__ is not a type (") + type_name(cls) + ")");
      return false;
    }
    *type_out = as_type(cls);
    *obj_out = first;
    return true;
  }
  vm.raise(&exc_RuntimeError, "super(): __class__ cell not found");
  return false;
}

void super_set(SuperObject* s, TypeObject* type, Value obj, TypeObject* obj_type) {
  TypeObject* old_type = s->type;
  Value old_obj = s->obj;
  TypeObject* old_obj_type = s->obj_type;
  if (type != nullptr) incref(type);
  incref(obj);
  if (obj_type != nullptr) incref(obj_type);
  s->type = type;
  s->obj = obj;
  s->obj_type = obj_type;
  if (old_type != nullptr) decref(old_type);
  decref(old_obj);
  if (old_obj_type != nullptr) decref(old_obj_type);
}

bool super_init(VM& vm, Value self, CallArgs args) {
  if (args.nkw() != 0) {
    vm.raise(&exc_TypeError, "super() takes no keyword arguments");
    return false;
  }
  if (args.nargs > 2) {
    vm.raise(&exc_TypeError, "super() expected at most 2 arguments, got " + std::to_string(args.nargs));
    return false;
  }
  TypeObject* type = nullptr;
  Value obj;
  if (args.nargs == 0) {
    if (!zero_arg_super(vm, &type, &obj)) return false;
  } else {
    if (!is_type(args.args[0])) {
      vm.raise(&exc_TypeError, std::string("super() argument 1 must be a type, not ") + type_name(args.args[0]));
      return false;
    }
    type = as_type(args.args[0]);
    if (args.nargs == 2 && !is_none(args.args[1])) obj = args.args[1];
  }
  TypeObject* obj_type = nullptr;
  if (!obj.is_null()) {
    obj_type = supercheck(vm, type, obj);
    if (obj_type == nullptr) return false;
  }
  super_set(S(self), type, obj, obj_type);
  return true;
}

Value super_getattro(VM& vm, Value self, StrObject* name) {
  SuperObject* s = S(self);
  TypeObject* start = s->obj_type;
  if (start != nullptr && !str_equals_utf8(name, "__class__")) {
    TupleObject* mro = start->mro;
    int64_t i = 0;
    while (i < mro->size && mro->items()[i].as_object() != s->type) ++i;
    for (++i; i < mro->size; ++i) {
      TypeObject* t = as_type(mro->items()[i]);
      if (t->dict == nullptr) continue;
      Value res = dict_get_str(t->dict, name);
      if (res.is_null()) continue;
      TypeObject* rt = type_of(res);
      if (rt->descr_get != nullptr) {
        Value instance = s->obj.is(Value::from_object(start)) ? Value() : s->obj;
        return rt->descr_get(vm, res, instance, Value::from_object(start));
      }
      incref(res);
      return res;
    }
  }
  return generic_getattr(vm, self, name);
}

Value super_descr_get(VM& vm, Value self, Value instance, Value) {
  SuperObject* s = S(self);
  if (instance.is_null() || !s->obj.is_null()) {
    incref(self);
    return self;
  }
  Value args[2] = {Value::from_object(s->type), instance};
  return call(vm, Value::from_object(type_of(self)), CallArgs{args, 2, nullptr});
}

Value super_repr(VM&, Value self) {
  SuperObject* s = S(self);
  std::string type_text = s->type != nullptr ? s->type->name : "NULL";
  if (s->obj_type != nullptr)
    return Value::from_object(str_from_utf8("<super: <class '" + type_text + "'>, <" + s->obj_type->name + " object>>"));
  return Value::from_object(str_from_utf8("<super: <class '" + type_text + "'>, NULL>"));
}

void super_clear(Object* self) { super_set(static_cast<SuperObject*>(self), nullptr, Value(), nullptr); }

void super_dealloc(Object* self) {
  super_clear(self);
  free_object(self);
}

void super_traverse(Object* self, VisitFn visit, void* context) {
  SuperObject* s = static_cast<SuperObject*>(self);
  if (s->type != nullptr) visit(Value::from_object(s->type), context);
  visit(s->obj, context);
  if (s->obj_type != nullptr) visit(Value::from_object(s->obj_type), context);
}

Value object_or_none(Object* o) {
  if (o == nullptr) return none();
  incref(o);
  return Value::from_object(o);
}

Value get_thisclass(VM&, Value self) { return object_or_none(S(self)->type); }
Value get_self(VM&, Value self) {
  Value v = S(self)->obj;
  if (v.is_null()) return none();
  incref(v);
  return v;
}
Value get_self_class(VM&, Value self) { return object_or_none(S(self)->obj_type); }

const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", get_thisclass, nullptr, "the class invoking super()"},
    {"__self__", get_self, nullptr, "the instance invoking super(); may be None"},
    {"__self_class__", get_self_class, nullptr, "the type of the instance invoking super(); may be None"},
    {nullptr, nullptr},
};

}  // namespace

void init_super_type() {
  TypeObject& t = super_type;
  t.name = "super";
  t.type_flags = kTypeBaseType | kTypeGc;
  t.basic_size = sizeof(SuperObject);
  t.dealloc = super_dealloc;
  t.traverse = super_traverse;
  t.clear = super_clear;
  t.new_instance = super_new;
  t.init = super_init;
  t.getattro = super_getattro;
  t.setattro = generic_setattr;
  t.descr_get = super_descr_get;
  t.repr = super_repr;
  t.getsets = kSuperGetSets;
}

}  // namespace glasspy::objects
