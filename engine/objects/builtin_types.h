// The static built-in types and singletons (object model). Defined each in its own type's
// file; made ready once per process by init_builtin_types().
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject object_type;
extern TypeObject type_type;
extern TypeObject none_type;
extern TypeObject not_implemented_type;
extern TypeObject ellipsis_type;
extern TypeObject int_type;
extern TypeObject bool_type;
extern TypeObject float_type;
extern TypeObject str_type;
extern TypeObject tuple_type;
extern TypeObject list_type;
extern TypeObject dict_type;
extern TypeObject function_type;
extern TypeObject method_type;            // bound methods of Python functions
extern TypeObject builtin_function_type;  // native functions and bound native methods
extern TypeObject method_descriptor_type; // native methods of built-in types, unbound
extern TypeObject getset_descriptor_type;
extern TypeObject code_type;
extern TypeObject cell_type;
extern TypeObject module_type;

// The singletons None, NotImplemented, Ellipsis, False and True (immortal).
extern Object none_object;
extern Object not_implemented_object;
extern Object ellipsis_object;
struct IntObject;
extern IntObject false_object;  // bool_object.cpp
extern IntObject true_object;
// Inline (a comparison's result): IntObject starts with its Object, checked at start-up.
inline Value false_value() { return Value::from_object(reinterpret_cast<Object*>(&false_object)); }
inline Value true_value() { return Value::from_object(reinterpret_cast<Object*>(&true_object)); }

inline Value none() { return Value::from_object(&none_object); }
inline Value not_implemented() { return Value::from_object(&not_implemented_object); }
inline Value ellipsis() { return Value::from_object(&ellipsis_object); }
inline Value boolean(bool b) { return b ? true_value() : false_value(); }
inline bool is_none(Value v) { return v.is(none()); }
inline bool is_not_implemented(Value v) { return v.is(not_implemented()); }

// Readies every built-in type (idempotent; called by each VM's constructor).
void init_builtin_types();

}  // namespace glasspy::objects
