// Readying every static built-in type once per process (object model). Each type's file
// defines the type and an init function that fills its slots; here they are called in
// dependency order and the types made ready (inherited slots, dicts, MROs).
#include "objects/builtin_types.h"

#include "objects/bytes_object.h"
#include "objects/class_machinery.h"
#include "objects/complex_object.h"
#include "objects/exception_object.h"
#include "objects/generic_alias.h"
#include "objects/generator_object.h"
#include "objects/iterators.h"
#include "objects/mappingproxy_object.h"
#include "objects/range_object.h"
#include "objects/type_slots.h"
#include "objects/union_type.h"

namespace glasspy::objects {

void init_object_type();
void init_type_type();
void init_int_type();
void init_bool_type();
void init_float_type();
void init_complex_type();
void init_str_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_callable_types();
void init_iterator_types();
void init_slot_wrapper_types();
void init_exception_types();
void init_container_types();  // container_types.cpp: views, sets, range, slice, iterators

void init_builtin_types() {
  static bool done = false;
  if (done) return;
  done = true;
  init_object_type();
  init_type_type();
  init_type_or_slot();  // union_type.h: int | None, before type is readied
  init_slot_wrapper_types();
  init_callable_types();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_complex_type();
  init_str_type();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_iterator_types();
  init_exception_types();
  TypeObject* types[] = {&object_type, &type_type, &wrapper_descriptor_type, &method_wrapper_type,
                         &function_type, &method_type, &builtin_function_type, &method_descriptor_type,
                         &getset_descriptor_type, &code_type, &cell_type, &module_type, &none_type,
                         &not_implemented_type, &ellipsis_type, &int_type, &bool_type, &float_type, &complex_type,
                         &str_type, &tuple_type, &list_type, &dict_type, &tuple_iterator_type,
                         &list_iterator_type, &str_iterator_type, &str_ascii_iterator_type,
                         &getitem_iterator_type};
  for (TypeObject* t : types) ready_static_type(t);
  ready_exception_types();  // exception_object.h: also the traceback type, ExceptionGroup's bases
  init_container_types();
  init_union_type();  // union_type.h: types.UnionType
  name_generic_alias_type();
  init_bytes_type();  // bytes_object.cpp, bytearray_object.cpp
  init_bytearray_type();
  for (TypeObject* t : {&bytes_type, &bytearray_type, &bytes_iterator_type, &bytearray_iterator_type})
    ready_static_type(t);
  init_generator_types();  // generator_object.h: generator, coroutine, async_generator and their awaitables
  init_class_machinery_types();  // class_machinery.h: property, classmethod, super, ...
  add_text_static_methods();  // after staticmethod is ready: str.maketrans & co. are staticmethods
  for (TypeObject* t : {&list_type, &tuple_type, &range_type}) t->type_flags |= kTypeMatchSequence;
  for (TypeObject* t : {&dict_type, &mappingproxy_type}) t->type_flags |= kTypeMatchMapping;
}

}  // namespace glasspy::objects
