// The iterator types the builtins module exposes by name (object model): enumerate, zip
// (with strict=), map, filter and reversed. Each is a subclassable type whose __new__
// takes the built-in's arguments, so `enumerate(x)` is just a call of the type.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject enumerate_type;
extern TypeObject zip_type;
extern TypeObject map_type;
extern TypeObject filter_type;
extern TypeObject reversed_type;

// reversed(seq) as the built-in does it: seq.__reversed__() if the type has it, else a
// `reversed` iterator over a sequence with __len__ and __getitem__. New reference or null.
[[nodiscard]] Value make_reversed(VM& vm, Value sequence);

// Fills the five types (called by init_container_types, which readies them).
void init_builtin_iterator_types();

}  // namespace glasspy::objects
