// The frame type (object model): frame objects made on demand for VM frames, their
// attributes (f_code, f_locals, f_lineno, f_back, ...), taking over a finished frame's
// locals, and sys._getframe. See frame_object.h.
#include "objects/frame_object.h"

#include <string>

#include "bytecode/code_unit.h"
#include "bytecode/line_table.h"
#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/arg_parse.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject frame_type;

FrameObject* frame_object_of(vm::Frame* frame) {
  if (frame->frame_object != nullptr) return static_cast<FrameObject*>(frame->frame_object);
  int n = frame->code->nlocalsplus;
  size_t size = sizeof(FrameObject) + (n > 1 ? (n - 1) * sizeof(Value) : 0);
  auto* f = alloc<FrameObject>(&frame_type, size);
  f->live = frame;
  incref(frame->code);
  f->code = frame->code;
  f->nfast = n;
  for (int i = 1; i < n; ++i) new (&f->fast[i]) Value();
  gc::track(f);
  frame->frame_object = f;  // the frame's reference
  return f;
}

int code_line_at(CodeObject* code, int code_unit) {
  if (code == nullptr || code->unit == nullptr) return -1;
  const bytecode::CodeUnit& unit = *code->unit;
  for (const bytecode::LocationRange& r : bytecode::decode_locations(unit.linetable, unit.firstlineno)) {
    if (code_unit >= r.start && code_unit < r.end) return r.loc.lineno;
  }
  return -1;
}

Value refresh_fast_locals(VM& vm, CodeObject* code, const Value* fast, Value* slot) {
  if (slot->is_null()) *slot = Value::from_object(dict_new());
  DictObject* d = as_dict(*slot);
  const std::vector<uint8_t>& kinds = code->unit->localspluskinds;
  bool optimized = (code->flags & bytecode::kCoOptimized) != 0;
  for (int i = 0; i < code->nlocalsplus; ++i) {
    uint8_t kind = kinds[i];
    if ((kind & bytecode::kFastFree) != 0 && !optimized) continue;  // class bodies: in the namespace
    Value v = fast[i];
    if ((kind & (bytecode::kFastCell | bytecode::kFastFree)) != 0 && is_cell(v)) v = as_cell(v)->contents;
    StrObject* name = as_str(code->localsplusnames->item(i));
    if (v.is_null()) {
      if (dict_delete(vm, d, Value::from_object(name)) < 0) vm.clear_error();  // str keys: never
      continue;
    }
    dict_set_str(d, name, v);
  }
  incref(*slot);
  return *slot;
}

Value frame_object_locals(VM& vm, FrameObject* f) {
  bool optimized = (f->code->flags & bytecode::kCoOptimized) != 0;
  if (f->live != nullptr) {
    vm::Frame* frame = f->live;
    if (optimized) return refresh_fast_locals(vm, f->code, frame->localsplus, &frame->locals);
    incref(frame->locals);
    return frame->locals;
  }
  if (optimized) return refresh_fast_locals(vm, f->code, f->fast, &f->locals);
  if (f->locals.is_null()) return Value::from_object(dict_new());
  incref(f->locals);
  return f->locals;
}

namespace {

FrameObject* frame_of(Value v) { return as_frame_object(v); }

int frame_lasti(FrameObject* f) { return f->live != nullptr ? f->live->lasti() : f->lasti; }

void frame_traverse(Object* self, VisitFn visit, void* context) {
  auto* f = static_cast<FrameObject*>(self);
  visit(Value::from_object(f->code), context);
  if (f->back) visit(Value::from_object(f->back), context);
  visit(f->trace, context);
  if (f->live != nullptr) return;  // the VM's frame holds the rest (a root)
  if (f->globals) visit(Value::from_object(f->globals), context);
  if (f->builtins) visit(Value::from_object(f->builtins), context);
  visit(f->locals, context);
  for (int i = 0; i < f->nfast; ++i) visit(f->fast[i], context);
}

// Drops what a detached frame object owns besides its code (frame.clear() and the collector).
void frame_clear_owned(FrameObject* f) {
  Value trace = f->trace;
  f->trace = Value();
  decref(trace);
  if (f->live != nullptr) return;
  for (int i = 0; i < f->nfast; ++i) {
    Value v = f->fast[i];
    f->fast[i] = Value();
    decref(v);
  }
  Value locals = f->locals;
  f->locals = Value();
  decref(locals);
  FrameObject* back = f->back;
  f->back = nullptr;
  if (back) decref(back);
}

void frame_clear(Object* self) { frame_clear_owned(static_cast<FrameObject*>(self)); }

void frame_dealloc(Object* self) {
  auto* f = static_cast<FrameObject*>(self);
  // A live frame holds a reference: this one is detached (or its frame is being cleared).
  f->live = nullptr;
  // Long f_back chains are freed in a loop, not by recursive decrefs.
  for (;;) {
    FrameObject* back = f->back;
    f->back = nullptr;
    frame_clear_owned(f);
    if (f->globals) decref(f->globals);
    if (f->builtins) decref(f->builtins);
    decref(f->code);
    free_object(f);
    if (back == nullptr || --back->refcount != 0) break;
    back->live = nullptr;
    f = back;
  }
}

Value frame_repr(VM&, Value self) {
  FrameObject* f = frame_of(self);
  std::string text = "<frame at " + address_text(self) + ", file '" +
                     std::string(f->code->filename ? str_utf8(f->code->filename) : "") + "', line " +
                     std::to_string(code_line_at(f->code, frame_lasti(f))) + ", code " +
                     std::string(f->code->name ? str_utf8(f->code->name) : "") + ">";
  return Value::from_object(str_from_utf8(text));
}

Value borrowed_or_none(Object* o) {
  if (o == nullptr) return none();
  incref(o);
  return Value::from_object(o);
}

Value get_code(VM&, Value self) { return borrowed_or_none(frame_of(self)->code); }
Value get_globals(VM&, Value self) {
  FrameObject* f = frame_of(self);
  return borrowed_or_none(f->live != nullptr ? f->live->globals : f->globals);
}
Value get_builtins(VM&, Value self) {
  FrameObject* f = frame_of(self);
  return borrowed_or_none(f->live != nullptr ? f->live->builtins : f->builtins);
}
Value get_locals(VM& vm, Value self) { return frame_object_locals(vm, frame_of(self)); }
Value get_lineno(VM&, Value self) {
  FrameObject* f = frame_of(self);
  int line = code_line_at(f->code, frame_lasti(f));
  return line < 0 ? none() : make_int(line);
}
Value get_lasti(VM&, Value self) { return make_int(frame_lasti(frame_of(self)) * 2); }
Value get_back(VM&, Value self) {
  FrameObject* f = frame_of(self);
  if (f->live != nullptr) {
    vm::Frame* previous = f->live->previous;
    if (previous == nullptr) return none();
    return borrowed_or_none(frame_object_of(previous));
  }
  return borrowed_or_none(f->back);
}
// f_lineno = n: CPython's checks on when a jump may happen; the jump itself (re-checking
// the value stack and blocks between the two lines) is not implemented.
bool set_lineno(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_AttributeError, "cannot delete attribute");
    return false;
  }
  if (!value.is_object() ? !value.is_small_int() : type_of(value) != &int_type) {
    vm.raise(&exc_ValueError, "lineno must be an integer");
    return false;
  }
  switch (static_cast<vm::TraceEvent>(vm.tracing_what_)) {
    case vm::TraceEvent::kCall:
      vm.raise(&exc_ValueError, "can't jump from the 'call' trace event of a new frame");
      return false;
    case vm::TraceEvent::kLine:
      break;
    default:
      vm.raise(&exc_ValueError, "can only jump from a 'line' trace event");
      return false;
  }
  if (frame_of(self)->trace.is_null()) {
    vm.raise(&exc_ValueError, "f_lineno can only be set by a trace function");
    return false;
  }
  vm.raise(&exc_NotImplementedError, "Glasspy cannot jump to another line: setting f_lineno is not supported");
  return false;
}
Value get_trace(VM&, Value self) {
  Value t = frame_of(self)->trace;
  if (t.is_null()) return none();
  incref(t);
  return t;
}
bool set_trace(VM&, Value self, Value value) {
  FrameObject* f = frame_of(self);
  Value old = f->trace;
  f->trace = value.is_null() || is_none(value) ? Value() : value;
  incref(f->trace);
  decref(old);
  return true;
}
// f_trace_lines / f_trace_opcodes: bool members (CPython's T_BOOL).
bool set_bool_member(VM& vm, Value value, bool* member) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "can't delete numeric/char attribute");
    return false;
  }
  if (!is_bool(value)) {
    vm.raise(&exc_TypeError, "attribute value type must be bool");
    return false;
  }
  *member = value.is(true_value());
  return true;
}
Value get_trace_lines(VM&, Value self) { return boolean(frame_of(self)->trace_lines); }
bool set_trace_lines(VM& vm, Value self, Value value) { return set_bool_member(vm, value, &frame_of(self)->trace_lines); }
Value get_trace_opcodes(VM&, Value self) { return boolean(frame_of(self)->trace_opcodes); }
bool set_trace_opcodes(VM& vm, Value self, Value value) {
  return set_bool_member(vm, value, &frame_of(self)->trace_opcodes);
}

Value frame_clear_method(VM& vm, Value self, CallArgs) {
  FrameObject* f = frame_of(self);
  if (f->live != nullptr) return vm.raise(&exc_RuntimeError, "cannot clear an executing frame");
  frame_clear_owned(f);
  return none();
}

const MethodDef kFrameMethods[] = {
    {"clear", frame_clear_method, ArgShape::kNoArgs, 0, 0, "F.clear(): clear most references held by the frame"},
    {nullptr, nullptr},
};

const GetSetDef kFrameGetSets[] = {
    {"f_code", get_code, nullptr, nullptr},
    {"f_globals", get_globals, nullptr, nullptr},
    {"f_builtins", get_builtins, nullptr, nullptr},
    {"f_locals", get_locals, nullptr, nullptr},
    {"f_lineno", get_lineno, set_lineno, nullptr},
    {"f_lasti", get_lasti, nullptr, nullptr},
    {"f_back", get_back, nullptr, nullptr},
    {"f_trace", get_trace, set_trace, nullptr},
    {"f_trace_lines", get_trace_lines, set_trace_lines, nullptr},
    {"f_trace_opcodes", get_trace_opcodes, set_trace_opcodes, nullptr},
    {nullptr, nullptr},
};

}  // namespace

Value sys_getframe(VM& vm, Value, CallArgs args) {
  int64_t depth = 0;
  if (args.nargs > 0 && !index_int64(vm, args.args[0], &depth)) return Value();
  vm::Frame* frame = vm.current_frame();
  while (depth > 0 && frame != nullptr) {
    frame = frame->previous;
    --depth;
  }
  if (frame == nullptr) return vm.raise(&exc_ValueError, "call stack is not deep enough");
  FrameObject* f = frame_object_of(frame);
  incref(f);
  return Value::from_object(f);
}

void init_frame_type() {
  TypeObject& t = frame_type;
  t.name = "frame";
  t.basic_size = sizeof(FrameObject);
  t.type_flags = kTypeGc | kTypeImmutable;
  t.dealloc = frame_dealloc;
  t.traverse = frame_traverse;
  t.clear = frame_clear;
  t.repr = frame_repr;
  t.methods = kFrameMethods;
  t.getsets = kFrameGetSets;
}

}  // namespace glasspy::objects

namespace glasspy::vm {

using namespace objects;

// clear_frame's slow path: the frame object outlives the frame when something else holds
// it (a traceback, f_back, a variable): it takes over the locals, namespaces and caller.
void detach_frame_object(Frame* frame) {
  auto* f = static_cast<FrameObject*>(frame->frame_object);
  frame->frame_object = nullptr;
  f->live = nullptr;
  if (f->refcount == 1) {
    decref(f);
    return;
  }
  f->lasti = frame->lasti();
  int n = frame->code->nlocalsplus;
  for (int i = 0; i < n && i < f->nfast; ++i) {
    f->fast[i] = frame->localsplus[i];
    frame->localsplus[i] = Value();
  }
  f->locals = frame->locals;
  frame->locals = Value();
  incref(frame->globals);
  f->globals = frame->globals;
  incref(frame->builtins);
  f->builtins = frame->builtins;
  if (frame->previous != nullptr && f->back == nullptr) {
    FrameObject* back = frame_object_of(frame->previous);
    incref(back);
    f->back = back;
  }
  decref(f);
}

}  // namespace glasspy::vm
