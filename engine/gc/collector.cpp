// The cycle collector (memory stage): generation lists, tracking, and a collection as
// CPython 3.11 runs it — gc_refs from reference counts minus the references the
// collected objects hold among themselves (traverse), everything reachable from an
// object with outside references survives, the rest is garbage: weakrefs to it are
// cleared (callbacks of surviving weakrefs called), finalizers run once (PEP 442),
// objects a finalizer made reachable again survive, and the rest is cleared (tp_clear)
// to break its cycles.
#include "gc/collector.h"

#include "gc/finalizer.h"
#include "objects/alloc.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "objects/weakref_object.h"
#include "vm/vm.h"

namespace glasspy::gc {

using objects::Value;

namespace {

// GcHeader::gc_refs outside a collection; during one, objects being collected hold their
// count of outside references (>= 0) or kReachable.
constexpr intptr_t kNotCollecting = INTPTR_MIN;
constexpr intptr_t kReachable = -1;

thread_local Collector* t_current = nullptr;

Collector& process_default() {
  static Collector collector(nullptr);
  return collector;
}

void list_init(GcHeader* head) { head->next = head->prev = head; }
bool list_empty(const GcHeader* head) { return head->next == head; }

void list_remove(GcHeader* h) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
}

void list_append(GcHeader* h, GcHeader* head) {
  GcHeader* last = head->prev;
  h->prev = last;
  h->next = head;
  last->next = h;
  head->prev = h;
}

void list_move(GcHeader* h, GcHeader* head) {
  list_remove(h);
  list_append(h, head);
}

// The header of `v` if it is an object this collection is looking at.
inline GcHeader* collecting_header(Value v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.as_object();
  if (!(o->flags & objects::kGcTracked)) return nullptr;
  GcHeader* h = objects::gc_header(o);
  return h->gc_refs == kNotCollecting ? nullptr : h;
}

void visit_decref(Value v, void*) {
  if (GcHeader* h = collecting_header(v)) {
    if (h->gc_refs > 0) --h->gc_refs;
  }
}

void visit_reachable(Value v, void* context) {
  GcHeader* h = collecting_header(v);
  if (h == nullptr || h->gc_refs == kReachable) return;
  h->gc_refs = kReachable;
  static_cast<std::vector<GcHeader*>*>(context)->push_back(h);
}

void traverse(Object* o, objects::VisitFn visit, void* context) {
  if (auto* fn = o->type->traverse) fn(o, visit, context);
}

// gc_refs := references from outside `head`'s objects.
void count_outside_references(GcHeader* head) {
  for (GcHeader* h = head->next; h != head;) {
    GcHeader* next = h->next;
    Object* o = objects::object_of(h);
    // Count 0: its dealloc is running (and ran Python code that got here); its contents
    // may be half released, so it must not be traversed. It is going away anyway.
    if (o->refcount == 0) {
      untrack(o);
    } else {
      h->gc_refs = o->refcount;
    }
    h = next;
  }
  for (GcHeader* h = head->next; h != head; h = h->next) traverse(objects::object_of(h), visit_decref, nullptr);
}

// Moves the objects of `head` that nothing outside reaches (directly or through other
// objects of `head`) to `unreachable`; the others get kNotCollecting back.
void move_unreachable(GcHeader* head, GcHeader* unreachable, std::vector<GcHeader*>& stack) {
  stack.clear();
  for (GcHeader* h = head->next; h != head; h = h->next) {
    // < 0 would mean a traverse visited more references than the object holds: keep it.
    if (h->gc_refs != 0 && h->gc_refs != kReachable) {
      h->gc_refs = kReachable;
      stack.push_back(h);
    }
  }
  while (!stack.empty()) {
    GcHeader* h = stack.back();
    stack.pop_back();
    traverse(objects::object_of(h), visit_reachable, &stack);
  }
  for (GcHeader* h = head->next; h != head;) {
    GcHeader* next = h->next;
    if (h->gc_refs == kReachable) {
      h->gc_refs = kNotCollecting;
    } else {
      list_move(h, unreachable);
    }
    h = next;
  }
}

// CPython's untrack_tuples: a surviving exact tuple that holds no container (nor a
// tracked tuple) can never be part of a cycle; it leaves the lists.
void untrack_atomic_tuples(GcHeader* head) {
  for (GcHeader* h = head->next; h != head;) {
    GcHeader* next = h->next;
    Object* o = objects::object_of(h);
    if (o->type == &objects::tuple_type) {
      auto* t = static_cast<objects::TupleObject*>(o);
      bool atomic = true;
      for (int64_t i = 0; i < t->size && atomic; ++i) {
        Value v = t->items()[i];
        if (!v.is_object()) continue;
        Object* item = v.as_object();
        if (objects::has_flag(item->type, objects::kTypeGc) && (item->flags & objects::kGcTracked)) atomic = false;
      }
      if (atomic) untrack(o);
    }
    h = next;
  }
}

// CPython untracks dicts that hold no container in full collections only (untrack_dicts):
// what gc.is_tracked reports for a dict that lost its containers before this one.
void forget_dict_history(GcHeader* head) {
  for (GcHeader* h = head->next; h != head; h = h->next) {
    Object* o = objects::object_of(h);
    if (o->type == &objects::dict_type) o->flags &= ~objects::kDictHeldContainer;
  }
}

// CPython 3.11 keeps an instance's attributes inline and makes no __dict__ object until
// one is asked for; Glasspy always has one. Garbage instance dicts whose instance is
// garbage too are not counted, so that gc.collect() gives CPython's numbers.
int64_t count_inline_dicts(GcHeader* head) {
  int64_t n = 0;
  for (GcHeader* h = head->next; h != head; h = h->next) {
    Object* o = objects::object_of(h);
    if (o->type->dict_slot < 0) continue;
    Value d = *objects::dict_slot(o);
    if (d.is_object() && d.as_object()->type == &objects::dict_type && collecting_header(d) != nullptr) ++n;
  }
  return n;
}

}  // namespace

Collector::Collector(vm::VM* vm) : vm_(vm) {
  const int thresholds[kGenerations] = {700, 10, 10};
  for (int i = 0; i < kGenerations; ++i) {
    list_init(&generations[i].head);
    generations[i].threshold = thresholds[i];
  }
  list_init(&permanent);
}

Collector::~Collector() {
  if (t_current == this) t_current = nullptr;
  if (vm_ == nullptr) return;
  Collector& fallback = process_default();
  for (Generation& g : generations) list_merge(&g.head, &fallback.generations[kGenerations - 1].head);
  list_merge(&permanent, &fallback.generations[kGenerations - 1].head);
  // Weakrefs still registered point to objects that outlive this VM: keep them findable.
  for (auto& [object, first] : weakrefs) fallback.weakrefs[object] = first;
  weakrefs.clear();
}

int64_t Collector::list_size(const GcHeader* head) {
  int64_t n = 0;
  for (const GcHeader* h = head->next; h != head; h = h->next) ++n;
  return n;
}

void Collector::list_merge(GcHeader* from, GcHeader* to) {
  if (list_empty(from)) return;
  GcHeader* to_last = to->prev;
  to_last->next = from->next;
  from->next->prev = to_last;
  to->prev = from->prev;
  from->prev->next = to;
  list_init(from);
}

void Collector::link(Object* object) {
  GcHeader* h = objects::gc_header(object);
  h->gc_refs = kNotCollecting;
  list_append(h, &generations[0].head);
  object->flags |= objects::kGcTracked;
  if (++generations[0].count > generations[0].threshold) request_if_due();
}

void Collector::request_if_due() {
  if (!enabled || collecting || wake_flag_ == nullptr || generations[0].threshold == 0) return;
  wake_flag_->fetch_or(kCollectRequestBit, std::memory_order_relaxed);
}

void Collector::collect_if_due() {
  if (!enabled || collecting || vm_ == nullptr || generations[0].threshold == 0) return;
  for (int i = kGenerations - 1; i >= 0; --i) {
    if (generations[i].count <= generations[i].threshold) continue;
    // A full collection waits until a quarter of the long-lived objects are new
    // (CPython's rule against quadratic behaviour while a program builds big structures).
    if (i == kGenerations - 1 && long_lived_pending_ < long_lived_total_ / 4) continue;
    collect_with_callbacks(i);
    break;
  }
}

int64_t Collector::collect(int generation, int64_t* uncollectable) {
  *uncollectable = 0;
  ++stats[generation].collections;
  if (generation + 1 < kGenerations) ++generations[generation + 1].count;
  for (int i = 0; i <= generation; ++i) generations[i].count = 0;
  for (int i = 0; i < generation; ++i) list_merge(&generations[i].head, &generations[generation].head);
  GcHeader* young = &generations[generation].head;
  GcHeader* old = generation + 1 < kGenerations ? &generations[generation + 1].head : young;
  vm::VM& vm = *vm_;

  count_outside_references(young);
  GcHeader unreachable;
  list_init(&unreachable);
  move_unreachable(young, &unreachable, stack_);
  untrack_atomic_tuples(young);
  if (young != old) {
    if (generation == kGenerations - 2) long_lived_pending_ += list_size(young);
    list_merge(young, old);
  } else {
    forget_dict_history(young);
    long_lived_pending_ = 0;
    long_lived_total_ = list_size(young);
  }
  if (debug & kDebugCollectable) {
    for (GcHeader* h = unreachable.next; h != &unreachable; h = h->next)
      report_debug_object(vm, "collectable", objects::object_of(h));
  }

  // Weak references to garbage are cleared before anything runs; callbacks of weakrefs
  // that are not garbage themselves are called (they may look at the world, not at the
  // garbage: its weakrefs are dead).
  int64_t found = clear_weakrefs_to_garbage(vm, &unreachable, [](Object* o) {
    return (o->flags & objects::kGcTracked) && objects::gc_header(o)->gc_refs != kNotCollecting;
  });

  // Finalizers (__del__), once per object; each object is moved aside first because a
  // finalizer may free others (which unlinks them).
  GcHeader seen;
  list_init(&seen);
  while (!list_empty(&unreachable)) {
    GcHeader* h = unreachable.next;
    Object* o = objects::object_of(h);
    list_move(h, &seen);
    if (o->type->finalize != nullptr && !(o->flags & objects::kFinalized)) {
      o->flags |= objects::kFinalized;
      objects::incref(o);
      o->type->finalize(vm, o);
      objects::decref(o);
    }
  }
  list_merge(&seen, &unreachable);

  // Objects a finalizer made reachable again (and what they reach) survive.
  count_outside_references(&unreachable);
  GcHeader still_unreachable;
  list_init(&still_unreachable);
  move_unreachable(&unreachable, &still_unreachable, stack_);
  list_merge(&unreachable, old);

  found += list_size(&still_unreachable) - count_inline_dicts(&still_unreachable);
  while (!list_empty(&still_unreachable)) {
    GcHeader* h = still_unreachable.next;
    Object* o = objects::object_of(h);
    if (debug & kDebugSaveAll) {
      if (garbage != nullptr) objects::list_append(garbage, Value::from_object(o));
    } else if (o->type->clear != nullptr) {
      objects::incref(o);
      o->type->clear(o);
      objects::decref(o);
    }
    // Still there: it survived its clear (nothing freed it); keep it in the old generation.
    if (still_unreachable.next == h) {
      h->gc_refs = kNotCollecting;
      list_move(h, old);
    }
  }
  stats[generation].collected += found;
  return found;
}

int64_t Collector::collect_with_callbacks(int generation) {
  if (collecting || vm_ == nullptr) return 0;
  collecting = true;
  run_gc_callbacks(*vm_, this, "start", generation, 0, 0);
  report_debug_start(*vm_, this, generation);
  int64_t uncollectable = 0;
  int64_t found = collect(generation, &uncollectable);
  report_debug_done(*vm_, this, found, uncollectable);
  run_gc_callbacks(*vm_, this, "stop", generation, found, uncollectable);
  collecting = false;
  return found + uncollectable;
}

void track(Object* object) {
  if (object->flags & objects::kGcTracked) return;
  current()->link(object);
}

void untrack(Object* object) {
  if (!(object->flags & objects::kGcTracked)) return;
  GcHeader* h = objects::gc_header(object);
  list_remove(h);
  h->next = h->prev = nullptr;
  object->flags &= ~objects::kGcTracked;
  Generation& young = current()->generations[0];
  if (young.count > 0) --young.count;
}

Collector* current() { return t_current != nullptr ? t_current : &process_default(); }

Collector* process_default_collector() { return &process_default(); }

void make_current(Collector* collector) { t_current = collector; }

}  // namespace glasspy::gc
