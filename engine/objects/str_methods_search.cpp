// str methods that search (object model): find rfind index rindex count startswith
// endswith partition rpartition removeprefix removesuffix, and the substring search they
// and `in`, split and replace share (memchr/memcmp speed on one-byte strings).
#include <algorithm>
#include <cstring>
#include <string>

#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

template <class H, class N>
int64_t find_chars(const H* h, int64_t n, const N* nd, int64_t m) {
  if (m == 0) return 0;
  if (m > n) return -1;
  const N first = nd[0];
  for (int64_t i = 0, last = n - m; i <= last; ++i) {
    if (h[i] != first) continue;
    int64_t j = 1;
    while (j < m && h[i + j] == nd[j]) ++j;
    if (j == m) return i;
  }
  return -1;
}

template <class H, class N>
int64_t rfind_chars(const H* h, int64_t n, const N* nd, int64_t m) {
  if (m == 0) return n;
  if (m > n) return -1;
  const N first = nd[0];
  for (int64_t i = n - m; i >= 0; --i) {
    if (h[i] != first) continue;
    int64_t j = 1;
    while (j < m && h[i + j] == nd[j]) ++j;
    if (j == m) return i;
  }
  return -1;
}

int64_t find_bytes(const uint8_t* h, int64_t n, const uint8_t* nd, int64_t m) {
  if (m == 0) return 0;
  if (m > n) return -1;
  if (m == 1) {
    const void* p = std::memchr(h, nd[0], n);
    return p == nullptr ? -1 : static_cast<const uint8_t*>(p) - h;
  }
#if defined(__GLIBC__)
  const void* p = memmem(h, n, nd, m);
  return p == nullptr ? -1 : static_cast<const uint8_t*>(p) - h;
#else
  const uint8_t* cur = h;
  const uint8_t* end = h + n - m + 1;
  while (cur < end) {
    const void* p = std::memchr(cur, nd[0], end - cur);
    if (p == nullptr) return -1;
    const uint8_t* q = static_cast<const uint8_t*>(p);
    if (std::memcmp(q + 1, nd + 1, m - 1) == 0) return q - h;
    cur = q + 1;
  }
  return -1;
#endif
}

template <class H>
const H* chars(const StrObject* s) {
  return reinterpret_cast<const H*>(s->data());
}

// Dispatches on the two kinds (the needle's never wider than the haystack's here).
template <bool kReverse>
int64_t search(const StrObject* s, const StrObject* nd, int64_t start, int64_t end) {
  int64_t n = end - start, m = nd->length;
  if (nd->kind > s->kind) return -1;  // holds a code point s cannot have
  int64_t r;
#define GP_SEARCH(HT, NT) \
  (kReverse ? rfind_chars(chars<HT>(s) + start, n, chars<NT>(nd), m) : find_chars(chars<HT>(s) + start, n, chars<NT>(nd), m))
  switch (s->kind * 4 + nd->kind) {
    case 5:
      r = kReverse ? rfind_chars(chars<uint8_t>(s) + start, n, chars<uint8_t>(nd), m)
                   : find_bytes(s->data() + start, n, nd->data(), m);
      break;
    case 9: r = GP_SEARCH(uint16_t, uint8_t); break;
    case 10: r = GP_SEARCH(uint16_t, uint16_t); break;
    case 17: r = GP_SEARCH(char32_t, uint8_t); break;
    case 18: r = GP_SEARCH(char32_t, uint16_t); break;
    default: r = GP_SEARCH(char32_t, char32_t); break;
  }
#undef GP_SEARCH
  return r < 0 ? -1 : r + start;
}

}  // namespace

int64_t str_find_in(const StrObject* s, const StrObject* needle, int64_t start, int64_t end) {
  if (end - start < needle->length) return -1;
  return search<false>(s, needle, start, end);
}

int64_t str_rfind_in(const StrObject* s, const StrObject* needle, int64_t start, int64_t end) {
  if (end - start < needle->length) return -1;
  return search<true>(s, needle, start, end);
}

int64_t str_count_in(const StrObject* s, const StrObject* needle, int64_t start, int64_t end, int64_t max_count) {
  if (end - start < needle->length) return 0;
  if (needle->length == 0) return end - start + 1 < max_count ? end - start + 1 : max_count;
  if (needle->kind > s->kind) return 0;
  int64_t count = 0;
  if (needle->length == 1 && s->kind == 1) {
    uint8_t c = needle->data()[0];
    const uint8_t* d = s->data();
    for (int64_t i = start; i < end && count < max_count; ++i) count += d[i] == c;
    return count;
  }
  while (count < max_count) {
    int64_t i = search<false>(s, needle, start, end);
    if (i < 0) break;
    ++count;
    start = i + needle->length;
    if (end - start < needle->length) break;
  }
  return count;
}

// kSearchChunk code points: a few milliseconds of memchr, natively or in wasm.
int64_t str_find_chunked(VM& vm, const StrObject* s, const StrObject* needle, int64_t start, int64_t end) {
  int64_t m = needle->length;
  while (end - start > kSearchChunk) {
    // A match starting in this chunk lies within it plus m - 1 more.
    int64_t i = str_find_in(s, needle, start, std::min(end, start + kSearchChunk + m - 1));
    if (i >= 0) return i;
    start += kSearchChunk;
    if (!vm.poll_native_work(VM::kNativePollUnits)) return kSearchFailed;
  }
  return str_find_in(s, needle, start, end);
}

int64_t str_count_chunked(VM& vm, const StrObject* s, const StrObject* needle, int64_t start, int64_t end) {
  int64_t m = needle->length;
  if (m == 0) return str_count_in(s, needle, start, end, INT64_MAX);
  int64_t count = 0;
  while (end - start >= m) {
    int64_t chunk_end = end - start > kSearchChunk ? start + kSearchChunk : end;
    if (m == 1) {
      // No match crosses a chunk's end.
      count += str_count_in(s, needle, start, chunk_end, INT64_MAX);
      start = chunk_end;
    } else {
      // Non-overlapping matches, the next searched after the last one's end.
      int64_t i = str_find_in(s, needle, start, std::min(end, chunk_end + m - 1));
      if (i >= 0) {
        ++count;
        start = i + m;
        if (!vm.poll_native_work()) return kSearchFailed;
        continue;
      }
      start = chunk_end;
    }
    if (!vm.poll_native_work(VM::kNativePollUnits)) return kSearchFailed;
  }
  return count;
}

namespace {

// The (sub[, start[, end]]) arguments of find & co.
struct SearchArgs {
  StrObject* sub;
  int64_t start = 0;
  int64_t end = INT64_MAX;
};

bool parse_search_args(VM& vm, CallArgs args, const char* name, SearchArgs* out) {
  if (!check_tuple_args(vm, args, "str", name, 1, 3)) return false;
  out->sub = str_arg(vm, args.args[0], "must be str, not ");
  if (out->sub == nullptr) return false;
  if (args.nargs > 1 && !slice_index_arg(vm, args.args[1], &out->start)) return false;
  if (args.nargs > 2 && !slice_index_arg(vm, args.args[2], &out->end)) return false;
  return true;
}

int64_t find_common(VM& vm, Value self, CallArgs args, const char* name, bool reverse, bool* ok) {
  SearchArgs a;
  *ok = parse_search_args(vm, args, name, &a);
  if (!*ok) return -1;
  StrObject* s = as_str(self);
  adjust_range(s->length, &a.start, &a.end);
  if (reverse) return str_rfind_in(s, a.sub, a.start, a.end);
  int64_t i = str_find_polling(vm, s, a.sub, a.start, a.end);
  if (i == kSearchFailed) *ok = false;
  return i;
}

}  // namespace

Value str_method_find(VM& vm, Value self, CallArgs args) {
  bool ok;
  int64_t i = find_common(vm, self, args, "find", false, &ok);
  return ok ? Value::from_small_int(i) : Value();
}

Value str_method_rfind(VM& vm, Value self, CallArgs args) {
  bool ok;
  int64_t i = find_common(vm, self, args, "rfind", true, &ok);
  return ok ? Value::from_small_int(i) : Value();
}

Value str_method_index(VM& vm, Value self, CallArgs args) {
  bool ok;
  int64_t i = find_common(vm, self, args, "index", false, &ok);
  if (!ok) return Value();
  if (i < 0) return vm.raise(&exc_ValueError, "substring not found");
  return Value::from_small_int(i);
}

Value str_method_rindex(VM& vm, Value self, CallArgs args) {
  bool ok;
  int64_t i = find_common(vm, self, args, "rindex", true, &ok);
  if (!ok) return Value();
  if (i < 0) return vm.raise(&exc_ValueError, "substring not found");
  return Value::from_small_int(i);
}

Value str_method_count(VM& vm, Value self, CallArgs args) {
  SearchArgs a;
  if (!parse_search_args(vm, args, "count", &a)) return Value();
  StrObject* s = as_str(self);
  adjust_range(s->length, &a.start, &a.end);
  if (a.start > s->length) return Value::from_small_int(0);
  int64_t n = str_count_polling(vm, s, a.sub, a.start, a.end);
  return n == kSearchFailed ? Value() : Value::from_small_int(n);
}

namespace {

// CPython's tailmatch: does s[start:end] start (or end) with sub?
bool tail_match(StrObject* s, StrObject* sub, int64_t start, int64_t end, bool at_end) {
  adjust_range(s->length, &start, &end);
  end -= sub->length;
  if (end < start) return false;
  if (sub->length == 0) return true;
  int64_t at = at_end ? end : start;
  if (s->kind == sub->kind) return std::memcmp(s->data() + at * s->kind, sub->data(), sub->length * s->kind) == 0;
  for (int64_t i = 0; i < sub->length; ++i)
    if (s->at(at + i) != sub->at(i)) return false;
  return true;
}

Value starts_or_ends(VM& vm, Value self, CallArgs args, const char* name, bool at_end) {
  if (!check_tuple_args(vm, args, "str", name, 1, 3)) return Value();
  int64_t start = 0, end = INT64_MAX;
  if (args.nargs > 1 && !slice_index_arg(vm, args.args[1], &start)) return Value();
  if (args.nargs > 2 && !slice_index_arg(vm, args.args[2], &end)) return Value();
  Value prefix = args.args[0];
  StrObject* s = as_str(self);
  if (is_tuple(prefix)) {
    TupleObject* t = as_tuple(prefix);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!is_str(t->item(i)))
        return vm.raise(&exc_TypeError, std::string("tuple for ") + name + " must only contain str, not " +
                                            type_name(t->item(i)));
      if (tail_match(s, as_str(t->item(i)), start, end, at_end)) return boolean(true);
    }
    return boolean(false);
  }
  if (!is_str(prefix))
    return vm.raise(&exc_TypeError,
                    std::string(name) + " first arg must be str or a tuple of str, not " + type_name(prefix));
  return boolean(tail_match(s, as_str(prefix), start, end, at_end));
}

}  // namespace

Value str_method_startswith(VM& vm, Value self, CallArgs args) {
  return starts_or_ends(vm, self, args, "startswith", false);
}

Value str_method_endswith(VM& vm, Value self, CallArgs args) { return starts_or_ends(vm, self, args, "endswith", true); }

namespace {

Value self_as_exact(Value self) {
  return str_copy_as(&str_type, as_str(self));
}

Value partition(VM& vm, Value self, CallArgs args, bool reverse) {
  StrObject* sep = str_arg(vm, args.args[0], "must be str, not ");
  if (sep == nullptr) return Value();
  if (sep->length == 0) return vm.raise(&exc_ValueError, "empty separator");
  StrObject* s = as_str(self);
  int64_t i = reverse ? str_rfind_in(s, sep, 0, s->length) : str_find_in(s, sep, 0, s->length);
  TupleObject* t = tuple_alloc(3);
  if (i < 0) {
    Value whole = self_as_exact(self);
    if (reverse) {
      t->items()[0] = Value::from_object(str_empty());
      t->items()[1] = Value::from_object(str_empty());
      t->items()[2] = whole;
    } else {
      t->items()[0] = whole;
      t->items()[1] = Value::from_object(str_empty());
      t->items()[2] = Value::from_object(str_empty());
    }
    return Value::from_object(t);
  }
  t->items()[0] = Value::from_object(str_substring(s, 0, i));
  t->items()[1] = str_copy_as(&str_type, sep);
  t->items()[2] = Value::from_object(str_substring(s, i + sep->length, s->length));
  return Value::from_object(t);
}

}  // namespace

Value str_method_partition(VM& vm, Value self, CallArgs args) { return partition(vm, self, args, false); }
Value str_method_rpartition(VM& vm, Value self, CallArgs args) { return partition(vm, self, args, true); }

Value str_method_removeprefix(VM& vm, Value self, CallArgs args) {
  StrObject* p = str_arg(vm, args.args[0], "removeprefix() argument must be str, not ");
  if (p == nullptr) return Value();
  StrObject* s = as_str(self);
  if (tail_match(s, p, 0, INT64_MAX, false) && p->length > 0)
    return Value::from_object(str_substring(s, p->length, s->length));
  return self_as_exact(self);
}

Value str_method_removesuffix(VM& vm, Value self, CallArgs args) {
  StrObject* p = str_arg(vm, args.args[0], "removesuffix() argument must be str, not ");
  if (p == nullptr) return Value();
  StrObject* s = as_str(self);
  if (tail_match(s, p, 0, INT64_MAX, true) && p->length > 0)
    return Value::from_object(str_substring(s, 0, s->length - p->length));
  return self_as_exact(self);
}

}  // namespace glasspy::objects
