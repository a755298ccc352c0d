// str.format, str.format_map and str.__format__ (object model): replacement fields with
// field names, attribute and index access, !r/!s/!a conversions and nested specs, parsed
// as CPython 3.11 parses them (same errors, same order).
#include <string>

#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/memory_limit.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "text/format_spec.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

// type(v).__format__(v, spec), looked up on the type only (CPython's _PyObject_LookupSpecial):
// format(int) is type.__format__(int), never int's own __format__.
Value call_format_method(VM& vm, Value v, StrObject* spec) {
  Value func = type_lookup(type_of(v), vm.intern("__format__"));
  if (func.is_null()) return vm.raise(&exc_TypeError, std::string("Type ") + type_name(v) + " doesn't define __format__");
  Ref keep = Ref::borrow(func);
  TypeObject* ft = type_of(func);
  Value arg = Value::from_object(spec);
  if (has_flag(ft, kTypeMethodDescriptor)) {
    Value args[2] = {v, arg};
    return call(vm, func, CallArgs{args, 2, nullptr});
  }
  if (ft->descr_get == nullptr) return call1(vm, func, arg);
  Ref bound = Ref::steal(ft->descr_get(vm, func, v, Value::from_object(type_of(v))));
  if (bound.is_null()) return Value();
  return call1(vm, bound.get(), arg);
}

}  // namespace

Value format_value(VM& vm, Value v, StrObject* spec) {
  if (spec->length == 0) {
    if (is_exact_str(v)) {
      incref(v);
      return v;
    }
    if (v.is_small_int() || v.is_double()) return str(vm, v);
  }
  Value r = call_format_method(vm, v, spec);
  if (r.is_null()) return r;
  if (!is_str(r)) {
    std::string message = std::string("__format__ must return a str, not ") + type_name(r);
    decref(r);
    return vm.raise(&exc_TypeError, message);
  }
  return r;
}

namespace {

// Where a field's first name part is looked up.
struct FormatArgs {
  const Value* positional = nullptr;
  int64_t npositional = 0;
  CallArgs kwargs;          // format(): keyword arguments
  Value mapping;            // format_map(): the mapping (then positional fields are errors)
};

class Formatter {
 public:
  Formatter(VM& vm, const FormatArgs& args) : vm_(vm), args_(args) {}
  // Renders fmt[start:end) into out; false on error.
  bool render(StrObject* fmt, int64_t start, int64_t end, int depth, StrWriter& out);

 private:
  bool render_field(StrObject* fmt, int64_t name_start, int64_t name_end, char32_t conversion, int64_t spec_start,
                    int64_t spec_end, int depth, StrWriter& out);
  Value lookup_first(StrObject* fmt, int64_t start, int64_t end);
  Value fail(TypeObject* type, const char* message) { return vm_.raise(type, message); }

  VM& vm_;
  const FormatArgs& args_;
  int auto_state_ = 0;  // 0 unknown, 1 automatic, 2 manual
  int64_t auto_index_ = 0;
};

bool Formatter::render(StrObject* fmt, int64_t start, int64_t end, int depth, StrWriter& out) {
  if (depth <= 0) {
    vm_.raise(&exc_ValueError, "Max string recursion exceeded");
    return false;
  }
  int64_t i = start;
  while (i < end) {
    int64_t lit = i;
    while (i < end) {
      char32_t c = fmt->at(i);
      if (c == '{' || c == '}') break;
      ++i;
    }
    out.append(fmt, lit, i);
    if (i >= end) break;
    char32_t c = fmt->at(i);
    if (i + 1 < end && fmt->at(i + 1) == c) {
      out.append(c);
      i += 2;
      continue;
    }
    if (c == '}') {
      vm_.raise(&exc_ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (i + 1 >= end) {
      vm_.raise(&exc_ValueError, "Single '{' encountered in format string");
      return false;
    }
    // A replacement field: name [!conv] [:spec] }.
    int64_t name_start = ++i;
    char32_t last = 0;
    bool terminated = false;
    while (i < end && !terminated) {
      last = fmt->at(i++);
      if (last == '{') {
        vm_.raise(&exc_ValueError, "unexpected '{' in field name");
        return false;
      }
      if (last == '[') {
        while (i < end && fmt->at(i) != ']') ++i;
        continue;
      }
      terminated = last == '}' || last == ':' || last == '!';
    }
    if (!terminated) {
      vm_.raise(&exc_ValueError, "expected '}' before end of string");
      return false;
    }
    int64_t name_end = i - 1;
    char32_t conversion = 0;
    int64_t spec_start = i, spec_end = i;
    if (last == '!') {
      if (i >= end) {
        vm_.raise(&exc_ValueError, "end of string while looking for conversion specifier");
        return false;
      }
      conversion = fmt->at(i++);
      if (i >= end) {
        vm_.raise(&exc_ValueError, "unmatched '{' in format spec");
        return false;
      }
      last = fmt->at(i++);
      if (last != '}' && last != ':') {
        vm_.raise(&exc_ValueError, "expected ':' after conversion specifier");
        return false;
      }
      spec_start = spec_end = i;
    }
    if (last == ':') {
      spec_start = i;
      int nesting = 1;
      while (i < end) {
        char32_t s = fmt->at(i++);
        if (s == '{') {
          ++nesting;
        } else if (s == '}' && --nesting == 0) {
          break;
        }
      }
      if (nesting != 0) {
        vm_.raise(&exc_ValueError, "unmatched '{' in format spec");
        return false;
      }
      spec_end = i - 1;
    }
    if (!render_field(fmt, name_start, name_end, conversion, spec_start, spec_end, depth, out)) return false;
  }
  return true;
}

// The argument named by fmt[start:end) (an index, empty for automatic numbering, or a
// keyword). New reference or null.
Value Formatter::lookup_first(StrObject* fmt, int64_t start, int64_t end) {
  bool numeric = start < end;
  for (int64_t k = start; k < end && numeric; ++k) numeric = fmt->at(k) >= '0' && fmt->at(k) <= '9';
  int64_t index = -1;
  if (start == end) {
    if (auto_state_ == 2)
      return fail(&exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
    auto_state_ = 1;
    index = auto_index_++;
  } else if (numeric) {
    index = 0;
    for (int64_t k = start; k < end; ++k) {
      if (index > (INT64_MAX - 9) / 10) return fail(&exc_ValueError, "Too many decimal digits in format string");
      index = index * 10 + (fmt->at(k) - '0');
    }
    if (auto_state_ == 1)
      return fail(&exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
    auto_state_ = 2;
  }
  if (index >= 0) {
    if (!args_.mapping.is_null()) return fail(&exc_ValueError, "Format string contains positional fields");
    if (index >= args_.npositional)
      return vm_.raise(&exc_IndexError,
                       "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    incref(args_.positional[index]);
    return args_.positional[index];
  }
  Ref key = Ref::steal(Value::from_object(str_substring(fmt, start, end)));
  if (!args_.mapping.is_null()) return getitem(vm_, args_.mapping, key.get());
  for (size_t k = 0; k < args_.kwargs.nkw(); ++k) {
    if (str_equal(as_str(args_.kwargs.kwnames->item(static_cast<int64_t>(k))), as_str(key.get()))) {
      Value v = args_.kwargs.kw_value(k);
      incref(v);
      return v;
    }
  }
  TupleObject* exc_args = tuple_of({key.get()});
  ExceptionObject* exc = exception_new(&exc_KeyError, exc_args);
  decref(exc_args);
  vm_.raise_value(Value::from_object(exc));
  decref(exc);
  return Value();
}

bool Formatter::render_field(StrObject* fmt, int64_t name_start, int64_t name_end, char32_t conversion,
                             int64_t spec_start, int64_t spec_end, int depth, StrWriter& out) {
  // The first part of the name ends at '.' or '['.
  int64_t k = name_start;
  while (k < name_end && fmt->at(k) != '.' && fmt->at(k) != '[') ++k;
  Ref obj = Ref::steal(lookup_first(fmt, name_start, k));
  if (obj.is_null()) return false;
  while (k < name_end) {
    char32_t c = fmt->at(k++);
    if (c == '.') {
      int64_t a = k;
      while (k < name_end && fmt->at(k) != '.' && fmt->at(k) != '[') ++k;
      if (a == k) {
        vm_.raise(&exc_ValueError, "Empty attribute in format string");
        return false;
      }
      Ref attr = Ref::steal(Value::from_object(str_substring(fmt, a, k)));
      Ref name = Ref::borrow(Value::from_object(vm_.intern(str_utf8(as_str(attr.get())))));
      Value v = getattr(vm_, obj.get(), as_str(name.get()));
      if (v.is_null()) return false;
      obj = Ref::steal(v);
    } else if (c == '[') {
      int64_t a = k;
      while (k < name_end && fmt->at(k) != ']') ++k;
      if (k >= name_end) {
        vm_.raise(&exc_ValueError, "Missing ']' in format string");
        return false;
      }
      if (a == k) {
        vm_.raise(&exc_ValueError, "Empty attribute in format string");
        return false;
      }
      bool numeric = true;
      int64_t index = 0;
      for (int64_t d = a; d < k && numeric; ++d) {
        char32_t ch = fmt->at(d);
        numeric = ch >= '0' && ch <= '9';
        if (numeric) {
          if (index > (INT64_MAX - 9) / 10) {
            vm_.raise(&exc_ValueError, "Too many decimal digits in format string");
            return false;
          }
          index = index * 10 + (ch - '0');
        }
      }
      Ref key = numeric ? Ref::steal(make_int(index)) : Ref::steal(Value::from_object(str_substring(fmt, a, k)));
      Value v = getitem(vm_, obj.get(), key.get());
      if (v.is_null()) return false;
      obj = Ref::steal(v);
      ++k;  // past ']'
      if (k < name_end && fmt->at(k) != '.' && fmt->at(k) != '[') {
        vm_.raise(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        return false;
      }
    } else {
      vm_.raise(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      return false;
    }
  }
  if (conversion != 0) {
    Value converted;
    switch (conversion) {
      case 'r': converted = repr(vm_, obj.get()); break;
      case 's': converted = str(vm_, obj.get()); break;
      case 'a': converted = ascii(vm_, obj.get()); break;
      default: {
        std::string message = "Unknown conversion specifier ";
        if (conversion < 0x80) {
          message += static_cast<char>(conversion);
        } else {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(conversion));
          message += buf;
        }
        vm_.raise(&exc_ValueError, message);
        return false;
      }
    }
    if (converted.is_null()) return false;
    obj = Ref::steal(converted);
  }
  // The spec, with its own fields expanded first.
  Ref spec;
  bool nested = false;
  for (int64_t s = spec_start; s < spec_end && !nested; ++s) nested = fmt->at(s) == '{' || fmt->at(s) == '}';
  if (nested) {
    StrWriter inner;
    if (!render(fmt, spec_start, spec_end, depth - 1, inner)) return false;
    spec = Ref::steal(Value::from_object(inner.finish()));
  } else {
    spec = Ref::steal(Value::from_object(str_substring(fmt, spec_start, spec_end)));
  }
  Value v = obj.get();
  if (is_exact_str(v) && as_str(spec.get())->length == 0) {
    out.append(as_str(v));
    return true;
  }
  Ref formatted = Ref::steal(format_value(vm_, v, as_str(spec.get())));
  if (formatted.is_null()) return false;
  out.append(as_str(formatted.get()));
  return true;
}

}  // namespace

Value str_method_format(VM& vm, Value self, CallArgs args) {
  FormatArgs fa;
  fa.positional = args.args;
  fa.npositional = static_cast<int64_t>(args.nargs);
  fa.kwargs = args;
  StrObject* fmt = as_str(self);
  StrWriter out;
  out.reserve(fmt->length + 16);
  Formatter f(vm, fa);
  if (!f.render(fmt, 0, fmt->length, 2, out)) return Value();
  return Value::from_object(out.finish());
}

Value str_method_format_map(VM& vm, Value self, CallArgs args) {
  FormatArgs fa;
  fa.mapping = args.args[0];
  StrObject* fmt = as_str(self);
  StrWriter out;
  Formatter f(vm, fa);
  if (!f.render(fmt, 0, fmt->length, 2, out)) return Value();
  return Value::from_object(out.finish());
}

Value str_method___format__(VM& vm, Value self, CallArgs args) {
  StrObject* spec = str_arg(vm, args.args[0], "__format__() argument must be str, not ");
  if (spec == nullptr) return Value();
  StrObject* s = as_str(self);
  // An empty spec gives str(self): a subclass's __str__ runs (CPython's unicode__format__).
  if (spec->length == 0) return is_exact_str(self) ? str_copy_as(&str_type, s) : str(vm, self);
  text::FormatSpec parsed;
  std::string error;
  if (!text::parse_format_spec(str_utf8(spec), "str", 's', '<', &parsed, &error))
    return vm.raise(&exc_ValueError, error);
  if (parsed.type != 's') return vm.raise(&exc_ValueError, text::unknown_format_code_message(parsed.type, "str"));
  if (!can_hold_width(vm, parsed)) return Value();
  std::string out;
  if (!text::format_string(str_utf8(s), s->length, parsed, &out, &error)) return vm.raise(&exc_ValueError, error);
  return Value::from_object(str_from_utf8(out));
}

}  // namespace glasspy::objects
