// The end of an interpreter (memory stage): modules are emptied as CPython 3.11's
// finalize_modules does, so that objects a program leaves in its globals see their
// __del__ and weakref callbacks run, in CPython's order, before the VM goes away.
#include "gc/shutdown.h"

#include <vector>

#include "gc/collector.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::gc {

using namespace objects;

namespace {

// CPython's _PyModule_ClearDict: names starting with one underscore become None first,
// then every other name but __builtins__ (the values go in insertion order);
// __main__'s globals go in one pass, in insertion order (CPython frees its dict whole).
void clear_module_dict(vm::VM& vm, DictObject* d, bool main) {
  StrObject* builtins_name = vm.intern("__builtins__");
  for (int pass = main ? 1 : 0; pass < 2; ++pass) {
    std::vector<Ref> keys;
    int64_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
      if (!is_str(key) || is_none(value)) continue;
      std::string_view name = str_utf8(as_str(key));
      bool underscore = name.size() >= 1 && name[0] == '_' && !(name.size() >= 2 && name[1] == '_');
      if (str_equal(as_str(key), builtins_name)) continue;
      if (!main && (pass == 0) != underscore) continue;
      keys.push_back(Ref::borrow(key));
    }
    for (Ref& k : keys) {
      // The entry may have gone meanwhile (a __del__ changed the globals): set only if present.
      if (dict_get_str(d, as_str(k.get())).is_null()) continue;
      dict_set_str(d, as_str(k.get()), none());
    }
  }
}

bool is_core_module(std::string_view name) { return name == "builtins" || name == "sys"; }

}  // namespace

void finalize_modules(vm::VM& vm) {
  vm.make_current();
  Value saved = vm.fetch_error();
  DictObject* modules = vm.modules();
  // Modules by their order in sys.modules; __main__ goes first, the others newest first.
  std::vector<Ref> order;
  Value main_module = dict_get_str(modules, vm.intern("__main__"));
  if (!main_module.is_null() && is_module(main_module)) order.push_back(Ref::borrow(main_module));
  std::vector<Ref> others;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(modules, &pos, &key, &value)) {
    if (!is_module(value) || value.is(main_module)) continue;
    if (is_str(key) && is_core_module(str_utf8(as_str(key)))) continue;
    others.push_back(Ref::borrow(value));
  }
  for (auto it = others.rbegin(); it != others.rend(); ++it) order.push_back(std::move(*it));
  for (Ref& m : order) {
    clear_module_dict(vm, as_module(m.get())->dict, m.get().is(main_module));
    vm.clear_error();
  }
  order.clear();
  Collector& c = vm.collector();
  c.collect_with_callbacks(kGenerations - 1);
  vm.clear_error();
  vm.restore_error(saved);
}

}  // namespace glasspy::gc
