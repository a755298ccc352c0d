// The Python-visible side of code objects (object model): co_* attributes read from the
// CodeUnit the compiler made, the line/position iterators of 3.11's location table,
// replace(), and comparison by value (CPython's code_richcompare).
#include "objects/code_object_attrs.h"

#include <cmath>
#include <cstring>
#include <string>

#include "bytecode/line_table.h"
#include "objects/bytes_object.h"
#include "objects/callable_objects.h"
#include "objects/complex_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {
namespace {

const bytecode::CodeUnit& unit_of(Value self) { return *as_code(self)->unit; }

Value int_value(int n) { return make_int(n); }

Value bytes_value(const std::vector<uint8_t>& data) {
  return make_bytes(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
}

Value owned(Object* o) { return Value::from_object(o); }

Value borrowed(Object* o) {
  incref(o);
  return Value::from_object(o);
}

// The locals-plus names whose kind has `mask` set (co_varnames, co_cellvars, co_freevars).
Value names_with_kind(Value self, uint8_t mask) {
  CodeObject* c = as_code(self);
  const bytecode::CodeUnit& u = *c->unit;
  std::vector<Value> items;
  for (size_t i = 0; i < u.localspluskinds.size(); ++i)
    if (u.localspluskinds[i] & mask) items.push_back(c->localsplusnames->items()[i]);
  return owned(tuple_from(items.data(), static_cast<int64_t>(items.size())));
}

Value get_argcount(VM&, Value self) { return int_value(as_code(self)->argcount); }
Value get_posonlyargcount(VM&, Value self) { return int_value(as_code(self)->posonlyargcount); }
Value get_kwonlyargcount(VM&, Value self) { return int_value(as_code(self)->kwonlyargcount); }
Value get_nlocals(VM&, Value self) { return int_value(as_code(self)->nlocals); }
Value get_stacksize(VM&, Value self) { return int_value(as_code(self)->stacksize); }
Value get_flags(VM&, Value self) { return int_value(as_code(self)->flags); }
Value get_firstlineno(VM&, Value self) { return int_value(unit_of(self).firstlineno); }
Value get_code(VM&, Value self) { return bytes_value(unit_of(self).code); }
Value get_consts(VM&, Value self) { return borrowed(as_code(self)->consts); }
Value get_names(VM&, Value self) { return borrowed(as_code(self)->names); }
Value get_varnames(VM&, Value self) { return names_with_kind(self, bytecode::kFastLocal); }
Value get_cellvars(VM&, Value self) { return names_with_kind(self, bytecode::kFastCell); }
Value get_freevars(VM&, Value self) { return names_with_kind(self, bytecode::kFastFree); }
Value get_filename(VM&, Value self) { return borrowed(as_code(self)->filename); }
Value get_name(VM&, Value self) { return borrowed(as_code(self)->name); }
Value get_qualname(VM&, Value self) { return borrowed(as_code(self)->qualname); }
Value get_linetable(VM&, Value self) { return bytes_value(unit_of(self).linetable); }
Value get_exceptiontable(VM&, Value self) { return bytes_value(unit_of(self).exceptiontable); }

// co_lnotab, derived from the location table as 3.11 does (decode_linetable): a
// (byte delta, line delta) pair wherever the computed line changes.
Value get_lnotab(VM&, Value self) {
  const bytecode::CodeUnit& u = unit_of(self);
  std::string out;
  auto emit = [&](int b, int l) {
    out += static_cast<char>(static_cast<uint8_t>(b));
    out += static_cast<char>(static_cast<uint8_t>(static_cast<int8_t>(l)));
  };
  int code_offset = 0, line = u.firstlineno;
  for (const bytecode::LocationRange& r : bytecode::decode_locations(u.linetable, u.firstlineno)) {
    if (r.loc.lineno < 0 || r.loc.lineno == line) continue;
    int bdelta = r.start * 2 - code_offset;
    int ldelta = r.loc.lineno - line;
    while (bdelta > 255) {
      emit(255, 0);
      bdelta -= 255;
    }
    while (ldelta > 127) {
      emit(bdelta, 127);
      bdelta = 0;
      ldelta -= 127;
    }
    while (ldelta < -128) {
      emit(bdelta, -128);
      bdelta = 0;
      ldelta += 128;
    }
    emit(bdelta, ldelta);
    code_offset = r.start * 2;
    line = r.loc.lineno;
  }
  return make_bytes(out);
}

Value int_or_none(int n) { return n < 0 ? none() : make_int(n); }

Value iterate_list(VM& vm, ListObject* list) {
  Value it = iter(vm, Value::from_object(list));
  decref(list);
  return it;
}

// co_lines(): (start, end, line) per location-table entry, in bytes; line None where
// the entry has no location.
Value code_co_lines(VM& vm, Value self, CallArgs) {
  const bytecode::CodeUnit& u = unit_of(self);
  ListObject* list = list_new();
  for (const bytecode::LocationRange& r : bytecode::decode_locations(u.linetable, u.firstlineno)) {
    Value item = owned(tuple_of({make_int(r.start * 2), make_int(r.end * 2), int_or_none(r.loc.lineno)}));
    list_append_owned(list, item);
  }
  return iterate_list(vm, list);
}

// co_positions(): (lineno, end_lineno, col_offset, end_col_offset) per code unit.
Value code_co_positions(VM& vm, Value self, CallArgs) {
  const bytecode::CodeUnit& u = unit_of(self);
  ListObject* list = list_new(u.size());
  std::vector<bytecode::LocationRange> ranges = bytecode::decode_locations(u.linetable, u.firstlineno);
  size_t k = 0;
  for (int unit = 0; unit < u.size(); ++unit) {
    while (k < ranges.size() && ranges[k].end <= unit) ++k;
    bytecode::Location loc;
    if (k < ranges.size() && ranges[k].start <= unit) loc = ranges[k].loc;
    Value item = owned(tuple_of({int_or_none(loc.lineno), int_or_none(loc.end_lineno), int_or_none(loc.col),
                                 int_or_none(loc.end_col)}));
    list_append_owned(list, item);
  }
  return iterate_list(vm, list);
}

Value code_varname_from_oparg(VM& vm, Value self, CallArgs args) {
  int64_t index;
  if (!index_int64(vm, args.args[0], &index)) return Value();
  CodeObject* c = as_code(self);
  if (index < 0 || index >= c->localsplusnames->size) return vm.raise(&exc_IndexError, "tuple index out of range");
  return borrowed(c->localsplusnames->items()[index].as_object());
}

Value code_sizeof(VM&, Value self, CallArgs) {
  const bytecode::CodeUnit& u = unit_of(self);
  return make_int(static_cast<int64_t>(sizeof(CodeObject) + u.code.size() + u.linetable.size()));
}

// --- replace() ---

bool text_list(VM& vm, Value v, const char* field, std::vector<std::string>* out) {
  if (!is_tuple(v)) {
    vm.raise(&exc_TypeError, std::string("replace() argument '") + field + "' must be tuple, not " + type_name(v));
    return false;
  }
  out->clear();
  for (int64_t i = 0; i < as_tuple(v)->size; ++i) {
    Value s = as_tuple(v)->items()[i];
    if (!is_str(s)) {
      vm.raise(&exc_TypeError, "name tuples must contain only strings, not '" + std::string(type_name(s)) + "'");
      return false;
    }
    out->emplace_back(str_utf8(as_str(s)));
  }
  return true;
}

bool int_arg(VM& vm, Value v, const char* field, int* out) {
  int64_t n;
  if (!is_int(v)) {
    vm.raise(&exc_TypeError, std::string("replace() argument '") + field + "' must be int, not " + type_name(v));
    return false;
  }
  if (!int_to_int64(v, &n) || n < INT32_MIN || n > INT32_MAX) {
    vm.raise(&exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

// replace()'s check of its int fields (CPython's CHECK_INT_ARG).
bool non_negative(VM& vm, const char* field, int value) {
  if (value >= 0) return true;
  vm.raise(&exc_ValueError, std::string(field) + " must be a positive integer");
  return false;
}

bool str_arg(VM& vm, Value v, const char* field, std::string* out) {
  if (!is_str(v)) {
    vm.raise(&exc_TypeError, std::string("replace() argument '") + field + "' must be str, not " + type_name(v));
    return false;
  }
  *out = std::string(str_utf8(as_str(v)));
  return true;
}

bool bytes_arg(VM& vm, Value v, const char* field, std::vector<uint8_t>* out) {
  if (!is_bytes(v)) {
    vm.raise(&exc_TypeError, std::string("replace() argument '") + field + "' must be bytes, not " + type_name(v));
    return false;
  }
  std::string_view view;
  if (!bytes_like_view(v, &view)) return false;
  out->assign(view.begin(), view.end());
  return true;
}

}  // namespace

// Rebuilds the locals-plus slots from new co_varnames / co_cellvars / co_freevars.
void set_code_locals(bytecode::CodeUnit& u, const std::vector<std::string>& varnames, const std::vector<std::string>& cellvars,
                const std::vector<std::string>& freevars) {
  u.localsplusnames.clear();
  u.localspluskinds.clear();
  for (const std::string& name : varnames) {
    u.localsplusnames.push_back(name);
    u.localspluskinds.push_back(bytecode::kFastLocal);
  }
  for (const std::string& name : cellvars) {
    bool merged = false;
    for (size_t i = 0; i < varnames.size(); ++i) {
      if (varnames[i] == name) {
        u.localspluskinds[i] |= bytecode::kFastCell;
        merged = true;
      }
    }
    if (merged) continue;
    u.localsplusnames.push_back(name);
    u.localspluskinds.push_back(bytecode::kFastCell);
  }
  for (const std::string& name : freevars) {
    u.localsplusnames.push_back(name);
    u.localspluskinds.push_back(bytecode::kFastFree);
  }
}

bool validate_code_unit(VM& vm, const bytecode::CodeUnit& u) {
  if (u.code.size() % 2 != 0) {
    vm.raise(&exc_ValueError, "code: co_code is malformed");
    return false;
  }
  int plain = static_cast<int>(u.varnames().size()) - u.argcount - u.kwonlyargcount -
              ((u.flags & bytecode::kCoVarargs) != 0) - ((u.flags & bytecode::kCoVarkeywords) != 0);
  if (plain < 0) {
    vm.raise(&exc_ValueError, "code: co_varnames is too small");
    return false;
  }
  return true;
}

namespace {

Value code_replace(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 0) return vm.raise(&exc_TypeError, "replace() takes no positional arguments");
  CodeObject* old = as_code(self);
  auto unit = std::make_shared<bytecode::CodeUnit>(*old->unit);
  unit->name = std::string(str_utf8(old->name));
  unit->qualname = std::string(str_utf8(old->qualname));
  unit->filename = std::string(str_utf8(old->filename));
  std::vector<std::string> varnames = unit->varnames(), cellvars = unit->cellvars(), freevars = unit->freevars();
  bool locals_changed = false;
  Value new_consts;
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string key(str_utf8(as_str(args.kwnames->items()[k])));
    Value v = args.kw_value(k);
    bool ok = true;
    const char* f = key.c_str();
    if (key == "co_argcount") ok = int_arg(vm, v, f, &unit->argcount) && non_negative(vm, f, unit->argcount);
    else if (key == "co_posonlyargcount") ok = int_arg(vm, v, f, &unit->posonlyargcount) && non_negative(vm, f, unit->posonlyargcount);
    else if (key == "co_kwonlyargcount") ok = int_arg(vm, v, f, &unit->kwonlyargcount) && non_negative(vm, f, unit->kwonlyargcount);
    else if (key == "co_stacksize") ok = int_arg(vm, v, f, &unit->stacksize) && non_negative(vm, f, unit->stacksize);
    else if (key == "co_flags") ok = int_arg(vm, v, f, &unit->flags) && non_negative(vm, f, unit->flags);
    else if (key == "co_firstlineno") ok = int_arg(vm, v, f, &unit->firstlineno) && non_negative(vm, f, unit->firstlineno);
    else if (key == "co_nlocals") {
      int nlocals;
      ok = int_arg(vm, v, f, &nlocals) && non_negative(vm, f, nlocals);
    } else if (key == "co_code") ok = bytes_arg(vm, v, f, &unit->code);
    else if (key == "co_linetable") ok = bytes_arg(vm, v, f, &unit->linetable);
    else if (key == "co_exceptiontable") ok = bytes_arg(vm, v, f, &unit->exceptiontable);
    else if (key == "co_name") ok = str_arg(vm, v, f, &unit->name);
    else if (key == "co_qualname") ok = str_arg(vm, v, f, &unit->qualname);
    else if (key == "co_filename") ok = str_arg(vm, v, f, &unit->filename);
    else if (key == "co_names") ok = text_list(vm, v, f, &unit->names);
    else if (key == "co_varnames") ok = locals_changed = text_list(vm, v, f, &varnames);
    else if (key == "co_cellvars") ok = locals_changed = text_list(vm, v, f, &cellvars);
    else if (key == "co_freevars") ok = locals_changed = text_list(vm, v, f, &freevars);
    else if (key == "co_consts") {
      if (!is_tuple(v)) return vm.raise(&exc_TypeError, std::string("replace() argument 'co_consts' must be tuple, not ") + type_name(v));
      new_consts = v;
    } else {
      return vm.raise(&exc_TypeError, "'" + key + "' is an invalid keyword argument for replace()");
    }
    if (!ok) return Value();
  }
  if (locals_changed) set_code_locals(*unit, varnames, cellvars, freevars);
  if (!validate_code_unit(vm, *unit)) return Value();
  // The constants stay the runtime objects given (the unit's are only used by code that
  // reads the compiler's output directly).
  CodeObject* code = code_from_unit(vm, unit);
  if (code == nullptr) return Value();
  Value consts = new_consts.is_null() ? Value::from_object(old->consts) : new_consts;
  incref(consts);
  decref(code->consts);
  code->consts = as_tuple(consts);
  return Value::from_object(code);
}

// --- equality and hash ---

bool same_double(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0 || (a == b && std::signbit(a) == std::signbit(b)); }

// CPython's _PyCode_ConstantKey equality: same type, and 0.0 / -0.0 (and 1 / True) differ.
int same_const_value(VM& vm, Value a, Value b) {
  if (a.identity_bits() == b.identity_bits()) return 1;
  if (type_of(a) != type_of(b)) return 0;
  if (is_float(a)) return same_double(float_value(a), float_value(b));
  if (is_complex(a)) {
    auto* x = static_cast<ComplexObject*>(a.as_object());
    auto* y = static_cast<ComplexObject*>(b.as_object());
    return same_double(x->real, y->real) && same_double(x->imag, y->imag);
  }
  if (is_tuple(a)) {
    TupleObject* x = as_tuple(a);
    TupleObject* y = as_tuple(b);
    if (x->size != y->size) return 0;
    for (int64_t i = 0; i < x->size; ++i) {
      int r = same_const_value(vm, x->items()[i], y->items()[i]);
      if (r != 1) return r;
    }
    return 1;
  }
  return eq(vm, a, b);
}

bool same_names(VM& vm, TupleObject* a, TupleObject* b, int* result) {
  *result = 0;
  if (a->size != b->size) return true;
  for (int64_t i = 0; i < a->size; ++i) {
    int r = same_const_value(vm, a->items()[i], b->items()[i]);
    if (r < 0) return false;
    if (r == 0) return true;
  }
  *result = 1;
  return true;
}

}  // namespace

Value code_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !is_code(a) || !is_code(b)) {
    incref(not_implemented());
    return not_implemented();
  }
  CodeObject* x = as_code(a);
  CodeObject* y = as_code(b);
  const bytecode::CodeUnit& u = *x->unit;
  const bytecode::CodeUnit& w = *y->unit;
  bool equal = x == y;
  if (!equal) {
    equal = str_equal(x->name, y->name) && u.argcount == w.argcount && u.posonlyargcount == w.posonlyargcount &&
            u.kwonlyargcount == w.kwonlyargcount && u.flags == w.flags && u.firstlineno == w.firstlineno &&
            u.code == w.code && u.localsplusnames == w.localsplusnames && u.localspluskinds == w.localspluskinds &&
            u.linetable == w.linetable && u.exceptiontable == w.exceptiontable;
    int r = 1;
    if (equal && !same_names(vm, x->consts, y->consts, &r)) return Value();
    if (equal && r == 1 && !same_names(vm, x->names, y->names, &r)) return Value();
    equal = equal && r == 1;
  }
  return boolean(op == CompareOp::kEq ? equal : !equal);
}

bool code_hash(VM& vm, Value self, int64_t* out) {
  CodeObject* c = as_code(self);
  const bytecode::CodeUnit& u = *c->unit;
  uint64_t h = static_cast<uint64_t>(str_hash(c->name));
  int64_t part;
  Value consts = Value::from_object(c->consts);
  // Constants hash as a tuple unless one is unhashable; then the rest still decides.
  if (hash(vm, consts, &part)) h ^= static_cast<uint64_t>(part);
  else vm.clear_error();
  h ^= static_cast<uint64_t>(hash_bytes(u.code.data(), u.code.size()));
  h = h * 1000003u ^ static_cast<uint64_t>(u.argcount) ^ (static_cast<uint64_t>(u.flags) << 8) ^
      (static_cast<uint64_t>(u.firstlineno) << 20);
  int64_t result = static_cast<int64_t>(h);
  if (result == -1) result = -2;
  *out = result;
  return true;
}

const GetSetDef kCodeGetSets[] = {
    {"co_argcount", get_argcount},
    {"co_posonlyargcount", get_posonlyargcount},
    {"co_kwonlyargcount", get_kwonlyargcount},
    {"co_nlocals", get_nlocals},
    {"co_stacksize", get_stacksize},
    {"co_flags", get_flags},
    {"co_firstlineno", get_firstlineno},
    {"co_code", get_code},
    {"_co_code_adaptive", get_code},
    {"co_consts", get_consts},
    {"co_names", get_names},
    {"co_varnames", get_varnames},
    {"co_cellvars", get_cellvars},
    {"co_freevars", get_freevars},
    {"co_filename", get_filename},
    {"co_name", get_name},
    {"co_qualname", get_qualname},
    {"co_linetable", get_linetable},
    {"co_exceptiontable", get_exceptiontable},
    {"co_lnotab", get_lnotab},
    {nullptr, nullptr},
};

const MethodDef kCodeMethods[] = {
    {"co_lines", code_co_lines, ArgShape::kNoArgs, 0, 0},
    {"co_positions", code_co_positions, ArgShape::kNoArgs, 0, 0},
    {"replace", code_replace, ArgShape::kKeywords, 0, -1,
     "replace($self, /, *, co_argcount=-1, co_posonlyargcount=-1, co_kwonlyargcount=-1, co_nlocals=-1, "
     "co_stacksize=-1, co_flags=-1, co_firstlineno=-1, co_code=None, co_consts=None, co_names=None, "
     "co_varnames=None, co_freevars=None, co_cellvars=None, co_filename=None, co_name=None, co_qualname=None, "
     "co_linetable=None, co_exceptiontable=None)\n--\n\nReturn a copy of the code object with new values for "
     "the specified fields."},
    {"_varname_from_oparg", code_varname_from_oparg, ArgShape::kOneArg, 1, 1},
    {"__sizeof__", code_sizeof, ArgShape::kNoArgs, 0, 0},
    {nullptr, nullptr},
};

}  // namespace glasspy::objects
