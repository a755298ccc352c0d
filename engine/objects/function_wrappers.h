// classmethod and staticmethod (object model): wrappers that change how a function in a
// class dict binds: to the class, or not at all.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject classmethod_type;
extern TypeObject staticmethod_type;

// Both wrappers: the wrapped callable (__func__, __wrapped__) and an instance __dict__
// (which holds __name__, __doc__, ... copied from the callable, as functools.wraps does).
struct FunctionWrapperObject : Object {
  Value callable;
  DictObject* dict = nullptr;
};

// classmethod(callable) / staticmethod(callable) without copying the callable's
// attributes (CPython's PyClassMethod_New / PyStaticMethod_New). New reference.
FunctionWrapperObject* function_wrapper_new(TypeObject* type, Value callable);

// Fills the types (readied by init_class_machinery_types).
void init_function_wrapper_types();

}  // namespace glasspy::objects
