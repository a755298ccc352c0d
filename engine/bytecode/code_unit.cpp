// Constants and code units (bytecode stage): constructors, CPython's constant identity
// rules, repr() for dis, and the derived co_varnames / co_cellvars / co_freevars.
#include "bytecode/code_unit.h"

#include <cmath>
#include <cstring>

#include "text/float_repr.h"
#include "text/py_repr.h"

namespace glasspy::bytecode {
namespace {

// Fits a decimal string (optional '-') into int64 if it can.
bool parse_int64(const std::string& text, int64_t& out) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && text[i] == '-') {
    negative = true;
    ++i;
  }
  if (i >= text.size()) return false;
  unsigned __int128 value = 0;
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + static_cast<unsigned>(text[i] - '0');
    if (value > (static_cast<unsigned __int128>(1) << 63)) return false;
  }
  if (!negative && value == (static_cast<unsigned __int128>(1) << 63)) return false;
  out = negative ? static_cast<int64_t>(-static_cast<__int128>(value)) : static_cast<int64_t>(value);
  return true;
}

bool same_double(double a, double b) {
  uint64_t x, y;
  std::memcpy(&x, &a, 8);
  std::memcpy(&y, &b, 8);
  // Every NaN CPython computes is its own object, and NaN != NaN: never merged.
  if (std::isnan(a) || std::isnan(b)) return false;
  // 0.0 and -0.0 are different constants; otherwise plain equality.
  return a == b && std::signbit(a) == std::signbit(b);
}

std::string int_repr(const Constant& c) { return c.big ? c.text : std::to_string(c.small); }

}  // namespace

Constant Constant::boolean(bool value) {
  Constant c;
  c.kind = value ? Kind::kTrue : Kind::kFalse;
  return c;
}

Constant Constant::ellipsis() {
  Constant c;
  c.kind = Kind::kEllipsis;
  return c;
}

Constant Constant::integer(int64_t value) {
  Constant c;
  c.kind = Kind::kInt;
  c.small = value;
  return c;
}

Constant Constant::big_integer(std::string decimal) {
  Constant c;
  c.kind = Kind::kInt;
  int64_t small;
  if (parse_int64(decimal, small)) {
    c.small = small;
  } else {
    c.big = true;
    c.text = std::move(decimal);
  }
  return c;
}

Constant Constant::floating(double value) {
  Constant c;
  c.kind = Kind::kFloat;
  c.real = value;
  return c;
}

Constant Constant::complex(double real, double imag) {
  Constant c;
  c.kind = Kind::kComplex;
  c.real = real;
  c.imag = imag;
  return c;
}

Constant Constant::str(std::string utf8) {
  Constant c;
  c.kind = Kind::kStr;
  c.text = std::move(utf8);
  return c;
}

Constant Constant::bytes(std::string raw) {
  Constant c;
  c.kind = Kind::kBytes;
  c.text = std::move(raw);
  return c;
}

Constant Constant::tuple(std::vector<Constant> items) {
  Constant c;
  c.kind = Kind::kTuple;
  c.items = std::move(items);
  return c;
}

Constant Constant::code_unit(std::shared_ptr<const CodeUnit> code) {
  Constant c;
  c.kind = Kind::kCode;
  c.code = std::move(code);
  return c;
}

bool same_constant(const Constant& a, const Constant& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Constant::Kind::kNone:
    case Constant::Kind::kTrue:
    case Constant::Kind::kFalse:
    case Constant::Kind::kEllipsis: return true;
    case Constant::Kind::kInt:
      return a.big == b.big && (a.big ? a.text == b.text : a.small == b.small);
    case Constant::Kind::kFloat: return same_double(a.real, b.real);
    case Constant::Kind::kComplex: return same_double(a.real, b.real) && same_double(a.imag, b.imag);
    case Constant::Kind::kStr:
    case Constant::Kind::kBytes: return a.text == b.text;
    case Constant::Kind::kTuple:
    case Constant::Kind::kFrozenSet:
      if (a.items.size() != b.items.size()) return false;
      for (size_t i = 0; i < a.items.size(); ++i)
        if (!same_constant(a.items[i], b.items[i])) return false;
      return true;
    case Constant::Kind::kCode: return a.code == b.code || same_code(*a.code, *b.code);
  }
  return false;
}

bool same_code(const CodeUnit& a, const CodeUnit& b) {
  if (a.name != b.name || a.argcount != b.argcount || a.posonlyargcount != b.posonlyargcount ||
      a.kwonlyargcount != b.kwonlyargcount || a.flags != b.flags || a.firstlineno != b.firstlineno ||
      a.code != b.code || a.names != b.names || a.localsplusnames != b.localsplusnames ||
      a.linetable != b.linetable || a.exceptiontable != b.exceptiontable || a.consts.size() != b.consts.size())
    return false;
  for (size_t i = 0; i < a.consts.size(); ++i)
    if (!same_constant(a.consts[i], b.consts[i])) return false;
  return true;
}

std::string constant_repr(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::kNone: return "None";
    case Constant::Kind::kTrue: return "True";
    case Constant::Kind::kFalse: return "False";
    case Constant::Kind::kEllipsis: return "Ellipsis";
    case Constant::Kind::kInt: return int_repr(c);
    case Constant::Kind::kFloat: return text::float_repr(c.real);
    case Constant::Kind::kComplex: return text::complex_repr(c.real, c.imag);
    case Constant::Kind::kStr: return text::repr_str(c.text);
    case Constant::Kind::kBytes: return text::repr_bytes(c.text);
    case Constant::Kind::kTuple: {
      std::string out = "(";
      for (size_t i = 0; i < c.items.size(); ++i) {
        if (i > 0) out += ", ";
        out += constant_repr(c.items[i]);
      }
      if (c.items.size() == 1) out += ',';
      out += ')';
      return out;
    }
    case Constant::Kind::kFrozenSet: {
      if (c.items.empty()) return "frozenset()";
      std::string out = "frozenset({";
      for (size_t i = 0; i < c.items.size(); ++i) {
        if (i > 0) out += ", ";
        out += constant_repr(c.items[i]);
      }
      out += "})";
      return out;
    }
    case Constant::Kind::kCode: {
      // The address differs between any two CPython runs; comparisons normalise it.
      std::string out = "<code object " + c.code->name + " at 0x7f0000000000, file \"" + c.code->filename +
                        "\", line " + std::to_string(c.code->firstlineno) + ">";
      return out;
    }
  }
  return "?";
}

bool constant_truth(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::kNone:
    case Constant::Kind::kFalse: return false;
    case Constant::Kind::kTrue:
    case Constant::Kind::kEllipsis:
    case Constant::Kind::kCode: return true;
    case Constant::Kind::kInt: return c.big || c.small != 0;
    case Constant::Kind::kFloat: return c.real != 0;
    case Constant::Kind::kComplex: return c.real != 0 || c.imag != 0;
    case Constant::Kind::kStr:
    case Constant::Kind::kBytes: return !c.text.empty();
    case Constant::Kind::kTuple:
    case Constant::Kind::kFrozenSet: return !c.items.empty();
  }
  return true;
}

std::vector<std::string> CodeUnit::varnames() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < localsplusnames.size(); ++i)
    if (localspluskinds[i] & kFastLocal) out.push_back(localsplusnames[i]);
  return out;
}

std::vector<std::string> CodeUnit::cellvars() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < localsplusnames.size(); ++i)
    if (localspluskinds[i] & kFastCell) out.push_back(localsplusnames[i]);
  return out;
}

std::vector<std::string> CodeUnit::freevars() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < localsplusnames.size(); ++i)
    if (localspluskinds[i] & kFastFree) out.push_back(localsplusnames[i]);
  return out;
}

int CodeUnit::nlocals() const {
  int n = 0;
  for (uint8_t kind : localspluskinds)
    if (kind & kFastLocal) ++n;
  return n;
}

}  // namespace glasspy::bytecode
