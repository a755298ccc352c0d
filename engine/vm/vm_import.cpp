// The import system (VM stage): IMPORT_NAME, IMPORT_FROM, IMPORT_STAR and __import__, as
// CPython 3.11's import.c and importlib._bootstrap behave (messages included). Modules
// are found in sys.modules, then among the built-in (C++) modules, the frozen Python
// modules of engine/lib/, and the user's files on sys.path (read through the host).
#include "vm/vm_import.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "modules/module_registry.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/tuple_object.h"
#include "parse/source_decode.h"
#include "vm/compile_source.h"
#include "vm/frame.h"
#include "vm/traceback_print.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

// Modules whose body is running (the "partially initialized" of circular imports), per
// VM. Only non-empty while an import runs.
std::vector<std::pair<const VM*, Object*>>& initializing_modules() {
  static std::vector<std::pair<const VM*, Object*>> modules;
  return modules;
}

bool is_initializing(const VM& vm, Value module) {
  if (!module.is_object()) return false;
  for (const auto& [owner, m] : initializing_modules())
    if (owner == &vm && m == module.as_object()) return true;
  return false;
}

std::string utf8_of(Value s) { return std::string(str_utf8(as_str(s))); }

std::string quoted(VM& vm, Value s) {
  std::string out;
  if (!repr_utf8(vm, s, &out)) {
    vm.clear_error();
    return "?";
  }
  return out;
}

// Raises ImportError (or a subclass) with .msg, .name and .path set. Returns null.
Value raise_import_error(VM& vm, TypeObject* type, const std::string& message, Value name, Value path = Value()) {
  ExceptionObject* e = exception_with_message(type, message);
  Value fields[] = {e->fields[kImportErrorMsg], e->fields[kImportErrorName], e->fields[kImportErrorPath]};
  e->fields[kImportErrorMsg] = Value::from_object(str_from_utf8(message));
  incref(name);
  e->fields[kImportErrorName] = name;
  incref(path);
  e->fields[kImportErrorPath] = path;
  for (Value v : fields) decref(v);
  vm.raise_value(Value::from_object(e));
  decref(e);
  return Value();
}

Value raise_not_found(VM& vm, StrObject* name) {
  return raise_import_error(vm, &exc_ModuleNotFoundError, "No module named " + quoted(vm, Value::from_object(name)),
                            Value::from_object(name));
}

// The module's __name__ if it is a str, else null (no error pending).
Ref module_name(VM& vm, Value module) {
  Ref name = Ref::steal(get_attribute_optional(vm, module, vm.intern("__name__")));
  if (name.is_null() || !is_str(name.get())) {
    vm.clear_error();
    return Ref();
  }
  return name;
}

Value sys_modules_get(VM& vm, StrObject* name) { return dict_get_str(vm.modules(), name); }

// sys.path as a list of directory strings (the main program's folder first).
std::vector<std::string> search_path(VM& vm) {
  std::vector<std::string> dirs;
  Value sys = dict_get_str(vm.modules(), vm.intern("sys"));
  if (!sys.is_null() && is_module(sys)) {
    Value path = dict_get_str(as_module(sys)->dict, vm.intern("path"));
    if (!path.is_null() && is_list(path)) {
      ListObject* list = as_list(path);
      for (int64_t i = 0; i < list->size; ++i)
        if (is_str(list->items[i])) dirs.push_back(utf8_of(list->items[i]));
      return dirs;
    }
  }
  dirs.emplace_back();
  return dirs;
}

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

// Runs `source` as the body of `module` (already in sys.modules). False on error.
bool exec_module_source(VM& vm, ModuleObject* module, std::string_view bytes, const std::string& filename) {
  parse::DecodedSource decoded = parse::decode_source_file(bytes, filename);
  if (!decoded.ok) {
    vm.raise(&exc_SyntaxError, decoded.error);
    return false;
  }
  vm.sources().add(filename, decoded.text);
  Ref code = Ref::steal(compile_module_source(vm, decoded.text, filename, parse::SourceKind::kFile,
                                              decoded.declared_encoding));
  if (code.is_null()) return false;
  dict_set_str(module->dict, vm.intern("__builtins__"), Value::from_object(vm.builtins()));
  initializing_modules().emplace_back(&vm, module);
  Value result = vm.run_code(as_code(code.get()), module->dict, Value::from_object(module->dict));
  auto& live = initializing_modules();
  for (auto it = live.end(); it != live.begin();) {
    --it;
    if (it->first == &vm && it->second == module) {
      live.erase(it);
      break;
    }
  }
  if (result.is_null()) return false;
  decref(result);
  return true;
}

// A new module `name` for a Python source file, with its import attributes.
ModuleObject* new_source_module(VM& vm, StrObject* name, const std::string& file, bool is_package,
                                const std::string& package_dir) {
  ModuleObject* m = module_new(vm, name);
  if (!file.empty()) dict_set_str(m->dict, vm.intern("__file__"), Value::from_object(vm.intern(file)));
  std::string text(str_utf8(name));
  std::string package = is_package ? text : text.substr(0, std::min(text.size(), text.rfind('.')));
  if (!is_package && text.find('.') == std::string::npos) package.clear();
  dict_set_str(m->dict, vm.intern("__package__"), Value::from_object(vm.intern(package)));
  if (is_package) {
    ListObject* path = list_new();
    if (!package_dir.empty()) list_append_owned(path, Value::from_object(str_from_utf8(package_dir)));
    dict_set_str(m->dict, vm.intern("__path__"), Value::from_object(path));
    decref(path);
  }
  return m;
}

// Puts `module` in sys.modules, runs its source, and returns what sys.modules then holds
// for `name` (a module may replace itself). On error the entry is removed.
Value run_new_module(VM& vm, StrObject* name, ModuleObject* module, std::string_view source,
                     const std::string& filename) {
  Ref owner = Ref::steal(Value::from_object(module));
  dict_set_str(vm.modules(), name, owner.get());
  if (!exec_module_source(vm, module, source, filename)) {
    Value saved = vm.fetch_error();
    int r = dict_delete(vm, vm.modules(), Value::from_object(name));
    (void)r;
    vm.restore_error(saved);
    return Value();
  }
  Value result = dict_get_str(vm.modules(), name);
  if (result.is_null()) {
    return raise_import_error(vm, &exc_ImportError,
                              "Loaded module " + std::string(str_utf8(name)) + " not found in sys.modules",
                              Value::from_object(name));
  }
  incref(result);
  return result;
}

// Finds and loads module `name` (absolute; its parent already imported when dotted, with
// `parent_path` its __path__). New reference, or null (ModuleNotFoundError if not found).
Value find_and_load(VM& vm, StrObject* name, Value parent_path) {
  std::string text(str_utf8(name));
  bool dotted = text.find('.') != std::string::npos;
  if (!dotted) {
    if (modules::ModuleFactory factory = modules::find_builtin_module(text)) {
      ModuleObject* m = factory(vm);
      if (m == nullptr) return Value();
      std::string file = modules::builtin_module_file(text);
      if (!file.empty()) dict_set_str(m->dict, vm.intern("__file__"), Value::from_object(vm.intern(file)));
      dict_set_str(vm.modules(), name, Value::from_object(m));
      return Value::from_object(m);
    }
  }
  if (const modules::FrozenModule* frozen = modules::find_frozen_module(text)) {
    ModuleObject* m = new_source_module(vm, name, "", frozen->is_package, "");
    return run_new_module(vm, name, m, frozen->source, "<frozen " + text + ">");
  }
  std::vector<std::string> dirs;
  if (dotted) {
    if (!parent_path.is_null() && is_list(parent_path)) {
      ListObject* list = as_list(parent_path);
      for (int64_t i = 0; i < list->size; ++i)
        if (is_str(list->items[i])) dirs.push_back(utf8_of(list->items[i]));
    }
  } else {
    dirs = search_path(vm);
  }
  std::string last = text.substr(text.rfind('.') + 1);
  for (const std::string& dir : dirs) {
    std::string error;
    std::string package_dir = join_path(dir, last);
    std::string init = join_path(package_dir, "__init__.py");
    if (auto source = vm.host().read_file(init, &error)) {
      ModuleObject* m = new_source_module(vm, name, init, true, package_dir);
      return run_new_module(vm, name, m, *source, init);
    }
    std::string file = join_path(dir, last + ".py");
    if (auto source = vm.host().read_file(file, &error)) {
      ModuleObject* m = new_source_module(vm, name, file, false, "");
      return run_new_module(vm, name, m, *source, file);
    }
  }
  return raise_not_found(vm, name);
}

// importlib's _find_and_load: imports the parents first, binds the child on its parent.
Value import_unlocked(VM& vm, StrObject* name) {
  std::string text(str_utf8(name));
  size_t dot = text.rfind('.');
  if (dot == std::string::npos) return find_and_load(vm, name, Value());
  StrObject* parent_name = vm.intern(text.substr(0, dot));
  if (sys_modules_get(vm, parent_name).is_null()) {
    Value parent = import_absolute(vm, parent_name);
    if (parent.is_null()) return Value();
    decref(parent);
  }
  // Importing the parent may have imported the child.
  Value already = sys_modules_get(vm, name);
  if (!already.is_null()) {
    incref(already);
    return already;
  }
  Value parent = sys_modules_get(vm, parent_name);
  if (parent.is_null())
    return vm.raise(&exc_KeyError, text.substr(0, dot));
  Ref parent_ref = Ref::borrow(parent);
  Ref path = Ref::steal(get_attribute_optional(vm, parent, vm.intern("__path__")));
  if (path.is_null()) {
    if (vm.has_error()) return Value();
    return raise_import_error(vm, &exc_ModuleNotFoundError,
                              "No module named " + quoted(vm, Value::from_object(name)) + "; " +
                                  quoted(vm, Value::from_object(parent_name)) + " is not a package",
                              Value::from_object(name));
  }
  Value module = find_and_load(vm, name, path.get());
  if (module.is_null()) return Value();
  if (!setattr(vm, parent_ref.get(), vm.intern(text.substr(dot + 1)), module)) {
    decref(module);
    return Value();
  }
  return module;
}

// The absolute name of a relative import (importlib's _calc___package__ + _resolve_name).
Value resolve_name(VM& vm, StrObject* name, Value globals, int level) {
  if (globals.is_null() || is_none(globals))
    return vm.raise(&exc_KeyError, "'__name__' not in globals");
  if (!is_dict(globals)) return vm.raise(&exc_TypeError, "globals must be a dict");
  DictObject* g = as_dict(globals);
  Value package = dict_get_str(g, vm.intern("__package__"));
  std::string base;
  if (!package.is_null() && !is_none(package)) {
    if (!is_str(package)) return vm.raise(&exc_TypeError, "package must be a string");
    base = utf8_of(package);
  } else {
    Value spec = dict_get_str(g, vm.intern("__spec__"));
    if (!spec.is_null() && !is_none(spec)) {
      Ref parent = Ref::steal(getattr(vm, spec, "parent"));
      if (parent.is_null()) return Value();
      if (!is_str(parent.get())) return vm.raise(&exc_TypeError, "package must be a string");
      base = utf8_of(parent.get());
    } else {
      Value module_name_value = dict_get_str(g, vm.intern("__name__"));
      if (module_name_value.is_null()) {
        ExceptionObject* e = exception_with_arg(&exc_KeyError, Value::from_object(vm.intern("__name__")));
        vm.raise_value(Value::from_object(e));
        decref(e);
        return Value();
      }
      if (!is_str(module_name_value)) return vm.raise(&exc_TypeError, "__name__ must be a string");
      base = utf8_of(module_name_value);
      if (dict_get_str(g, vm.intern("__path__")).is_null()) {
        size_t dot = base.rfind('.');
        base = dot == std::string::npos ? std::string() : base.substr(0, dot);
      }
    }
  }
  if (base.empty()) {
    return raise_import_error(vm, &exc_ImportError, "attempted relative import with no known parent package", Value());
  }
  for (int i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos)
      return raise_import_error(vm, &exc_ImportError, "attempted relative import beyond top-level package", Value());
    base.resize(dot);
  }
  if (name->length > 0) base += "." + std::string(str_utf8(name));
  return Value::from_object(str_from_utf8(base));
}

// importlib's _handle_fromlist: imports the submodules a `from package import x` names.
bool handle_fromlist(VM& vm, Value module, Value fromlist, bool recursive) {
  Ref items = Ref::steal(iter(vm, fromlist));
  if (items.is_null()) return false;
  while (true) {
    Ref x = Ref::steal(next(vm, items.get()));
    if (x.is_null()) return !vm.has_error();
    if (!is_str(x.get())) {
      std::string where = "from list";
      if (recursive) {
        Ref mname = module_name(vm, module);
        where = (mname.is_null() ? std::string("?") : utf8_of(mname.get())) + ".__all__";
      }
      vm.raise(&exc_TypeError, "Item in " + where + " must be str, not " + type_name(x.get()));
      return false;
    }
    StrObject* item = as_str(x.get());
    if (str_equals_utf8(item, "*")) {
      if (recursive) continue;
      Ref all = Ref::steal(get_attribute_optional(vm, module, vm.intern("__all__")));
      if (all.is_null()) {
        if (vm.has_error()) return false;
        continue;
      }
      if (!handle_fromlist(vm, module, all.get(), true)) return false;
      continue;
    }
    Ref present = Ref::steal(get_attribute_optional(vm, module, item));
    if (!present.is_null()) continue;
    if (vm.has_error()) return false;
    Ref mname = module_name(vm, module);
    if (mname.is_null()) continue;
    StrObject* from_name = vm.intern(utf8_of(mname.get()) + "." + std::string(str_utf8(item)));
    Value sub = import_absolute(vm, from_name);
    if (!sub.is_null()) {
      decref(sub);
      continue;
    }
    // A missing submodule is not an error here: IMPORT_FROM reports the missing name.
    if (vm.error_matches(&exc_ModuleNotFoundError)) {
      Value error = vm.peek_error();
      Value error_name = as_exception(error)->fields[kImportErrorName];
      if (!error_name.is_null() && is_str(error_name) && str_equal(as_str(error_name), from_name)) {
        Value in_modules = sys_modules_get(vm, from_name);
        if (in_modules.is_null() || !is_none(in_modules)) {
          vm.clear_error();
          continue;
        }
      }
    }
    return false;
  }
}

}  // namespace

Value import_absolute(VM& vm, StrObject* name) {
  Value module = sys_modules_get(vm, name);
  if (module.is_null()) return import_unlocked(vm, name);
  if (is_none(module)) {
    return raise_import_error(vm, &exc_ModuleNotFoundError,
                              "import of " + std::string(str_utf8(name)) + " halted; None in sys.modules",
                              Value::from_object(name));
  }
  incref(module);
  return module;
}

Value import_module_level(VM& vm, Value name, Value globals, Value fromlist, int level) {
  if (!is_str(name)) return vm.raise(&exc_TypeError, std::string("module name must be str, not ") + type_name(name));
  if (level < 0) return vm.raise(&exc_ValueError, "level must be >= 0");
  StrObject* given = as_str(name);
  Ref abs_name;
  if (level > 0) {
    abs_name = Ref::steal(resolve_name(vm, given, globals, level));
    if (abs_name.is_null()) return Value();
  } else {
    if (given->length == 0) return vm.raise(&exc_ValueError, "Empty module name");
    abs_name = Ref::borrow(name);
  }
  Ref module = Ref::steal(import_absolute(vm, as_str(abs_name.get())));
  if (module.is_null()) return Value();

  bool has_from = false;
  if (!fromlist.is_null() && !is_none(fromlist)) {
    int t = truthy(vm, fromlist);
    if (t < 0) return Value();
    has_from = t > 0;
  }
  if (!has_from) {
    std::string text(str_utf8(given));
    size_t dot = text.find('.');
    if (level > 0 && text.empty()) return module.release();
    if (dot == std::string::npos) return module.release();
    if (level == 0) {
      Ref front = Ref::steal(Value::from_object(str_from_utf8(text.substr(0, dot))));
      return import_module_level(vm, front.get(), Value(), Value(), 0);
    }
    std::string absolute(str_utf8(as_str(abs_name.get())));
    size_t cut_off = text.size() - dot;
    std::string to_return = absolute.substr(0, absolute.size() - cut_off);
    Value found = dict_get_utf8(vm.modules(), to_return);
    if (found.is_null()) return vm.raise(&exc_KeyError, "'" + to_return + "' not in sys.modules as expected");
    incref(found);
    return found;
  }
  Ref path = Ref::steal(get_attribute_optional(vm, module.get(), vm.intern("__path__")));
  if (path.is_null()) {
    if (vm.has_error()) return Value();
    return module.release();
  }
  if (!handle_fromlist(vm, module.get(), fromlist, false)) return Value();
  return module.release();
}

Value VM::import_name(Frame* frame, Value name, Value fromlist, Value level) {
  Value import_func = dict_get_str(frame->builtins, intern("__import__"));
  if (import_func.is_null()) {
    return raise_import_error(*this, &exc_ImportError, "__import__ not found", Value());
  }
  int level_value = level.is_small_int() ? static_cast<int>(level.as_small_int()) : 0;
  // The built-in __import__ (not replaced by the program): the direct path.
  if (type_of(import_func) == &builtin_function_type) {
    auto* native = static_cast<NativeFunctionObject*>(import_func.as_object());
    if (std::string_view(native->def->name) == "__import__")
      return import_module_level(*this, name, Value::from_object(frame->globals), fromlist, level_value);
  }
  Value locals = frame->locals.is_null() ? none() : frame->locals;
  Value args[] = {name, Value::from_object(frame->globals), locals, fromlist, level};
  return call(*this, import_func, CallArgs{args, 5, nullptr});
}

Value VM::import_from(Value module, Value name) {
  StrObject* attr = as_str(name);
  Value x = get_attribute_optional(*this, module, attr);
  if (!x.is_null() || has_error()) return x;
  // A submodule that is in sys.modules but not (yet) bound on its package: circular
  // imports of packages.
  Ref package_ref = module_name(*this, module);
  Value package_name = package_ref.get();
  if (!package_name.is_null()) {
    std::string full = utf8_of(package_name) + "." + std::string(str_utf8(attr));
    Value sub = dict_get_utf8(modules_, full);
    if (!sub.is_null()) {
      incref(sub);
      return sub;
    }
  }
  std::string shown = package_name.is_null() ? "'<unknown module name>'" : quoted(*this, package_name);
  Ref path = Ref::steal(get_attribute_optional(*this, module, intern("__file__")));
  if (has_error()) clear_error();
  if (path.is_null() || !is_str(path.get())) {
    return raise_import_error(*this, &exc_ImportError,
                              "cannot import name " + quoted(*this, name) + " from " + shown + " (unknown location)",
                              package_name);
  }
  std::string message = "cannot import name " + quoted(*this, name) + " from ";
  if (is_initializing(*this, module))
    message += "partially initialized module " + shown + " (most likely due to a circular import)";
  else
    message += shown;
  message += " (" + utf8_of(path.get()) + ")";
  return raise_import_error(*this, &exc_ImportError, message, package_name, path.get());
}

bool VM::import_star(Frame* frame, Value module) {
  if (frame->locals.is_null()) {
    raise(&exc_SystemError, "no locals found during 'import *'");
    return false;
  }
  Ref all = Ref::steal(get_attribute_optional(*this, module, intern("__all__")));
  if (has_error()) return false;
  bool skip_private = all.is_null();
  if (skip_private) {
    Ref dict = Ref::steal(get_attribute_optional(*this, module, intern("__dict__")));
    if (dict.is_null()) {
      if (!has_error()) raise(&exc_ImportError, "from-import-* object has no __dict__ and no __all__");
      return false;
    }
    all = Ref::steal(call_method(*this, dict.get(), intern("keys"), nullptr, 0));
    if (all.is_null()) return false;
  }
  Ref items = Ref::steal(iter(*this, all.get()));
  if (items.is_null()) return false;
  while (true) {
    Ref name = Ref::steal(next(*this, items.get()));
    if (name.is_null()) return !has_error();
    if (!is_str(name.get())) {
      Ref mname = module_name(*this, module);
      std::string shown = mname.is_null() ? std::string("?") : utf8_of(mname.get());
      raise(&exc_TypeError, std::string(skip_private ? "Key in " : "Item in ") + shown +
                                (skip_private ? ".__dict__" : ".__all__") + " must be str, not " +
                                type_name(name.get()));
      return false;
    }
    StrObject* s = as_str(name.get());
    if (skip_private && s->length > 0 && s->at(0) == '_') continue;
    Ref value = Ref::steal(getattr(*this, module, s));
    if (value.is_null()) return false;
    if (is_exact_dict(frame->locals)) {
      if (!dict_set(*this, as_dict(frame->locals), name.get(), value.get())) return false;
    } else if (!setitem(*this, frame->locals, name.get(), value.get())) {
      return false;
    }
  }
}

}  // namespace glasspy::vm
