// str methods that cut and glue (object model): split rsplit splitlines join replace.
#include <cstring>
#include <string>
#include <vector>

#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "unicode/char_props.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

// ASCII whitespace as str.isspace() sees it: \t \n \v \f \r, \x1c-\x1f and space.
inline bool ascii_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }

// str.isspace() for every Latin-1 code point (\x85 and \xa0 are spaces too).
struct Latin1Spaces {
  bool table[256];
  Latin1Spaces() {
    for (int c = 0; c < 256; ++c) table[c] = c < 0x80 ? ascii_space(static_cast<uint8_t>(c)) : unicode::is_space(c);
  }
};
const bool* latin1_spaces() {
  static const Latin1Spaces spaces;  // built on first use: no static-initialisation order issue
  return spaces.table;
}

inline bool is_space_at(const StrObject* s, int64_t i) {
  if (s->kind == 1) return latin1_spaces()[s->data()[i]];
  char32_t c = s->at(i);
  return c < 0x80 ? ascii_space(static_cast<uint8_t>(c)) : unicode::is_space(c);
}

void append_piece(ListObject* list, StrObject* s, int64_t start, int64_t stop) {
  list_append_owned(list, Value::from_object(str_substring(s, start, stop)));
}

// (sep=None, maxsplit=-1) with CPython's messages.
bool parse_split_args(VM& vm, CallArgs args, const char* name, StrObject** sep, int64_t* maxsplit) {
  if (args.nargs > 2) {
    vm.raise(&exc_TypeError, std::string(name) + "() takes at most 2 arguments (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  Value a[2];
  if (!vm::parse_args(vm, args, name, {"sep", "maxsplit"}, 0, a)) return false;
  *sep = nullptr;
  if (!a[0].is_null() && !is_none(a[0])) {
    if (!is_str(a[0])) {
      vm.raise(&exc_TypeError, std::string("must be str or None, not ") + type_name(a[0]));
      return false;
    }
    *sep = as_str(a[0]);
    if ((*sep)->length == 0) {
      vm.raise(&exc_ValueError, "empty separator");
      return false;
    }
  }
  *maxsplit = -1;
  if (!a[1].is_null() && !ssize_arg(vm, a[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

Value whole_list(Value self) {
  ListObject* list = list_new(1);
  list_append_owned(list, str_copy_as(&str_type, as_str(self)));
  return Value::from_object(list);
}

}  // namespace

Value str_method_split(VM& vm, Value self, CallArgs args) {
  StrObject* sep;
  int64_t maxsplit;
  if (!parse_split_args(vm, args, "split", &sep, &maxsplit)) return Value();
  StrObject* s = as_str(self);
  int64_t n = s->length;
  ListObject* list = list_new(0);
  if (sep == nullptr) {
    int64_t i = 0;
    while (maxsplit-- > 0) {
      while (i < n && is_space_at(s, i)) ++i;
      if (i == n) break;
      int64_t j = i;
      while (j < n && !is_space_at(s, j)) ++j;
      if (i == 0 && j == n && s->type == &str_type) {
        decref(list);
        return whole_list(self);
      }
      append_piece(list, s, i, j);
      i = j;
    }
    if (i < n) {
      while (i < n && is_space_at(s, i)) ++i;
      if (i < n) append_piece(list, s, i, n);
    }
    return Value::from_object(list);
  }
  int64_t i = 0;
  while (maxsplit-- > 0) {
    int64_t j = str_find_in(s, sep, i, n);
    if (j < 0) break;
    append_piece(list, s, i, j);
    i = j + sep->length;
  }
  if (i == 0 && s->type == &str_type) {
    decref(list);
    return whole_list(self);
  }
  append_piece(list, s, i, n);
  return Value::from_object(list);
}

namespace {

void reverse_list(ListObject* list) {
  for (int64_t a = 0, b = list->size - 1; a < b; ++a, --b) {
    Value t = list->items[a];
    list->items[a] = list->items[b];
    list->items[b] = t;
  }
}

}  // namespace

Value str_method_rsplit(VM& vm, Value self, CallArgs args) {
  StrObject* sep;
  int64_t maxsplit;
  if (!parse_split_args(vm, args, "rsplit", &sep, &maxsplit)) return Value();
  StrObject* s = as_str(self);
  int64_t n = s->length;
  ListObject* list = list_new(0);
  if (sep == nullptr) {
    int64_t i = n;  // pieces end at i
    while (maxsplit-- > 0) {
      while (i > 0 && is_space_at(s, i - 1)) --i;
      if (i == 0) break;
      int64_t j = i;
      while (j > 0 && !is_space_at(s, j - 1)) --j;
      if (j == 0 && i == n && s->type == &str_type) {
        decref(list);
        return whole_list(self);
      }
      append_piece(list, s, j, i);
      i = j;
    }
    if (i > 0) {
      while (i > 0 && is_space_at(s, i - 1)) --i;
      if (i > 0) append_piece(list, s, 0, i);
    }
    reverse_list(list);
    return Value::from_object(list);
  }
  int64_t i = n;
  while (maxsplit-- > 0) {
    int64_t j = str_rfind_in(s, sep, 0, i);
    if (j < 0) break;
    append_piece(list, s, j + sep->length, i);
    i = j;
  }
  if (i == n && s->type == &str_type) {
    decref(list);
    return whole_list(self);
  }
  append_piece(list, s, 0, i);
  reverse_list(list);
  return Value::from_object(list);
}

Value str_method_splitlines(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 1)
    return vm.raise(&exc_TypeError,
                    "splitlines() takes at most 1 argument (" + std::to_string(args.nargs) + " given)");
  Value a[1];
  if (!vm::parse_args(vm, args, "splitlines", {"keepends"}, 0, a)) return Value();
  bool keepends = false;
  if (!a[0].is_null()) {
    if (a[0].is_double() || (a[0].is_object() && !is_int(a[0]))) {
      return vm.raise(&exc_TypeError, std::string("'") + type_name(a[0]) + "' object cannot be interpreted as an integer");
    }
    int t = truthy(vm, a[0]);
    if (t < 0) return Value();
    keepends = t != 0;
  }
  StrObject* s = as_str(self);
  int64_t n = s->length;
  ListObject* list = list_new(0);
  int64_t i = 0;
  while (i < n) {
    int64_t j = i;
    while (j < n) {
      char32_t c = s->at(j);
      if (c < 0x80 ? (c == '\n' || c == '\r' || (c >= 0x0B && c <= 0x0C) || (c >= 0x1C && c <= 0x1E))
                   : unicode::is_linebreak(c))
        break;
      ++j;
    }
    int64_t eol = j;
    if (j < n) {
      if (s->at(j) == '\r' && j + 1 < n && s->at(j + 1) == '\n') j += 2;
      else ++j;
      if (keepends) eol = j;
    }
    if (i == 0 && j == n && eol == n && s->type == &str_type) {
      decref(list);
      return whole_list(self);
    }
    append_piece(list, s, i, eol);
    i = j;
  }
  return Value::from_object(list);
}

// sep.join(iterable): one allocation of the final size.
Value str_join(VM& vm, StrObject* sep, Value iterable) {
  Ref seq;
  const Value* items;
  int64_t count;
  if (is_exact_list(iterable)) {
    items = as_list(iterable)->items;
    count = as_list(iterable)->size;
  } else if (is_exact_tuple(iterable)) {
    items = as_tuple(iterable)->items();
    count = as_tuple(iterable)->size;
  } else {
    Ref it = Ref::steal(iter(vm, iterable));
    if (it.is_null()) {
      if (vm.error_matches(&exc_TypeError)) {
        vm.clear_error();
        return vm.raise(&exc_TypeError, "can only join an iterable");
      }
      return Value();
    }
    ListObject* list = list_new(0);
    seq = Ref::steal(Value::from_object(list));
    for (;;) {
      Value item = next(vm, it.get());
      if (item.is_null()) {
        if (vm.has_error()) return Value();
        break;
      }
      list_append_owned(list, item);
    }
    items = list->items;
    count = list->size;
  }
  if (count == 0) return Value::from_object(str_empty());
  if (count == 1 && is_exact_str(items[0])) {
    incref(items[0]);
    return items[0];
  }
  int64_t total = sep->length * (count - 1);
  uint8_t kind = sep->kind;
  bool ascii = sep->ascii;
  for (int64_t i = 0; i < count; ++i) {
    if (!is_str(items[i]))
      return vm.raise(&exc_TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                          type_name(items[i]) + " found");
    StrObject* item = as_str(items[i]);
    total += item->length;
    if (item->kind > kind) kind = item->kind;
    ascii = ascii && item->ascii;
  }
  // Nothing below runs Python code, so an exact list cannot change under us.
  char32_t max_char = ascii ? 0x7F : kind == 1 ? 0xFF : kind == 2 ? 0xFFFF : 0x10FFFF;
  StrObject* r = str_alloc(total, max_char);
  if (kind == 1) {
    uint8_t* out = r->data();
    for (int64_t i = 0; i < count; ++i) {
      if (i > 0 && sep->length > 0) {
        std::memcpy(out, sep->data(), sep->length);
        out += sep->length;
      }
      StrObject* item = as_str(items[i]);
      std::memcpy(out, item->data(), item->length);
      out += item->length;
    }
  } else {
    int64_t pos = 0;
    auto copy = [&](const StrObject* part) {
      if (part->kind == kind) {
        std::memcpy(r->data() + pos * kind, part->data(), part->length * kind);
      } else {
        for (int64_t k = 0; k < part->length; ++k) str_set_char(r, pos + k, part->at(k));
      }
      pos += part->length;
    };
    for (int64_t i = 0; i < count; ++i) {
      if (i > 0) copy(sep);
      copy(as_str(items[i]));
    }
  }
  return Value::from_object(r);
}

Value str_method_join(VM& vm, Value self, CallArgs args) { return str_join(vm, as_str(self), args.args[0]); }

namespace {

// Builds s with occurrences (at `positions`, each old_len long) replaced by `with`.
StrObject* build_replaced(StrObject* s, const std::vector<int64_t>& positions, int64_t old_len, StrObject* with) {
  int64_t total = s->length + static_cast<int64_t>(positions.size()) * (with->length - old_len);
  uint8_t kind = s->kind > with->kind ? s->kind : with->kind;
  bool ascii = s->ascii && with->ascii;
  char32_t max_char = ascii ? 0x7F : kind == 1 ? 0xFF : kind == 2 ? 0xFFFF : 0x10FFFF;
  StrObject* r = str_alloc(total, max_char);
  int64_t pos = 0;
  auto copy = [&](const StrObject* part, int64_t start, int64_t stop) {
    int64_t n = stop - start;
    if (n <= 0) return;
    if (part->kind == kind) {
      std::memcpy(r->data() + pos * kind, part->data() + start * kind, n * kind);
    } else {
      for (int64_t k = 0; k < n; ++k) str_set_char(r, pos + k, part->at(start + k));
    }
    pos += n;
  };
  int64_t prev = 0;
  for (int64_t at : positions) {
    copy(s, prev, at);
    copy(with, 0, with->length);
    prev = at + old_len;
  }
  copy(s, prev, s->length);
  return r;
}

}  // namespace

Value str_method_replace(VM& vm, Value self, CallArgs args) {
  if (!check_clinic_args(vm, args, "str", "replace", 2, 3)) return Value();
  StrObject* old = str_arg(vm, args.args[0], "replace() argument 1 must be str, not ");
  if (old == nullptr) return Value();
  StrObject* with = str_arg(vm, args.args[1], "replace() argument 2 must be str, not ");
  if (with == nullptr) return Value();
  int64_t count = -1;
  if (args.nargs > 2 && !ssize_arg(vm, args.args[2], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  StrObject* s = as_str(self);
  std::vector<int64_t> positions;
  if (old->length == 0) {
    // Insert `with` before every character and at the end.
    for (int64_t i = 0; i <= s->length && static_cast<int64_t>(positions.size()) < count; ++i) positions.push_back(i);
  } else if (count > 0) {
    int64_t i = 0;
    while (static_cast<int64_t>(positions.size()) < count) {
      int64_t j = str_find_in(s, old, i, s->length);
      if (j < 0) break;
      positions.push_back(j);
      i = j + old->length;
    }
  }
  if (positions.empty()) return str_copy_as(&str_type, s);
  if (old->length == 0) {
    // Each insertion point takes `with` and keeps the next character.
    StrWriter w;
    w.reserve(s->length + positions.size() * with->length);
    int64_t prev = 0;
    for (int64_t at : positions) {
      w.append(s, prev, at);
      w.append(with);
      prev = at;
    }
    w.append(s, prev, s->length);
    return Value::from_object(w.finish());
  }
  return Value::from_object(build_replaced(s, positions, old->length, with));
}

}  // namespace glasspy::objects
