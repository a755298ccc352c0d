// The mappingproxy type (object model): every read goes to the wrapped mapping (a dict
// directly, anything else through its methods); writes raise.
#include "objects/mappingproxy_object.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/builtin_iterators.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject mappingproxy_type;

Value mappingproxy_new(Value mapping) {
  auto* p = alloc<MappingProxyObject>(&mappingproxy_type);
  incref(mapping);
  p->mapping = mapping;
  gc::track(p);
  return Value::from_object(p);
}

namespace {

Value M(Value self) { return static_cast<MappingProxyObject*>(self.as_object())->mapping; }

void proxy_dealloc(Object* self) {
  decref(static_cast<MappingProxyObject*>(self)->mapping);
  free_object(self);
}

void proxy_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<MappingProxyObject*>(self)->mapping, context);
}

// A mapping as CPython's PyMapping_Check sees it (not a list or tuple: they index by int).
bool is_mapping(Value v) {
  TypeObject* t = type_of(v);
  return t->getitem != nullptr && !is_list(v) && !is_tuple(v);
}

Value proxy_new(VM& vm, TypeObject*, CallArgs args) {
  Value mapping;
  if (args.nargs > 1 || args.nkw() > 1)
    return vm.raise(&exc_TypeError, "mappingproxy() takes at most 1 argument (" +
                                        std::to_string(args.nargs + args.nkw()) + " given)");
  if (args.nargs == 1) mapping = args.args[0];
  if (args.nkw() == 1) {
    if (!str_equals_utf8(as_str(args.kwnames->items()[0]), "mapping"))
      return vm.raise(&exc_TypeError, "'" + std::string(str_utf8(as_str(args.kwnames->items()[0]))) +
                                          "' is an invalid keyword argument for mappingproxy()");
    mapping = args.kw_value(0);
  }
  if (mapping.is_null()) return vm.raise(&exc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
  if (!is_mapping(mapping))
    return vm.raise(&exc_TypeError,
                    std::string("mappingproxy() argument must be a mapping, not ") + type_name(mapping));
  return mappingproxy_new(mapping);
}

Value proxy_repr(VM& vm, Value self) {
  std::string text;
  if (!repr_utf8(vm, M(self), &text)) return Value();
  return Value::from_object(str_from_utf8("mappingproxy(" + text + ")"));
}

Value proxy_str(VM& vm, Value self) { return str(vm, M(self)); }
int64_t proxy_length(VM& vm, Value self) { return length(vm, M(self)); }
Value proxy_getitem(VM& vm, Value self, Value key) { return getitem(vm, M(self), key); }
int proxy_contains(VM& vm, Value self, Value key) { return contains(vm, M(self), key); }
Value proxy_iter(VM& vm, Value self) { return iter(vm, M(self)); }

Value proxy_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!a.is_object() || type_of(a) != &mappingproxy_type) return not_implemented();
  return rich_compare(vm, M(a), b, op);
}

Value proxy_or(VM& vm, Value a, Value b) {
  Value left = type_of(a) == &mappingproxy_type ? M(a) : a;
  Value right = type_of(b) == &mappingproxy_type ? M(b) : b;
  return binary_op(vm, left, right, BinaryOp::kOr);
}

Value proxy_ior(VM& vm, Value a, Value b) {
  return vm.raise(&exc_TypeError, std::string("'|=' is not supported by mappingproxy; use '|' instead"));
  (void)a;
  (void)b;
}

Value call_on_mapping(VM& vm, Value self, const char* name, CallArgs args) {
  return call_method(vm, M(self), vm.intern(name), args.args, args.nargs);
}

Value m_get(VM& vm, Value self, CallArgs args) { return call_on_mapping(vm, self, "get", args); }
Value m_keys(VM& vm, Value self, CallArgs args) { return call_on_mapping(vm, self, "keys", args); }
Value m_values(VM& vm, Value self, CallArgs args) { return call_on_mapping(vm, self, "values", args); }
Value m_items(VM& vm, Value self, CallArgs args) { return call_on_mapping(vm, self, "items", args); }
Value m_copy(VM& vm, Value self, CallArgs args) { return call_on_mapping(vm, self, "copy", args); }
Value m_reversed(VM& vm, Value self, CallArgs) { return make_reversed(vm, M(self)); }

const MethodDef kProxyMethods[] = {
    {"get", m_get, ArgShape::kPositional, 1, 2,
     "Return the value for key if key is in the mapping, else default."},
    {"keys", m_keys, ArgShape::kNoArgs, 0, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, ArgShape::kNoArgs, 0, 0, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, ArgShape::kNoArgs, 0, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", m_copy, ArgShape::kNoArgs, 0, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__", m_reversed, ArgShape::kNoArgs, 0, 0, "D.__reversed__() -> reverse iterator"},
    {nullptr, nullptr},
};

}  // namespace

void init_mappingproxy_type() {
  TypeObject& t = mappingproxy_type;
  t.name = "mappingproxy";
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(MappingProxyObject);
  t.dealloc = proxy_dealloc;
  t.traverse = proxy_traverse;
  t.new_instance = proxy_new;
  t.repr = proxy_repr;
  t.str = proxy_str;
  t.richcompare = proxy_richcompare;
  t.length = proxy_length;
  t.getitem = proxy_getitem;
  t.contains = proxy_contains;
  t.iter = proxy_iter;
  t.binary[int(BinaryOp::kOr)] = proxy_or;
  t.inplace[int(BinaryOp::kOr)] = proxy_ior;
  t.methods = kProxyMethods;
  t.doc = "mappingproxy(mapping)\n--\n\nRead-only proxy of a mapping.";
}

}  // namespace glasspy::objects
