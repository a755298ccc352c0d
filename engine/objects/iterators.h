// Iterators over built-in sequences (object model): tuple_iterator, list_iterator,
// str_ascii_iterator / str_iterator, and the generic `iterator` that iter() makes for
// objects with __getitem__.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

struct SequenceIteratorObject : Object {
  Value sequence;  // null once exhausted
  int64_t index = 0;
};

extern TypeObject tuple_iterator_type;
extern TypeObject list_iterator_type;
extern TypeObject str_iterator_type;
extern TypeObject str_ascii_iterator_type;
extern TypeObject getitem_iterator_type;  // "iterator": calls __getitem__(0), (1), ...
extern TypeObject callable_iterator_type; // iter(callable, sentinel)

// An iterator over a tuple, list or str (its type picked from the sequence's), or over
// any object through __getitem__ otherwise. New reference.
SequenceIteratorObject* sequence_iterator_new(Value sequence);
// iter(callable, sentinel): calls `callable` until it returns a value equal to `sentinel`.
// Both borrowed. New reference.
Value callable_iterator_new(Value callable, Value sentinel);

// Fills the iterator types above (readied by init_builtin_types).
void init_iterator_types();

}  // namespace glasspy::objects
