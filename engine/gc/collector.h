// The cycle collector (memory stage, DESIGN.md decision 5): container objects are linked
// into generation lists through their GcHeader; collection finds unreachable cycles from
// the objects' own references (type traverse functions), never by scanning the stack.
// Each VM owns a Collector (decision 3); gc::track finds it through a thread-local
// "current collector" that the VM sets, with a process default for objects made before
// any VM exists.
#pragma once
#include <atomic>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "objects/alloc.h"
#include "objects/object.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::objects {
struct WeakrefObject;
struct ListObject;
}  // namespace glasspy::objects

namespace glasspy::gc {

using objects::GcHeader;
using objects::Object;

inline constexpr int kGenerations = 3;
// The bit of the VM's interrupt flag that asks the loop for a collection at its next safe
// point (RESUME, JUMP_BACKWARD: see VM::check_interrupt).
inline constexpr int32_t kCollectRequestBit = 1 << 30;

// gc.set_debug flags (CPython's values).
enum DebugFlag : int {
  kDebugStats = 1,
  kDebugCollectable = 2,
  kDebugUncollectable = 4,
  kDebugSaveAll = 32,
  kDebugLeak = kDebugCollectable | kDebugUncollectable | kDebugSaveAll,
};

// One generation: a circular list with a sentinel header.
struct Generation {
  GcHeader head;
  int threshold = 0;
  int count = 0;  // gen0: allocations minus frees; older: collections of the younger one
};

// What gc.get_stats() reports per generation.
struct GenerationStats {
  int64_t collections = 0;
  int64_t collected = 0;
  int64_t uncollectable = 0;
};

class Collector {
 public:
  // `vm` null: the process default (never collects: no VM to run finalizers).
  explicit Collector(vm::VM* vm);
  // Hands the objects still tracked to the process default, so that none of them points
  // into this collector's list heads.
  ~Collector();
  Collector(const Collector&) = delete;
  Collector& operator=(const Collector&) = delete;

  vm::VM* vm() const { return vm_; }
  // The flag the loop polls; a collection request sets kCollectRequestBit in it.
  void set_wake_flag(std::atomic<int32_t>* flag) { wake_flag_ = flag; }

  void link(Object* object);
  // Runs a collection if one was requested and is still due (from the loop's safe
  // points). Never raises: errors in finalizers and callbacks are printed.
  void collect_if_due();
  // gc.collect(generation): runs the callbacks and the collection; returns the number of
  // unreachable objects found (0 if a collection is already running).
  int64_t collect_with_callbacks(int generation);

  // --- state the gc module shows ---
  bool enabled = true;
  bool collecting = false;
  int debug = 0;
  Generation generations[kGenerations];
  GcHeader permanent;  // gc.freeze()
  GenerationStats stats[kGenerations];
  objects::ListObject* garbage = nullptr;    // gc.garbage (created by the gc module)
  objects::ListObject* callbacks = nullptr;  // gc.callbacks
  // Weak references by referent: the first of each object's weakrefs (objects with
  // kHasWeakrefs). See objects/weakref_object.h.
  std::unordered_map<Object*, objects::WeakrefObject*> weakrefs;

  // Objects in a list, and list surgery (also for the gc module).
  static int64_t list_size(const GcHeader* head);
  static void list_merge(GcHeader* from, GcHeader* to);
  // Visits every object tracked in the generations (not the permanent one).
  template <class F>
  void for_each_tracked(F&& f) {
    for (Generation& g : generations)
      for (GcHeader* h = g.head.next; h != &g.head; h = h->next) f(objects::object_of(h));
  }

 private:
  int64_t collect(int generation, int64_t* uncollectable);
  void request_if_due();
  vm::VM* vm_;
  std::atomic<int32_t>* wake_flag_ = nullptr;
  int64_t long_lived_total_ = 0;
  int64_t long_lived_pending_ = 0;
  std::vector<GcHeader*> stack_;  // scratch of the reachability walk

  friend void track(Object* object);
};

// Links a new container into the current collector's youngest generation (it must have a
// GcHeader); counts it as an allocation and may request a collection.
void track(Object* object);
// Unlinks it (before it is freed, or when it can no longer hold a cycle).
void untrack(Object* object);
inline bool is_tracked(const Object* object) { return (object->flags & objects::kGcTracked) != 0; }

// The collector of the running VM (the process default when none is current).
Collector* current();
// The collector of objects made outside any VM (and of those a destroyed VM left).
Collector* process_default_collector();
// Makes `collector` current on this thread (null: the process default).
void make_current(Collector* collector);

}  // namespace glasspy::gc
