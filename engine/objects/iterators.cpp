// Iterators over built-in sequences (object model): see iterators.h. Also the
// callable_iterator of iter(callable, sentinel).
#include "objects/iterators.h"

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject tuple_iterator_type;
TypeObject list_iterator_type;
TypeObject str_iterator_type;
TypeObject str_ascii_iterator_type;
TypeObject getitem_iterator_type;
TypeObject callable_iterator_type;

SequenceIteratorObject* sequence_iterator_new(Value sequence) {
  TypeObject* type = &getitem_iterator_type;
  if (is_tuple(sequence)) type = &tuple_iterator_type;
  else if (is_list(sequence)) type = &list_iterator_type;
  else if (is_str(sequence)) type = as_str(sequence)->ascii ? &str_ascii_iterator_type : &str_iterator_type;
  auto* it = alloc<SequenceIteratorObject>(type);
  incref(sequence);
  it->sequence = sequence;
  return it;
}

namespace {

SequenceIteratorObject* as_iterator(Value v) { return static_cast<SequenceIteratorObject*>(v.as_object()); }

void iterator_dealloc(Object* self) {
  decref(static_cast<SequenceIteratorObject*>(self)->sequence);
  free_object(self);
}

void iterator_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<SequenceIteratorObject*>(self)->sequence, context);
}

Value iterator_self(VM&, Value self) {
  incref(self);
  return self;
}

void finish(SequenceIteratorObject* it) {
  Value seq = it->sequence;
  it->sequence = Value();
  decref(seq);
}

Value tuple_iterator_next(VM&, Value self) {
  SequenceIteratorObject* it = as_iterator(self);
  if (it->sequence.is_null()) return Value();
  TupleObject* t = as_tuple(it->sequence);
  if (it->index >= t->size) {
    finish(it);
    return Value();
  }
  Value item = t->items()[it->index++];
  incref(item);
  return item;
}

Value list_iterator_next(VM&, Value self) {
  SequenceIteratorObject* it = as_iterator(self);
  if (it->sequence.is_null()) return Value();
  ListObject* l = as_list(it->sequence);
  if (it->index >= l->size) {
    finish(it);
    return Value();
  }
  Value item = l->items[it->index++];
  incref(item);
  return item;
}

Value str_iterator_next(VM&, Value self) {
  SequenceIteratorObject* it = as_iterator(self);
  if (it->sequence.is_null()) return Value();
  StrObject* s = as_str(it->sequence);
  if (it->index >= s->length) {
    finish(it);
    return Value();
  }
  return Value::from_object(str_from_char(s->at(it->index++)));
}

Value getitem_iterator_next(VM& vm, Value self) {
  SequenceIteratorObject* it = as_iterator(self);
  if (it->sequence.is_null()) return Value();
  Value index = Value::from_small_int(it->index);
  Value item = getitem(vm, it->sequence, index);
  if (item.is_null()) {
    if (vm.error_matches(&exc_IndexError) || vm.error_matches(&exc_StopIteration)) {
      vm.clear_error();
      finish(it);
    }
    return Value();
  }
  ++it->index;
  return item;
}

// The items left: for __length_hint__ (0 once exhausted).
Value iterator_length_hint(VM& vm, Value self, CallArgs) {
  SequenceIteratorObject* it = as_iterator(self);
  if (it->sequence.is_null()) return make_int(0);
  int64_t n;
  if (is_tuple(it->sequence)) n = as_tuple(it->sequence)->size;
  else if (is_list(it->sequence)) n = as_list(it->sequence)->size;
  else if (is_str(it->sequence)) n = as_str(it->sequence)->length;
  else n = length(vm, it->sequence);
  if (n < 0) return Value();
  return make_int(n > it->index ? n - it->index : 0);
}

const MethodDef kIteratorMethods[] = {
    {"__length_hint__", iterator_length_hint, ArgShape::kNoArgs, 0, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

struct CallableIteratorObject : Object {
  Value callable;  // owned; null once exhausted
  Value sentinel;  // owned
};

void callable_iterator_dealloc(Object* self) {
  auto* it = static_cast<CallableIteratorObject*>(self);
  decref(it->callable);
  decref(it->sentinel);
  free_object(self);
}

void callable_iterator_traverse(Object* self, VisitFn visit, void* context) {
  auto* it = static_cast<CallableIteratorObject*>(self);
  visit(it->callable, context);
  visit(it->sentinel, context);
}

Value callable_iterator_next(VM& vm, Value self) {
  auto* it = static_cast<CallableIteratorObject*>(self.as_object());
  if (it->callable.is_null()) return Value();
  Value result = call0(vm, it->callable);
  if (result.is_null()) {
    if (vm.error_matches(&exc_StopIteration)) {
      vm.clear_error();
      Value c = it->callable;
      it->callable = Value();
      decref(c);
    }
    return Value();
  }
  int same = eq(vm, it->sentinel, result);
  if (same == 0) return result;
  decref(result);
  if (same > 0) {
    Value c = it->callable;
    it->callable = Value();
    decref(c);
  }
  return Value();
}

void init_one(TypeObject& t, const char* name, UnaryFn next) {
  t.name = name;
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(SequenceIteratorObject);
  t.dealloc = iterator_dealloc;
  t.traverse = iterator_traverse;
  t.iter = iterator_self;
  t.iternext = next;
  t.methods = kIteratorMethods;
}

}  // namespace

void init_iterator_types() {
  init_one(tuple_iterator_type, "tuple_iterator", tuple_iterator_next);
  init_one(list_iterator_type, "list_iterator", list_iterator_next);
  init_one(str_iterator_type, "str_iterator", str_iterator_next);
  init_one(str_ascii_iterator_type, "str_ascii_iterator", str_iterator_next);
  init_one(getitem_iterator_type, "iterator", getitem_iterator_next);
  TypeObject& c = callable_iterator_type;
  c.name = "callable_iterator";
  c.type_flags = kTypeGc | kTypeImmutable;
  c.basic_size = sizeof(CallableIteratorObject);
  c.dealloc = callable_iterator_dealloc;
  c.traverse = callable_iterator_traverse;
  c.iter = iterator_self;
  c.iternext = callable_iterator_next;
}

Value callable_iterator_new(Value callable, Value sentinel) {
  auto* it = alloc<CallableIteratorObject>(&callable_iterator_type);
  incref(callable);
  incref(sentinel);
  it->callable = callable;
  it->sentinel = sentinel;
  return Value::from_object(it);
}

}  // namespace glasspy::objects
