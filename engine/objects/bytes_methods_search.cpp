// bytes/bytearray methods that search, cut and glue (object model): find rfind index
// rindex count startswith endswith partition rpartition removeprefix removesuffix replace
// split rsplit splitlines join strip lstrip rstrip, shared by both types.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytes_methods.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

int64_t byte_find(std::string_view h, std::string_view n, int64_t start, int64_t end) {
  if (end - start < static_cast<int64_t>(n.size())) return -1;
  if (n.empty()) return start;
  std::string_view window = h.substr(start, end - start);
  size_t at = n.size() == 1 ? window.find(n[0]) : window.find(n);
  return at == std::string_view::npos ? -1 : start + static_cast<int64_t>(at);
}

int64_t byte_rfind(std::string_view h, std::string_view n, int64_t start, int64_t end) {
  if (end - start < static_cast<int64_t>(n.size())) return -1;
  if (n.empty()) return end;
  std::string_view window = h.substr(start, end - start);
  size_t at = window.rfind(n);
  return at == std::string_view::npos ? -1 : start + static_cast<int64_t>(at);
}

int64_t byte_count(std::string_view h, std::string_view n, int64_t start, int64_t end) {
  if (end - start < static_cast<int64_t>(n.size())) return 0;
  if (n.empty()) return end - start + 1;
  int64_t count = 0;
  if (n.size() == 1) {
    for (int64_t i = start; i < end; ++i) count += h[i] == n[0];
    return count;
  }
  while (true) {
    int64_t i = byte_find(h, n, start, end);
    if (i < 0) return count;
    ++count;
    start = i + static_cast<int64_t>(n.size());
  }
}

// kByteSearchChunk bytes: a few milliseconds of memchr, natively or in wasm.
int64_t byte_find_chunked(VM& vm, std::string_view h, std::string_view n, int64_t start, int64_t end) {
  int64_t m = static_cast<int64_t>(n.size());
  while (end - start > kByteSearchChunk) {
    // A match starting in this chunk lies within it plus m - 1 more.
    int64_t i = byte_find(h, n, start, std::min(end, start + kByteSearchChunk + m - 1));
    if (i >= 0) return i;
    start += kByteSearchChunk;
    if (!vm.poll_native_work(VM::kNativePollUnits)) return kByteSearchFailed;
  }
  return byte_find(h, n, start, end);
}

int64_t byte_count_chunked(VM& vm, std::string_view h, std::string_view n, int64_t start, int64_t end) {
  int64_t m = static_cast<int64_t>(n.size());
  if (m == 0) return byte_count(h, n, start, end);
  int64_t count = 0;
  while (end - start >= m) {
    int64_t chunk_end = end - start > kByteSearchChunk ? start + kByteSearchChunk : end;
    if (m == 1) {
      // No match crosses a chunk's end.
      count += byte_count(h, n, start, chunk_end);
      start = chunk_end;
    } else {
      // Non-overlapping matches, the next searched after the last one's end.
      int64_t i = byte_find(h, n, start, std::min(end, chunk_end + m - 1));
      if (i >= 0) {
        ++count;
        start = i + m;
        if (!vm.poll_native_work()) return kByteSearchFailed;
        continue;
      }
      start = chunk_end;
    }
    if (!vm.poll_native_work(VM::kNativePollUnits)) return kByteSearchFailed;
  }
  return count;
}

bool byte_like_arg(VM& vm, Value v, std::string* out) {
  std::string_view view;
  if (bytes_like_view(v, &view)) {
    out->assign(view);
    return true;
  }
  vm.raise(&exc_TypeError, std::string("a bytes-like object is required, not '") + type_name(v) + "'");
  return false;
}

bool byte_sub_arg(VM& vm, Value v, std::string* out) {
  std::string_view view;
  if (bytes_like_view(v, &view)) {
    out->assign(view);
    return true;
  }
  if (is_int(v) || (!v.is_double() && type_of(v)->index != nullptr)) {
    int64_t b;
    if (!ssize_arg(vm, v, &b)) {
      if (vm.error_matches(&exc_OverflowError)) {
        vm.clear_error();
        vm.raise(&exc_ValueError, "byte must be in range(0, 256)");
      }
      return false;
    }
    if (b < 0 || b > 255) {
      vm.raise(&exc_ValueError, "byte must be in range(0, 256)");
      return false;
    }
    out->assign(1, static_cast<char>(b));
    return true;
  }
  vm.raise(&exc_TypeError, std::string("argument should be integer or bytes-like object, not '") + type_name(v) + "'");
  return false;
}

namespace {

bool parse_search(VM& vm, Value self, CallArgs args, const char* name, std::string* sub, int64_t* start, int64_t* end) {
  if (!check_tuple_args(vm, args, byte_owner(self), name, 1, 3)) return false;
  if (!byte_sub_arg(vm, args.args[0], sub)) return false;
  *start = 0;
  *end = INT64_MAX;
  if (args.nargs > 1 && !slice_index_arg(vm, args.args[1], start)) return false;
  if (args.nargs > 2 && !slice_index_arg(vm, args.args[2], end)) return false;
  adjust_range(static_cast<int64_t>(byte_view(self).size()), start, end);
  return true;
}

Value find_common(VM& vm, Value self, CallArgs args, const char* name, bool reverse, bool raise) {
  std::string sub;
  int64_t start, end;
  if (!parse_search(vm, self, args, name, &sub, &start, &end)) return Value();
  std::string_view h = byte_view(self);
  int64_t i = reverse ? byte_rfind(h, sub, start, end) : byte_find_polling(vm, h, sub, start, end);
  if (i == kByteSearchFailed) return Value();
  if (i < 0 && raise) return vm.raise(&exc_ValueError, "subsection not found");
  return Value::from_small_int(i);
}

}  // namespace

Value bytes_method_find(VM& vm, Value self, CallArgs args) { return find_common(vm, self, args, "find", false, false); }
Value bytes_method_rfind(VM& vm, Value self, CallArgs args) { return find_common(vm, self, args, "rfind", true, false); }
Value bytes_method_index(VM& vm, Value self, CallArgs args) { return find_common(vm, self, args, "index", false, true); }
Value bytes_method_rindex(VM& vm, Value self, CallArgs args) { return find_common(vm, self, args, "rindex", true, true); }

Value bytes_method_count(VM& vm, Value self, CallArgs args) {
  std::string sub;
  int64_t start, end;
  if (!parse_search(vm, self, args, "count", &sub, &start, &end)) return Value();
  std::string_view h = byte_view(self);
  if (start > static_cast<int64_t>(h.size())) return Value::from_small_int(0);
  int64_t n = byte_count_polling(vm, h, sub, start, end);
  return n == kByteSearchFailed ? Value() : Value::from_small_int(n);
}

namespace {

bool tail_match(std::string_view h, std::string_view sub, int64_t start, int64_t end, bool at_end) {
  adjust_range(static_cast<int64_t>(h.size()), &start, &end);
  end -= static_cast<int64_t>(sub.size());
  if (end < start) return false;
  if (sub.empty()) return true;
  int64_t at = at_end ? end : start;
  return std::memcmp(h.data() + at, sub.data(), sub.size()) == 0;
}

Value starts_or_ends(VM& vm, Value self, CallArgs args, const char* name, bool at_end) {
  if (!check_tuple_args(vm, args, byte_owner(self), name, 1, 3)) return Value();
  int64_t start = 0, end = INT64_MAX;
  if (args.nargs > 1 && !slice_index_arg(vm, args.args[1], &start)) return Value();
  if (args.nargs > 2 && !slice_index_arg(vm, args.args[2], &end)) return Value();
  Value prefix = args.args[0];
  std::string_view h = byte_view(self);
  std::string_view sub;
  if (is_tuple(prefix)) {
    TupleObject* t = as_tuple(prefix);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!bytes_like_view(t->item(i), &sub))
        return vm.raise(&exc_TypeError,
                        std::string("a bytes-like object is required, not '") + type_name(t->item(i)) + "'");
      if (tail_match(h, sub, start, end, at_end)) return boolean(true);
    }
    return boolean(false);
  }
  if (!bytes_like_view(prefix, &sub))
    return vm.raise(&exc_TypeError,
                    std::string(name) + " first arg must be bytes or a tuple of bytes, not " + type_name(prefix));
  return boolean(tail_match(h, sub, start, end, at_end));
}

}  // namespace

Value bytes_method_startswith(VM& vm, Value self, CallArgs args) {
  return starts_or_ends(vm, self, args, "startswith", false);
}
Value bytes_method_endswith(VM& vm, Value self, CallArgs args) {
  return starts_or_ends(vm, self, args, "endswith", true);
}

namespace {

Value partition(VM& vm, Value self, Value sep_arg, bool reverse) {
  std::string sep;
  if (!byte_like_arg(vm, sep_arg, &sep)) return Value();
  if (sep.empty()) return vm.raise(&exc_ValueError, "empty separator");
  std::string_view h = byte_view(self);
  int64_t n = static_cast<int64_t>(h.size());
  int64_t i = reverse ? byte_rfind(h, sep, 0, n) : byte_find(h, sep, 0, n);
  TupleObject* t = tuple_alloc(3);
  if (i < 0) {
    t->items()[reverse ? 2 : 0] = make_like(self, h);
    t->items()[1] = make_like(self, {});
    t->items()[reverse ? 0 : 2] = make_like(self, {});
    return Value::from_object(t);
  }
  t->items()[0] = make_like(self, h.substr(0, i));
  t->items()[1] = make_like(self, sep);
  t->items()[2] = make_like(self, h.substr(i + sep.size()));
  return Value::from_object(t);
}

}  // namespace

Value bytes_method_partition(VM& vm, Value self, CallArgs args) { return partition(vm, self, args.args[0], false); }
Value bytes_method_rpartition(VM& vm, Value self, CallArgs args) { return partition(vm, self, args.args[0], true); }

Value bytes_method_removeprefix(VM& vm, Value self, CallArgs args) {
  std::string p;
  if (!byte_like_arg(vm, args.args[0], &p)) return Value();
  std::string_view h = byte_view(self);
  if (h.size() >= p.size() && h.compare(0, p.size(), p) == 0) return make_like(self, h.substr(p.size()));
  return make_like(self, h);
}

Value bytes_method_removesuffix(VM& vm, Value self, CallArgs args) {
  std::string p;
  if (!byte_like_arg(vm, args.args[0], &p)) return Value();
  std::string_view h = byte_view(self);
  if (!p.empty() && h.size() >= p.size() && h.compare(h.size() - p.size(), p.size(), p) == 0)
    return make_like(self, h.substr(0, h.size() - p.size()));
  return make_like(self, h);
}

Value bytes_method_replace(VM& vm, Value self, CallArgs args) {
  if (!check_clinic_args(vm, args, byte_owner(self), "replace", 2, 3)) return Value();
  std::string old, with;
  if (!byte_like_arg(vm, args.args[0], &old) || !byte_like_arg(vm, args.args[1], &with)) return Value();
  int64_t count = -1;
  if (args.nargs > 2 && !ssize_arg(vm, args.args[2], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string_view h = byte_view(self);
  int64_t n = static_cast<int64_t>(h.size());
  std::string out;
  if (old.empty()) {
    int64_t done = 0;
    for (int64_t i = 0; i <= n; ++i) {
      if (done < count) {
        out += with;
        ++done;
      }
      if (i < n) out.push_back(h[i]);
    }
    return make_like(self, out);
  }
  int64_t i = 0, done = 0;
  while (done < count) {
    int64_t j = byte_find(h, old, i, n);
    if (j < 0) break;
    out.append(h.substr(i, j - i));
    out += with;
    i = j + static_cast<int64_t>(old.size());
    ++done;
  }
  out.append(h.substr(i));
  return make_like(self, out);
}

namespace {

inline bool byte_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'; }

bool parse_split(VM& vm, CallArgs args, const char* name, bool* has_sep, std::string* sep, int64_t* maxsplit) {
  if (args.nargs > 2) {
    vm.raise(&exc_TypeError, std::string(name) + "() takes at most 2 arguments (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  Value a[2];
  if (!vm::parse_args(vm, args, name, {"sep", "maxsplit"}, 0, a)) return false;
  *has_sep = !a[0].is_null() && !is_none(a[0]);
  if (*has_sep) {
    if (!byte_like_arg(vm, a[0], sep)) return false;
    if (sep->empty()) {
      vm.raise(&exc_ValueError, "empty separator");
      return false;
    }
  }
  *maxsplit = -1;
  if (!a[1].is_null() && !ssize_arg(vm, a[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

void reverse_items(ListObject* list) {
  for (int64_t a = 0, b = list->size - 1; a < b; ++a, --b) {
    Value t = list->items[a];
    list->items[a] = list->items[b];
    list->items[b] = t;
  }
}

}  // namespace

Value bytes_method_split(VM& vm, Value self, CallArgs args) {
  bool has_sep;
  std::string sep;
  int64_t maxsplit;
  if (!parse_split(vm, args, "split", &has_sep, &sep, &maxsplit)) return Value();
  std::string_view h = byte_view(self);
  int64_t n = static_cast<int64_t>(h.size());
  ListObject* list = list_new(0);
  if (!has_sep) {
    int64_t i = 0;
    while (maxsplit-- > 0) {
      while (i < n && byte_space(h[i])) ++i;
      if (i == n) break;
      int64_t j = i;
      while (j < n && !byte_space(h[j])) ++j;
      list_append_owned(list, make_like(self, h.substr(i, j - i)));
      i = j;
    }
    while (i < n && byte_space(h[i])) ++i;
    if (i < n) list_append_owned(list, make_like(self, h.substr(i)));
    return Value::from_object(list);
  }
  int64_t i = 0;
  while (maxsplit-- > 0) {
    int64_t j = byte_find(h, sep, i, n);
    if (j < 0) break;
    list_append_owned(list, make_like(self, h.substr(i, j - i)));
    i = j + static_cast<int64_t>(sep.size());
  }
  list_append_owned(list, make_like(self, h.substr(i)));
  return Value::from_object(list);
}

Value bytes_method_rsplit(VM& vm, Value self, CallArgs args) {
  bool has_sep;
  std::string sep;
  int64_t maxsplit;
  if (!parse_split(vm, args, "rsplit", &has_sep, &sep, &maxsplit)) return Value();
  std::string_view h = byte_view(self);
  int64_t n = static_cast<int64_t>(h.size());
  ListObject* list = list_new(0);
  if (!has_sep) {
    int64_t i = n;
    while (maxsplit-- > 0) {
      while (i > 0 && byte_space(h[i - 1])) --i;
      if (i == 0) break;
      int64_t j = i;
      while (j > 0 && !byte_space(h[j - 1])) --j;
      list_append_owned(list, make_like(self, h.substr(j, i - j)));
      i = j;
    }
    while (i > 0 && byte_space(h[i - 1])) --i;
    if (i > 0) list_append_owned(list, make_like(self, h.substr(0, i)));
    reverse_items(list);
    return Value::from_object(list);
  }
  int64_t i = n;
  while (maxsplit-- > 0) {
    int64_t j = byte_rfind(h, sep, 0, i);
    if (j < 0) break;
    int64_t after = j + static_cast<int64_t>(sep.size());
    list_append_owned(list, make_like(self, h.substr(after, i - after)));
    i = j;
  }
  list_append_owned(list, make_like(self, h.substr(0, i)));
  reverse_items(list);
  return Value::from_object(list);
}

Value bytes_method_splitlines(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 1)
    return vm.raise(&exc_TypeError, "splitlines() takes at most 1 argument (" + std::to_string(args.nargs) + " given)");
  Value a[1];
  if (!vm::parse_args(vm, args, "splitlines", {"keepends"}, 0, a)) return Value();
  bool keepends = false;
  if (!a[0].is_null()) {
    if (!is_int(a[0]))
      return vm.raise(&exc_TypeError, std::string("'") + type_name(a[0]) + "' object cannot be interpreted as an integer");
    int t = truthy(vm, a[0]);
    if (t < 0) return Value();
    keepends = t != 0;
  }
  std::string_view h = byte_view(self);
  int64_t n = static_cast<int64_t>(h.size());
  ListObject* list = list_new(0);
  int64_t i = 0;
  while (i < n) {
    int64_t j = i;
    while (j < n && h[j] != '\n' && h[j] != '\r') ++j;
    int64_t eol = j;
    if (j < n) {
      j += (h[j] == '\r' && j + 1 < n && h[j + 1] == '\n') ? 2 : 1;
      if (keepends) eol = j;
    }
    list_append_owned(list, make_like(self, h.substr(i, eol - i)));
    i = j;
  }
  return Value::from_object(list);
}

Value bytes_method_join(VM& vm, Value self, CallArgs args) {
  Ref it = Ref::steal(iter(vm, args.args[0]));
  if (it.is_null()) {
    if (vm.error_matches(&exc_TypeError)) {
      vm.clear_error();
      return vm.raise(&exc_TypeError, "can only join an iterable");
    }
    return Value();
  }
  std::string sep(byte_view(self));
  std::string out;
  for (int64_t i = 0;; ++i) {
    Ref item = Ref::steal(next(vm, it.get()));
    if (item.is_null()) {
      if (vm.has_error()) return Value();
      break;
    }
    std::string_view piece;
    if (!bytes_like_view(item.get(), &piece))
      return vm.raise(&exc_TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                          type_name(item.get()) + " found");
    if (i > 0) out += sep;
    out.append(piece);
  }
  return make_like(self, out);
}

namespace {

Value strip(VM& vm, Value self, CallArgs args, const char* name, bool left, bool right) {
  if (!check_clinic_args(vm, args, byte_owner(self), name, 0, 1)) return Value();
  bool custom = args.nargs == 1 && !is_none(args.args[0]);
  std::string chars;
  if (custom && !byte_like_arg(vm, args.args[0], &chars)) return Value();
  std::string_view h = byte_view(self);
  auto strip_it = [&](char c) { return custom ? chars.find(c) != std::string::npos : byte_space(c); };
  size_t i = 0, j = h.size();
  if (left)
    while (i < j && strip_it(h[i])) ++i;
  if (right)
    while (j > i && strip_it(h[j - 1])) --j;
  if (i == 0 && j == h.size() && self.as_object()->type == &bytes_type) {
    incref(self);
    return self;
  }
  return make_like(self, h.substr(i, j - i));
}

}  // namespace

Value bytes_method_strip(VM& vm, Value self, CallArgs args) { return strip(vm, self, args, "strip", true, true); }
Value bytes_method_lstrip(VM& vm, Value self, CallArgs args) { return strip(vm, self, args, "lstrip", true, false); }
Value bytes_method_rstrip(VM& vm, Value self, CallArgs args) { return strip(vm, self, args, "rstrip", false, true); }

}  // namespace glasspy::objects
