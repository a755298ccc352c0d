// BigInt-level helpers shared between the numeric library's files (internal): the two
// division algorithms that divrem_abs chooses between.
#pragma once
#include <cstddef>

#include "numeric/bigint.h"

namespace glasspy::numeric {

// Divisor and quotient sizes (limbs) from which Burnikel-Ziegler division beats Knuth's
// algorithm D: measured natively, 2n / n limbs takes 8.0 us against 8.5 at 96 limbs,
// 0.35 ms against 0.90 at 1024, 3.2 ms against 14.3 at 4096.
inline constexpr size_t kBurnikelZiegler = 64;

// |a| / |b| by Knuth's algorithm D (or one-limb division); outputs may be null.
void divrem_schoolbook(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);
// |a| / |b| by recursive division, for |a| >= |b| and b of at least kBurnikelZiegler limbs.
void divrem_burnikel_ziegler(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);

}  // namespace glasspy::numeric
