// Struct sequences (modules stage): named tuples made in C++ (sys.version_info, ...):
// field getters, repr "sys.version_info(major=3, ...)", no construction from Python.
#include "modules/struct_sequence.h"

#include <array>
#include <cstring>
#include <string>
#include <utility>

#include "objects/exception_object.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

constexpr int kMaxFields = 20;

// What a struct sequence type knows beyond its TypeObject.
struct StructSequenceInfo {
  TypeObject* type = nullptr;
  const char* const* fields = nullptr;
  int count = 0;
  GetSetDef getsets[kMaxFields + 1] = {};
};

StructSequenceInfo g_infos[16];  // immutable once the types are ready (process-wide, as the types)
int g_info_count = 0;

const StructSequenceInfo* info_of(const TypeObject* type) {
  for (int i = 0; i < g_info_count; ++i)
    if (g_infos[i].type == type) return &g_infos[i];
  return nullptr;
}

template <int I>
Value field_getter(VM&, Value self) {
  Value v = as_tuple(self)->items()[I];
  if (v.is_null()) return none();
  incref(v);
  return v;
}

using Getter = Value (*)(VM&, Value);
template <int... I>
constexpr auto make_getters(std::integer_sequence<int, I...>) {
  return std::array<Getter, sizeof...(I)>{field_getter<I>...};
}
constexpr auto kGetters = make_getters(std::make_integer_sequence<int, kMaxFields>());

Value struct_sequence_repr(VM& vm, Value self) {
  const StructSequenceInfo* info = info_of(type_of(self));
  TupleObject* t = as_tuple(self);
  std::string out = type_of(self)->qualified_name;
  out += "(";
  for (int i = 0; i < t->size; ++i) {
    if (i > 0) out += ", ";
    out += info->fields[i];
    out += "=";
    std::string item;
    if (!repr_utf8(vm, t->items()[i], &item)) return Value();
    out += item;
  }
  out += ")";
  return Value::from_object(str_from_utf8(out));
}

Value struct_sequence_no_new(VM& vm, TypeObject* type, CallArgs) {
  return vm.raise(&exc_TypeError, std::string("cannot create '") + type->qualified_name + "' instances");
}

}  // namespace

void init_struct_sequence_type(TypeObject* type, const char* name, const char* const* fields) {
  if (info_of(type) != nullptr) return;
  StructSequenceInfo& info = g_infos[g_info_count++];
  info.type = type;
  info.fields = fields;
  while (fields[info.count] != nullptr) ++info.count;
  for (int i = 0; i < info.count; ++i) info.getsets[i] = GetSetDef{fields[i], kGetters[i]};
  info.getsets[info.count] = GetSetDef{nullptr, nullptr};
  // __name__ is the last part ("version_info"); messages and repr use the full name.
  const char* dot = std::strrchr(name, '.');
  type->name = dot != nullptr ? dot + 1 : name;
  type->qualified_name = name;
  type->base = &tuple_type;
  type->basic_size = sizeof(TupleObject);
  type->type_flags = kTypeGc | kTypeTupleSubclass | kTypeImmutable;
  type->repr = struct_sequence_repr;
  type->new_instance = struct_sequence_no_new;
  type->getsets = info.getsets;
  ready_static_type(type);
}

TupleObject* struct_sequence_new(TypeObject* type, std::initializer_list<Value> items) {
  const StructSequenceInfo* info = info_of(type);
  TupleObject* t = tuple_alloc(info->count, type);
  int i = 0;
  for (Value v : items) {
    incref(v);
    t->items()[i++] = v;
  }
  return t;
}

}  // namespace glasspy::modules
