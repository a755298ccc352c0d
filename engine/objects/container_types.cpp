// Readies the container types beyond the core ones builtin_types.cpp lists (object model):
// dict views and iterators, set and frozenset, range, slice, and the built-in iterator
// types (enumerate, zip, map, filter, reversed), mappingproxy, GenericAlias and the
// classmethod descriptors (dict.fromkeys, __class_getitem__). Called once by
// init_builtin_types().
#include "objects/builtin_iterators.h"
#include "objects/builtin_types.h"
#include "objects/classmethod_descriptor.h"
#include "objects/generic_alias.h"
#include "objects/dict_object.h"
#include "objects/dict_views.h"
#include "objects/iterators.h"
#include "objects/list_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"

namespace glasspy::objects {

void init_dict_classmethods();  // dict_type.cpp

void init_container_types() {
  init_set_types();
  init_slice_type();
  init_range_types();
  init_builtin_iterator_types();
  init_mappingproxy_type();
  init_classmethod_descriptor_type();
  init_generic_alias_type();
  TypeObject* types[] = {
      &dict_keys_type, &dict_values_type, &dict_items_type, &dict_keyiterator_type, &dict_valueiterator_type,
      &dict_itemiterator_type, &dict_reversekeyiterator_type, &dict_reversevalueiterator_type,
      &dict_reverseitemiterator_type, &set_type, &frozenset_type, &set_iterator_type, &slice_type,
      &list_reverseiterator_type, &range_type, &range_iterator_type, &longrange_iterator_type, &enumerate_type,
      &zip_type, &map_type, &filter_type, &reversed_type, &callable_iterator_type,
      &mappingproxy_type, &classmethod_descriptor_type, &generic_alias_type,
  };
  for (TypeObject* t : types) ready_static_type(t);
  init_dict_classmethods();
  for (TypeObject* t : {&list_type, &dict_type, &tuple_type, &set_type, &frozenset_type, &enumerate_type})
    add_static_classmethod(t, &kClassGetItemDef);
  // Unhashable types show __hash__ = None, as CPython's type_ready_set_hash does.
  StrObject* hash_name = intern_static("__hash__");
  for (TypeObject* t : types)
    if (t->hash == nullptr && dict_get_str(t->dict, hash_name).is_null()) dict_set_str(t->dict, hash_name, none());
  for (TypeObject* t : {&list_type, &dict_type})
    if (t->hash == nullptr) dict_set_str(t->dict, hash_name, none());
}

}  // namespace glasspy::objects
