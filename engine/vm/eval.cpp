// The interpreter loop (VM stage): executes CPython 3.11 bytecode. Python-to-Python calls
// push a frame and continue in the same loop; a C++ caller (ops::call) enters the loop
// with an entry frame and gets control back when that frame returns or raises.
// Exceptions unwind through each code object's exception table.
#include <cstring>
#include <string>
#include <vector>

#include "bytecode/opcode.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/call_binding.h"
#include "vm/eval_support.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;
using bytecode::Opcode;

namespace {

// Inline CACHE entries per opcode, from the one opcode table.
struct CacheTable {
  uint8_t entries[256] = {};
  CacheTable() {
    for (int op = 0; op < 256; ++op)
      if (bytecode::is_known_opcode(op)) entries[op] = static_cast<uint8_t>(bytecode::cache_entries(static_cast<Opcode>(op)));
  }
};
const CacheTable kCaches;

std::string name_text(Value name) { return std::string(str_utf8(as_str(name))); }

}  // namespace

namespace {
// Counts the loop's active invocations (see VM::frame_is_outermost).
struct LoopDepth {
  explicit LoopDepth(int& depth) : depth_(depth) { ++depth_; }
  ~LoopDepth() { --depth_; }
  int& depth_;
};
}  // namespace

Value VM::run_frames(Frame* frame) {
  LoopDepth loop_depth(loop_depth_);
  Frame* saved_current = current_frame_;
  current_frame_ = frame;
  Value* sp = frame->sp;
  const uint16_t* ip = frame->ip;
  Value* locals = frame->localsplus;
  CodeObject* code = frame->code;
  Value kwnames;  // set by KW_NAMES for the next CALL (borrowed from co_consts)
  int reraise_lasti = -1;  // the offset RERAISE restored, for the next handler
  Value result;

#define GP_SAVE() (frame->sp = sp, frame->ip = ip)
#define GP_LOAD() (sp = frame->sp, ip = frame->ip, locals = frame->localsplus, code = frame->code)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define GP_ERROR() goto error
#define GP_CHECK(ok) \
  if (!(ok)) goto error
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
    break;                     \
  }

  for (;;) {
    frame->current = ip;
    uint16_t word = *ip++;
    int op = word & 0xFF;
    int oparg = word >> 8;
    while (op == int(Opcode::EXTENDED_ARG)) {
      frame->current = ip;
      word = *ip++;
      op = word & 0xFF;
      oparg = (oparg << 8) | (word >> 8);
    }
    ip += kCaches.entries[op];

    switch (static_cast<Opcode>(op)) {
      case Opcode::NOP:
      case Opcode::CACHE:
        break;

      case Opcode::RESUME:
        if (interrupt_requested_.load(std::memory_order_relaxed) != 0) {
          GP_SAVE();
          GP_CHECK(check_interrupt());
        }
        break;

      case Opcode::POP_TOP:
        decref(POP());
        break;
      case Opcode::PUSH_NULL:
        PUSH(Value());
        break;
      case Opcode::COPY: {
        Value v = PEEK(oparg);
        incref(v);
        PUSH(v);
        break;
      }
      case Opcode::SWAP: {
        Value t = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = t;
        break;
      }

      // --- loads and stores ---
      case Opcode::LOAD_CONST: {
        Value v = code->consts->items()[oparg];
        incref(v);
        PUSH(v);
        break;
      }
      case Opcode::LOAD_FAST: {
        Value v = locals[oparg];
        if (v.is_null()) {
          raise(&exc_UnboundLocalError, "cannot access local variable '" +
                                            name_text(code->localsplusnames->items()[oparg]) +
                                            "' where it is not associated with a value");
          GP_ERROR();
        }
        incref(v);
        PUSH(v);
        break;
      }
      case Opcode::STORE_FAST: {
        Value old = locals[oparg];
        locals[oparg] = POP();
        decref(old);
        break;
      }
      case Opcode::DELETE_FAST: {
        Value old = locals[oparg];
        if (old.is_null()) {
          raise(&exc_UnboundLocalError, "cannot access local variable '" +
                                            name_text(code->localsplusnames->items()[oparg]) +
                                            "' where it is not associated with a value");
          GP_ERROR();
        }
        locals[oparg] = Value();
        decref(old);
        break;
      }
      case Opcode::LOAD_GLOBAL: {
        Value name = code->names->items()[oparg >> 1];
        Value v = dict_get_str(frame->globals, as_str(name));
        if (v.is_null()) v = dict_get_str(frame->builtins, as_str(name));
        if (v.is_null()) {
          GP_SAVE();
          raise_name_error(name, "name '" + name_text(name) + "' is not defined");
          GP_ERROR();
        }
        if (oparg & 1) PUSH(Value());
        incref(v);
        PUSH(v);
        break;
      }
      case Opcode::STORE_GLOBAL: {
        Value v = POP();
        dict_set_str(frame->globals, as_str(code->names->items()[oparg]), v);
        decref(v);
        break;
      }
      case Opcode::DELETE_GLOBAL: {
        Value name = code->names->items()[oparg];
        int r = dict_delete(*this, frame->globals, name);
        if (r == 0) raise_name_error(name, "name '" + name_text(name) + "' is not defined");
        GP_CHECK(r > 0);
        break;
      }
      case Opcode::LOAD_NAME: {
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
        break;
      }
      case Opcode::STORE_NAME: {
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
        break;
      }
      case Opcode::DELETE_NAME: {
        Value name = code->names->items()[oparg];
        GP_SAVE();
        bool ok = delitem(*this, frame->locals, name);
        if (!ok && error_matches(&exc_KeyError)) {
          clear_error();
          raise_name_error(name, "name '" + name_text(name) + "' is not defined");
        }
        GP_CHECK(ok);
        break;
      }
      case Opcode::MAKE_CELL: {
        Value initial = locals[oparg];
        CellObject* cell = cell_new(initial);
        decref(initial);
        locals[oparg] = Value::from_object(cell);
        break;
      }
      case Opcode::COPY_FREE_VARS: {
        TupleObject* closure = as_tuple(frame->function->closure);
        int offset = code->nlocalsplus - oparg;
        for (int i = 0; i < oparg; ++i) {
          Value cell = closure->items()[i];
          incref(cell);
          locals[offset + i] = cell;
        }
        break;
      }
      case Opcode::LOAD_CLOSURE: {
        Value cell = locals[oparg];
        incref(cell);
        PUSH(cell);
        break;
      }
      case Opcode::LOAD_DEREF: {
        Value v = as_cell(locals[oparg])->contents;
        if (v.is_null()) {
          raise_unbound_deref(frame, oparg);
          GP_ERROR();
        }
        incref(v);
        PUSH(v);
        break;
      }
      case Opcode::LOAD_CLASSDEREF: {
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
        break;
      }
      case Opcode::STORE_DEREF: {
        CellObject* cell = as_cell(locals[oparg]);
        Value old = cell->contents;
        cell->contents = POP();
        decref(old);
        break;
      }
      case Opcode::DELETE_DEREF: {
        CellObject* cell = as_cell(locals[oparg]);
        Value old = cell->contents;
        if (old.is_null()) {
          raise_unbound_deref(frame, oparg);
          GP_ERROR();
        }
        cell->contents = Value();
        decref(old);
        break;
      }
      case Opcode::LOAD_ATTR: {
        Value owner = TOP();
        GP_SAVE();
        Value v = getattr(*this, owner, as_str(code->names->items()[oparg]));
        if (v.is_null()) GP_ERROR();
        decref(owner);
        TOP() = v;
        break;
      }
      case Opcode::LOAD_METHOD: {
        Value owner = TOP();
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
        break;
      }
      case Opcode::STORE_ATTR: {
        Value owner = TOP();
        Value v = PEEK(2);
        GP_SAVE();
        bool ok = setattr(*this, owner, as_str(code->names->items()[oparg]), v);
        sp -= 2;
        decref(owner);
        decref(v);
        GP_CHECK(ok);
        break;
      }
      case Opcode::DELETE_ATTR: {
        Value owner = POP();
        GP_SAVE();
        bool ok = delattr(*this, owner, as_str(code->names->items()[oparg]));
        decref(owner);
        GP_CHECK(ok);
        break;
      }

      // --- operators ---
      case Opcode::UNARY_NEGATIVE:
      case Opcode::UNARY_POSITIVE:
      case Opcode::UNARY_INVERT: {
        Value v = TOP();
        GP_SAVE();
        Value r = op == int(Opcode::UNARY_NEGATIVE)   ? negative(*this, v)
                  : op == int(Opcode::UNARY_POSITIVE) ? positive(*this, v)
                                                      : invert(*this, v);
        if (r.is_null()) GP_ERROR();
        decref(v);
        TOP() = r;
        break;
      }
      case Opcode::UNARY_NOT: {
        Value v = TOP();
        GP_SAVE();
        int t = truthy(*this, v);
        if (t < 0) GP_ERROR();
        decref(v);
        TOP() = boolean(!t);
        break;
      }
      case Opcode::BINARY_OP: {
        Value b = POP();
        Value a = TOP();
        Value r;
        if (a.is_small_int() && b.is_small_int() && small_int_binary(a.as_small_int(), b.as_small_int(), oparg, &r)) {
          // fast path done
        } else {
          GP_SAVE();
          r = oparg < kBinaryOpCount ? binary_op(*this, a, b, static_cast<BinaryOp>(oparg))
                                     : inplace_op(*this, a, b, static_cast<BinaryOp>(oparg - kBinaryOpCount));
          if (r.is_null()) {
            PUSH(b);
            GP_ERROR();
          }
        }
        decref(a);
        decref(b);
        TOP() = r;
        break;
      }
      case Opcode::COMPARE_OP:
        GP_BINARY_STEP(rich_compare(*this, a, b, static_cast<CompareOp>(oparg)));
      case Opcode::IS_OP: {
        Value b = POP();
        Value a = TOP();
        bool same = a.is(b);
        decref(a);
        decref(b);
        TOP() = boolean(same != (oparg != 0));
        break;
      }
      case Opcode::CONTAINS_OP: {
        Value container = POP();
        Value item = TOP();
        GP_SAVE();
        int r = contains(*this, container, item);
        decref(container);
        if (r < 0) GP_ERROR();
        decref(item);
        TOP() = boolean((r != 0) != (oparg != 0));
        break;
      }
      case Opcode::BINARY_SUBSCR:
        GP_BINARY_STEP(getitem(*this, a, b));
      case Opcode::STORE_SUBSCR: {
        Value key = POP();
        Value container = POP();
        Value v = POP();
        GP_SAVE();
        bool ok = setitem(*this, container, key, v);
        decref(key);
        decref(container);
        decref(v);
        GP_CHECK(ok);
        break;
      }
      case Opcode::DELETE_SUBSCR: {
        Value key = POP();
        Value container = POP();
        GP_SAVE();
        bool ok = delitem(*this, container, key);
        decref(key);
        decref(container);
        GP_CHECK(ok);
        break;
      }

      // --- building ---
      case Opcode::BUILD_TUPLE: {
        TupleObject* t = tuple_alloc(oparg);
        sp -= oparg;
        std::memcpy(t->items(), sp, oparg * sizeof(Value));
        PUSH(Value::from_object(t));
        break;
      }
      case Opcode::BUILD_LIST: {
        ListObject* l = list_new(oparg);
        sp -= oparg;
        std::memcpy(l->items, sp, oparg * sizeof(Value));
        l->size = oparg;
        PUSH(Value::from_object(l));
        break;
      }
      case Opcode::BUILD_SET: {
        GP_SAVE();
        Value s = make_set(*this, sp - oparg, oparg);
        for (int i = 0; i < oparg; ++i) decref(*--sp);
        if (s.is_null()) GP_ERROR();
        PUSH(s);
        break;
      }
      case Opcode::BUILD_MAP: {
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
        break;
      }
      case Opcode::BUILD_CONST_KEY_MAP: {
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
        break;
      }
      case Opcode::BUILD_STRING: {
        GP_SAVE();
        Value s = join_strings(sp - oparg, oparg);
        for (int i = 0; i < oparg; ++i) decref(*--sp);
        PUSH(s);
        break;
      }
      case Opcode::BUILD_SLICE: {
        Value step = oparg == 3 ? POP() : none();
        Value stop = POP();
        Value start = TOP();
        Value s = make_slice(start, stop, step);
        decref(start);
        decref(stop);
        decref(step);
        TOP() = s;
        break;
      }
      case Opcode::LIST_APPEND: {
        Value v = POP();
        list_append_owned(as_list(PEEK(oparg)), v);
        break;
      }
      case Opcode::SET_ADD: {
        Value v = POP();
        GP_SAVE();
        bool ok = set_add(*this, PEEK(oparg), v);
        decref(v);
        GP_CHECK(ok);
        break;
      }
      case Opcode::MAP_ADD: {
        Value v = POP();
        Value k = POP();
        GP_SAVE();
        bool ok = dict_set(*this, as_dict(PEEK(oparg)), k, v);
        decref(k);
        decref(v);
        GP_CHECK(ok);
        break;
      }
      case Opcode::LIST_EXTEND: {
        Value iterable = POP();
        GP_SAVE();
        bool ok = list_extend_from(as_list(PEEK(oparg)), iterable);
        decref(iterable);
        GP_CHECK(ok);
        break;
      }
      case Opcode::SET_UPDATE: {
        Value iterable = POP();
        GP_SAVE();
        bool ok = set_update(*this, PEEK(oparg), iterable);
        decref(iterable);
        GP_CHECK(ok);
        break;
      }
      case Opcode::DICT_UPDATE:
      case Opcode::DICT_MERGE: {
        Value update = POP();
        GP_SAVE();
        bool ok = dict_update_from(as_dict(PEEK(oparg)), update, op == int(Opcode::DICT_MERGE), PEEK(oparg + 2));
        decref(update);
        GP_CHECK(ok);
        break;
      }
      case Opcode::LIST_TO_TUPLE: {
        ListObject* l = as_list(TOP());
        TupleObject* t = tuple_from(l->items, l->size);
        decref(l);
        TOP() = Value::from_object(t);
        break;
      }
      case Opcode::FORMAT_VALUE: {
        Value spec = (oparg & 0x04) ? POP() : Value();
        Value v = TOP();
        GP_SAVE();
        Value r = format_value(v, oparg & 0x03, spec);
        decref(spec);
        if (r.is_null()) GP_ERROR();
        decref(v);
        TOP() = r;
        break;
      }

      // --- unpacking ---
      case Opcode::UNPACK_SEQUENCE: {
        Value seq = POP();
        GP_SAVE();
        bool ok = unpack_sequence(seq, oparg, -1, sp);
        decref(seq);
        GP_CHECK(ok);
        sp += oparg;
        break;
      }
      case Opcode::UNPACK_EX: {
        Value seq = POP();
        int before = oparg & 0xFF, after = oparg >> 8;
        GP_SAVE();
        bool ok = unpack_sequence(seq, before + after + 1, before, sp);
        decref(seq);
        GP_CHECK(ok);
        sp += before + after + 1;
        break;
      }

      // --- jumps ---
      case Opcode::JUMP_FORWARD:
        ip += oparg;
        break;
      case Opcode::JUMP_BACKWARD:
        ip -= oparg;
        if (budget_enabled_ || interrupt_requested_.load(std::memory_order_relaxed) != 0) {
          GP_SAVE();
          GP_CHECK(check_interrupt());
          if (budget_enabled_ && --budget_ <= 0 && frame_is_outermost(frame)) {
            suspended_ = true;
            suspended_frame_ = frame;
            current_frame_ = saved_current;
            return Value();
          }
        }
        break;
      case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
        ip -= oparg;
        break;
      case Opcode::POP_JUMP_FORWARD_IF_FALSE:
      case Opcode::POP_JUMP_BACKWARD_IF_FALSE:
      case Opcode::POP_JUMP_FORWARD_IF_TRUE:
      case Opcode::POP_JUMP_BACKWARD_IF_TRUE: {
        Value v = POP();
        int t;
        if (v.is(true_value())) t = 1;
        else if (v.is(false_value())) t = 0;
        else {
          GP_SAVE();
          t = truthy(*this, v);
          decref(v);
          if (t < 0) GP_ERROR();
        }
        bool want = op == int(Opcode::POP_JUMP_FORWARD_IF_TRUE) || op == int(Opcode::POP_JUMP_BACKWARD_IF_TRUE);
        if ((t != 0) == want) {
          if (op == int(Opcode::POP_JUMP_FORWARD_IF_FALSE) || op == int(Opcode::POP_JUMP_FORWARD_IF_TRUE)) ip += oparg;
          else ip -= oparg;
        }
        break;
      }
      case Opcode::POP_JUMP_FORWARD_IF_NONE:
      case Opcode::POP_JUMP_BACKWARD_IF_NONE:
      case Opcode::POP_JUMP_FORWARD_IF_NOT_NONE:
      case Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE: {
        Value v = POP();
        bool none_value = is_none(v);
        decref(v);
        bool want_none = op == int(Opcode::POP_JUMP_FORWARD_IF_NONE) || op == int(Opcode::POP_JUMP_BACKWARD_IF_NONE);
        if (none_value == want_none) {
          if (op == int(Opcode::POP_JUMP_FORWARD_IF_NONE) || op == int(Opcode::POP_JUMP_FORWARD_IF_NOT_NONE)) ip += oparg;
          else ip -= oparg;
        }
        break;
      }
      case Opcode::JUMP_IF_FALSE_OR_POP:
      case Opcode::JUMP_IF_TRUE_OR_POP: {
        Value v = TOP();
        GP_SAVE();
        int t = truthy(*this, v);
        if (t < 0) GP_ERROR();
        bool jump_when = op == int(Opcode::JUMP_IF_TRUE_OR_POP);
        if ((t != 0) == jump_when) {
          ip += oparg;
        } else {
          decref(POP());
        }
        break;
      }

      // --- iteration ---
      case Opcode::GET_ITER:
      case Opcode::GET_YIELD_FROM_ITER: {
        Value v = TOP();
        if (op == int(Opcode::GET_YIELD_FROM_ITER) && is_generator_like(v)) break;
        GP_SAVE();
        Value it = iter(*this, v);
        if (it.is_null()) GP_ERROR();
        decref(v);
        TOP() = it;
        break;
      }
      case Opcode::FOR_ITER: {
        Value it = TOP();
        GP_SAVE();
        Value v = type_of(it)->iternext(*this, it);
        if (v.is_null()) {
          if (has_error()) GP_ERROR();
          decref(POP());
          ip += oparg;
          break;
        }
        PUSH(v);
        break;
      }

      // --- calls ---
      case Opcode::KW_NAMES:
        kwnames = code->consts->items()[oparg];
        break;
      case Opcode::PRECALL:
        break;
      case Opcode::CALL: {
        bool is_method = !PEEK(oparg + 2).is_null();
        int nargs = oparg + (is_method ? 1 : 0);
        Value callable = is_method ? PEEK(oparg + 2) : PEEK(oparg + 1);
        Value* args = sp - nargs;
        TupleObject* names = kwnames.is_null() ? nullptr : as_tuple(kwnames);
        kwnames = Value();
        size_t npositional = nargs - (names ? names->size : 0);
        GP_SAVE();
        if (is_function(callable)) {
          // Python to Python: a new frame in this same loop.
          FunctionObject* f = as_function(callable);
          Frame* callee = push_function_frame(f, CallArgs{args, npositional, names});
          for (int i = 0; i < nargs; ++i) decref(*--sp);
          decref(POP());
          if (!is_method) sp--;  // the NULL slot
          frame->sp = sp;
          if (callee == nullptr) GP_ERROR();
          callee->previous = frame;
          frame = callee;
          current_frame_ = frame;
          GP_LOAD();
          break;
        }
        Value r = call(*this, callable, CallArgs{args, npositional, names});
        for (int i = 0; i < nargs; ++i) decref(*--sp);
        decref(POP());
        if (!is_method) sp--;
        if (r.is_null()) GP_ERROR();
        PUSH(r);
        break;
      }
      case Opcode::CALL_FUNCTION_EX: {
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
        break;
      }
      case Opcode::MAKE_FUNCTION: {
        CodeObject* fcode = as_code(POP());
        FunctionObject* f = function_new(*this, fcode, frame->globals, Value());
        decref(fcode);
        if (oparg & 0x08) f->closure = POP();
        if (oparg & 0x04) f->annotations = POP();
        if (oparg & 0x02) f->kwdefaults = POP();
        if (oparg & 0x01) f->defaults = POP();
        PUSH(Value::from_object(f));
        break;
      }
      case Opcode::RETURN_VALUE: {
        result = POP();
        GP_SAVE();
        Frame* finished = frame;
        bool was_entry = frame->entry;
        frame = frame->previous;
        pop_frame(finished);
        if (was_entry) {
          current_frame_ = saved_current;
          return result;
        }
        current_frame_ = frame;
        GP_LOAD();
        PUSH(result);
        break;
      }
      case Opcode::RETURN_GENERATOR: {
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
        break;
      }
      case Opcode::YIELD_VALUE: {
        result = POP();
        GP_SAVE();
        // Only generator frames yield; they are always entry frames of gen_send.
        Frame* finished = frame;
        finished->sp = sp;
        finished->ip = ip;
        --python_depth_;
        current_frame_ = saved_current;
        generator_suspended_ = true;
        return result;
      }

      // --- classes, imports, misc ---
      case Opcode::LOAD_BUILD_CLASS: {
        Value bc = dict_get_str(frame->builtins, intern("__build_class__"));
        if (bc.is_null()) {
          raise(&exc_NameError, "__build_class__ not found");
          GP_ERROR();
        }
        incref(bc);
        PUSH(bc);
        break;
      }
      case Opcode::LOAD_ASSERTION_ERROR:
        PUSH(Value::from_object(&exc_AssertionError));
        break;
      case Opcode::SETUP_ANNOTATIONS: {
        GP_SAVE();
        GP_CHECK(setup_annotations(frame));
        break;
      }
      case Opcode::IMPORT_NAME: {
        Value fromlist = POP();
        Value level = TOP();
        GP_SAVE();
        Value m = import_name(frame, code->names->items()[oparg], fromlist, level);
        decref(fromlist);
        if (m.is_null()) GP_ERROR();
        decref(level);
        TOP() = m;
        break;
      }
      case Opcode::IMPORT_FROM: {
        GP_SAVE();
        Value v = import_from(TOP(), code->names->items()[oparg]);
        if (v.is_null()) GP_ERROR();
        PUSH(v);
        break;
      }
      case Opcode::IMPORT_STAR: {
        Value module = POP();
        GP_SAVE();
        bool ok = import_star(frame, module);
        decref(module);
        GP_CHECK(ok);
        break;
      }
      case Opcode::PRINT_EXPR: {
        Value v = POP();
        GP_SAVE();
        bool ok = print_expr(v);
        decref(v);
        GP_CHECK(ok);
        break;
      }
      case Opcode::GET_LEN: {
        GP_SAVE();
        int64_t n = length(*this, TOP());
        if (n < 0) GP_ERROR();
        PUSH(make_int(n));
        break;
      }

      // --- exceptions ---
      case Opcode::RAISE_VARARGS: {
        Value cause = oparg == 2 ? POP() : Value();
        Value exc = oparg >= 1 ? POP() : Value();
        GP_SAVE();
        do_raise(exc, cause);
        decref(exc);
        decref(cause);
        if (oparg == 0 && has_error()) goto reraise;
        GP_ERROR();
      }
      case Opcode::PUSH_EXC_INFO: {
        Value v = TOP();
        Value previous = handled_.is_null() ? none() : handled_;
        handled_ = v;
        incref(v);
        TOP() = previous;
        PUSH(v);
        break;
      }
      case Opcode::POP_EXCEPT: {
        Value v = POP();
        Value old = handled_;
        handled_ = is_none(v) ? Value() : v;
        if (is_none(v)) decref(v);
        decref(old);
        break;
      }
      case Opcode::CHECK_EXC_MATCH: {
        Value type = POP();
        Value exc = TOP();
        GP_SAVE();
        int r = exception_matches(exc, type);
        decref(type);
        if (r < 0) GP_ERROR();
        PUSH(boolean(r));
        break;
      }
      case Opcode::CHECK_EG_MATCH: {
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
        break;
      }
      case Opcode::PREP_RERAISE_STAR: {
        Value excs = POP();
        Value orig = TOP();
        GP_SAVE();
        Value r = prep_reraise_star(orig, excs);
        decref(excs);
        if (r.is_null()) GP_ERROR();
        decref(orig);
        TOP() = r;
        break;
      }
      case Opcode::RERAISE: {
        Value exc = POP();
        if (oparg != 0) {
          Value lasti = PEEK(oparg);
          if (lasti.is_small_int()) reraise_lasti = static_cast<int>(lasti.as_small_int());
        }
        GP_SAVE();
        restore_error(exc);
        goto reraise;
      }
      case Opcode::BEFORE_WITH: {
        Value mgr = TOP();
        GP_SAVE();
        Value exit_fn, enter_result;
        GP_CHECK(before_with(mgr, &exit_fn, &enter_result));
        decref(mgr);
        TOP() = exit_fn;
        PUSH(enter_result);
        break;
      }
      case Opcode::WITH_EXCEPT_START: {
        Value exc = TOP();
        Value exit_fn = PEEK(4);
        GP_SAVE();
        Value r = call_exit_with_exception(exit_fn, exc);
        if (r.is_null()) GP_ERROR();
        PUSH(r);
        break;
      }

      // --- pattern matching ---
      case Opcode::MATCH_MAPPING:
      case Opcode::MATCH_SEQUENCE: {
        bool r = op == int(Opcode::MATCH_MAPPING) ? is_mapping_for_match(TOP()) : is_sequence_for_match(TOP());
        PUSH(boolean(r));
        break;
      }
      case Opcode::MATCH_KEYS: {
        GP_SAVE();
        Value r = match_keys(PEEK(2), TOP());
        if (r.is_null()) GP_ERROR();
        PUSH(r);
        break;
      }
      case Opcode::MATCH_CLASS: {
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
        break;
      }

      // --- generators and coroutines ---
      case Opcode::SEND: {
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
        break;
      }
      case Opcode::GET_AWAITABLE:
      case Opcode::GET_AITER:
      case Opcode::GET_ANEXT:
      case Opcode::BEFORE_ASYNC_WITH:
      case Opcode::END_ASYNC_FOR:
      case Opcode::ASYNC_GEN_WRAP: {
        GP_SAVE();
        GP_CHECK(async_op(frame, op, oparg));
        GP_LOAD();
        break;
      }

      default:
        GP_SAVE();
        raise(&exc_SystemError, "unknown opcode " + std::to_string(op));
        GP_ERROR();
    }
    continue;

  error:
    // A new exception: this frame joins its traceback.
    add_traceback_entry(frame);
  reraise:
    for (;;) {
      frame->sp = sp;
      bool handled = unwind_to_handler(*this, frame, reraise_lasti);
      reraise_lasti = -1;
      if (handled) {
        GP_LOAD();
        break;
      }
      // No handler here: pop the frame and look in the caller.
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
    }
  }
#undef GP_SAVE
#undef GP_LOAD
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef GP_ERROR
#undef GP_CHECK
#undef GP_BINARY_STEP
}

}  // namespace glasspy::vm
