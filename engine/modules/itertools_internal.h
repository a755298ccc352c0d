// Shared by the itertools files (modules stage): one object layout for every itertools
// iterator, and the helpers that define their types.
#pragma once
#include <cstdint>
#include <vector>

#include "objects/type_object.h"

namespace glasspy::modules::itertools {

// Every itertools object: a few references, counters and two vectors, whose meaning each
// type documents where it defines its constructor.
struct ItObject : objects::Object {
  objects::Value a, b, c, d;
  int64_t i = 0, j = 0, k = 0;
  int state = 0;
  std::vector<objects::Value> pool;  // owned references (null entries allowed)
  std::vector<int64_t> indices, cycles;
};

inline ItObject* as_it(objects::Value v) { return static_cast<ItObject*>(v.as_object()); }

// A new tracked object of `type` (an itertools type).
ItObject* it_new(objects::TypeObject* type);
// Replaces a reference field (takes over `v`).
void it_set(objects::Value* field, objects::Value v);

// Fills and readies an iterator type named "itertools.NAME".
void init_it_type(objects::TypeObject& t, const char* name, objects::Value (*make)(objects::VM&, objects::TypeObject*, objects::CallArgs),
                  objects::UnaryFn next, const char* doc);

// The combinatoric iterators, groupby and tee (itertools_combinatorics.cpp).
extern objects::TypeObject chain_type;
extern objects::TypeObject product_type, permutations_type, combinations_type, cwr_type, groupby_type, grouper_type,
    tee_type;
void init_combinatoric_types();
objects::Value tee_function(objects::VM& vm, objects::Value, objects::CallArgs args);

}  // namespace glasspy::modules::itertools
