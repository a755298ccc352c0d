// The interpreter loop (VM stage): executes CPython 3.11 bytecode. Python-to-Python calls
// push a frame and continue in the same loop; a C++ caller (ops::call) enters the loop
// with an entry frame and gets control back when that frame returns or raises.
// Exceptions unwind through each code object's exception table. Dispatch is computed goto
// natively and a switch under Emscripten (where computed goto measured slower); the
// inline CACHE entries after LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR hold dict entry hints
// (the code's `instructions` are the VM's own copy: co_code is kept apart).
// The loop is a template instantiated twice: run_loop<false> is the plain loop, and
// run_loop<true> also reports instructions, returns and exceptions to the trace and
// profile hooks (vm/trace_hooks.cpp) and runs fused instructions one by one. A loop
// hands its frames to the other instantiation when sys.settrace/setprofile change.
#include <cstring>
#include <string>
#include <vector>

#include "bytecode/opcode.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/generator_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_cache.h"
#include "vm/call_binding.h"
#include "vm/eval_fast_paths.h"
#include "vm/eval_support.h"
#include "vm/frame.h"
#include "vm/vm.h"

// GP_SWITCH_DISPATCH forces the switch natively (to test the form the wasm build uses).
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__) && !defined(GP_SWITCH_DISPATCH)
#define GP_COMPUTED_GOTO 1
#else
#define GP_COMPUTED_GOTO 0
#endif

namespace glasspy::vm {

using namespace objects;
using bytecode::Opcode;

namespace {

// Inline CACHE code units of each opcode, as compile-time constants (kCache_NAME).
#define GP_OPCODE(NAME, number, caches, ...) [[maybe_unused]] constexpr int kCache_##NAME = caches;
#include "bytecode/opcodes.def"

std::string name_text(Value name) { return std::string(str_utf8(as_str(name))); }

// Counts the loop's active invocations (see VM::frame_is_outermost).
struct LoopDepth {
  explicit LoopDepth(int& depth) : depth_(depth) { ++depth_; }
  ~LoopDepth() { --depth_; }
  int& depth_;
};

// A function whose parameters are exactly `nargs` positional ones, some of them maybe
// from defaults: the call binds by moving the arguments (no keywords, *args, **kwargs,
// keyword-only parameters).
inline bool binds_positionally(const FunctionObject* f, const CodeObject* code, size_t nargs) {
  if ((code->flags & (bytecode::kCoVarargs | bytecode::kCoVarkeywords)) != 0 || code->kwonlyargcount != 0) return false;
  size_t argcount = static_cast<size_t>(code->argcount);
  if (nargs == argcount) return true;
  if (nargs > argcount || f->defaults.is_null()) return false;
  return argcount - nargs <= static_cast<size_t>(as_tuple(f->defaults)->size);
}

// A module's attribute as module_getattro finds it first (in the module's dict, when the
// module type has no attribute of that name): borrowed, or null to take the long way.
inline Value module_attribute(Object* o, StrObject* name, uint16_t* hint) {
  if (o->type != &module_type || !cached_type_lookup(&module_type, name).is_null()) return Value();
  return fast::lookup_name(static_cast<ModuleObject*>(o)->dict, name, hint);
}

}  // namespace

template <bool kTracing>
Value VM::run_loop(Frame* frame) {
  LoopDepth loop_depth(loop_depth_);
  Frame* saved_current = current_frame_;
  current_frame_ = frame;
  Value* sp = frame->sp;
  const uint16_t* ip = frame->ip;    // the next code unit to read
  const uint16_t* cur = kTracing ? frame->current : frame->ip;  // the instruction executing (saved as frame->current)
  [[maybe_unused]] const uint16_t* trace_previous = cur;  // tracing: the instruction before cur
  Value* locals = frame->localsplus;
  CodeObject* code = frame->code;
  Value kwnames;  // set by KW_NAMES for the next CALL (borrowed from co_consts)
  int reraise_lasti = -1;  // the offset RERAISE restored, for the next handler
  Value result;
  unsigned word = 0;
  int opcode = 0;
  int oparg = 0;
  const Value kTrue = true_value();
  const Value kFalse = false_value();

#if GP_COMPUTED_GOTO
  static void* dispatch_table[256];
  static bool dispatch_ready = false;
  if (!dispatch_ready) {
    for (void*& target : dispatch_table) target = &&TARGET_unknown;
#define GP_OPCODE(NAME, number, ...) dispatch_table[number] = &&TARGET_##NAME;
#include "bytecode/opcodes.def"
    dispatch_ready = true;
  }
#define TARGET(NAME) \
  TARGET_##NAME:     \
  ip += kCache_##NAME;
// A label sharing the next TARGET's body (for opcodes without inline caches).
#define TARGET_ALSO(NAME) TARGET_##NAME:
#define DISPATCH()                                     \
  {                                                    \
    GP_TRACE_REMEMBER_PREVIOUS();                      \
    cur = ip;                                          \
    word = *ip++;                                      \
    opcode = word & 0xFF;                              \
    oparg = static_cast<int>(word >> 8);               \
    GP_TRACE_INSTRUCTION();                            \
    goto* dispatch_table[opcode];                      \
  }
#define GP_DISPATCH_OPCODE() goto* dispatch_table[opcode]
#else
#define TARGET(NAME)      \
  case int(Opcode::NAME): \
    ip += kCache_##NAME;
#define TARGET_ALSO(NAME) case int(Opcode::NAME):
#define DISPATCH() goto next_instruction
#define GP_DISPATCH_OPCODE() goto dispatch_opcode
#endif

// The tracing loop reports each instruction before it runs (a 'call' event at RESUME,
// 'line' and 'opcode' events elsewhere); the plain loop compiles these to nothing.
#define GP_TRACE_REMEMBER_PREVIOUS() \
  if constexpr (kTracing) trace_previous = cur;
#define GP_TRACE_INSTRUCTION()                                                 \
  if constexpr (kTracing) {                                                    \
    if (tracing_depth_ == 0) {                                                 \
      frame->sp = sp;                                                          \
      frame->ip = ip;                                                          \
      frame->current = cur;                                                    \
      if (!trace_instruction(frame, trace_previous)) goto error;               \
    }                                                                          \
  }
// Hands the running frames to the other instantiation of the loop (run_frames switches).
#define GP_SWITCH_LOOP()                \
  {                                     \
    loop_switch_frame_ = frame;         \
    current_frame_ = saved_current;     \
    return Value();                     \
  }

// frame->current is only written where something may look at it (a call, an error).
#define GP_SAVE() (frame->sp = sp, frame->ip = ip, frame->current = cur)
#define GP_LOAD() \
  (sp = frame->sp, ip = frame->ip, cur = frame->current, locals = frame->localsplus, code = frame->code)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define GP_ERROR() goto error
#define GP_CHECK(ok) \
  if (!(ok)) goto error
// The inline cache unit i (0-based) of the executing instruction, writable.
#define GP_CACHE(i) (const_cast<uint16_t*>(cur)[1 + (i)])
// TOS1, TOS -> `expr` (reading a and b); on error b goes back on the stack so that the
// unwinder releases both.
#define GP_BINARY_STEP(expr)   \
  {                            \
    Value b = POP();           \
    Value a = TOP();           \
    GP_SAVE();                 \
    Value r = (expr);          \
    if (r.is_null()) {         \
      PUSH(b);                 \
      GP_ERROR();              \
    }                          \
    decref(a);                 \
    decref(b);                 \
    TOP() = r;                 \
    DISPATCH();                \
  }
// Polls the interrupt flag (KeyboardInterrupt, collection requests) and the budget at
// backward jumps and RESUME (calls); suspends the run when the budget is spent in the
// outermost loop.
#define GP_POLL_AT_BACKWARD_JUMP()                                                         \
  if (budget_enabled_ || interrupt_requested_.load(std::memory_order_relaxed) != 0) {      \
    GP_SAVE();                                                                             \
    GP_CHECK(check_interrupt());                                                           \
    if (tracing_wanted_ != kTracing) {                                                     \
      if (opcode == int(Opcode::RESUME)) frame->ip = cur; /* again: its 'call' event */    \
      GP_SWITCH_LOOP();                                                                    \
    }                                                                                      \
    if (budget_enabled_ && --budget_ <= 0) {                                               \
      if (frame_is_outermost(frame)) {                                                     \
        suspended_ = true;                                                                 \
        suspended_frame_ = frame;                                                          \
        current_frame_ = saved_current;                                                    \
        return Value();                                                                    \
      }                                                                                    \
      /* A nested loop cannot stop for the host: it asks the host for Stop instead. */     \
      GP_CHECK(poll_native_work());                                                        \
    }                                                                                      \
  }

// After FOR_ITER pushed the next item: a following STORE_FAST (the loop variable) runs
// here, saving a dispatch per iteration.
#define GP_FOR_ITER_STORE()                              \
  if constexpr (!kTracing) {                             \
    unsigned next = *ip;                                 \
    if ((next & 0xFF) == int(Opcode::STORE_FAST)) {      \
      cur = ip++;                                        \
      Value old = locals[next >> 8];                     \
      locals[next >> 8] = POP();                         \
      decref(old);                                       \
    }                                                    \
  }

#if GP_COMPUTED_GOTO
  DISPATCH();
#else
next_instruction:
  GP_TRACE_REMEMBER_PREVIOUS();
  cur = ip;
  word = *ip++;
  opcode = word & 0xFF;
  oparg = static_cast<int>(word >> 8);
  GP_TRACE_INSTRUCTION();
dispatch_opcode:
  switch (opcode) {
#endif

  TARGET_ALSO(NOP)
  TARGET(CACHE)
    DISPATCH();

  TARGET(EXTENDED_ARG) {
    cur = ip;
    word = *ip++;
    opcode = word & 0xFF;
    oparg = (oparg << 8) | static_cast<int>(word >> 8);
    GP_DISPATCH_OPCODE();
  }

  TARGET(RESUME) {
    // Calls count as ticks too, so that recursion without loops still yields to the host.
    GP_POLL_AT_BACKWARD_JUMP();
    DISPATCH();
  }

  TARGET(POP_TOP) {
    decref(POP());
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = PEEK(oparg);
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value t = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = t;
    DISPATCH();
  }

  // --- loads and stores ---
  TARGET(LOAD_CONST) {
    Value v = code->consts->items()[oparg];
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    Value v = locals[oparg];
    if (v.is_null()) {
      raise(&exc_UnboundLocalError, "cannot access local variable '" +
                                        name_text(code->localsplusnames->items()[oparg]) +
                                        "' where it is not associated with a value");
      GP_ERROR();
    }
    incref(v);
    PUSH(v);
    // A following LOAD_FAST or LOAD_CONST runs here, saving a dispatch (CPython's
    // LOAD_FAST__LOAD_FAST / LOAD_FAST__LOAD_CONST); an unbound local goes the long way.
    if constexpr (!kTracing) {
      unsigned next = *ip;
      if ((next & 0xFF) == int(Opcode::LOAD_FAST)) {
        Value w = locals[next >> 8];
        if (!w.is_null()) {
          cur = ip++;
          incref(w);
          PUSH(w);
        }
      } else if ((next & 0xFF) == int(Opcode::LOAD_CONST)) {
        cur = ip++;
        Value w = code->consts->items()[next >> 8];
        incref(w);
        PUSH(w);
      }
    }
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    Value old = locals[oparg];
    locals[oparg] = POP();
    decref(old);
    // STORE_FAST__LOAD_FAST
    if constexpr (!kTracing) {
      unsigned next = *ip;
      if ((next & 0xFF) == int(Opcode::LOAD_FAST)) {
        Value w = locals[next >> 8];
        if (!w.is_null()) {
          cur = ip++;
          incref(w);
          PUSH(w);
        }
      }
    }
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    Value old = locals[oparg];
    if (old.is_null()) {
      raise(&exc_UnboundLocalError, "cannot access local variable '" +
                                        name_text(code->localsplusnames->items()[oparg]) +
                                        "' where it is not associated with a value");
      GP_ERROR();
    }
    locals[oparg] = Value();
    decref(old);
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    // Cache units 0 and 1: entry hints into globals and builtins.
    StrObject* name = as_str(code->names->items()[oparg >> 1]);
    Value v = fast::dict_hinted(frame->globals, name, GP_CACHE(0));
    if (v.is_null()) {
      // Units 2-4: the globals' version (48 bits) when the name was last found missing
      // there, so that a builtin's lookup can skip probing unchanged globals.
      uint64_t absent_at = GP_CACHE(2) | (uint64_t{GP_CACHE(3)} << 16) | (uint64_t{GP_CACHE(4)} << 32);
      uint64_t version = frame->globals->version & 0xFFFFFFFFFFFF;
      if (absent_at != version || version == 0) {
        v = fast::lookup_name_probing(frame->globals, name, &GP_CACHE(0));
        if (v.is_null()) {
          GP_CACHE(2) = static_cast<uint16_t>(version);
          GP_CACHE(3) = static_cast<uint16_t>(version >> 16);
          GP_CACHE(4) = static_cast<uint16_t>(version >> 32);
        }
      }
    }
    if (v.is_null()) {
      v = fast::lookup_name(frame->builtins, name, &GP_CACHE(1));
      if (v.is_null()) {
        GP_SAVE();
        raise_name_error(Value::from_object(name), "name '" + name_text(Value::from_object(name)) + "' is not defined");
        GP_ERROR();
      }
    }
    if (oparg & 1) PUSH(Value());
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    Value v = POP();
    dict_set_str(frame->globals, as_str(code->names->items()[oparg]), v);
    decref(v);
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    Value name = code->names->items()[oparg];
    GP_SAVE();
    int r = dict_delete(*this, frame->globals, name);
    if (r == 0) raise_name_error(name, "name '" + name_text(name) + "' is not defined");
    GP_CHECK(r > 0);
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Value name = code->names->items()[oparg];
    Value v;
    if (!frame->locals.is_null()) {
      GP_SAVE();
      v = load_from_mapping(frame->locals, name);
      if (v.is_null() && has_error()) GP_ERROR();
    }
    if (v.is_null()) {
      v = dict_get_str(frame->globals, as_str(name));
      if (v.is_null()) v = dict_get_str(frame->builtins, as_str(name));
      if (v.is_null()) {
        GP_SAVE();
        raise_name_error(name, "name '" + name_text(name) + "' is not defined");
        GP_ERROR();
      }
      incref(v);
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    Value name = code->names->items()[oparg];
    Value v = POP();
    GP_SAVE();
    bool ok;
    if (frame->locals.is_null()) {
      raise(&exc_SystemError, "no locals found when storing " + name_text(name));
      ok = false;
    } else if (is_exact_dict(frame->locals)) {
      dict_set_str(as_dict(frame->locals), as_str(name), v);
      ok = true;
    } else {
      ok = setitem(*this, frame->locals, name, v);
    }
    decref(v);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    Value name = code->names->items()[oparg];
    GP_SAVE();
    bool ok = delitem(*this, frame->locals, name);
    if (!ok && error_matches(&exc_KeyError)) {
      clear_error();
      raise_name_error(name, "name '" + name_text(name) + "' is not defined");
    }
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(MAKE_CELL) {
    Value initial = locals[oparg];
    CellObject* cell = cell_new(initial);
    decref(initial);
    locals[oparg] = Value::from_object(cell);
    DISPATCH();
  }
  TARGET(COPY_FREE_VARS) {
    TupleObject* closure = as_tuple(frame->function->closure);
    int offset = code->nlocalsplus - oparg;
    for (int i = 0; i < oparg; ++i) {
      Value cell = closure->items()[i];
      incref(cell);
      locals[offset + i] = cell;
    }
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    Value cell = locals[oparg];
    incref(cell);
    PUSH(cell);
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Value v = as_cell(locals[oparg])->contents;
    if (v.is_null()) {
      raise_unbound_deref(frame, oparg);
      GP_ERROR();
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    Value name = code->localsplusnames->items()[oparg];
    Value v;
    if (!frame->locals.is_null()) {
      GP_SAVE();
      v = load_from_mapping(frame->locals, name);
      if (v.is_null() && has_error()) GP_ERROR();
    }
    if (v.is_null()) {
      v = as_cell(locals[oparg])->contents;
      if (v.is_null()) {
        raise_unbound_deref(frame, oparg);
        GP_ERROR();
      }
      incref(v);
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    CellObject* cell = as_cell(locals[oparg]);
    Value old = cell->contents;
    cell->contents = POP();
    decref(old);
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    CellObject* cell = as_cell(locals[oparg]);
    Value old = cell->contents;
    if (old.is_null()) {
      raise_unbound_deref(frame, oparg);
      GP_ERROR();
    }
    cell->contents = Value();
    decref(old);
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    Value owner = TOP();
    StrObject* name = as_str(code->names->items()[oparg]);
    if (owner.is_object()) {
      // An instance attribute found in the instance's __dict__ at the entry remembered in
      // cache unit 0, when the class has no data descriptor of that name.
      Object* o = owner.as_object();
      TypeObject* t = o->type;
      // Units 1-2: the tag of a type known to have no attribute of this name, whose
      // instances keep theirs in a __dict__ read by generic_getattr.
      if (type_attr_tag_is(t, GP_CACHE(1) | (uint32_t{GP_CACHE(2)} << 16))) {
        Value d = *fast::instance_dict_slot(o, t);
        if (!d.is_null()) {
          Value v = fast::lookup_name(as_dict(d), name, &GP_CACHE(0));
          if (!v.is_null()) {
            incref(v);
            TOP() = v;
            decref(o);
            DISPATCH();
          }
        }
      }
      // (Exceptions may keep attributes in their own dict: generic_getattr handles them.)
      if (t->getattro == generic_getattr && t->dict_slot >= 0 && !has_flag(t, kTypeExceptionSubclass)) {
        Value descr = cached_type_lookup(t, name);
        TypeObject* dt = descr.is_null() ? nullptr : fast::type_of(descr);
        if (dt == nullptr) {
          uint32_t tag = type_attr_tag(t);
          GP_CACHE(1) = static_cast<uint16_t>(tag);
          GP_CACHE(2) = static_cast<uint16_t>(tag >> 16);
        }
        if (dt == nullptr || dt->descr_set == nullptr) {
          Value d = *fast::instance_dict_slot(o, t);
          Value v;
          if (!d.is_null()) {
            DictObject* dict = as_dict(d);
            v = fast::lookup_name(dict, name, &GP_CACHE(0));
          }
          if (v.is_null() && dt != nullptr && dt->descr_get == nullptr) v = descr;  // a plain class attribute
          if (!v.is_null()) {
            incref(v);
            TOP() = v;
            decref(o);
            DISPATCH();
          }
          if (dt != nullptr) {
            // A non-data descriptor of the class (a function: a bound method).
            GP_SAVE();
            v = dt->descr_get(*this, descr, owner, Value::from_object(t));
            if (v.is_null()) GP_ERROR();
            TOP() = v;
            decref(o);
            DISPATCH();
          }
        }
      }
    }
    if (owner.is_object()) {
      Value v = module_attribute(owner.as_object(), name, &GP_CACHE(0));
      if (!v.is_null()) {
        incref(v);
        TOP() = v;
        decref(owner);
        DISPATCH();
      }
    }
    GP_SAVE();
    Value v = getattr(*this, owner, name);
    if (v.is_null()) GP_ERROR();
    decref(owner);
    TOP() = v;
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Value owner = TOP();
    if (owner.is_object()) {
      // A function (or native method) of the class that the instance's __dict__ does not
      // shadow: [function, self] without a bound method (as get_method).
      Object* o = owner.as_object();
      TypeObject* t = o->type;
      if (t->getattro == generic_getattr) {
        StrObject* name = as_str(code->names->items()[oparg]);
        Value descr = cached_type_lookup(t, name);
        if (!descr.is_null() && descr.is_object() && has_flag(descr.as_object()->type, kTypeMethodDescriptor)) {
          Value d = t->dict_slot >= 0 ? *fast::instance_dict_slot(o, t) : Value();
          int64_t ix = d.is_null() ? fast::kNameAbsent : fast::find_name(as_dict(d), name);
          if (ix == fast::kNameAbsent || (ix == fast::kNameUnsure && dict_get_str(as_dict(d), name).is_null())) {
            incref(descr);
            TOP() = descr;
            PUSH(owner);
            DISPATCH();
          }
        }
      } else {
        // A module's function (math.sqrt(x)): [NULL, function].
        Value v = module_attribute(o, as_str(code->names->items()[oparg]), &GP_CACHE(0));
        if (!v.is_null()) {
          incref(v);
          TOP() = Value();
          PUSH(v);
          decref(o);
          DISPATCH();
        }
      }
    }
    GP_SAVE();
    Value self;
    Value meth = get_method(*this, owner, as_str(code->names->items()[oparg]), &self);
    if (meth.is_null()) GP_ERROR();
    if (!self.is_null()) {
      TOP() = meth;  // [meth, self]: the owner's reference moves to the self slot
      PUSH(owner);
    } else {
      TOP() = Value();
      PUSH(meth);
      decref(owner);
    }
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Value owner = TOP();
    Value v = PEEK(2);
    StrObject* name = as_str(code->names->items()[oparg]);
    if (owner.is_object()) {
      // Replaces an instance attribute at the entry remembered in cache unit 0, when the
      // class has no data descriptor of that name.
      Object* o = owner.as_object();
      TypeObject* t = o->type;
      // Units 1-2: the tag of a type whose instances' attributes of this name go to their
      // __dict__ through generic_setattr (no data descriptor of the name).
      bool to_dict = type_attr_tag_is(t, GP_CACHE(1) | (uint32_t{GP_CACHE(2)} << 16));
      if (!to_dict && t->setattro == generic_setattr && t->dict_slot >= 0) {
        Value descr = cached_type_lookup(t, name);
        if (descr.is_null() || fast::type_of(descr)->descr_set == nullptr) {
          to_dict = true;
          uint32_t tag = type_attr_tag(t);
          GP_CACHE(1) = static_cast<uint16_t>(tag);
          GP_CACHE(2) = static_cast<uint16_t>(tag >> 16);
        }
      }
      if (to_dict) {
        Value d = *fast::instance_dict_slot(o, t);
        if (!d.is_null()) {
          DictObject* dict = as_dict(d);
          uint16_t hint = GP_CACHE(0);
          if (hint < dict->entries_used && dict->entries[hint].key.is(Value::from_object(name))) {
            Value old = dict->entries[hint].value;
            dict->entries[hint].value = v;  // the stack's reference moves into the dict
            dict->version = next_dict_version();
            sp -= 2;
            decref(owner);
            decref(old);
            DISPATCH();
          }
          GP_SAVE();
          dict_set_str(dict, name, v);
          int64_t ix = fast::dict_entry_of(dict, name);
          if (ix >= 0 && ix < 0xFFFF) GP_CACHE(0) = static_cast<uint16_t>(ix);
          sp -= 2;
          decref(owner);
          decref(v);
          DISPATCH();
        }
      }
    }
    GP_SAVE();
    bool ok = setattr(*this, owner, name, v);
    sp -= 2;
    decref(owner);
    decref(v);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    Value owner = POP();
    GP_SAVE();
    bool ok = delattr(*this, owner, as_str(code->names->items()[oparg]));
    decref(owner);
    GP_CHECK(ok);
    DISPATCH();
  }

  // --- operators ---
  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    if (v.is_small_int()) {
      TOP() = make_int(-v.as_small_int());
      DISPATCH();
    }
    if (v.is_double()) {
      TOP() = Value::from_double(-v.as_double());
      DISPATCH();
    }
    GP_SAVE();
    Value r = negative(*this, v);
    if (r.is_null()) GP_ERROR();
    decref(v);
    TOP() = r;
    DISPATCH();
  }
  TARGET(UNARY_POSITIVE) {
    Value v = TOP();
    GP_SAVE();
    Value r = positive(*this, v);
    if (r.is_null()) GP_ERROR();
    decref(v);
    TOP() = r;
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    Value v = TOP();
    GP_SAVE();
    Value r = invert(*this, v);
    if (r.is_null()) GP_ERROR();
    decref(v);
    TOP() = r;
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    Value v = TOP();
    if (v.is(kTrue)) {
      TOP() = kFalse;
      DISPATCH();
    }
    if (v.is(kFalse)) {
      TOP() = kTrue;
      DISPATCH();
    }
    GP_SAVE();
    int t = truthy(*this, v);
    if (t < 0) GP_ERROR();
    decref(v);
    TOP() = t ? kFalse : kTrue;
    DISPATCH();
  }
  TARGET(BINARY_OP) {
    Value b = TOP();
    Value a = PEEK(2);
    Value r;
    // The in-place forms of immediates behave as the plain ones.
    int plain = oparg < kBinaryOpCount ? oparg : oparg - kBinaryOpCount;
    if (a.is_small_int() && b.is_small_int()) {
      if (fast::small_int_arith(a.as_small_int(), b.as_small_int(), plain, &r) ||
          small_int_binary(a.as_small_int(), b.as_small_int(), oparg, &r)) {
        --sp;
        TOP() = r;
        DISPATCH();
      }
    } else if (fast::float_arith(a, b, plain, &r)) {
      --sp;
      TOP() = r;
      DISPATCH();
    }
    {
      // Ints beyond the immediates' 48 bits but within 64.
      int64_t x, y, z;
      if (fast::exact_int64(a, &x) && fast::exact_int64(b, &y) && fast::int64_arith(x, y, plain, &z)) {
        --sp;
        TOP() = make_int(z);
        decref(a);
        decref(b);
        DISPATCH();
      }
    }
    --sp;
    GP_SAVE();
    r = oparg < kBinaryOpCount ? binary_op(*this, a, b, static_cast<BinaryOp>(oparg))
                               : inplace_op(*this, a, b, static_cast<BinaryOp>(oparg - kBinaryOpCount));
    if (r.is_null()) {
      PUSH(b);
      GP_ERROR();
    }
    decref(a);
    decref(b);
    TOP() = r;
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value b = TOP();
    Value a = PEEK(2);
    int t = fast::compare_numbers(a, b, oparg);
    if (t < 0) {
      int64_t x, y;
      if (fast::exact_int64(a, &x) && fast::exact_int64(b, &y)) {
        t = fast::compare(x, y, oparg);
        decref(a);
        decref(b);
      }
    }
    if (t >= 0) {
      sp -= 2;
      // Fused with a following conditional jump (CPython's COMPARE_OP_*_JUMP).
      unsigned next = kTracing ? 0u : *ip;
      switch (next & 0xFF) {
        case int(Opcode::POP_JUMP_FORWARD_IF_FALSE):
          cur = ip++;
          if (!t) ip += next >> 8;
          DISPATCH();
        case int(Opcode::POP_JUMP_FORWARD_IF_TRUE):
          cur = ip++;
          if (t) ip += next >> 8;
          DISPATCH();
        case int(Opcode::POP_JUMP_BACKWARD_IF_FALSE):
        case int(Opcode::POP_JUMP_BACKWARD_IF_TRUE):
          // The backward jump polls; let it run as itself.
          break;
        default:
          break;
      }
      PUSH(t ? kTrue : kFalse);
      DISPATCH();
    }
    GP_BINARY_STEP(rich_compare(*this, a, b, static_cast<CompareOp>(oparg)));
  }
  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    bool same = a.is(b);
    decref(a);
    decref(b);
    TOP() = (same != (oparg != 0)) ? kTrue : kFalse;
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    GP_SAVE();
    int r = contains(*this, container, item);
    decref(container);
    if (r < 0) GP_ERROR();
    decref(item);
    TOP() = ((r != 0) != (oparg != 0)) ? kTrue : kFalse;
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value key = TOP();
    Value container = PEEK(2);
    if (key.is_small_int() && container.is_object()) {
      Object* o = container.as_object();
      int64_t i = key.as_small_int();
      if (o->type == &list_type) {
        ListObject* l = static_cast<ListObject*>(o);
        if (i < 0) i += l->size;
        if (i >= 0 && i < l->size) {
          Value v = l->items[i];
          incref(v);
          --sp;
          TOP() = v;
          decref(o);
          DISPATCH();
        }
      } else if (o->type == &tuple_type) {
        TupleObject* tup = static_cast<TupleObject*>(o);
        if (i < 0) i += tup->size;
        if (i >= 0 && i < tup->size) {
          Value v = tup->items()[i];
          incref(v);
          --sp;
          TOP() = v;
          decref(o);
          DISPATCH();
        }
      }
    }
    GP_BINARY_STEP(getitem(*this, a, b));
  }
  TARGET(STORE_SUBSCR) {
    Value key = TOP();
    Value container = PEEK(2);
    if (key.is_small_int() && container.is_object() && container.as_object()->type == &list_type) {
      ListObject* l = static_cast<ListObject*>(container.as_object());
      int64_t i = key.as_small_int();
      if (i < 0) i += l->size;
      if (i >= 0 && i < l->size) {
        Value old = l->items[i];
        l->items[i] = PEEK(3);  // the stack's reference moves into the list
        sp -= 3;
        decref(l);
        decref(old);
        DISPATCH();
      }
    }
    key = POP();
    container = POP();
    Value v = POP();
    GP_SAVE();
    bool ok = setitem(*this, container, key, v);
    decref(key);
    decref(container);
    decref(v);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    GP_SAVE();
    bool ok = delitem(*this, container, key);
    decref(key);
    decref(container);
    GP_CHECK(ok);
    DISPATCH();
  }

  // --- building ---
  TARGET(BUILD_TUPLE) {
    TupleObject* t = tuple_alloc(oparg);
    sp -= oparg;
    std::memcpy(t->items(), sp, oparg * sizeof(Value));
    PUSH(Value::from_object(t));
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    ListObject* l = list_new(oparg);
    sp -= oparg;
    if (oparg > 0) std::memcpy(l->items, sp, oparg * sizeof(Value));  // items is null when empty
    l->size = oparg;
    PUSH(Value::from_object(l));
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    GP_SAVE();
    Value s = make_set(*this, sp - oparg, oparg);
    for (int i = 0; i < oparg; ++i) decref(*--sp);
    if (s.is_null()) GP_ERROR();
    PUSH(s);
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    DictObject* d = dict_new();
    Value* items = sp - 2 * oparg;
    GP_SAVE();
    bool ok = true;
    for (int i = 0; i < oparg && ok; ++i) ok = dict_set(*this, d, items[2 * i], items[2 * i + 1]);
    for (int i = 0; i < 2 * oparg; ++i) decref(*--sp);
    if (!ok) {
      decref(d);
      GP_ERROR();
    }
    PUSH(Value::from_object(d));
    DISPATCH();
  }
  TARGET(BUILD_CONST_KEY_MAP) {
    TupleObject* keys = as_tuple(POP());
    DictObject* d = dict_new();
    Value* values = sp - oparg;
    GP_SAVE();
    bool ok = true;
    for (int i = 0; i < oparg && ok; ++i) ok = dict_set(*this, d, keys->items()[i], values[i]);
    for (int i = 0; i < oparg; ++i) decref(*--sp);
    decref(keys);
    if (!ok) {
      decref(d);
      GP_ERROR();
    }
    PUSH(Value::from_object(d));
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    GP_SAVE();
    Value s = join_strings(sp - oparg, oparg);
    for (int i = 0; i < oparg; ++i) decref(*--sp);
    PUSH(s);
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : none();
    Value stop = POP();
    Value start = TOP();
    Value s = make_slice(start, stop, step);
    decref(start);
    decref(stop);
    decref(step);
    TOP() = s;
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = POP();
    list_append_owned(as_list(PEEK(oparg)), v);
    DISPATCH();
  }
  TARGET(SET_ADD) {
    Value v = POP();
    GP_SAVE();
    bool ok = set_add(*this, PEEK(oparg), v);
    decref(v);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    Value v = POP();
    Value k = POP();
    GP_SAVE();
    bool ok = dict_set(*this, as_dict(PEEK(oparg)), k, v);
    decref(k);
    decref(v);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    Value iterable = POP();
    GP_SAVE();
    bool ok = list_extend_from(as_list(PEEK(oparg)), iterable);
    decref(iterable);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    Value iterable = POP();
    GP_SAVE();
    bool ok = set_update(*this, PEEK(oparg), iterable);
    decref(iterable);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET_ALSO(DICT_UPDATE)
  TARGET(DICT_MERGE) {
    Value update = POP();
    GP_SAVE();
    bool ok = dict_update_from(as_dict(PEEK(oparg)), update, opcode == int(Opcode::DICT_MERGE), PEEK(oparg + 2));
    decref(update);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    ListObject* l = as_list(TOP());
    TupleObject* t = tuple_from(l->items, l->size);
    decref(l);
    TOP() = Value::from_object(t);
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    Value spec = (oparg & 0x04) ? POP() : Value();
    Value v = TOP();
    GP_SAVE();
    Value r = format_value(v, oparg & 0x03, spec);
    decref(spec);
    if (r.is_null()) GP_ERROR();
    decref(v);
    TOP() = r;
    DISPATCH();
  }

  // --- unpacking ---
  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    if (seq.is_object()) {
      // Exact tuples and lists of the right length: their items, last first.
      Object* o = seq.as_object();
      const Value* items = nullptr;
      if (o->type == &tuple_type && static_cast<TupleObject*>(o)->size == oparg) {
        items = static_cast<TupleObject*>(o)->items();
      } else if (o->type == &list_type && static_cast<ListObject*>(o)->size == oparg) {
        items = static_cast<ListObject*>(o)->items;
      }
      if (items != nullptr) {
        --sp;
        for (int i = oparg - 1; i >= 0; --i) {
          incref(items[i]);
          PUSH(items[i]);
        }
        decref(o);
        DISPATCH();
      }
    }
    --sp;
    GP_SAVE();
    bool ok = unpack_sequence(seq, oparg, -1, sp);
    decref(seq);
    GP_CHECK(ok);
    sp += oparg;
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    Value seq = POP();
    int before = oparg & 0xFF, after = oparg >> 8;
    GP_SAVE();
    bool ok = unpack_sequence(seq, before + after + 1, before, sp);
    decref(seq);
    GP_CHECK(ok);
    sp += before + after + 1;
    DISPATCH();
  }

  // --- jumps ---
  TARGET(JUMP_FORWARD) {
    ip += oparg;
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD) {
    ip -= oparg;
    GP_POLL_AT_BACKWARD_JUMP();
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
    ip -= oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_FORWARD_IF_FALSE) {
    Value v = POP();
    if (v.is(kFalse)) {
      ip += oparg;
    } else if (!v.is(kTrue)) {
      GP_SAVE();
      int t = truthy(*this, v);
      decref(v);
      if (t < 0) GP_ERROR();
      if (t == 0) ip += oparg;
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_FORWARD_IF_TRUE) {
    Value v = POP();
    if (v.is(kTrue)) {
      ip += oparg;
    } else if (!v.is(kFalse)) {
      GP_SAVE();
      int t = truthy(*this, v);
      decref(v);
      if (t < 0) GP_ERROR();
      if (t != 0) ip += oparg;
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_FALSE) {
    Value v = POP();
    int t;
    if (v.is(kFalse)) {
      t = 0;
    } else if (v.is(kTrue)) {
      t = 1;
    } else {
      GP_SAVE();
      t = truthy(*this, v);
      decref(v);
      if (t < 0) GP_ERROR();
    }
    if (t == 0) {
      ip -= oparg;
      GP_POLL_AT_BACKWARD_JUMP();
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_TRUE) {
    Value v = POP();
    int t;
    if (v.is(kFalse)) {
      t = 0;
    } else if (v.is(kTrue)) {
      t = 1;
    } else {
      GP_SAVE();
      t = truthy(*this, v);
      decref(v);
      if (t < 0) GP_ERROR();
    }
    if (t != 0) {
      ip -= oparg;
      GP_POLL_AT_BACKWARD_JUMP();
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_FORWARD_IF_NONE) {
    Value v = POP();
    if (is_none(v)) ip += oparg;
    else decref(v);
    DISPATCH();
  }
  TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
    Value v = POP();
    if (!is_none(v)) {
      decref(v);
      ip += oparg;
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NONE) {
    Value v = POP();
    if (is_none(v)) {
      ip -= oparg;
      GP_POLL_AT_BACKWARD_JUMP();
    } else {
      decref(v);
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
    Value v = POP();
    if (!is_none(v)) {
      decref(v);
      ip -= oparg;
      GP_POLL_AT_BACKWARD_JUMP();
    }
    DISPATCH();
  }
  TARGET_ALSO(JUMP_IF_FALSE_OR_POP)
  TARGET(JUMP_IF_TRUE_OR_POP) {
    Value v = TOP();
    int t;
    if (v.is(kTrue)) {
      t = 1;
    } else if (v.is(kFalse)) {
      t = 0;
    } else {
      GP_SAVE();
      t = truthy(*this, v);
      if (t < 0) GP_ERROR();
    }
    bool jump_when = opcode == int(Opcode::JUMP_IF_TRUE_OR_POP);
    if ((t != 0) == jump_when) {
      ip += oparg;
    } else {
      decref(POP());
    }
    DISPATCH();
  }

  // --- iteration ---
  TARGET_ALSO(GET_ITER)
  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (opcode == int(Opcode::GET_YIELD_FROM_ITER) && is_generator_like(v)) {
      if (is_coroutine(v) && (code->flags & (bytecode::kCoCoroutine | bytecode::kCoIterableCoroutine)) == 0) {
        GP_SAVE();
        raise(&exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        GP_ERROR();
      }
      DISPATCH();
    }
    GP_SAVE();
    Value it = iter(*this, v);
    if (it.is_null()) GP_ERROR();
    decref(v);
    TOP() = it;
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    TypeObject* t = type_of(it);
    if (t == &range_iterator_type) {
      auto* r = static_cast<RangeIteratorObject*>(it.as_object());
      if (r->index < r->length) {
        // As range_iterator_next: wrapping arithmetic, the result is within the range.
        int64_t v = static_cast<int64_t>(static_cast<uint64_t>(r->start) +
                                         static_cast<uint64_t>(r->index++) * static_cast<uint64_t>(r->step));
        PUSH(Value::fits_small_int(v) ? Value::from_small_int(v) : make_int(v));
        GP_FOR_ITER_STORE();
        DISPATCH();
      }
    } else if (t == &list_iterator_type) {
      auto* li = static_cast<SequenceIteratorObject*>(it.as_object());
      if (!li->sequence.is_null()) {
        ListObject* l = as_list(li->sequence);
        if (li->index < l->size) {
          Value v = l->items[li->index++];
          incref(v);
          PUSH(v);
          GP_FOR_ITER_STORE();
          DISPATCH();
        }
      }
    }
    GP_SAVE();
    Value v = t->iternext(*this, it);
    if (v.is_null()) {
      if (has_error()) GP_ERROR();
      if (input_wait_requested_) {
        // `for line in sys.stdin` waits for the host (VM::is_direct_outer_iteration): stop
        // at this FOR_ITER, which runs again on resume.
        input_wait_requested_ = false;
        frame->ip = cur;
        frame->current = cur;
        suspended_ = true;
        waiting_for_input_ = true;
        suspended_frame_ = frame;
        current_frame_ = saved_current;
        return Value();
      }
      decref(POP());
      ip += oparg;
      DISPATCH();
    }
    PUSH(v);
    DISPATCH();
  }

  // --- calls ---
  TARGET(KW_NAMES) {
    kwnames = code->consts->items()[oparg];
    DISPATCH();
  }
  TARGET(PRECALL) {
    DISPATCH();
  }
  TARGET(CALL) {
    bool is_method = !PEEK(oparg + 2).is_null();
    Value callable = is_method ? PEEK(oparg + 2) : PEEK(oparg + 1);
    if (!is_method && callable.is_object() && callable.as_object()->type == &method_type) {
      // A bound method: call its function with self first (as PRECALL_BOUND_METHOD).
      MethodObject* m = static_cast<MethodObject*>(callable.as_object());
      Value self = m->self;
      Value fn = m->function;
      incref(self);
      incref(fn);
      PEEK(oparg + 2) = fn;
      PEEK(oparg + 1) = self;
      decref(m);
      callable = fn;
      is_method = true;
    }
    int nargs = oparg + (is_method ? 1 : 0);
    Value* args = sp - nargs;
    TupleObject* names = kwnames.is_null() ? nullptr : as_tuple(kwnames);
    kwnames = Value();
    size_t npositional = nargs - (names ? names->size : 0);
    GP_SAVE();
    if (is_function(callable)) {
      // Python to Python: a new frame in this same loop.
      FunctionObject* f = as_function(callable);
      CodeObject* fcode = f->code;
      Frame* callee;
      if (names == nullptr && binds_positionally(f, fcode, npositional)) {
        if (python_depth_ + native_depth_ >= recursion_limit()) {
          raise(&exc_RecursionError, "maximum recursion depth exceeded");
          GP_ERROR();
        }
        // The arguments' references move into the new frame, the callable's too.
        callee = frames_->push(fcode, nargs);
        ++python_depth_;
        incref(fcode);
        callee->code = fcode;
        callee->function = f;
        incref(f->globals);
        callee->globals = f->globals;
        incref(f->builtins);
        callee->builtins = f->builtins;
        callee->ip = fcode->instructions.data();
        callee->current = callee->ip;
        callee->sp = callee->base();
        for (int i = 0; i < nargs; ++i) callee->localsplus[i] = args[i];  // few: no memcpy call
        int argcount = fcode->argcount;
        if (nargs < argcount) {
          TupleObject* defaults = as_tuple(f->defaults);
          const Value* from = defaults->items() + (defaults->size - (argcount - nargs));
          for (int i = nargs; i < argcount; ++i) {
            Value d = *from++;
            incref(d);
            callee->localsplus[i] = d;
          }
        }
        sp = args - 1;        // the callable's reference went to callee->function
        if (!is_method) --sp;  // the NULL slot
      } else {
        callee = push_function_frame(f, CallArgs{args, npositional, names});
        for (int i = 0; i < nargs; ++i) decref(*--sp);
        decref(POP());
        if (!is_method) sp--;  // the NULL slot
        if (callee == nullptr) {
          frame->sp = sp;
          GP_ERROR();
        }
      }
      frame->sp = sp;
      callee->previous = frame;
      frame = callee;
      current_frame_ = frame;
      GP_LOAD();
      DISPATCH();
    }
    Value r;
    // Built-in functions and methods whose arguments fit their shape: straight to the C++
    // function (ops::call would first build the name for its messages).
    TypeObject* ct = fast::type_of(callable);
    if constexpr (kTracing) {
      if (profile_fn_ != nullptr && tracing_depth_ == 0) {
        r = profiled_call(callable, CallArgs{args, npositional, names});
        goto call_done;
      }
    }
    if (ct == &builtin_function_type) {
      auto* nf = static_cast<NativeFunctionObject*>(callable.as_object());
      if (fast::native_args_fit(nf->def, npositional, names != nullptr)) {
        if (enter_native(" while calling a Python object")) {
          r = nf->def->fn(*this, nf->self, CallArgs{args, npositional, names});
          leave_native();
        }
        goto call_done;
      }
    } else if (ct == &method_descriptor_type && npositional >= 1) {
      auto* md = static_cast<MethodDescriptorObject*>(callable.as_object());
      TypeObject* target_type = fast::type_of(args[0]);
      if ((target_type == md->owner || is_subtype(target_type, md->owner)) &&
          fast::native_args_fit(md->def, npositional - 1, names != nullptr)) {
        if (enter_native(" while calling a Python object")) {
          r = md->def->fn(*this, args[0], CallArgs{args + 1, npositional - 1, names});
          leave_native();
        }
        goto call_done;
      }
    }
    r = call(*this, callable, CallArgs{args, npositional, names});
  call_done:
    if (r.is_null() && input_wait_requested_) {
      // input() waits for the host (VM::request_input_wait): stop at this CALL, arguments
      // still on the stack; it runs again on resume and input() then takes the answer.
      input_wait_requested_ = false;
      frame->ip = cur;
      frame->current = cur;
      suspended_ = true;
      waiting_for_input_ = true;
      suspended_frame_ = frame;
      current_frame_ = saved_current;
      return Value();
    }
    for (int i = 0; i < nargs; ++i) decref(*--sp);
    decref(POP());
    if (!is_method) sp--;
    if (r.is_null()) GP_ERROR();
    PUSH(r);
    if (tracing_wanted_ != kTracing) {
      // sys.settrace / setprofile changed: the frames go on in the other loop from here.
      GP_SAVE();
      GP_SWITCH_LOOP();
    }
    DISPATCH();
  }
  TARGET(CALL_FUNCTION_EX) {
    Value kwargs = (oparg & 1) ? POP() : Value();
    Value callargs = POP();
    Value callable = POP();
    GP_SAVE();
    Value r = call_with_star(callable, callargs, kwargs);
    decref(kwargs);
    decref(callargs);
    decref(callable);
    Value null_slot = POP();
    decref(null_slot);
    if (r.is_null()) GP_ERROR();
    PUSH(r);
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    CodeObject* fcode = as_code(POP());
    FunctionObject* f = function_new(*this, fcode, frame->globals, Value());
    decref(fcode);
    if (oparg & 0x08) f->closure = POP();
    if (oparg & 0x04) f->annotations = POP();
    if (oparg & 0x02) f->kwdefaults = POP();
    if (oparg & 0x01) f->defaults = POP();
    PUSH(Value::from_object(f));
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    result = POP();
    GP_SAVE();
    if constexpr (kTracing) {
      if (!trace_return(frame, result)) {
        decref(result);
        GP_ERROR();
      }
    }
    Frame* finished = frame;
    bool was_entry = frame->entry;
    frame = frame->previous;
    clear_frame(finished);  // pop_frame, inline
    --python_depth_;
    if (!finished->in_generator) frames_->pop(finished);
    if (was_entry) {
      current_frame_ = saved_current;
      return result;
    }
    current_frame_ = frame;
    GP_LOAD();
    PUSH(result);
    DISPATCH();
  }
  TARGET(RETURN_GENERATOR) {
    GP_SAVE();
    Value gen = make_generator(frame);
    if (gen.is_null()) GP_ERROR();
    // The generator now owns the frame's contents; return it to the caller.
    Frame* finished = frame;
    bool was_entry = frame->entry;
    frame = frame->previous;
    --python_depth_;
    frames_->pop(finished);
    if (was_entry) {
      current_frame_ = saved_current;
      return gen;
    }
    current_frame_ = frame;
    GP_LOAD();
    PUSH(gen);
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    result = POP();
    GP_SAVE();
    if constexpr (kTracing) {
      if (!trace_return(frame, result)) {
        decref(result);
        GP_ERROR();
      }
    }
    // Only generator frames yield; they are always entry frames of gen_send.
    --python_depth_;
    current_frame_ = saved_current;
    generator_suspended_ = true;
    return result;
  }

  // --- classes, imports, misc ---
  TARGET(LOAD_BUILD_CLASS) {
    Value bc = dict_get_str(frame->builtins, intern("__build_class__"));
    if (bc.is_null()) {
      raise(&exc_NameError, "__build_class__ not found");
      GP_ERROR();
    }
    incref(bc);
    PUSH(bc);
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::from_object(&exc_AssertionError));
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    GP_SAVE();
    GP_CHECK(setup_annotations(frame));
    DISPATCH();
  }
  TARGET(IMPORT_NAME) {
    Value fromlist = POP();
    Value level = TOP();
    GP_SAVE();
    Value m = import_name(frame, code->names->items()[oparg], fromlist, level);
    decref(fromlist);
    if (m.is_null()) GP_ERROR();
    decref(level);
    TOP() = m;
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    GP_SAVE();
    Value v = import_from(TOP(), code->names->items()[oparg]);
    if (v.is_null()) GP_ERROR();
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    Value module = POP();
    GP_SAVE();
    bool ok = import_star(frame, module);
    decref(module);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    Value v = POP();
    GP_SAVE();
    bool ok = print_expr(v);
    decref(v);
    GP_CHECK(ok);
    DISPATCH();
  }
  TARGET(GET_LEN) {
    GP_SAVE();
    int64_t n = length(*this, TOP());
    if (n < 0) GP_ERROR();
    PUSH(make_int(n));
    DISPATCH();
  }

  // --- exceptions ---
  TARGET(RAISE_VARARGS) {
    Value cause = oparg == 2 ? POP() : Value();
    Value exc = oparg >= 1 ? POP() : Value();
    GP_SAVE();
    do_raise(exc, cause);
    decref(exc);
    decref(cause);
    if (oparg == 0 && has_error()) goto reraise;
    GP_ERROR();
  }
  TARGET(PUSH_EXC_INFO) {
    Value v = TOP();
    Value previous = handled_.is_null() ? none() : handled_;
    handled_ = v;
    incref(v);
    TOP() = previous;
    PUSH(v);
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Value v = POP();
    Value old = handled_;
    handled_ = is_none(v) ? Value() : v;
    if (is_none(v)) decref(v);
    decref(old);
    DISPATCH();
  }
  TARGET(CHECK_EXC_MATCH) {
    Value type = POP();
    Value exc = TOP();
    GP_SAVE();
    int r = exception_matches(exc, type);
    decref(type);
    if (r < 0) GP_ERROR();
    PUSH(boolean(r));
    DISPATCH();
  }
  TARGET(CHECK_EG_MATCH) {
    Value type = POP();
    Value eg = POP();
    GP_SAVE();
    Value match, rest;
    bool ok = exception_group_match(eg, type, &match, &rest);
    decref(type);
    decref(eg);
    GP_CHECK(ok);
    PUSH(rest);
    PUSH(match);
    DISPATCH();
  }
  TARGET(PREP_RERAISE_STAR) {
    Value excs = POP();
    Value orig = TOP();
    GP_SAVE();
    Value r = prep_reraise_star(orig, excs);
    decref(excs);
    if (r.is_null()) GP_ERROR();
    decref(orig);
    TOP() = r;
    DISPATCH();
  }
  TARGET(RERAISE) {
    Value exc = POP();
    if (oparg != 0) {
      Value lasti = PEEK(oparg);
      if (lasti.is_small_int()) reraise_lasti = static_cast<int>(lasti.as_small_int());
    }
    GP_SAVE();
    restore_error(exc);
    goto reraise;
  }
  TARGET(BEFORE_WITH) {
    Value mgr = TOP();
    GP_SAVE();
    Value exit_fn, enter_result;
    GP_CHECK(before_with(mgr, &exit_fn, &enter_result));
    decref(mgr);
    TOP() = exit_fn;
    PUSH(enter_result);
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    Value exc = TOP();
    Value exit_fn = PEEK(4);
    GP_SAVE();
    Value r = call_exit_with_exception(exit_fn, exc);
    if (r.is_null()) GP_ERROR();
    PUSH(r);
    DISPATCH();
  }

  // --- pattern matching ---
  TARGET(MATCH_MAPPING) {
    bool r = is_mapping_for_match(TOP());
    PUSH(boolean(r));
    DISPATCH();
  }
  TARGET(MATCH_SEQUENCE) {
    bool r = is_sequence_for_match(TOP());
    PUSH(boolean(r));
    DISPATCH();
  }
  TARGET(MATCH_KEYS) {
    GP_SAVE();
    Value r = match_keys(PEEK(2), TOP());
    if (r.is_null()) GP_ERROR();
    PUSH(r);
    DISPATCH();
  }
  TARGET(MATCH_CLASS) {
    Value names = POP();
    Value type = POP();
    Value subject = TOP();
    GP_SAVE();
    Value r = match_class(subject, type, oparg, names);
    decref(names);
    decref(type);
    if (r.is_null()) GP_ERROR();
    decref(subject);
    TOP() = r;
    DISPATCH();
  }

  // --- generators and coroutines ---
  TARGET(SEND) {
    Value v = POP();
    Value receiver = TOP();
    GP_SAVE();
    Value r;
    int status = generator_send(receiver, v, &r);
    decref(v);
    if (status < 0) GP_ERROR();
    if (status == 0) {  // the subiterator returned: its value replaces it
      decref(POP());
      PUSH(r);
      ip += oparg;
    } else {
      PUSH(r);
    }
    DISPATCH();
  }
  TARGET_ALSO(GET_AWAITABLE)
  TARGET_ALSO(GET_AITER)
  TARGET_ALSO(GET_ANEXT)
  TARGET_ALSO(BEFORE_ASYNC_WITH)
  TARGET(ASYNC_GEN_WRAP) {
    GP_SAVE();
    GP_CHECK(async_op(frame, opcode, oparg));
    GP_LOAD();
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    // Anything but StopAsyncIteration is re-raised as it is: its traceback gets no new entry.
    GP_SAVE();
    bool ended = async_op(frame, opcode, oparg);
    GP_LOAD();
    if (!ended) goto reraise;
    DISPATCH();
  }

#if !GP_COMPUTED_GOTO
  default:
    goto TARGET_unknown;
  }
#endif

TARGET_unknown:
  GP_SAVE();
  raise(&exc_SystemError, "unknown opcode " + std::to_string(opcode));
  GP_ERROR();

error:
  // A new exception: this frame joins its traceback.
  frame->current = cur;
  add_traceback_entry(frame);
  if constexpr (kTracing) {
    frame->sp = sp;
    trace_exception(frame);
  }
  goto unwind;
reraise:
  frame->current = cur;
unwind:
  for (;;) {
    frame->sp = sp;
    bool handled = unwind_to_handler(*this, frame, reraise_lasti);
    reraise_lasti = -1;
    if (handled) {
      GP_LOAD();
      DISPATCH();
    }
    // No handler here: pop the frame and look in the caller.
    if constexpr (kTracing) trace_unwind_return(frame);
    while (frame->sp > frame->base()) decref(*--frame->sp);
    Frame* finished = frame;
    bool was_entry = frame->entry;
    frame = frame->previous;
    if (finished->in_generator) generator_finished_with_error(finished);
    pop_frame(finished);
    if (was_entry) {
      current_frame_ = saved_current;
      return Value();
    }
    current_frame_ = frame;
    GP_LOAD();
    add_traceback_entry(frame);
    if constexpr (kTracing) trace_exception(frame);
  }
#undef TARGET
#undef TARGET_ALSO
#undef DISPATCH
#undef GP_DISPATCH_OPCODE
#undef GP_SAVE
#undef GP_LOAD
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef GP_ERROR
#undef GP_CHECK
#undef GP_CACHE
#undef GP_BINARY_STEP
#undef GP_POLL_AT_BACKWARD_JUMP
#undef GP_FOR_ITER_STORE
#undef GP_TRACE_REMEMBER_PREVIOUS
#undef GP_TRACE_INSTRUCTION
#undef GP_SWITCH_LOOP
}

Value VM::run_frames(Frame* frame) {
  Value r = tracing_wanted_ ? run_loop<true>(frame) : run_loop<false>(frame);
  while (loop_switch_frame_ != nullptr) {
    frame = loop_switch_frame_;
    loop_switch_frame_ = nullptr;
    r = tracing_wanted_ ? run_loop<true>(frame) : run_loop<false>(frame);
  }
  return r;
}

}  // namespace glasspy::vm
