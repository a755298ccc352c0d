// The traceback type (object model): tb_frame, tb_lineno, tb_lasti, tb_next. Entries are
// made by the VM as an exception unwinds (traceback_new); the line number is decoded from
// the code object's co_linetable when first needed.
#include "objects/traceback_object.h"

#include <string>

#include "bytecode/line_table.h"
#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/frame_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject traceback_type;

TracebackObject* traceback_new(TracebackObject* next, Value frame, CodeObject* code, int code_unit,
                               DictObject* globals) {
  TracebackObject* tb = alloc<TracebackObject>(&traceback_type);
  if (next) incref(next);
  tb->next = next;
  incref(frame);
  tb->frame = frame;
  if (code) incref(code);
  tb->code = code;
  tb->lasti = code_unit * 2;
  if (globals) incref(globals);
  tb->globals = globals;
  gc::track(tb);
  return tb;
}

void traceback_here(Value exception, vm::Frame* frame) {
  if (!is_exception(exception)) return;
  ExceptionObject* e = as_exception(exception);
  TracebackObject* next = is_traceback(e->traceback) ? as_traceback(e->traceback) : nullptr;
  TracebackObject* tb = traceback_new(next, Value::from_object(frame_object_of(frame)), frame->code, frame->lasti(),
                                      frame->globals);
  Value old = e->traceback;
  e->traceback = Value::from_object(tb);  // takes the new reference
  decref(old);
}

int traceback_lineno(TracebackObject* tb) {
  if (tb->lineno != TracebackObject::kUnknownLine) return tb->lineno;
  int line = -1;
  if (tb->code != nullptr && tb->code->unit != nullptr) {
    const bytecode::CodeUnit& unit = *tb->code->unit;
    int unit_index = tb->lasti / 2;
    for (const bytecode::LocationRange& r : bytecode::decode_locations(unit.linetable, unit.firstlineno)) {
      if (unit_index >= r.start && unit_index < r.end) {
        line = r.loc.lineno;
        break;
      }
    }
  }
  tb->lineno = line;
  return line;
}

namespace {

void traceback_traverse(Object* self, VisitFn visit, void* context) {
  TracebackObject* tb = static_cast<TracebackObject*>(self);
  if (tb->next) visit(Value::from_object(tb->next), context);
  visit(tb->frame, context);
  if (tb->code) visit(Value::from_object(tb->code), context);
  if (tb->globals) visit(Value::from_object(tb->globals), context);
}

void traceback_clear(Object* self) {
  TracebackObject* tb = static_cast<TracebackObject*>(self);
  TracebackObject* next = tb->next;
  Value frame = tb->frame;
  CodeObject* code = tb->code;
  DictObject* globals = tb->globals;
  tb->next = nullptr;
  tb->frame = Value();
  tb->code = nullptr;
  tb->globals = nullptr;
  if (next) decref(next);
  decref(frame);
  if (code) decref(code);
  if (globals) decref(globals);
}

void traceback_dealloc(Object* self) {
  // A long chain (deep recursion) is freed in a loop, not by recursive decrefs.
  TracebackObject* tb = static_cast<TracebackObject*>(self);
  for (;;) {
    TracebackObject* next = tb->next;
    tb->next = nullptr;
    decref(tb->frame);
    if (tb->code) decref(tb->code);
    if (tb->globals) decref(tb->globals);
    free_object(tb);
    if (next == nullptr || --next->refcount != 0) break;
    tb = next;
  }
}

Value tb_frame_get(VM&, Value self) {
  TracebackObject* tb = as_traceback(self);
  if (tb->frame.is_null()) return none();
  incref(tb->frame);
  return tb->frame;
}

Value tb_next_get(VM&, Value self) {
  TracebackObject* next = as_traceback(self)->next;
  if (next == nullptr) return none();
  incref(next);
  return Value::from_object(next);
}

bool tb_next_set(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "can't delete tb_next attribute");
    return false;
  }
  TracebackObject* tb = as_traceback(self);
  if (is_none(value)) {
    TracebackObject* old = tb->next;
    tb->next = nullptr;
    if (old) decref(old);
    return true;
  }
  if (!is_traceback(value)) {
    vm.raise(&exc_TypeError, std::string("expected traceback object or None, got '") + type_name(value) + "'");
    return false;
  }
  for (TracebackObject* c = as_traceback(value); c != nullptr; c = c->next) {
    if (c == tb) {
      vm.raise(&exc_ValueError, "traceback loop detected");
      return false;
    }
  }
  incref(value);
  TracebackObject* old = tb->next;
  tb->next = as_traceback(value);
  if (old) decref(old);
  return true;
}

Value tb_lasti_get(VM&, Value self) { return make_int(as_traceback(self)->lasti); }
Value tb_lineno_get(VM&, Value self) { return make_int(traceback_lineno(as_traceback(self))); }

const GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_next_get, tb_next_set, nullptr},
    {"tb_frame", tb_frame_get, nullptr, nullptr},
    {"tb_lasti", tb_lasti_get, nullptr, nullptr},
    {"tb_lineno", tb_lineno_get, nullptr, nullptr},
    {nullptr, nullptr},
};

}  // namespace

void init_traceback_type() {
  TypeObject& t = traceback_type;
  t.name = "traceback";
  t.basic_size = sizeof(TracebackObject);
  t.type_flags = kTypeGc | kTypeImmutable;
  t.dealloc = traceback_dealloc;
  t.traverse = traceback_traverse;
  t.clear = traceback_clear;
  t.getsets = kTracebackGetSets;

  init_frame_type();
}

void ready_traceback_types() {
  ready_static_type(&traceback_type);
  ready_static_type(&frame_type);
}

}  // namespace glasspy::objects
