// Struct sequences (modules stage): named tuples made in C++ (sys.version_info, ...):
// field getters, repr "sys.version_info(major=3, ...)", hidden fields stored past the
// tuple's items (time.struct_time's tm_zone), construction from Python where allowed.
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
  int count = 0;    // all fields
  int visible = 0;  // fields that are tuple items
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

// Fields are read-only, with CPython's member-descriptor message (set and delete).
bool readonly_field(VM& vm, Value, Value) {
  vm.raise(&exc_AttributeError, "readonly attribute");
  return false;
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

// type(sequence, dict=None): visible..count items from the sequence; hidden fields the
// sequence lacks come from dict, else None (as CPython's structseq_new).
Value struct_sequence_construct(VM& vm, TypeObject* type, CallArgs args) {
  const StructSequenceInfo* info = info_of(type);
  std::string name = type->qualified_name;
  Value sequence, dict = none();
  std::string_view unexpected;
  if (args.nargs > 2) return vm.raise(&exc_TypeError, "structseq() takes at most 2 arguments (" + std::to_string(args.nargs + args.nkw()) + " given)");
  if (args.nargs > 0) sequence = args.args[0];
  if (args.nargs > 1) dict = args.args[1];
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view key = str_utf8(as_str(args.kwnames->items()[i]));
    Value value = args.kw_value(i);
    if (key == "sequence" && args.nargs < 1) sequence = value;
    else if (key == "dict" && args.nargs < 2) dict = value;
    else if (key == "sequence" || key == "dict")
      return vm.raise(&exc_TypeError, "argument for structseq() given by name ('" + std::string(key) +
                                          "') and position (" + (key == "sequence" ? "1" : "2") + ")");
    else if (unexpected.empty()) unexpected = key;
  }
  if (sequence.is_null()) return vm.raise(&exc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
  if (!unexpected.empty())
    return vm.raise(&exc_TypeError, "'" + std::string(unexpected) + "' is an invalid keyword argument for structseq()");
  Ref list = Ref::steal(list_from_iterable(vm, sequence));
  if (list.is_null()) {
    vm.clear_error();
    return vm.raise(&exc_TypeError, "constructor requires a sequence");
  }
  if (!is_none(dict) && !is_dict(dict))
    return vm.raise(&exc_TypeError, name + "() takes a dict as second arg, if any");
  ListObject* items = static_cast<ListObject*>(list.get().as_object());
  int64_t n = items->size;
  if (n < info->visible) {
    std::string at = info->visible == info->count ? "a " : "an at least ";
    return vm.raise(&exc_TypeError, name + "() takes " + at + std::to_string(info->visible) + "-sequence (" +
                                        std::to_string(n) + "-sequence given)");
  }
  if (n > info->count) {
    std::string at = info->visible == info->count ? "a " : "an at most ";
    return vm.raise(&exc_TypeError, name + "() takes " + at + std::to_string(info->count) + "-sequence (" +
                                        std::to_string(n) + "-sequence given)");
  }
  TupleObject* t = tuple_alloc(info->count, type);
  for (int i = 0; i < info->count; ++i) {
    Value v = none();
    if (i < n) {
      v = items->items[i];
    } else if (!is_none(dict)) {
      Value found = dict_get_str(static_cast<DictObject*>(dict.as_object()), vm.intern(info->fields[i]));
      if (!found.is_null()) v = found;
    }
    incref(v);
    t->items()[i] = v;
  }
  t->size = info->visible;
  return Value::from_object(t);
}

// (type, (visible items, {hidden field: value})): what copy and pickle rebuild it from.
Value struct_sequence_reduce(VM& vm, Value self, CallArgs) {
  const StructSequenceInfo* info = info_of(type_of(self));
  TupleObject* t = as_tuple(self);
  Ref visible = Ref::steal(Value::from_object(tuple_from(t->items(), info->visible)));
  DictObject* hidden = dict_new();
  Ref keep = Ref::steal(Value::from_object(hidden));
  for (int i = info->visible; i < info->count; ++i) dict_set_str(hidden, vm.intern(info->fields[i]), t->items()[i]);
  Ref args = Ref::steal(Value::from_object(tuple_of({visible.get(), keep.get()})));
  return Value::from_object(tuple_of({Value::from_object(type_of(self)), args.get()}));
}

const MethodDef kStructSequenceMethods[] = {
    {"__reduce__", struct_sequence_reduce, ArgShape::kNoArgs, 0, 0, nullptr},
    {nullptr, nullptr},
};

// Hidden fields live past `size`: the tuple's own dealloc and traverse do not see them.
void struct_sequence_dealloc(Object* self) {
  const StructSequenceInfo* info = info_of(self->type);
  TupleObject* t = static_cast<TupleObject*>(self);
  for (int i = info->count; --i >= info->visible;) decref(t->items()[i]);
  tuple_type.dealloc(self);
}

void struct_sequence_traverse(Object* self, VisitFn visit, void* context) {
  const StructSequenceInfo* info = info_of(self->type);
  TupleObject* t = static_cast<TupleObject*>(self);
  tuple_type.traverse(self, visit, context);
  for (int i = info->visible; i < info->count; ++i) visit(t->items()[i], context);
}

}  // namespace

void init_struct_sequence_type(TypeObject* type, const char* name, const char* const* fields,
                               StructSequenceOptions options) {
  if (info_of(type) != nullptr) return;
  StructSequenceInfo& info = g_infos[g_info_count++];
  info.type = type;
  info.fields = fields;
  while (fields[info.count] != nullptr) ++info.count;
  info.visible = options.visible_count < 0 ? info.count : options.visible_count;
  for (int i = 0; i < info.count; ++i) info.getsets[i] = GetSetDef{fields[i], kGetters[i], readonly_field};
  info.getsets[info.count] = GetSetDef{nullptr, nullptr};
  // __name__ is the last part ("version_info"); messages and repr use the full name.
  const char* dot = std::strrchr(name, '.');
  type->name = dot != nullptr ? dot + 1 : name;
  type->qualified_name = name;
  type->base = &tuple_type;
  type->basic_size = sizeof(TupleObject);
  type->type_flags = kTypeGc | kTypeTupleSubclass | kTypeImmutable;
  type->repr = struct_sequence_repr;
  type->new_instance = options.constructible ? struct_sequence_construct : struct_sequence_no_new;
  type->getsets = info.getsets;
  if (options.constructible) type->methods = kStructSequenceMethods;
  if (options.doc != nullptr) type->doc = options.doc;
  if (info.visible != info.count) {
    type->dealloc = struct_sequence_dealloc;
    type->traverse = struct_sequence_traverse;
  }
  ready_static_type(type);
  if (dot != nullptr) type->module_name = Value::from_object(intern_static(std::string_view(name, dot - name)));
  dict_set_str(type->dict, intern_static("n_fields"), Value::from_small_int(info.count));
  dict_set_str(type->dict, intern_static("n_sequence_fields"), Value::from_small_int(info.visible));
  dict_set_str(type->dict, intern_static("n_unnamed_fields"), Value::from_small_int(0));
}

TupleObject* struct_sequence_new(TypeObject* type, std::initializer_list<Value> items) {
  return struct_sequence_from(type, items.begin(), static_cast<int>(items.size()));
}

TupleObject* struct_sequence_from(TypeObject* type, const Value* items, int count) {
  const StructSequenceInfo* info = info_of(type);
  TupleObject* t = tuple_alloc(info->count, type);
  for (int i = 0; i < info->count; ++i) {
    Value v = i < count ? items[i] : none();
    incref(v);
    t->items()[i] = v;
  }
  t->size = info->visible;
  return t;
}

}  // namespace glasspy::modules
