// frozenset constants (compile stage): CPython 3.11 keeps `x in {1, 2}` and `{1, 2, 3}`
// as frozenset constants, whose repr lists items in hash-table order. That order is
// reproduced here: Python's hashes (ints mod 2**61 - 1, floats, complex, tuples, and
// str / bytes through SipHash-1-3 with the all-zero key of PYTHONHASHSEED=0) and setobject.c's
// probing, table sizes and resizes. Items whose hash CPython takes from their address
// (None, Ellipsis, NaN) keep insertion order.
#include <cmath>
#include <cctype>
#include <cstring>
#include <functional>
#include <optional>

#include "compile/const_fold.h"
#include "compile/constant_ops.h"
#include "numeric/bigint.h"

namespace glasspy::compile {
namespace {

using bytecode::Constant;
using Kind = Constant::Kind;

constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
constexpr int kHashBits = 61;

uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

uint64_t siphash13(const uint8_t* in, size_t size) {
  uint64_t k0 = 0, k1 = 0;
  uint64_t b = static_cast<uint64_t>(size) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
  auto round = [&]() {
    v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
  };
  while (size >= 8) {
    uint64_t mi;
    std::memcpy(&mi, in, 8);
    in += 8;
    size -= 8;
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size; ++i) t |= static_cast<uint64_t>(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xff;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t hash_bytes(const std::vector<uint8_t>& data) {
  if (data.empty()) return 0;
  int64_t h = static_cast<int64_t>(siphash13(data.data(), data.size()));
  return h == -1 ? -2 : h;
}

// A str hashes its PEP 393 storage: 1, 2 or 4 bytes per code point.
int64_t hash_str(const std::string& utf8) {
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    uint32_t cp;
    size_t len;
    if (c < 0x80) { cp = c; len = 1; }
    else if (c < 0xE0) { cp = c & 0x1F; len = 2; }
    else if (c < 0xF0) { cp = c & 0x0F; len = 3; }
    else { cp = c & 0x07; len = 4; }
    for (size_t k = 1; k < len && i + k < utf8.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    cps.push_back(cp);
    i += len;
  }
  uint32_t maxcp = 0;
  for (uint32_t cp : cps) maxcp = std::max(maxcp, cp);
  int width = maxcp < 256 ? 1 : maxcp < 65536 ? 2 : 4;
  std::vector<uint8_t> data;
  for (uint32_t cp : cps)
    for (int k = 0; k < width; ++k) data.push_back(static_cast<uint8_t>(cp >> (8 * k)));
  return hash_bytes(data);
}

std::optional<int64_t> hash_double(double v) {
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return std::nullopt;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(sign);
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

std::optional<int64_t> python_hash(const Constant& c) {
  switch (c.kind) {
    case Kind::kTrue: return 1;
    case Kind::kFalse: return 0;
    case Kind::kInt: return numeric::hash(int_value(c));
    case Kind::kFloat: return hash_double(c.real);
    case Kind::kComplex: {
      auto re = hash_double(c.real), im = hash_double(c.imag);
      if (!re || !im) return std::nullopt;
      uint64_t h = static_cast<uint64_t>(*re) + 1000003ULL * static_cast<uint64_t>(*im);
      if (h == static_cast<uint64_t>(-1)) h = static_cast<uint64_t>(-2);
      return static_cast<int64_t>(h);
    }
    case Kind::kStr: return hash_str(c.text);
    case Kind::kBytes: return hash_bytes(std::vector<uint8_t>(c.text.begin(), c.text.end()));
    case Kind::kTuple: {
      constexpr uint64_t kPrime1 = 11400714785074694791ULL, kPrime2 = 14029467366897019727ULL,
                         kPrime5 = 2870177450012600261ULL;
      uint64_t acc = kPrime5;
      for (const Constant& item : c.items) {
        auto lane = python_hash(item);
        if (!lane) return std::nullopt;
        acc += static_cast<uint64_t>(*lane) * kPrime2;
        acc = rotl(acc, 31);
        acc *= kPrime1;
      }
      acc += c.items.size() ^ (kPrime5 ^ 3527539UL);
      if (acc == static_cast<uint64_t>(-1)) return 1546275796;
      return static_cast<int64_t>(acc);
    }
    default: return std::nullopt;
  }
}

// Python's == between constants (1 == 1.0 == True == 1+0j; str, bytes, tuples by value).
bool python_equal(const Constant& a, const Constant& b) {
  auto numeric = [](const Constant& c) {
    return c.kind == Kind::kInt || c.kind == Kind::kTrue || c.kind == Kind::kFalse || c.kind == Kind::kFloat ||
           c.kind == Kind::kComplex;
  };
  if (numeric(a) && numeric(b)) {
    auto is_int = [](const Constant& c) { return c.kind != Kind::kFloat && c.kind != Kind::kComplex; };
    auto real = [](const Constant& c) { return c.real; };
    auto imag = [](const Constant& c) { return c.kind == Kind::kComplex ? c.imag : 0.0; };
    if (is_int(a) && is_int(b)) return numeric::compare(int_value(a), int_value(b)) == 0;
    if (!is_int(a) && !is_int(b)) return real(a) == real(b) && imag(a) == imag(b);
    // An int and a float or complex: exactly, as int.__eq__ compares with a float.
    const Constant& i = is_int(a) ? a : b;
    const Constant& f = is_int(a) ? b : a;
    return imag(f) == 0.0 && !std::isnan(real(f)) && numeric::compare_double(int_value(i), real(f)) == 0;
  }
  if (a.kind != b.kind) return false;
  if (a.kind == Kind::kStr || a.kind == Kind::kBytes) return a.text == b.text;
  if (a.kind == Kind::kTuple) {
    if (a.items.size() != b.items.size()) return false;
    for (size_t i = 0; i < a.items.size(); ++i)
      if (!python_equal(a.items[i], b.items[i])) return false;
    return true;
  }
  return bytecode::same_constant(a, b);
}

struct Entry {
  const Constant* key = nullptr;
  int64_t hash = 0;
};

// setobject.c's table: linear probes of 9, perturbation, resize at 3/5 full.
class SetTable {
 public:
  SetTable() : table_(8) {}

  void add(const Constant* key, int64_t hash) {
    size_t mask = table_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
      size_t probes = i + 9 <= mask ? 9 : 0;
      size_t j = i;
      for (size_t k = 0; k <= probes; ++k, ++j) {
        Entry& e = table_[j];
        if (e.key == nullptr) {
          e.key = key;
          e.hash = hash;
          ++used_;
          if (used_ * 5 >= mask * 3) resize(used_ > 50000 ? used_ * 2 : used_ * 4);
          return;
        }
        if (e.hash == hash && python_equal(*e.key, *key)) return;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  std::vector<const Constant*> order() const {
    std::vector<const Constant*> out;
    for (const Entry& e : table_)
      if (e.key != nullptr) out.push_back(e.key);
    return out;
  }
  std::vector<int64_t> hashes() const {
    std::vector<int64_t> out;
    for (const Entry& e : table_)
      if (e.key != nullptr) out.push_back(e.hash);
    return out;
  }

 private:
  void resize(size_t minused) {
    size_t newsize = 8;
    while (newsize <= minused) newsize <<= 1;
    std::vector<Entry> old = std::move(table_);
    table_.assign(newsize, Entry{});
    size_t mask = newsize - 1;
    for (const Entry& e : old) {
      if (e.key == nullptr) continue;
      uint64_t perturb = static_cast<uint64_t>(e.hash);
      size_t i = static_cast<size_t>(e.hash) & mask;
      for (;;) {
        if (table_[i].key == nullptr) {
          table_[i] = e;
          break;
        }
        bool placed = false;
        if (i + 9 <= mask) {
          for (size_t j = 1; j <= 9; ++j) {
            if (table_[i + j].key == nullptr) {
              table_[i + j] = e;
              placed = true;
              break;
            }
          }
        }
        if (placed) break;
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
      }
    }
  }

  std::vector<Entry> table_;
  size_t used_ = 0;
};

}  // namespace

Constant make_frozenset(const std::vector<Constant>& items) {
  Constant out;
  out.kind = Kind::kFrozenSet;
  std::vector<int64_t> hashes;
  for (const Constant& c : items) {
    auto h = python_hash(c);
    if (!h) {
      // Address-based hashes: no reproducible order; keep distinct items in source order.
      for (const Constant& item : items) {
        bool seen = false;
        for (const Constant& kept : out.items) seen = seen || python_equal(kept, item);
        if (!seen) out.items.push_back(item);
      }
      return out;
    }
    hashes.push_back(*h);
  }
  // CPython builds the set from the source order, then rebuilds it from its own iteration
  // order while merging constants; each rebuild can reorder colliding items.
  std::vector<const Constant*> order;
  std::vector<int64_t> order_hashes;
  for (size_t i = 0; i < items.size(); ++i) {
    order.push_back(&items[i]);
    order_hashes.push_back(hashes[i]);
  }
  // The third build happens when creating the code object interns a string item into an
  // older object (intern_string_constants); identifier-like strings of two or more
  // characters are taken to be interned already, 1-character ones are singletons.
  std::function<bool(const Constant&)> internable = [&](const Constant& c) {
    if (c.kind == Kind::kTuple) {
      for (const Constant& item : c.items)
        if (internable(item)) return true;
      return false;
    }
    if (c.kind != Kind::kStr || c.text.size() < 2) return false;
    for (unsigned char ch : c.text)
      if (!(std::isalnum(ch) || ch == '_') || ch >= 0x80) return false;
    return true;
  };
  bool rebuild = false;
  for (const Constant& c : items) rebuild = rebuild || internable(c);
  for (int round = 0; round < (rebuild ? 3 : 2); ++round) {
    SetTable table;
    for (size_t i = 0; i < order.size(); ++i) table.add(order[i], order_hashes[i]);
    order = table.order();
    order_hashes = table.hashes();
  }
  for (const Constant* c : order) out.items.push_back(*c);
  return out;
}

}  // namespace glasspy::compile
