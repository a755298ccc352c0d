// Iterators over built-in sequences (object model): see iterators.h.
#include "objects/iterators.h"

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
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

void init_one(TypeObject& t, const char* name, UnaryFn next) {
  t.name = name;
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(SequenceIteratorObject);
  t.dealloc = iterator_dealloc;
  t.traverse = iterator_traverse;
  t.iter = iterator_self;
  t.iternext = next;
}

}  // namespace

void init_iterator_types() {
  init_one(tuple_iterator_type, "tuple_iterator", tuple_iterator_next);
  init_one(list_iterator_type, "list_iterator", list_iterator_next);
  init_one(str_iterator_type, "str_iterator", str_iterator_next);
  init_one(str_ascii_iterator_type, "str_ascii_iterator", str_iterator_next);
  init_one(getitem_iterator_type, "iterator", getitem_iterator_next);
}

}  // namespace glasspy::objects
