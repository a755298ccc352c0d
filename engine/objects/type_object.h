// Type objects and the slot table every type fills (object model). A type's behaviour is a
// set of C++ function pointers (like CPython's tp_* / nb_* slots); classes defined in
// Python get slots that call their dunder methods, so the VM and the abstract operations
// (objects/ops.h) only ever call slots.
//
// Built-in types are static, process-wide objects, immutable after init_builtin_types()
// and immortal (as CPython 3.11's static types): several interpreters may share them.
// Everything a program can change lives in its VM.
#pragma once
#include <vector>
#include <cstddef>
#include <cstdint>

#include "objects/object.h"
#include "objects/value.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::objects {

using vm::VM;
struct StrObject;
struct TupleObject;
struct DictObject;
struct TypeObject;

// The arguments of one call, vectorcall style: positional values, then the values of the
// keyword arguments whose names are in `kwnames` (a tuple of str, or null when none).
// Borrowed: the caller keeps them alive for the call.
struct CallArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  TupleObject* kwnames = nullptr;
  size_t nkw() const;
  // The i-th keyword value (0 <= i < nkw()).
  Value kw_value(size_t i) const { return args[nargs + i]; }
};

// Rich comparison operators in CPython's order (COMPARE_OP's argument).
enum class CompareOp : uint8_t { kLt, kLe, kEq, kNe, kGt, kGe };

// BINARY_OP's arguments below 13 (CPython's NB_*); in-place forms are these + 13.
enum class BinaryOp : uint8_t {
  kAdd, kAnd, kFloorDivide, kLshift, kMatmul, kMultiply, kRemainder, kOr, kPower, kRshift,
  kSubtract, kTrueDivide, kXor
};
inline constexpr int kBinaryOpCount = 13;

using NativeFn = Value (*)(VM& vm, Value self, CallArgs args);
using UnaryFn = Value (*)(VM& vm, Value a);
using BinaryFn = Value (*)(VM& vm, Value a, Value b);
using TernaryFn = Value (*)(VM& vm, Value a, Value b, Value c);
// Callback of traverse functions (the cycle collector): visits one referenced value.
using VisitFn = void (*)(Value referent, void* context);

// How a native method takes its arguments; the caller checks counts and produces
// CPython's messages for these shapes.
enum class ArgShape : uint8_t {
  kNoArgs,      // "list.clear() takes no arguments (1 given)"
  kOneArg,      // "list.append() takes exactly one argument (0 given)"
  kPositional,  // min_args..max_args positional ("insert expected 2 arguments, got 1")
  kKeywords,    // anything: the function checks for itself (see vm/arg_parse.h)
};

// A method or function implemented in C++ (CPython's PyMethodDef).
struct MethodDef {
  const char* name;
  NativeFn fn;
  ArgShape shape = ArgShape::kPositional;
  int8_t min_args = 0;
  int8_t max_args = 0;  // -1: unlimited
  const char* doc = nullptr;
};

// A computed attribute of a built-in type (CPython's PyGetSetDef). setter null: read-only.
struct GetSetDef {
  const char* name;
  Value (*getter)(VM& vm, Value self);
  bool (*setter)(VM& vm, Value self, Value value) = nullptr;  // value null: delete
  const char* doc = nullptr;
};

// Bits of TypeObject::type_flags.
enum TypeFlag : uint32_t {
  kTypeHeap = 1u << 0,          // created by a class statement or type(); mutable, counted
  kTypeBaseType = 1u << 1,      // may be subclassed
  kTypeGc = 1u << 2,            // instances carry a GcHeader and are traversed
  kTypeAbstract = 1u << 3,      // has abstract methods: cannot be instantiated
  kTypeReady = 1u << 4,         // slots inherited, dict and mro built
  kTypeImmutable = 1u << 5,     // attributes cannot be set (built-in types)
  kTypeMethodDescriptor = 1u << 6,  // instances are unbound methods (LOAD_METHOD skips binding)
  // Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS.
  kTypeIntSubclass = 1u << 8,
  kTypeTupleSubclass = 1u << 9,
  kTypeListSubclass = 1u << 10,
  kTypeStrSubclass = 1u << 11,
  kTypeBytesSubclass = 1u << 12,
  kTypeDictSubclass = 1u << 13,
  kTypeExceptionSubclass = 1u << 14,  // BaseException and its subclasses
  kTypeTypeSubclass = 1u << 15,
  // What `case [...]` / `case {...}` accept (CPython's Py_TPFLAGS_SEQUENCE / _MAPPING);
  // subclasses inherit them.
  kTypeMatchSequence = 1u << 16,
  kTypeMatchMapping = 1u << 17,
};

struct TypeObject : Object {
  // tp_name: the name used in messages ("int", "MyClass"). Static types: a literal; heap
  // types: the UTF-8 of name_object.
  const char* name = "?";
  // For messages that need the module too ("collections.OrderedDict"); may equal name.
  const char* qualified_name = nullptr;
  uint32_t type_flags = 0;
  // Bytes of an instance (from the Object header on); variable-size types add their items.
  uint32_t basic_size = sizeof(Object);
  // Extra Value slots a heap type stores before the instance (its __slots__, then
  // __dict__ if it has one), below the GcHeader. See objects/alloc.h.
  uint16_t prefix_values = 0;
  int16_t dict_slot = -1;   // index among the prefix values of __dict__, -1: none
  // Counts changes to this type's attributes (and its bases'): attribute caches key on it.
  uint32_t version = 0;
  // Names this type in instructions' inline caches until the next type_cache_epoch
  // (type_cache.h): 0 until asked for.
  uint32_t attr_tag = 0;
  uint64_t attr_tag_epoch = 0;  // the epoch attr_tag belongs to

  TypeObject* base = nullptr;   // tp_base: the layout base
  TupleObject* bases = nullptr;  // __bases__
  TupleObject* mro = nullptr;    // __mro__, this type first
  DictObject* dict = nullptr;    // the type's namespace
  Value name_object;             // __name__ (str)
  Value qualname_object;         // __qualname__ (str)
  Value module_name;             // __module__ (str) for heap types; null: "builtins"
  // For heap types: the nearest static base whose dealloc and traverse run for the layout.
  TypeObject* static_base = nullptr;
  // Direct subclasses in creation order (borrowed: a subclass removes itself when it
  // dies), for __subclasses__() and for slot updates; null until the first one.
  std::vector<TypeObject*>* subclasses = nullptr;
  // Static types: their methods and computed attributes, wrapped into dict at init.
  const MethodDef* methods = nullptr;
  const GetSetDef* getsets = nullptr;
  const char* doc = nullptr;

  // --- lifetime ---
  void (*dealloc)(Object* self) = nullptr;
  void (*traverse)(Object* self, VisitFn visit, void* context) = nullptr;
  void (*clear)(Object* self) = nullptr;  // drops references (breaks cycles)
  // __del__ (PEP 442): called at most once (kFinalized), before dealloc or by the
  // collector; must not leave an exception pending.
  void (*finalize)(VM& vm, Object* self) = nullptr;

  // --- creation ---
  Value (*new_instance)(VM& vm, TypeObject* type, CallArgs args) = nullptr;  // __new__
  bool (*init)(VM& vm, Value self, CallArgs args) = nullptr;                  // __init__
  Value (*call)(VM& vm, Value self, CallArgs args) = nullptr;                 // __call__

  // --- text and identity ---
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  bool (*hash)(VM& vm, Value self, int64_t* out) = nullptr;  // null: unhashable
  // May return NotImplemented (a new reference to it).
  Value (*richcompare)(VM& vm, Value a, Value b, CompareOp op) = nullptr;

  // --- attributes (name is always an exact str) ---
  Value (*getattro)(VM& vm, Value self, StrObject* name) = nullptr;
  bool (*setattro)(VM& vm, Value self, StrObject* name, Value value) = nullptr;  // null value: delete
  // Descriptor protocol: __get__(self, instance, owner) and __set__/__delete__.
  TernaryFn descr_get = nullptr;
  bool (*descr_set)(VM& vm, Value self, Value instance, Value value) = nullptr;

  // --- iteration ---
  UnaryFn iter = nullptr;
  // Next item, or null: with an error pending in the VM on failure, without when exhausted.
  UnaryFn iternext = nullptr;

  // --- numbers: each binary slot gets both operands in source order, whichever of
  // the two types it belongs to, and returns NotImplemented when it does not apply ---
  BinaryFn binary[kBinaryOpCount] = {};
  BinaryFn inplace[kBinaryOpCount] = {};
  TernaryFn power = nullptr;  // pow(a, b, mod) with a modulus (binary[kPower] without)
  UnaryFn negative = nullptr;
  UnaryFn positive = nullptr;
  UnaryFn invert = nullptr;
  UnaryFn absolute = nullptr;
  int (*truthy)(VM& vm, Value self) = nullptr;  // __bool__: 1, 0, or -1 on error
  UnaryFn index = nullptr;                       // __index__: an exact int
  UnaryFn to_int = nullptr;                      // __int__
  UnaryFn to_float = nullptr;                    // __float__

  // --- containers ---
  int64_t (*length)(VM& vm, Value self) = nullptr;  // __len__: -1 on error
  BinaryFn getitem = nullptr;                        // __getitem__ (mapping and sequence)
  bool (*setitem)(VM& vm, Value self, Value key, Value value) = nullptr;  // null value: delete
  int (*contains)(VM& vm, Value self, Value item) = nullptr;  // 1, 0, -1 on error
};

extern TypeObject int_type;    // builtin_types.h
extern TypeObject float_type;
// The type of any value (ints and floats are immediates). Inline: called everywhere.
inline TypeObject* type_of(Value v) {
  if (v.is_object()) return v.as_object()->type;
  return v.is_small_int() ? &int_type : &float_type;
}
inline TypeObject* type_of(const Object* o) { return o->type; }

// True if `type` is `base` or a subclass of it (walks __mro__).
bool is_subtype(const TypeObject* type, const TypeObject* base);
inline bool has_flag(const TypeObject* type, uint32_t flag) { return (type->type_flags & flag) != 0; }

// Looks `name` up along the type's __mro__ (no descriptors applied). Borrowed; null if
// absent. Never raises.
Value type_lookup(const TypeObject* type, StrObject* name);
// Same, by C string (interned on the fly); for C++ code that needs a dunder.
Value type_lookup(VM& vm, const TypeObject* type, const char* name);

// Copies the slots `type` leaves empty from `base` (CPython's inherit_slots); __eq__ and
// __hash__ are inherited together.
void inherit_slots(TypeObject* type, const TypeObject* base);

// Makes a static type usable: inherits slots from its base, builds its __mro__ and dict
// (methods, getsets, slot wrappers). Called for every built-in type at start-up.
void ready_static_type(TypeObject* type);

// type(name, bases, namespace): a new heap type, as a class statement creates it;
// `metatype` is the type of the new type (a metaclass, or type). New reference or null.
Value type_new(VM& vm, TypeObject* metatype, Value name, TupleObject* bases, DictObject* namespace_);

// Records `sub` among base's direct subclasses / forgets it (when `sub` dies).
void add_subclass(TypeObject* base, TypeObject* sub);
void remove_subclass(TypeObject* base, TypeObject* sub);

// Re-derives the slots that depend on a dunder after `name` was set or deleted on a heap
// type (and its subclasses), as CPython's update_slot.
void type_update_slot(VM& vm, TypeObject* type, StrObject* name);

}  // namespace glasspy::objects
