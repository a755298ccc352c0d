// What class statements and calls of classes need beyond type_object.h (object model):
// type.__new__ in full (with **kwds for __init_subclass__), the `__new__` of static types,
// abstract classes, and readying the class-related descriptor types.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

// Fills and readies property, classmethod, staticmethod, super and member_descriptor,
// and gives `type` its full __new__/__init__ and `object` its __init_subclass__. Called
// once, after the other static types are ready (init_builtin_types).
void init_class_machinery_types();

// Adds object.__reduce_ex__, __reduce__, __getstate__ and __subclasshook__ (the pickling
// protocol, object_reduce.cpp).
void add_object_pickle_methods();

// Puts `T.__new__` (a built-in bound to T, CPython's tp_new_wrapper) into a static type's
// dict when T has a creation slot of its own. For ready_static_type.
void add_new_wrapper(TypeObject* type);

// type.__new__(metatype, name, bases, ns, **kwds) and type(x): the most derived metaclass
// of the bases wins; **kwds go to __init_subclass__. New reference or null.
Value type_new_call(VM& vm, TypeObject* metatype, CallArgs args);

// type_new (type_object.h) with the class statement's keywords for __init_subclass__
// (`kwargs`: keyword arguments only, nargs == 0).
Value type_new_with_kwargs(VM& vm, TypeObject* metatype, Value name, TupleObject* bases, DictObject* ns,
                           CallArgs kwargs);

// Raises "Can't instantiate abstract class C with abstract methods f, g" from the class's
// __abstractmethods__ (what object.__new__ raises for kTypeAbstract). Returns null.
Value raise_abstract_instantiation(VM& vm, TypeObject* type);

}  // namespace glasspy::objects
