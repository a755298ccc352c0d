// Unit tests for the 8-byte Value (objects/value.h): every kind round-trips and is told apart.
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>
#include <limits>

#include "objects/value.h"

using glasspy::objects::Object;
using glasspy::objects::Value;

TEST_CASE("small ints round-trip over the whole 48-bit range") {
  for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{42}, int64_t{-5}, Value::kSmallIntMin,
                    Value::kSmallIntMax, int64_t{1} << 40, -(int64_t{1} << 40)}) {
    REQUIRE(Value::fits_small_int(v));
    Value x = Value::from_small_int(v);
    CHECK(x.is_small_int());
    CHECK_FALSE(x.is_double());
    CHECK_FALSE(x.is_object());
    CHECK(x.as_small_int() == v);
  }
  CHECK_FALSE(Value::fits_small_int(Value::kSmallIntMax + 1));
  CHECK_FALSE(Value::fits_small_int(Value::kSmallIntMin - 1));
}

TEST_CASE("doubles round-trip, including signed zeros, infinities and NaNs") {
  const double inf = std::numeric_limits<double>::infinity();
  for (double d : {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324, inf, -inf, 3.141592653589793}) {
    Value x = Value::from_double(d);
    CHECK(x.is_double());
    CHECK_FALSE(x.is_small_int());
    CHECK_FALSE(x.is_object());
    CHECK_FALSE(x.is_null());
    CHECK(std::signbit(x.as_double()) == std::signbit(d));
    CHECK(x.as_double() == d);
  }
  Value nan = Value::from_double(std::nan(""));
  CHECK(nan.is_double());
  CHECK(std::isnan(nan.as_double()));
  CHECK_FALSE(std::signbit(nan.as_double()));
  Value negative_nan = Value::from_double(-std::nan("0x123"));
  CHECK(negative_nan.is_double());
  CHECK(std::isnan(negative_nan.as_double()));
  CHECK(std::signbit(negative_nan.as_double()));  // math.copysign(1, -nan) is -1.0 in CPython
}

TEST_CASE("object pointers and the null value") {
  alignas(16) static char storage[32];
  auto* object = reinterpret_cast<Object*>(storage);
  Value x = Value::from_object(object);
  CHECK(x.is_object());
  CHECK(x.is_counted());
  CHECK_FALSE(x.is_double());
  CHECK_FALSE(x.is_small_int());
  CHECK(x.as_object() == object);
  Value null;
  CHECK(null.is_null());
  CHECK_FALSE(null.is_object());
  CHECK_FALSE(null.is_double());
  CHECK(x.is(Value::from_object(object)));
  CHECK_FALSE(x.is(null));
}
