// Toom-Cook 3-way multiplication (numeric library): five products of a third of the size
// instead of Karatsuba's nine for the same split, with Bodrato's interpolation sequence.
// Works on BigInts (signed intermediates); above its threshold the allocations are
// negligible next to the products.
#include "numeric/bigint.h"
#include "numeric/limbs.h"

namespace glasspy::numeric::limbs {
namespace {

BigInt slice(const Limb* p, size_t n) {
  BigInt x;
  Limb* d = x.resize_for_write(static_cast<uint32_t>(n));
  copy(d, p, n);
  x.normalize(static_cast<uint32_t>(n), false);
  return x;
}

BigInt divide_exact_by_3(const BigInt& x) {
  BigInt q;
  Limb* d = q.resize_for_write(x.size());
  divrem_1(d, x.limbs(), x.size(), 3);
  q.normalize(x.size(), x.is_negative());
  return q;
}

// r[offset...] += x, where x * B^offset fits in r's rn limbs (x >= 0).
void add_at(Limb* r, size_t rn, const BigInt& x, size_t offset) {
  if (!x.is_zero()) add(r + offset, r + offset, rn - offset, x.limbs(), x.size());
}

}  // namespace

void toom3(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  // a = a2 x^2 + a1 x + a0 with x = B^k, b likewise (b's top part is shorter or empty
  // only through the caller's balance check); evaluate at 0, 1, -1, -2 and infinity.
  bool square = a == b && an == bn;
  size_t k = (an + 2) / 3;
  BigInt a0 = slice(a, k), a1 = slice(a + k, k), a2 = slice(a + 2 * k, an - 2 * k);
  BigInt t = add(a0, a2);
  BigInt ap1 = add(t, a1), am1 = sub(t, a1);
  BigInt am2 = sub(shift_left(add(am1, a2), 1), a0);
  BigInt r0, r1, rm1, rm2, rinf;
  if (square) {
    r0 = mul(a0, a0);
    r1 = mul(ap1, ap1);
    rm1 = mul(am1, am1);
    rm2 = mul(am2, am2);
    rinf = mul(a2, a2);
  } else {
    BigInt b0 = slice(b, k), b1 = slice(b + k, k), b2 = slice(b + 2 * k, bn - 2 * k);
    BigInt u = add(b0, b2);
    BigInt bp1 = add(u, b1), bm1 = sub(u, b1);
    BigInt bm2 = sub(shift_left(add(bm1, b2), 1), b0);
    r0 = mul(a0, b0);
    r1 = mul(ap1, bp1);
    rm1 = mul(am1, bm1);
    rm2 = mul(am2, bm2);
    rinf = mul(a2, b2);
  }
  // Bodrato's sequence: every division is exact.
  BigInt r3 = divide_exact_by_3(sub(rm2, r1));
  BigInt c1 = shift_right(sub(r1, rm1), 1);
  BigInt c2 = sub(rm1, r0);
  r3 = add(shift_right(sub(c2, r3), 1), shift_left(rinf, 1));
  c2 = sub(add(c2, c1), rinf);
  c1 = sub(c1, r3);
  size_t rn = an + bn;
  zero(r, rn);
  copy(r, r0.limbs(), r0.size());
  copy(r + 4 * k, rinf.limbs(), rinf.size());
  add_at(r, rn, c1, k);
  add_at(r, rn, c2, 2 * k);
  add_at(r, rn, r3, 3 * k);
}

}  // namespace glasspy::numeric::limbs
