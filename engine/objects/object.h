// The header every heap object starts with, and reference counting (object model).
// Reference counts follow CPython's rules so that sys.getrefcount and __del__ timing
// behave as the tutorial explains (DESIGN.md decision 5). Immediates (small ints,
// floats) are not counted: incref/decref skip them.
#pragma once
#include <cstdint>

#include "objects/value.h"

namespace glasspy::objects {

struct TypeObject;

// Objects that must never be freed (None, True, False, the static built-in types) start
// with this count; it is large enough that no program can bring it to zero.
inline constexpr uint32_t kImmortalRefcount = uint32_t{1} << 30;

struct Object {
  uint32_t refcount = 1;
  uint32_t flags = 0;  // per-object bits: see ObjectFlag
  TypeObject* type = nullptr;
};

// Bits of Object::flags.
enum ObjectFlag : uint32_t {
  kGcTracked = 1u << 0,  // linked into the cycle collector's lists (containers only)
  kFinalized = 1u << 1,  // __del__ already ran (PEP 442: at most once)
  kImmortal = 1u << 2,   // static or process-wide object: never freed
  kHasWeakrefs = 1u << 3,  // weak references point to it (gc::Collector::weakrefs)
  // A dict that lost a container key or value: CPython keeps such a dict tracked until a
  // full collection, and gc.is_tracked reports that (Glasspy tracks every dict).
  kDictHeldContainer = 1u << 4,
};

// The cycle collector's link, placed just before every object whose type has
// kTypeGc (containers: anything that can hold references). See gc/.
struct GcHeader {
  GcHeader* next = nullptr;
  GcHeader* prev = nullptr;
  intptr_t gc_refs = 0;  // scratch count while collecting
};

// Frees an object whose count reached zero (its type's dealloc). Out of line: cold.
void destroy(Object* object);

inline void incref(Object* object) { ++object->refcount; }
inline void decref(Object* object) {
  if (--object->refcount == 0) destroy(object);
}
inline void incref(Value v) {
  if (v.is_object()) incref(v.as_object());
}
inline void decref(Value v) {
  if (v.is_object()) decref(v.as_object());
}

// Owns one reference to a value (nothing for immediates and null): the way C++ code holds
// Python values, so that leaks and double decrefs are hard to write. Move-only.
class Ref {
 public:
  Ref() = default;
  // Takes over a reference the caller owns (a "new reference").
  static Ref steal(Value v) { return Ref(v); }
  // Adds a reference to a value the caller only borrows.
  static Ref borrow(Value v) {
    incref(v);
    return Ref(v);
  }
  Ref(Ref&& other) noexcept : value_(other.release()) {}
  Ref& operator=(Ref&& other) noexcept {
    if (this != &other) reset(other.release());
    return *this;
  }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() { decref(value_); }

  Value get() const { return value_; }
  bool is_null() const { return value_.is_null(); }
  explicit operator bool() const { return !value_.is_null(); }

  // Gives the reference to the caller (who must decref it or hand it on).
  [[nodiscard]] Value release() {
    Value v = value_;
    value_ = Value();
    return v;
  }
  void reset(Value v = Value()) {
    Value old = value_;
    value_ = v;
    decref(old);  // after the swap: a __del__ may look at this Ref
  }

 private:
  explicit Ref(Value v) : value_(v) {}
  Value value_;
};

}  // namespace glasspy::objects
