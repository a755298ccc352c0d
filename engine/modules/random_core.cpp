// The _random module (modules stage): the Mersenne Twister MT19937 generator that
// engine/lib/random.py builds on, seeded as CPython 3.11 seeds it (an int's absolute value
// as 32-bit words through init_by_array), so seeded sequences match CPython's; and
// _sha512, which random.seed uses to turn str/bytes seeds into ints.
#include <cstring>
#include <string>
#include <vector>

#include "modules/builtin_modules.h"
#include "numeric/bigint.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

constexpr int kStateSize = 624;
constexpr int kShift = 397;

struct RandomObject : Object {
  int index = kStateSize + 1;  // kStateSize + 1: not seeded yet
  uint32_t state[kStateSize];
};

TypeObject random_type;

RandomObject* as_random(Value v) { return static_cast<RandomObject*>(v.as_object()); }

void init_genrand(RandomObject* r, uint32_t seed) {
  uint32_t* mt = r->state;
  mt[0] = seed;
  for (int i = 1; i < kStateSize; ++i) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  r->index = kStateSize;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218u);
  size_t length = key.size();
  int i = 1;
  size_t j = 0;
  for (size_t k = length > size_t(kStateSize) ? length : kStateSize; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kStateSize) {
      mt[0] = mt[kStateSize - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (int k = kStateSize - 1; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kStateSize) {
      mt[0] = mt[kStateSize - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;  // a nonzero initial state is assured
}

uint32_t next_word(RandomObject* r) {
  uint32_t* mt = r->state;
  if (r->index >= kStateSize) {
    if (r->index == kStateSize + 1) init_genrand(r, 5489u);
    auto twist = [](uint32_t upper, uint32_t lower, uint32_t shifted) {
      uint32_t y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
      return shifted ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    };
    int k = 0;
    for (; k < kStateSize - kShift; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + kShift]);
    for (; k < kStateSize - 1; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + kShift - kStateSize]);
    mt[kStateSize - 1] = twist(mt[kStateSize - 1], mt[0], mt[kShift - 1]);
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

// Seeds from an int's absolute value, as 32-bit words, least significant first.
void seed_from_int(RandomObject* r, Value n) {
  std::vector<uint32_t> key;
  if (n.is_small_int()) {
    int64_t v = n.as_small_int();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    key.push_back(static_cast<uint32_t>(m));
    if ((m >> 32) != 0) key.push_back(static_cast<uint32_t>(m >> 32));
  } else {
    numeric::BigInt big = int_to_bigint(n);
    const numeric::Limb* limbs = big.limbs();
    for (uint32_t i = 0; i < big.size(); ++i) {
      key.push_back(static_cast<uint32_t>(limbs[i]));
      key.push_back(static_cast<uint32_t>(limbs[i] >> 32));
    }
    while (key.size() > 1 && key.back() == 0) key.pop_back();
    if (key.empty()) key.push_back(0);
  }
  init_by_array(r, key);
}

bool seed_with(VM& vm, RandomObject* r, Value arg) {
  if (arg.is_null() || arg.is(none())) {
    // No seed: whatever varies between runs (the clocks and this object's address).
    double wall = vm.host().wall_time();
    double mono = vm.host().monotonic_time();
    uint64_t a, b;
    std::memcpy(&a, &wall, 8);
    std::memcpy(&b, &mono, 8);
    uint64_t c = reinterpret_cast<uintptr_t>(r);
    std::vector<uint32_t> key = {uint32_t(a), uint32_t(a >> 32), uint32_t(b), uint32_t(b >> 32), uint32_t(c),
                                 uint32_t(c >> 32)};
    init_by_array(r, key);
    return true;
  }
  if (is_int(arg)) {
    seed_from_int(r, arg);
    return true;
  }
  int64_t h;
  if (!hash(vm, arg, &h)) return false;
  Ref as_int = Ref::steal(make_int(h));
  seed_from_int(r, as_int.get());
  return true;
}

Value random_new_instance(VM&, TypeObject* type, CallArgs) {
  RandomObject* r = alloc<RandomObject>(type);
  r->index = kStateSize + 1;
  return Value::from_object(r);
}

bool random_init(VM& vm, Value self, CallArgs args) {
  if (type_of(self) == &random_type && args.nkw() != 0) {
    vm.raise(&exc_TypeError, "Random() takes no keyword arguments");
    return false;
  }
  if (args.nargs > 1) {
    vm.raise(&exc_TypeError, "Random() expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  return seed_with(vm, as_random(self), args.nargs > 0 ? args.args[0] : Value());
}

void random_dealloc(Object* self) { free_object(self); }

Value m_random(VM&, Value self, CallArgs) {
  RandomObject* r = as_random(self);
  uint32_t a = next_word(r) >> 5, b = next_word(r) >> 6;
  return Value::from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value m_seed(VM& vm, Value self, CallArgs args) {
  if (!seed_with(vm, as_random(self), args.nargs > 0 ? args.args[0] : Value())) return Value();
  return none();
}

Value m_getrandbits(VM& vm, Value self, CallArgs args) {
  RandomObject* r = as_random(self);
  Value arg = args.args[0];
  if (!is_int(arg)) {
    if (type_of(arg)->index == nullptr)
      return vm.raise(&exc_TypeError, std::string("'") + type_name(arg) + "' object cannot be interpreted as an integer");
  }
  int64_t k;
  if (!index_int64(vm, arg, &k)) return Value();
  if (k < 0) return vm.raise(&exc_ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::from_small_int(0);
  if (k <= 32) return Value::from_small_int(next_word(r) >> (32 - k));
  uint32_t words = static_cast<uint32_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  for (uint32_t i = 0; i < words; ++i, k -= 32) {
    uint32_t x = next_word(r);
    if (k < 32) x >>= (32 - k);
    w[i] = x;
  }
  if (words <= 2) return make_uint(uint64_t(w[0]) | (words > 1 ? uint64_t(w[1]) << 32 : 0));
  numeric::BigInt big;
  uint32_t limbs = (words + 1) / 2;
  numeric::Limb* out = big.resize_for_write(limbs);
  for (uint32_t i = 0; i < limbs; ++i) {
    uint64_t lo = w[2 * i];
    uint64_t hi = 2 * i + 1 < words ? w[2 * i + 1] : 0;
    out[i] = lo | (hi << 32);
  }
  big.normalize(limbs, false);
  return make_int(std::move(big));
}

Value m_getstate(VM&, Value self, CallArgs) {
  RandomObject* r = as_random(self);
  if (r->index == kStateSize + 1) init_genrand(r, 5489u);
  TupleObject* t = tuple_alloc(kStateSize + 1);
  for (int i = 0; i < kStateSize; ++i) t->items()[i] = Value::from_small_int(r->state[i]);
  t->items()[kStateSize] = Value::from_small_int(r->index);
  return Value::from_object(t);
}

Value m_setstate(VM& vm, Value self, CallArgs args) {
  Value state = args.args[0];
  if (!is_tuple(state)) return vm.raise(&exc_TypeError, "state vector must be a tuple");
  TupleObject* t = as_tuple(state);
  if (t->size != kStateSize + 1) return vm.raise(&exc_ValueError, "state vector is the wrong size");
  uint32_t words[kStateSize];
  for (int i = 0; i < kStateSize; ++i) {
    Value v = t->items()[i];
    int64_t x;
    if (!is_int(v)) return vm.raise(&exc_TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
    if (!int_to_int64(v, &x) || x < 0 || x > 0xffffffffLL)
      return vm.raise(&exc_OverflowError, "Python int too large to convert to C unsigned long");
    words[i] = static_cast<uint32_t>(x);
  }
  int64_t index;
  if (!index_int64(vm, t->items()[kStateSize], &index)) return Value();
  if (index < 0 || index > kStateSize) return vm.raise(&exc_ValueError, "invalid state");
  RandomObject* r = as_random(self);
  std::memcpy(r->state, words, sizeof words);
  r->index = static_cast<int>(index);
  return none();
}

// ---- SHA-512 (FIPS 180-4), for random.seed of str and bytes ----

// The first 64 bits of the fractional parts of the cube roots of the first 80 primes,
// and of the square roots of the first 8.
const uint64_t kRound[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
const uint64_t kInitial[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void sha512_block(uint64_t h[8], const uint8_t* block) {
  uint64_t w[80];
  for (int i = 0; i < 16; ++i) {
    uint64_t x = 0;
    for (int b = 0; b < 8; ++b) x = (x << 8) | block[i * 8 + b];
    w[i] = x;
  }
  for (int i = 16; i < 80; ++i) {
    uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 80; ++i) {
    uint64_t s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
    uint64_t ch = (e & f) ^ (~e & g);
    uint64_t t1 = hh + s1 + ch + kRound[i] + w[i];
    uint64_t s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
    uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint64_t t2 = s0 + maj;
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

std::string sha512(std::string_view data) {
  uint64_t h[8];
  std::memcpy(h, kInitial, sizeof h);
  std::string padded(data);
  uint64_t bit_length = static_cast<uint64_t>(data.size()) * 8;
  padded.push_back(static_cast<char>(0x80));
  while (padded.size() % 128 != 112) padded.push_back('\0');
  for (int i = 0; i < 8; ++i) padded.push_back('\0');  // high 64 bits of the 128-bit length
  for (int i = 7; i >= 0; --i) padded.push_back(static_cast<char>(bit_length >> (i * 8)));
  for (size_t off = 0; off < padded.size(); off += 128)
    sha512_block(h, reinterpret_cast<const uint8_t*>(padded.data()) + off);
  std::string digest;
  for (uint64_t x : h)
    for (int i = 7; i >= 0; --i) digest.push_back(static_cast<char>(x >> (i * 8)));
  return digest;
}

Value f_sha512(VM& vm, Value, CallArgs args) {
  Value v = args.args[0];
  std::string_view data;
  if (is_bytes(v)) data = as_bytes(v)->view();
  else if (is_bytearray(v)) data = as_bytearray(v)->view();
  else if (is_str(v)) data = str_utf8(as_str(v));
  else return vm.raise(&exc_TypeError, "object supporting the buffer API required");
  return make_bytes(sha512(data));
}

const MethodDef kRandomMethods[] = {
    {"random", m_random, ArgShape::kNoArgs, 0, 0, "random() -> x in the interval [0, 1)."},
    {"seed", m_seed, ArgShape::kPositional, 0, 1, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", m_getstate, ArgShape::kNoArgs, 0, 0, "getstate() -> tuple containing the current state."},
    {"setstate", m_setstate, ArgShape::kOneArg, 1, 1, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", m_getrandbits, ArgShape::kOneArg, 1, 1, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {nullptr, nullptr},
};

const MethodDef kModuleFunctions[] = {
    {"_sha512", f_sha512, ArgShape::kOneArg, 1, 1, "The SHA-512 digest of bytes (or of a str's UTF-8)."},
    {nullptr, nullptr},
};

void init_random_type() {
  if (has_flag(&random_type, kTypeReady)) return;
  TypeObject& t = random_type;
  t.name = "_random.Random";
  t.type_flags = kTypeBaseType;
  t.basic_size = sizeof(RandomObject);
  t.dealloc = random_dealloc;
  t.new_instance = random_new_instance;
  t.init = random_init;
  t.methods = kRandomMethods;
  t.doc = "Random() -> create a random number generator with its own internal state.";
  ready_static_type(&t);
  t.name_object = Value::from_object(intern_static("Random"));
  t.qualname_object = t.name_object;
  t.module_name = Value::from_object(intern_static("_random"));
}

}  // namespace

ModuleObject* make_random_module(vm::VM& vm) {
  init_random_type();
  ModuleObject* m = module_new(vm, vm.intern("_random"));
  add_owned(vm, m, "__doc__", Value::from_object(str_from_utf8("Module implements the Mersenne Twister random number generator.")));
  add_value(vm, m, "Random", Value::from_object(&random_type));
  add_functions(vm, m, kModuleFunctions);
  return m;
}

}  // namespace glasspy::modules
