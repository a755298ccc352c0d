// The dict views (dict_keys, dict_values, dict_items) and the dict iterators, forward and
// reversed (object model). Views are live: they see later changes to their dict.
#pragma once
#include <cstdint>

#include "objects/dict_object.h"
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

enum class DictIterKind : uint8_t { kKeys, kValues, kItems };

extern TypeObject dict_keys_type;
extern TypeObject dict_values_type;
extern TypeObject dict_items_type;
extern TypeObject dict_keyiterator_type;
extern TypeObject dict_valueiterator_type;
extern TypeObject dict_itemiterator_type;
extern TypeObject dict_reversekeyiterator_type;
extern TypeObject dict_reversevalueiterator_type;
extern TypeObject dict_reverseitemiterator_type;

struct DictViewObject : Object {
  DictObject* dict = nullptr;  // owned
};

struct DictIteratorObject : Object {
  DictObject* dict = nullptr;  // owned; null once exhausted
  int64_t pos = 0;             // next entry to look at (reversed: one past it)
  int64_t used = 0;            // dict size when the iterator was made
  int64_t remaining = 0;       // items left to produce (for length_hint and checks)
  TupleObject* result = nullptr;  // items(): a 2-tuple reused while only we hold it
};

// A new iterator over `d` (a new reference).
Value dict_iterator_new(DictObject* d, DictIterKind kind, bool reversed);
// A new view of `d`.
Value dict_view_new(DictObject* d, DictIterKind kind);
inline bool is_dict_keys_view(Value v) { return v.is_object() && v.as_object()->type == &dict_keys_type; }
inline bool is_dict_items_view(Value v) { return v.is_object() && v.as_object()->type == &dict_items_type; }

// KeyError(key) (returns null for `return raise_key_error(...)`).
Value raise_key_error(VM& vm, Value key);
// dict.fromkeys(iterable, value) for the class `cls` (value null: None). For the classmethod.
[[nodiscard]] Value dict_fromkeys(VM& vm, TypeObject* cls, Value iterable, Value value);

// Readies nothing: fills the view and iterator types (called by init_dict_type).
void init_dict_view_types();
// The dict type itself (registered by init_builtin_types).
void init_dict_type();

}  // namespace glasspy::objects
