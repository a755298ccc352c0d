// weakref.proxy (object model): ProxyType and CallableProxyType, which forward attribute
// access, calls, operators and the container protocol to their referent, and raise
// ReferenceError once it died.
#include <string>
#include <utility>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/weakref_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject weakproxy_type;
TypeObject weakcallableproxy_type;

namespace {

bool is_proxy(Value v) {
  return v.is_object() && (v.as_object()->type == &weakproxy_type || v.as_object()->type == &weakcallableproxy_type);
}

// The referent of a proxy as an owned value, or null with ReferenceError raised;
// other values pass through (borrowed into the Ref).
Ref unwrap(VM& vm, Value v) {
  if (!is_proxy(v)) return Ref::borrow(v);
  Object* o = static_cast<WeakrefObject*>(v.as_object())->referent;
  if (o == nullptr) {
    vm.raise(&exc_ReferenceError, "weakly-referenced object no longer exists");
    return Ref();
  }
  return Ref::borrow(Value::from_object(o));
}

Value proxy_getattro(VM& vm, Value self, StrObject* name) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return Value();
  return getattr(vm, o.get(), name);
}

bool proxy_setattro(VM& vm, Value self, StrObject* name, Value value) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return false;
  return value.is_null() ? delattr(vm, o.get(), name) : setattr(vm, o.get(), name, value);
}

Value proxy_repr(VM&, Value self) {
  auto* p = static_cast<WeakrefObject*>(self.as_object());
  Value target = p->referent != nullptr ? Value::from_object(p->referent) : none();
  return Value::from_object(str_from_utf8("<weakproxy at " + address_text(self) + " to " + type_name(target) + " at " +
                                          address_text(target) + ">"));
}

Value proxy_str(VM& vm, Value self) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return Value();
  return str(vm, o.get());
}

Value proxy_call(VM& vm, Value self, CallArgs args) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return Value();
  return call(vm, o.get(), args);
}

int proxy_truthy(VM& vm, Value self) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return -1;
  return truthy(vm, o.get());
}

int64_t proxy_length(VM& vm, Value self) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return -1;
  return length(vm, o.get());
}

Value proxy_getitem(VM& vm, Value self, Value key) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return Value();
  return getitem(vm, o.get(), key);
}

bool proxy_setitem(VM& vm, Value self, Value key, Value value) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return false;
  return value.is_null() ? delitem(vm, o.get(), key) : setitem(vm, o.get(), key, value);
}

int proxy_contains(VM& vm, Value self, Value item) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return -1;
  return contains(vm, o.get(), item);
}

Value proxy_iter(VM& vm, Value self) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return Value();
  return iter(vm, o.get());
}

Value proxy_iternext(VM& vm, Value self) {
  Ref o = unwrap(vm, self);
  if (o.is_null()) return Value();
  if (type_of(o.get())->iternext == nullptr)
    return vm.raise(&exc_TypeError, std::string("Weakref proxy referenced a non-iterator '") + type_name(o.get()) +
                                        "' object");
  return type_of(o.get())->iternext(vm, o.get());
}

Value proxy_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  Ref x = unwrap(vm, a);
  if (x.is_null()) return Value();
  Ref y = unwrap(vm, b);
  if (y.is_null()) return Value();
  return rich_compare(vm, x.get(), y.get(), op);
}

template <int kOp>
Value proxy_binary(VM& vm, Value a, Value b) {
  Ref x = unwrap(vm, a);
  if (x.is_null()) return Value();
  Ref y = unwrap(vm, b);
  if (y.is_null()) return Value();
  return binary_op(vm, x.get(), y.get(), static_cast<BinaryOp>(kOp));
}

template <int kOp>
Value proxy_inplace(VM& vm, Value a, Value b) {
  Ref x = unwrap(vm, a);
  if (x.is_null()) return Value();
  Ref y = unwrap(vm, b);
  if (y.is_null()) return Value();
  return inplace_op(vm, x.get(), y.get(), static_cast<BinaryOp>(kOp));
}

template <UnaryFn* kOp>
Value proxy_unary(VM& vm, Value a) {
  Ref x = unwrap(vm, a);
  if (x.is_null()) return Value();
  return (*kOp)(vm, x.get());
}

UnaryFn g_negative = negative;
UnaryFn g_positive = positive;
UnaryFn g_invert = invert;
UnaryFn g_absolute = absolute;
UnaryFn g_index = index;

template <int... kOps>
void set_binary(TypeObject& t, std::integer_sequence<int, kOps...>) {
  ((t.binary[kOps] = proxy_binary<kOps>), ...);
  ((t.inplace[kOps] = proxy_inplace<kOps>), ...);
}

void proxy_dealloc(Object* self) { weakref_type.dealloc(self); }

void fill_proxy_type(TypeObject& t, const char* name, bool callable) {
  t.name = name;
  t.type_flags = kTypeGc;
  t.basic_size = sizeof(WeakrefObject);
  t.dealloc = proxy_dealloc;
  t.traverse = weakref_type.traverse;
  t.clear = weakref_type.clear;
  t.getattro = proxy_getattro;
  t.setattro = proxy_setattro;
  t.repr = proxy_repr;
  t.str = proxy_str;
  if (callable) t.call = proxy_call;
  t.truthy = proxy_truthy;
  t.length = proxy_length;
  t.getitem = proxy_getitem;
  t.setitem = proxy_setitem;
  t.contains = proxy_contains;
  t.iter = proxy_iter;
  t.iternext = proxy_iternext;
  t.richcompare = proxy_richcompare;
  t.negative = proxy_unary<&g_negative>;
  t.positive = proxy_unary<&g_positive>;
  t.invert = proxy_unary<&g_invert>;
  t.absolute = proxy_unary<&g_absolute>;
  t.index = proxy_unary<&g_index>;
  set_binary(t, std::make_integer_sequence<int, kBinaryOpCount>{});
  ready_static_type(&t);
}

}  // namespace

Value weakproxy_new(VM& vm, Value obj, Value callback) {
  TypeObject* type = is_callable(obj) ? &weakcallableproxy_type : &weakproxy_type;
  if (!obj.is_object() || !type_supports_weakrefs(vm, type_of(obj)))
    return vm.raise(&exc_TypeError, std::string("cannot create weak reference to '") + type_name(obj) + "' object");
  if (!callback.is_null() && is_none(callback)) callback = Value();
  // A plain proxy without callback is shared, as plain refs are.
  for (WeakrefObject* wr = first_weakref(obj.as_object()); wr != nullptr; wr = wr->next) {
    if (wr->type == type && wr->callback.is_null() && callback.is_null()) {
      incref(wr);
      return Value::from_object(wr);
    }
  }
  return weakref_new_of_type(vm, type, obj, callback);
}

void init_weakproxy_types() {
  if (has_flag(&weakproxy_type, kTypeReady)) return;
  fill_proxy_type(weakproxy_type, "weakref.ProxyType", false);
  fill_proxy_type(weakcallableproxy_type, "weakref.CallableProxyType", true);
  set_dotted_type_name(weakproxy_type, "weakref", "ProxyType");
  set_dotted_type_name(weakcallableproxy_type, "weakref", "CallableProxyType");
}

}  // namespace glasspy::objects
