// Randomized property checks for BigInt (engine/numeric): identities that must hold for
// any operands, on sizes past the generated vectors (deep Karatsuba recursion, long
// divisions, sub-quadratic parsing).
#include <doctest/doctest.h>

#include <string>

#include "bigint_test_support.h"
#include "numeric/bigint.h"
#include "numeric/bigint_internal.h"

namespace {

using namespace glasspy::numeric;
using namespace glasspy::numeric::testing;

// a * b one limb of b at a time: only the single-limb multiply and additions.
BigInt reference_mul(const BigInt& a, const BigInt& b) {
  BigInt r;
  for (uint32_t i = 0; i < b.size(); ++i) {
    r = r + shift_left(mul(absolute(a), BigInt::from_uint64(b.limbs()[i])), uint64_t{64} * i);
  }
  if (a.is_negative() != b.is_negative()) r.negate();
  return r;
}

TEST_CASE("products agree with limb-by-limb multiplication at every size") {
  Random rng(1);
  const uint32_t sizes[] = {1, 2, 3, 31, 32, 33, 47, 48, 49, 63, 64, 65, 95, 96, 97, 150, 200, 301, 512, 777, 1024, 1500};
  for (uint32_t an : sizes) {
    for (int k = 0; k < 3; ++k) {
      uint32_t bn = k == 0 ? an : static_cast<uint32_t>(1 + rng.below(an));
      BigInt a = rng.big(an), b = rng.big(bn);
      BigInt p = a * b;
      CHECK_MESSAGE(p == reference_mul(a, b), "sizes ", an, " x ", bn);
      CHECK(p == b * a);
      BigInt a2 = a;  // an equal but distinct operand takes mul, the same one sqr
      CHECK_MESSAGE(a * a == a * a2, "square of size ", an);
      CHECK(a * a == reference_mul(a, a));
    }
  }
}

TEST_CASE("Toom-3 products at its size boundaries, balanced and not") {
  Random rng(9);
  const uint32_t shapes[][2] = {{300, 300}, {301, 201}, {302, 202}, {900, 601}, {900, 700}, {1200, 1200}, {3000, 2001}};
  for (const auto& shape : shapes) {
    BigInt a = rng.big(shape[0]), b = rng.big(shape[1]);
    CHECK_MESSAGE(a * b == reference_mul(a, b), "sizes ", shape[0], " x ", shape[1]);
    BigInt a2 = a;
    CHECK_MESSAGE(a * a == a * a2, "square of size ", shape[0]);
  }
}

TEST_CASE("division identities hold for long operands") {
  Random rng(2);
  for (int i = 0; i < 300; ++i) {
    BigInt a = rng.big(static_cast<uint32_t>(1 + rng.below(i < 200 ? 40 : 600)));
    BigInt b = rng.big(static_cast<uint32_t>(1 + rng.below(i < 200 ? 20 : 400)));
    BigInt q, r;
    REQUIRE(divmod(a, b, &q, &r).ok());
    CHECK(q * b + r == a);
    // Remainder below |b| in size, with b's sign (or zero).
    CHECK(compare_abs(r, b) < 0);
    CHECK((r.is_zero() || r.is_negative() == b.is_negative()));
    BigInt exact;
    REQUIRE(floordiv(a * b, b, &exact).ok());
    CHECK(exact == a);
    BigInt zero;
    REQUIRE(mod(a * b, b, &zero).ok());
    CHECK(zero.is_zero());
  }
}

TEST_CASE("recursive division agrees with Knuth's algorithm D") {
  Random rng(8);
  const uint32_t divisor_sizes[] = {48, 49, 63, 64, 95, 96, 97, 150, 191, 192, 257, 400};
  for (uint32_t bn : divisor_sizes) {
    for (uint32_t extra : {48u, 50u, 100u, 191u, 192u, 500u}) {
      BigInt a = rng.big(bn + extra, false), b = rng.big(bn, false);
      BigInt q1, r1, q2, r2;
      divrem_schoolbook(a, b, &q1, &r1);
      divrem_burnikel_ziegler(a, b, &q2, &r2);
      CHECK_MESSAGE(q1 == q2, "divisor ", bn, " dividend ", bn + extra);
      CHECK_MESSAGE(r1 == r2, "divisor ", bn, " dividend ", bn + extra);
      // A divisor just above a power of two and a dividend just below a multiple of it
      // push the quotient estimates to their correction steps.
      BigInt p = add(shift_left(BigInt(1), uint64_t{64} * bn - 1), 1);
      BigInt x = sub(p * rng.big(extra, false), BigInt(1));
      divrem_schoolbook(x, p, &q1, &r1);
      divrem_burnikel_ziegler(x, p, &q2, &r2);
      CHECK(q1 == q2);
      CHECK(r1 == r2);
    }
  }
}

TEST_CASE("aliased outputs are safe") {
  Random rng(3);
  BigInt a = rng.big(10), b = rng.big(4);
  BigInt expect_q, expect_r;
  REQUIRE(divmod(a, b, &expect_q, &expect_r).ok());
  BigInt x = a;
  REQUIRE(floordiv(x, b, &x).ok());
  CHECK(x == expect_q);
  BigInt y = b;
  REQUIRE(mod(a, y, &y).ok());
  CHECK(y == expect_r);
  BigInt p = a, m = b;
  REQUIRE(divmod(p, m, &p, &m).ok());
  CHECK(p == expect_q);
  CHECK(m == expect_r);
}

TEST_CASE("decimal text round-trips at sizes where parsing divides and conquers") {
  Random rng(4);
  for (uint32_t n : {1u, 2u, 5u, 50u, 100u, 400u, 1000u, 3000u}) {
    BigInt a = rng.big(n);
    std::string s;
    REQUIRE(to_decimal_string(a, &s, 0).ok());
    BigInt back;
    REQUIRE(parse_int(s, 10, &back, 0).ok());
    CHECK_MESSAGE(back == a, "limbs ", n);
    std::string h;
    append_digits(a, 7, false, &h);
    REQUIRE(parse_int(h, 7, &back, 0).ok());
    CHECK(back == absolute(a));
  }
}

TEST_CASE("printing pads the zeros inside long numbers") {
  for (int k : {1000, 1234, 5000, 9999, 20000}) {
    BigInt p;
    REQUIRE(pow(BigInt(10), BigInt(k), &p).ok());
    std::string s;
    REQUIRE(to_decimal_string(add(p, 7), &s, 0).ok());
    CHECK(s == "1" + std::string(k - 1, '0') + "7");
    REQUIRE(to_decimal_string(sub(BigInt(), p), &s, 0).ok());
    CHECK(s == "-1" + std::string(k, '0'));
    BigInt p3;
    REQUIRE(pow(BigInt(3), BigInt(k), &p3).ok());
    std::string t;
    append_digits(p3, 3, false, &t);
    CHECK(t == "1" + std::string(k, '0'));
  }
}

TEST_CASE("bit operations follow two's-complement identities") {
  Random rng(5);
  for (int i = 0; i < 400; ++i) {
    BigInt a = rng.big(static_cast<uint32_t>(rng.below(8)));
    BigInt b = rng.big(static_cast<uint32_t>(rng.below(8)));
    CHECK(((a ^ b) ^ b) == a);
    CHECK((a & b) == ~(~a | ~b));
    CHECK(((a | b) - (a & b)) == (a ^ b));
    CHECK((a + b) == ((a ^ b) + shift_left(a & b, 1)));
    uint64_t n = rng.below(300);
    CHECK(shift_right(shift_left(a, n), n) == a);
    BigInt floor_q;
    REQUIRE(floordiv(a, shift_left(BigInt(1), n), &floor_q).ok());
    CHECK(shift_right(a, n) == floor_q);
    CHECK(bit_invert(bit_invert(a)) == a);
  }
}

TEST_CASE("bytes round-trip") {
  Random rng(6);
  for (int i = 0; i < 200; ++i) {
    BigInt a = rng.big(static_cast<uint32_t>(rng.below(6)));
    size_t length = (bit_length(a) + 8) / 8 + rng.below(3);
    for (bool little : {false, true}) {
      std::string bytes;
      REQUIRE(to_bytes(a, length, little, true, &bytes).ok());
      CHECK(from_bytes(bytes, little, true) == a);
    }
  }
}

TEST_CASE("isqrt, gcd and pow_mod satisfy their definitions") {
  Random rng(7);
  for (int i = 0; i < 100; ++i) {
    BigInt n = rng.big(static_cast<uint32_t>(1 + rng.below(30)), false);
    BigInt r;
    REQUIRE(isqrt(n, &r).ok());
    CHECK(compare(r * r, n) <= 0);
    BigInt r1 = add(r, 1);
    CHECK(compare(r1 * r1, n) > 0);

    BigInt a = rng.big(static_cast<uint32_t>(1 + rng.below(10)));
    BigInt b = rng.big(static_cast<uint32_t>(1 + rng.below(10)));
    BigInt c = rng.big(static_cast<uint32_t>(1 + rng.below(4)));
    CHECK(gcd(a * c, b * c) == gcd(a, b) * absolute(c));

    BigInt m = rng.big(static_cast<uint32_t>(1 + rng.below(4)));
    BigInt e = BigInt::from_uint64(rng.below(200));
    BigInt got, full, expect;
    REQUIRE(pow_mod(a, e, m, &got).ok());
    REQUIRE(pow(a, e, &full).ok());
    REQUIRE(mod(full, m, &expect).ok());
    CHECK(got == expect);
  }
}

TEST_CASE("the int64 boundary") {
  for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, INT64_MAX, INT64_MIN, INT64_MIN + 1}) {
    BigInt a(v);
    int64_t back = 0;
    CHECK(a.to_int64(&back));
    CHECK(back == v);
    CHECK(a.sign() == (v > 0) - (v < 0));
  }
  int64_t ignored;
  CHECK_FALSE(add(BigInt(INT64_MAX), 1).to_int64(&ignored));
  CHECK_FALSE(add(BigInt(INT64_MIN), -1).to_int64(&ignored));
  CHECK(add(BigInt(INT64_MIN), BigInt(0)).fits_int64());
  CHECK(sizeof(BigInt) == 24);
}

TEST_CASE("error statuses name CPython's exceptions") {
  BigInt r;
  Status s = parse_int("12x", 10, &r, 4300, "b'12x'");
  CHECK(s.kind() == ErrorKind::kValueError);
  CHECK(s.message() == "invalid literal for int() with base 10: b'12x'");
  s = parse_int(std::string(300, 'x'), 10, &r);
  CHECK(s.message() == "invalid literal for int() with base 10: '" + std::string(199, 'x'));
  CHECK(floordiv(BigInt(1), BigInt(), &r).kind() == ErrorKind::kZeroDivisionError);
  CHECK(pow_mod(BigInt(2), BigInt(-1), BigInt(4), &r).message() == "base is not invertible for the given modulus");
  CHECK(pow_mod(BigInt(2), BigInt(3), BigInt(), &r).message() == "pow() 3rd argument cannot be 0");
  CHECK(shift_left(BigInt(1), BigInt(-1), &r).message() == "negative shift count");
  CHECK(shift_left(BigInt(1), shift_left(BigInt(1), 70), &r).message() == "too many digits in integer");
  CHECK(shift_left(BigInt(1), shift_left(BigInt(1), 64), &r).kind() == ErrorKind::kMemoryError);
  CHECK(pow(BigInt(3), shift_left(BigInt(1), 40), &r).kind() == ErrorKind::kMemoryError);
}

}  // namespace
