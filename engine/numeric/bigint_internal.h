// BigInt-level helpers shared between the numeric library's files (internal): the two
// division algorithms that divrem_abs chooses between.
#pragma once
#include <cstddef>

#include "numeric/bigint.h"

namespace glasspy::numeric {

// Divisor and quotient sizes (limbs) from which Burnikel-Ziegler division beats Knuth's
// algorithm D (measured: see bigint_bench_test.cpp).
#ifndef GLASSPY_BURNIKEL_ZIEGLER
#define GLASSPY_BURNIKEL_ZIEGLER 48
#endif
inline constexpr size_t kBurnikelZiegler = GLASSPY_BURNIKEL_ZIEGLER;

// |a| / |b| by Knuth's algorithm D (or one-limb division); outputs may be null.
void divrem_schoolbook(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);
// |a| / |b| by recursive division, for |a| >= |b| and b of at least kBurnikelZiegler limbs.
void divrem_burnikel_ziegler(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);

}  // namespace glasspy::numeric
