// Unit tests for time.strftime's formatter (modules stage, time_strftime.cpp): C-locale
// directives, glibc's flags and widths, ISO weeks at year ends, unknown directives.
#include <doctest/doctest.h>

#include <string>

#include "modules/time_internal.h"

using glasspy::modules::CivilTime;
using glasspy::modules::format_time;
using glasspy::modules::seconds_from_civil;

namespace {

// 2024-03-05 14:07:09, a Tuesday, day 65.
CivilTime sample() {
  CivilTime c;
  c.year = 2024;
  c.mon = 3;
  c.mday = 5;
  c.hour = 14;
  c.min = 7;
  c.sec = 9;
  c.wday = 1;
  c.yday = 65;
  return c;
}

}  // namespace

TEST_CASE("strftime directives in the C locale") {
  CivilTime c = sample();
  CHECK(format_time(c, "%Y-%m-%d %H:%M:%S") == "2024-03-05 14:07:09");
  CHECK(format_time(c, "%a %A %b %B %p %j") == "Tue Tuesday Mar March PM 065");
  CHECK(format_time(c, "%c") == "Tue Mar  5 14:07:09 2024");
  CHECK(format_time(c, "%x %X %D %F %R %T %r") == "03/05/24 14:07:09 03/05/24 2024-03-05 14:07 14:07:09 02:07:09 PM");
  CHECK(format_time(c, "%U %W %V %G %g %u %w") == "09 10 10 2024 24 2 2");
  CHECK(format_time(c, "%z %Z %s %%") == "+0000 UTC 1709647629 %");
}

TEST_CASE("strftime flags, widths and unknown directives") {
  CivilTime c = sample();
  CHECK(format_time(c, "%-d %_d %05e %^a %#b %10A") == "5  5 00005 TUE MAR    Tuesday");
  CHECK(format_time(c, "%6G %-5d %#p %Ey %Od") == "002024     5 pm 24 05");
  CHECK(format_time(c, "%q %E %") == "%q %E %");
}

TEST_CASE("ISO week of the days around a new year") {
  CivilTime c;
  c.year = 2021;  // Friday 1 January 2021 belongs to week 53 of 2020
  c.mon = 1;
  c.mday = 1;
  c.wday = 4;
  c.yday = 1;
  CHECK(format_time(c, "%G-W%V-%u") == "2020-W53-5");
  c.year = 2024;  // Monday 30 December 2024 is in week 1 of 2025
  c.mon = 12;
  c.mday = 30;
  c.wday = 0;
  c.yday = 365;
  CHECK(format_time(c, "%G-W%V-%u") == "2025-W01-1");
}

TEST_CASE("seconds from a broken-down time normalise as mktime") {
  CivilTime c;
  c.year = 1970;
  CHECK(seconds_from_civil(c) == 0);
  c.year = 2024;
  c.mon = 14;  // February 2025
  c.mday = 1;
  CHECK(seconds_from_civil(c) == 1738368000);
}
