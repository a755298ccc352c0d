// list.sort (object model): a stable, adaptive merge sort in the manner of CPython 3.11's
// (natural runs, binary insertion up to minrun, powersort merge policy, galloping merges),
// with comparison functions picked by a pre-scan of the keys (small ints, floats, strs,
// tuples), key= computed once per item, reverse= kept stable, and "list modified during
// sort" detection. A comparison that raises leaves the list a permutation of its items.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

constexpr int kMinGallop = 7;

class Sorter;
// a < b: 1, 0 or -1 on error.
using LessFn = int (*)(Sorter& s, Value a, Value b);

// A position in the keys array and, when sorting with key=, the parallel values array.
struct Cursor {
  Value* k;
  Value* v;  // null when there are no separate values
  Cursor operator+(int64_t n) const { return {k + n, v ? v + n : nullptr}; }
  Cursor operator-(int64_t n) const { return {k - n, v ? v - n : nullptr}; }
  Cursor& operator+=(int64_t n) { return *this = *this + n; }
  Cursor& operator-=(int64_t n) { return *this = *this - n; }
};

inline void put(Cursor dst, Cursor src) {
  *dst.k = *src.k;
  if (dst.v) *dst.v = *src.v;
}
inline void copy_n(Cursor dst, Cursor src, int64_t n) {
  std::memcpy(dst.k, src.k, n * sizeof(Value));
  if (dst.v) std::memcpy(dst.v, src.v, n * sizeof(Value));
}
inline void move_n(Cursor dst, Cursor src, int64_t n) {
  std::memmove(dst.k, src.k, n * sizeof(Value));
  if (dst.v) std::memmove(dst.v, src.v, n * sizeof(Value));
}

struct Run {
  int64_t base;
  int64_t len;
  int power;
};

class Sorter {
 public:
  Sorter(VM& vm, Value* keys, Value* values, int64_t n, LessFn less)
      : vm(vm), less(less), base_{keys, values}, n_(n) {}

  bool sort();

  VM& vm;
  LessFn less;
  LessFn tuple_first_less = nullptr;  // for tuple keys: the comparison of first items

 private:
  int64_t count_run(int64_t lo, int64_t hi, bool* ok);
  bool binary_insertion(int64_t lo, int64_t hi, int64_t start);
  bool found_new_run(int64_t n2);
  bool merge_at(size_t i);
  bool merge_lo(Cursor a, int64_t na, Cursor b, int64_t nb);
  bool merge_hi(Cursor a, int64_t na, Cursor b, int64_t nb);
  int64_t gallop_left(Value key, const Value* a, int64_t n, int64_t hint);
  int64_t gallop_right(Value key, const Value* a, int64_t n, int64_t hint);
  void reserve_temp(int64_t n);

  Cursor base_;
  int64_t n_;
  int min_gallop_ = kMinGallop;
  std::vector<Run> runs_;
  std::vector<Value> tmp_keys_, tmp_values_;
};

int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// The length of the run starting at lo; a strictly descending run is reversed in place.
int64_t Sorter::count_run(int64_t lo, int64_t hi, bool* ok) {
  *ok = true;
  Value* k = base_.k;
  if (lo + 1 == hi) return 1;
  int64_t n = 2;
  int r = less(*this, k[lo + 1], k[lo]);
  if (r < 0) return *ok = false;
  if (r) {
    for (int64_t i = lo + 2; i < hi; ++i, ++n) {
      r = less(*this, k[i], k[i - 1]);
      if (r < 0) return *ok = false;
      if (!r) break;
    }
    for (int64_t i = lo, j = lo + n - 1; i < j; ++i, --j) {
      std::swap(k[i], k[j]);
      if (base_.v) std::swap(base_.v[i], base_.v[j]);
    }
  } else {
    for (int64_t i = lo + 2; i < hi; ++i, ++n) {
      r = less(*this, k[i], k[i - 1]);
      if (r < 0) return *ok = false;
      if (r) break;
    }
  }
  return n;
}

// Sorts [lo, hi) given that [lo, start) is sorted.
bool Sorter::binary_insertion(int64_t lo, int64_t hi, int64_t start) {
  Value* k = base_.k;
  Value* v = base_.v;
  for (; start < hi; ++start) {
    Value pivot = k[start];
    int64_t l = lo, r = start;
    while (l < r) {
      int64_t m = l + ((r - l) >> 1);
      int c = less(*this, pivot, k[m]);
      if (c < 0) return false;
      if (c) r = m;
      else l = m + 1;
    }
    std::memmove(k + l + 1, k + l, (start - l) * sizeof(Value));
    k[l] = pivot;
    if (v) {
      Value pv = v[start];
      std::memmove(v + l + 1, v + l, (start - l) * sizeof(Value));
      v[l] = pv;
    }
  }
  return true;
}

// Where `key` goes in sorted a[0:n): the k with a[k-1] < key <= a[k], starting near hint.
int64_t Sorter::gallop_left(Value key, const Value* a, int64_t n, int64_t hint) {
  int64_t ofs = 1, lastofs = 0;
  int c = less(*this, a[hint], key);
  if (c < 0) return -1;
  if (c) {
    int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      c = less(*this, a[hint + ofs], key);
      if (c < 0) return -1;
      if (!c) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
      if (ofs <= 0) ofs = maxofs;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      c = less(*this, a[hint - ofs], key);
      if (c < 0) return -1;
      if (c) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
      if (ofs <= 0) ofs = maxofs;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  // a[lastofs] < key <= a[ofs]: binary search in between.
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    c = less(*this, a[m], key);
    if (c < 0) return -1;
    if (c) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

// Where `key` goes in sorted a[0:n) after equal items: the k with a[k-1] <= key < a[k].
int64_t Sorter::gallop_right(Value key, const Value* a, int64_t n, int64_t hint) {
  int64_t ofs = 1, lastofs = 0;
  int c = less(*this, key, a[hint]);
  if (c < 0) return -1;
  if (c) {
    int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      c = less(*this, key, a[hint - ofs]);
      if (c < 0) return -1;
      if (!c) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
      if (ofs <= 0) ofs = maxofs;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      c = less(*this, key, a[hint + ofs]);
      if (c < 0) return -1;
      if (c) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
      if (ofs <= 0) ofs = maxofs;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    c = less(*this, key, a[m]);
    if (c < 0) return -1;
    if (c) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

void Sorter::reserve_temp(int64_t n) {
  if (static_cast<int64_t>(tmp_keys_.size()) < n) tmp_keys_.resize(n);
  if (base_.v && static_cast<int64_t>(tmp_values_.size()) < n) tmp_values_.resize(n);
}

// Merges a[0:na] and b[0:nb] (adjacent, na <= nb) in place, a copied out of the way.
bool Sorter::merge_lo(Cursor a_slot, int64_t na, Cursor b, int64_t nb) {
  reserve_temp(na);
  Cursor tmp{tmp_keys_.data(), base_.v ? tmp_values_.data() : nullptr};
  copy_n(tmp, a_slot, na);
  Cursor dest = a_slot;
  Cursor a = tmp;
  bool ok = true;
  int min_gallop = min_gallop_;
  put(dest, b);
  dest += 1;
  b += 1;
  --nb;
  if (nb == 0) goto done;
  if (na == 1) goto copy_b;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    // Straight merge until one run keeps winning.
    for (;;) {
      int c = less(*this, *b.k, *a.k);
      if (c < 0) {
        ok = false;
        goto done;
      }
      if (c) {
        put(dest, b);
        dest += 1;
        b += 1;
        ++bcount;
        acount = 0;
        if (--nb == 0) goto done;
        if (bcount >= min_gallop) break;
      } else {
        put(dest, a);
        dest += 1;
        a += 1;
        ++acount;
        bcount = 0;
        if (--na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    // Galloping: find where each run's head goes in the other, move whole blocks.
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      int64_t k = gallop_right(*b.k, a.k, na, 0);
      if (k < 0) {
        ok = false;
        goto done;
      }
      acount = k;
      if (k) {
        copy_n(dest, a, k);
        dest += k;
        a += k;
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto done;  // only with an inconsistent comparison
      }
      put(dest, b);
      dest += 1;
      b += 1;
      if (--nb == 0) goto done;
      k = gallop_left(*a.k, b.k, nb, 0);
      if (k < 0) {
        ok = false;
        goto done;
      }
      bcount = k;
      if (k) {
        move_n(dest, b, k);
        dest += k;
        b += k;
        nb -= k;
        if (nb == 0) goto done;
      }
      put(dest, a);
      dest += 1;
      a += 1;
      if (--na == 1) goto copy_b;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
done:
  if (na) copy_n(dest, a, na);
  return ok;
copy_b:
  // The last item of a goes after the rest of b.
  move_n(dest, b, nb);
  put(dest + nb, a);
  return true;
}

// Merges a[0:na] and b[0:nb] (adjacent, na >= nb) from the right, b copied out of the way.
bool Sorter::merge_hi(Cursor a_start, int64_t na, Cursor b_start, int64_t nb) {
  reserve_temp(nb);
  Cursor tmp{tmp_keys_.data(), base_.v ? tmp_values_.data() : nullptr};
  copy_n(tmp, b_start, nb);
  Cursor dest = b_start + (nb - 1);
  Cursor a = a_start + (na - 1);
  Cursor b = tmp + (nb - 1);
  const Value* basea = a_start.k;
  const Value* baseb = tmp.k;
  bool ok = true;
  int min_gallop = min_gallop_;
  put(dest, a);
  dest -= 1;
  a -= 1;
  --na;
  if (na == 0) goto done;
  if (nb == 1) goto copy_a;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      int c = less(*this, *b.k, *a.k);
      if (c < 0) {
        ok = false;
        goto done;
      }
      if (c) {
        put(dest, a);
        dest -= 1;
        a -= 1;
        ++acount;
        bcount = 0;
        if (--na == 0) goto done;
        if (acount >= min_gallop) break;
      } else {
        put(dest, b);
        dest -= 1;
        b -= 1;
        ++bcount;
        acount = 0;
        if (--nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      int64_t k = gallop_right(*b.k, basea, na, na - 1);
      if (k < 0) {
        ok = false;
        goto done;
      }
      k = na - k;
      acount = k;
      if (k) {
        dest -= k;
        a -= k;
        move_n(dest + 1, a + 1, k);
        na -= k;
        if (na == 0) goto done;
      }
      put(dest, b);
      dest -= 1;
      b -= 1;
      if (--nb == 1) goto copy_a;
      k = gallop_left(*a.k, baseb, nb, nb - 1);
      if (k < 0) {
        ok = false;
        goto done;
      }
      k = nb - k;
      bcount = k;
      if (k) {
        dest -= k;
        b -= k;
        copy_n(dest + 1, b + 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto done;  // only with an inconsistent comparison
      }
      put(dest, a);
      dest -= 1;
      a -= 1;
      if (--na == 0) goto done;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
done:
  if (nb) copy_n(dest - (nb - 1), tmp, nb);
  return ok;
copy_a:
  // The first item of b goes before the rest of a.
  dest -= na;
  a -= na;
  move_n(dest + 1, a + 1, na);
  put(dest, b);
  return true;
}

bool Sorter::merge_at(size_t i) {
  Cursor a = base_ + runs_[i].base;
  int64_t na = runs_[i].len;
  Cursor b = base_ + runs_[i + 1].base;
  int64_t nb = runs_[i + 1].len;
  // Stop (KeyboardInterrupt) gets in between merges, where the runs are whole.
  if (!vm.poll_native_work(static_cast<int32_t>(std::min<int64_t>(na + nb, VM::kNativePollUnits)))) return false;
  runs_[i].len = na + nb;
  runs_.erase(runs_.begin() + static_cast<int64_t>(i) + 1);
  // Items of a that are <= b[0] are already in place; so are items of b >= a's last.
  int64_t k = gallop_right(*b.k, a.k, na, 0);
  if (k < 0) return false;
  a += k;
  na -= k;
  if (na == 0) return true;
  nb = gallop_left(a.k[na - 1], b.k, nb, nb - 1);
  if (nb <= 0) return nb == 0;
  return na <= nb ? merge_lo(a, na, b, nb) : merge_hi(a, na, b, nb);
}

// The powersort "power" of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2).
int power_of(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1;
  int64_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

bool Sorter::found_new_run(int64_t n2) {
  if (runs_.empty()) return true;
  Run& last = runs_.back();
  int power = power_of(last.base, last.len, n2, n_);
  while (runs_.size() > 1 && runs_[runs_.size() - 2].power > power)
    if (!merge_at(runs_.size() - 2)) return false;
  runs_.back().power = power;
  return true;
}

bool Sorter::sort() {
  if (n_ < 2) return true;
  int64_t minrun = compute_minrun(n_);
  int64_t lo = 0, remaining = n_;
  while (remaining > 0) {
    if (!vm.poll_native_work(64)) return false;
    bool ok;
    int64_t n = count_run(lo, lo + remaining, &ok);
    if (!ok) return false;
    if (n < minrun) {
      int64_t force = remaining <= minrun ? remaining : minrun;
      if (!binary_insertion(lo, lo + force, lo + n)) return false;
      n = force;
    }
    if (!found_new_run(n)) return false;
    runs_.push_back(Run{lo, n, 0});
    lo += n;
    remaining -= n;
  }
  while (runs_.size() > 1) {
    size_t i = runs_.size() - 2;
    if (i > 0 && runs_[i - 1].len < runs_[i + 1].len) --i;
    if (!merge_at(i)) return false;
  }
  return true;
}

// ---- comparisons ----

int less_generic(Sorter& s, Value a, Value b) { return rich_compare_bool(s.vm, a, b, CompareOp::kLt); }
int less_small_int(Sorter&, Value a, Value b) { return a.as_small_int() < b.as_small_int(); }
int less_double(Sorter&, Value a, Value b) { return a.as_double() < b.as_double(); }
int less_str(Sorter&, Value a, Value b) {
  const StrObject* x = as_str(a);
  const StrObject* y = as_str(b);
  if (x->kind == 1 && y->kind == 1) {
    // The data ends with a 0 byte, so the first bytes can be compared before any length
    // check: most comparisons of distinct strings end here.
    uint8_t p = x->data()[0], q = y->data()[0];
    if (p != q) return p < q;
    int64_t n = x->length < y->length ? x->length : y->length;
    int c = std::memcmp(x->data(), y->data(), n);
    return c != 0 ? c < 0 : x->length < y->length;
  }
  return str_compare(x, y) < 0;
}

// Equality of tuple items without calling Python code where the types allow.
int items_equal(VM& vm, Value a, Value b) {
  if (a.is(b)) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  if (is_exact_str(a) && is_exact_str(b)) return str_equal(as_str(a), as_str(b));
  return eq(vm, a, b);
}

int less_tuple(Sorter& s, Value a, Value b) {
  const TupleObject* x = as_tuple(a);
  const TupleObject* y = as_tuple(b);
  int64_t i = 0;
  for (; i < x->size && i < y->size; ++i) {
    int k = items_equal(s.vm, x->items()[i], y->items()[i]);
    if (k < 0) return -1;
    if (!k) break;
  }
  if (i >= x->size || i >= y->size) return x->size < y->size;
  if (i == 0) return s.tuple_first_less(s, x->items()[0], y->items()[0]);
  return rich_compare_bool(s.vm, x->items()[i], y->items()[i], CompareOp::kLt);
}

// The fastest comparison valid for every value of `keys` (all small ints, all floats, all
// exact strs), or the generic one.
LessFn pick_less(const Value* keys, int64_t n) {
  bool ints = true, doubles = true, strs = true;
  for (int64_t i = 0; i < n && (ints || doubles || strs); ++i) {
    Value k = keys[i];
    ints = ints && k.is_small_int();
    doubles = doubles && k.is_double();
    strs = strs && is_exact_str(k);
  }
  if (ints) return less_small_int;
  if (doubles) return less_double;
  if (strs) return less_str;
  return less_generic;
}

}  // namespace

bool list_sort(VM& vm, ListObject* l, Value key, bool reverse) {
  if (!key.is_null() && is_none(key)) key = Value();
  // Detach the items: the list looks empty while it is sorted, and any change made to it
  // meanwhile (by a key function or a comparison) is detected afterwards.
  Value* items = l->items;
  int64_t n = l->size;
  int64_t capacity = l->capacity;
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;

  std::vector<Value> keys;
  bool ok = true;
  if (!key.is_null()) {
    keys.reserve(n);
    for (int64_t i = 0; i < n; ++i) {
      Value k = call1(vm, key, items[i]);
      if (k.is_null()) {
        ok = false;
        break;
      }
      keys.push_back(k);
    }
  }
  if (ok && n > 1) {
    Value* kv = key.is_null() ? items : keys.data();
    Value* vv = key.is_null() ? nullptr : items;
    if (reverse) {
      std::reverse(kv, kv + n);
      if (vv) std::reverse(vv, vv + n);
    }
    LessFn less = pick_less(kv, n);
    LessFn first_less = nullptr;
    if (less == less_generic) {
      bool tuples = true;
      for (int64_t i = 0; i < n && tuples; ++i) tuples = is_exact_tuple(kv[i]) && as_tuple(kv[i])->size > 0;
      if (tuples) {
        std::vector<Value> firsts(n);
        for (int64_t i = 0; i < n; ++i) firsts[i] = as_tuple(kv[i])->items()[0];
        first_less = pick_less(firsts.data(), n);
        less = less_tuple;
      }
    }
    Sorter sorter(vm, kv, vv, n, less);
    sorter.tuple_first_less = first_less;
    ok = sorter.sort();
    if (reverse) {
      std::reverse(kv, kv + n);
      if (vv) std::reverse(vv, vv + n);
    }
  }
  for (Value k : keys) decref(k);

  Value* during = l->items;
  int64_t during_size = l->size;
  bool modified = during != nullptr || during_size != 0;
  l->items = items;
  l->size = n;
  l->capacity = capacity;
  for (int64_t i = 0; i < during_size; ++i) decref(during[i]);
  std::free(during);
  if (ok && modified) {
    vm.raise(&exc_ValueError, "list modified during sort");
    return false;
  }
  return ok;
}

}  // namespace glasspy::objects
