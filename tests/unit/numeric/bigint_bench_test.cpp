// Timings of BigInt (engine/numeric) on the workloads compared with CPython 3.11: skipped
// by default; run with  glasspy_unit_tests -tc='bench*' --no-skip  and compare with the
// same lines printed by  python3 tests/unit/numeric/bench_bigint.py.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include "bigint_test_support.h"
#include "numeric/bigint.h"

namespace {

using namespace glasspy::numeric;
using namespace glasspy::numeric::testing;

// Process CPU time: the machines running this are shared, so wall time is noisy. In wasm
// clock() only has millisecond resolution, so there the monotonic clock serves.
double cpu_seconds() {
#if defined(__wasm__)
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
#else
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
#endif
}

// Best of `rounds` timings of `body` run `reps` times, per run.
template <class F>
double best_time(int rounds, int reps, F body) {
  double best = 1e30;
  for (int r = 0; r < rounds; ++r) {
    double start = cpu_seconds();
    for (int i = 0; i < reps; ++i) body();
    best = std::min(best, (cpu_seconds() - start) / reps);
  }
  return best;
}

BigInt random_decimal(Random& rng, size_t digits) {
  std::string s;
  s.push_back(static_cast<char>('1' + rng.below(9)));
  while (s.size() < digits) s.push_back(static_cast<char>('0' + rng.below(10)));
  BigInt r;
  REQUIRE(parse_int(s, 10, &r, 0).ok());
  return r;
}

TEST_CASE("bench: multiply two 100,000-digit numbers" * doctest::skip()) {
  Random rng(11);
  BigInt a = random_decimal(rng, 100000), b = random_decimal(rng, 100000);
  BigInt p;
  double t = best_time(5, 5, [&] { p = a * b; });
  std::printf("mul 100000 x 100000 digits: %.3f ms\n",
              t * 1e3);
  double s = best_time(5, 5, [&] { p = a * a; });
  std::printf("square 100000 digits: %.3f ms\n", s * 1e3);
}

TEST_CASE("bench: str() of a 4,000-digit number" * doctest::skip()) {
  Random rng(12);
  BigInt a = random_decimal(rng, 4000);
  std::string s;
  double t = best_time(5, 200, [&] { (void)to_decimal_string(a, &s); });
  std::printf("str of 4000 digits: %.1f us\n", t * 1e6);
  BigInt back;
  double p = best_time(5, 200, [&] { (void)parse_int(s, 10, &back); });
  std::printf("int() of 4000 digits: %.1f us\n", p * 1e6);
}

TEST_CASE("bench: str() and int() of a 100,000-digit number" * doctest::skip()) {
  Random rng(13);
  BigInt a = random_decimal(rng, 100000);
  std::string s;
  double t = best_time(3, 1, [&] { (void)to_decimal_string(a, &s, 0); });
  std::printf("str of 100000 digits: %.2f ms\n", t * 1e3);
  BigInt back;
  double p = best_time(3, 1, [&] { (void)parse_int(s, 10, &back, 0); });
  std::printf("int() of 100000 digits: %.2f ms\n", p * 1e3);
  CHECK(back == a);
}

TEST_CASE("bench: gcd, pow with modulus, isqrt" * doctest::skip()) {
  Random rng(14);
  BigInt a = random_decimal(rng, 10000), b = random_decimal(rng, 10000);
  BigInt g;
  double t = best_time(5, 5, [&] { g = gcd(a, b); });
  std::printf("gcd of two 10000-digit numbers: %.2f ms\n", t * 1e3);
  BigInt base = random_decimal(rng, 617), exp = random_decimal(rng, 617), m = random_decimal(rng, 617);
  BigInt r;
  double p = best_time(3, 3, [&] { (void)pow_mod(base, exp, m, &r); });
  std::printf("pow(a, e, m) with 2048-bit operands: %.2f ms\n", p * 1e3);
  BigInt big = random_decimal(rng, 20000);
  double s = best_time(3, 3, [&] { (void)isqrt(big, &r); });
  std::printf("isqrt of a 20000-digit number: %.2f ms\n", s * 1e3);
}

// Gibbons' streaming spigot, the algorithm of bench/programs/pidigits.py.
TEST_CASE("bench: pi digits spigot" * doctest::skip()) {
  const int kDigits = 4800;
  double start = cpu_seconds();
  BigInt q(1), r(0), t(1), k(1), n(3), l(3);
  std::string digits;
  while (static_cast<int>(digits.size()) < kDigits) {
    BigInt lhs = add(mul(q, 4), r) - t;
    if (compare(lhs, n * t) < 0) {
      int64_t d = 0;
      (void)n.to_int64(&d);
      digits.push_back(static_cast<char>('0' + d));
      BigInt nq = mul(q, 10);
      BigInt nr = mul(r - n * t, 10);
      BigInt nn;
      (void)floordiv(mul(add(mul(q, 3), r), 10), t, &nn);
      nn = nn - mul(n, 10);
      q = std::move(nq);
      r = std::move(nr);
      n = std::move(nn);
    } else {
      BigInt nq = q * k;
      BigInt nr = (add(mul(q, 2), r)) * l;
      BigInt nt = t * l;
      BigInt nk = add(k, 1);
      BigInt nn;
      (void)floordiv(q * add(mul(k, 7), 2) + r * l, t * l, &nn);
      BigInt nl = add(l, 2);
      q = std::move(nq);
      r = std::move(nr);
      t = std::move(nt);
      k = std::move(nk);
      n = std::move(nn);
      l = std::move(nl);
    }
  }
  double elapsed = cpu_seconds() - start;
  int sum = 0;
  for (char c : digits) sum += c - '0';
  std::printf("pi %d digits: %.3f s CPU, last 30 %s, digit sum %d\n", kDigits,
              elapsed, digits.substr(digits.size() - 30).c_str(), sum);
  CHECK(digits.substr(0, 20) == "31415926535897932384");
  CHECK(sum == 21766);
}

}  // namespace
