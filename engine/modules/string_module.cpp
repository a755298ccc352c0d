// The _string module (modules stage): the parsers string.Formatter is built on.
// formatter_parser(s) yields (literal, field_name, format_spec, conversion) per piece of a
// format string; formatter_field_name_split(name) gives the first part of a field name and
// an iterator of (is_attribute, key). Both iterators parse lazily and raise CPython's errors.
#include "modules/builtin_modules.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

TypeObject formatteriterator_type;
TypeObject fieldnameiterator_type;

// Both iterators: the string parsed and the position reached (null string: exhausted).
struct ParseIteratorObject : Object {
  Value text;
  int64_t pos = 0;
  int64_t end = 0;
};

ParseIteratorObject* P(Value v) { return static_cast<ParseIteratorObject*>(v.as_object()); }
StrObject* text_of(ParseIteratorObject* it) { return as_str(it->text); }

Value substring(StrObject* s, int64_t start, int64_t stop) { return Value::from_object(str_substring(s, start, stop)); }

Value finish(ParseIteratorObject* it) {
  Value text = it->text;
  it->text = Value();
  decref(text);
  return Value();
}

Value fail(VM& vm, ParseIteratorObject* it, const char* message) {
  (void)finish(it);
  return vm.raise(&exc_ValueError, message);
}

Value tuple4(Value a, Value b, Value c, Value d) {
  TupleObject* t = tuple_alloc(4);
  t->items()[0] = a;
  t->items()[1] = b;
  t->items()[2] = c;
  t->items()[3] = d;
  return Value::from_object(t);
}

Value formatter_next(VM& vm, Value self) {
  ParseIteratorObject* it = P(self);
  if (it->text.is_null() || it->pos >= it->end) return it->text.is_null() ? Value() : finish(it);
  StrObject* s = text_of(it);
  int64_t start = it->pos;
  char32_t c = 0;
  bool markup = false;
  while (it->pos < it->end) {
    c = s->at(it->pos++);
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  int64_t literal_end = it->pos;
  if (markup) {
    bool at_end = it->pos >= it->end;
    bool doubled = !at_end && s->at(it->pos) == c;
    if (c == '}' && !doubled) return fail(vm, it, "Single '}' encountered in format string");
    if (c == '{' && at_end) return fail(vm, it, "Single '{' encountered in format string");
    if (doubled) {
      ++it->pos;  // "{{" or "}}": the literal keeps one brace and no field follows
      markup = false;
    } else {
      --literal_end;
    }
  }
  if (!markup) return tuple4(substring(s, start, literal_end), none(), none(), none());

  // A field: name, then optional !conversion and :spec, up to the closing brace.
  int64_t name_start = it->pos;
  while (it->pos < it->end) {
    c = s->at(it->pos++);
    if (c == '{') return fail(vm, it, "unexpected '{' in field name");
    if (c == '[') {
      while (it->pos < it->end && s->at(it->pos) != ']') ++it->pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  int64_t name_end = it->pos - 1;
  Value conversion = none();
  int64_t spec_start = it->pos, spec_end = it->pos;
  if (c == '!' || c == ':') {
    bool spec_follows = true;
    if (c == '!') {
      if (it->pos >= it->end) return fail(vm, it, "end of string while looking for conversion specifier");
      conversion = Value::from_object(str_from_char(s->at(it->pos++)));
      if (it->pos < it->end) {
        c = s->at(it->pos++);
        if (c == '}') {
          spec_follows = false;
          spec_start = spec_end = it->pos;
        } else if (c != ':') {
          decref(conversion);
          return fail(vm, it, "expected ':' after conversion specifier");
        }
      }
    }
    if (spec_follows) {
      spec_start = it->pos;
      int depth = 1;
      while (it->pos < it->end && depth > 0) {
        c = s->at(it->pos++);
        if (c == '{') ++depth;
        if (c == '}') --depth;
      }
      if (depth > 0) {
        decref(conversion);
        return fail(vm, it, "unmatched '{' in format spec");
      }
      spec_end = it->pos - 1;
    }
  } else if (c != '}') {
    return fail(vm, it, "expected '}' before end of string");
  }
  return tuple4(substring(s, start, literal_end), substring(s, name_start, name_end),
                substring(s, spec_start, spec_end), conversion);
}

// The value of an all-digit name part as an int, or null (not all digits); false on
// overflow ("Too many decimal digits in format string").
bool digits_value(VM& vm, StrObject* s, int64_t start, int64_t end, Value* out) {
  *out = Value();
  if (start >= end) return true;
  int64_t value = 0;
  for (int64_t k = start; k < end; ++k) {
    char32_t ch = s->at(k);
    if (ch < '0' || ch > '9') return true;
    if (value > (INT64_MAX - 9) / 10) {
      vm.raise(&exc_ValueError, "Too many decimal digits in format string");
      return false;
    }
    value = value * 10 + (ch - '0');
  }
  *out = make_int(value);
  return true;
}

Value fieldname_next(VM& vm, Value self) {
  ParseIteratorObject* it = P(self);
  if (it->text.is_null()) return Value();
  if (it->pos >= it->end) return finish(it);
  StrObject* s = text_of(it);
  char32_t c = s->at(it->pos++);
  int64_t start = it->pos, stop;
  Value key;
  if (c == '.') {
    while (it->pos < it->end && s->at(it->pos) != '.' && s->at(it->pos) != '[') ++it->pos;
    stop = it->pos;
  } else if (c == '[') {
    while (it->pos < it->end && s->at(it->pos) != ']') ++it->pos;
    if (it->pos >= it->end) return fail(vm, it, "Missing ']' in format string");
    stop = it->pos++;
    if (!digits_value(vm, s, start, stop, &key)) return finish(it);
  } else {
    return fail(vm, it, "Only '.' or '[' may follow ']' in format field specifier");
  }
  if (start == stop) return fail(vm, it, "Empty attribute in format string");
  TupleObject* t = tuple_alloc(2);
  t->items()[0] = boolean(c == '.');
  t->items()[1] = key.is_null() ? substring(s, start, stop) : key;
  return Value::from_object(t);
}

Value iterator_self(VM&, Value self) {
  incref(self);
  return self;
}

void iterator_dealloc(Object* self) {
  decref(static_cast<ParseIteratorObject*>(self)->text);
  free_object(self);
}

ParseIteratorObject* new_iterator(TypeObject* type, Value text, int64_t pos) {
  auto* it = alloc<ParseIteratorObject>(type);
  incref(text);
  it->text = text;
  it->pos = pos;
  it->end = as_str(text)->length;
  return it;
}

bool str_argument(VM& vm, Value v) {
  if (is_str(v)) return true;
  vm.raise(&exc_TypeError, std::string("expected str, got ") + type_name(v));
  return false;
}

Value f_formatter_parser(VM& vm, Value, CallArgs args) {
  if (!str_argument(vm, args.args[0])) return Value();
  return Value::from_object(new_iterator(&formatteriterator_type, args.args[0], 0));
}

Value f_formatter_field_name_split(VM& vm, Value, CallArgs args) {
  Value name = args.args[0];
  if (!str_argument(vm, name)) return Value();
  StrObject* s = as_str(name);
  int64_t first_end = 0;
  while (first_end < s->length && s->at(first_end) != '.' && s->at(first_end) != '[') ++first_end;
  Value first;
  if (!digits_value(vm, s, 0, first_end, &first)) return Value();
  if (first.is_null()) first = substring(s, 0, first_end);
  TupleObject* t = tuple_alloc(2);
  t->items()[0] = first;
  t->items()[1] = Value::from_object(new_iterator(&fieldnameiterator_type, name, first_end));
  return Value::from_object(t);
}

void init_iterator_type(TypeObject& t, const char* name, Value (*next)(VM&, Value)) {
  if (has_flag(&t, kTypeReady)) return;
  t.name = name;
  t.type_flags = kTypeImmutable;
  t.basic_size = sizeof(ParseIteratorObject);
  t.dealloc = iterator_dealloc;
  t.iter = iterator_self;
  t.iternext = next;
  ready_static_type(&t);
}

const MethodDef kFunctions[] = {
    {"formatter_field_name_split", f_formatter_field_name_split, ArgShape::kOneArg, 1, 1, nullptr},
    {"formatter_parser", f_formatter_parser, ArgShape::kOneArg, 1, 1, nullptr},
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_string_module(vm::VM& vm) {
  init_iterator_type(formatteriterator_type, "formatteriterator", formatter_next);
  init_iterator_type(fieldnameiterator_type, "fieldnameiterator", fieldname_next);
  ModuleObject* m = module_new(vm, vm.intern("_string"));
  add_owned(vm, m, "__doc__", Value::from_object(str_from_utf8("string helper module")));
  add_functions(vm, m, kFunctions);
  return m;
}

}  // namespace glasspy::modules
