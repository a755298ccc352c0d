// time.strftime's formatter (modules stage): the C-locale directives of glibc's strftime,
// with its flags (- _ 0 ^ #), field widths and E/O modifiers, as CPython on Linux shows them.
#include <cstdio>
#include <string>

#include "modules/time_internal.h"

namespace glasspy::modules {

namespace {

bool is_leap_year(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
int64_t floor_div100(int64_t y) { return y >= 0 ? y / 100 : -((-y + 99) / 100); }

// One directive's flags: pad character ('\0': the directive's default), width, case change.
struct Spec {
  char pad = '\0';
  bool upper = false;
  bool swap_case = false;
  int width = -1;
};

void append_padded(std::string* out, const std::string& text, const Spec& spec, char default_pad) {
  char pad = spec.pad == '\0' ? default_pad : (spec.pad == '-' ? ' ' : spec.pad);
  for (int i = static_cast<int>(text.size()); i < spec.width; ++i) out->push_back(pad);
  out->append(text);
}

void append_number(std::string* out, int64_t value, int digits, char default_pad, const Spec& spec) {
  std::string body = std::to_string(value < 0 ? -static_cast<uint64_t>(value) : static_cast<uint64_t>(value));
  char pad = spec.pad == '\0' ? default_pad : spec.pad;
  if (pad == '-') {
    digits = 1;
  }
  int width = spec.width >= 0 ? spec.width : digits;
  int sign = value < 0 ? 1 : 0;
  if (pad == '-') {
    // "-" drops the padding a directive has by default, but a given width still pads (spaces).
    if (sign) body.insert(body.begin(), '-');
    for (int i = static_cast<int>(body.size()); i < spec.width; ++i) out->push_back(' ');
    out->append(body);
    return;
  }
  if (pad == '0') {
    if (sign) out->push_back('-');
    for (int i = static_cast<int>(body.size()) + sign; i < width; ++i) out->push_back('0');
    out->append(body);
    return;
  }
  if (sign) body.insert(body.begin(), '-');
  for (int i = static_cast<int>(body.size()); i < width; ++i) out->push_back(' ');
  out->append(body);
}

void append_text(std::string* out, std::string text, const Spec& spec, bool swap_lowers = false) {
  if (spec.upper || (spec.swap_case && !swap_lowers)) {
    for (char& ch : text)
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
  } else if (spec.swap_case && swap_lowers) {
    for (char& ch : text)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
  }
  append_padded(out, text, spec, ' ');
}

// ISO 8601 year and week from the fields as given (glibc does not recompute them).
void iso_week(const CivilTime& c, int64_t* iso_year, int* week) {
  int iso_wday = c.wday + 1;  // 1 = Monday
  int w = (c.yday - iso_wday + 10) / 7;
  auto weeks_in = [](int64_t year) {
    // A year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year.
    int64_t y = year - 1;
    int64_t jan1 = ((y * 365 + y / 4 - y / 100 + y / 400) % 7 + 7) % 7;  // 0 = Monday
    return (jan1 == 3 || (jan1 == 2 && is_leap_year(year))) ? 53 : 52;
  };
  *iso_year = c.year;
  if (w < 1) {
    *iso_year = c.year - 1;
    w = weeks_in(*iso_year);
  } else if (w > weeks_in(c.year)) {
    *iso_year = c.year + 1;
    w = 1;
  }
  *week = w;
}

// Appends one conversion; false if `conv` (with `modifier`) is not a directive.
bool append_directive(std::string* out, const CivilTime& c, char conv, char modifier, const Spec& spec) {
  static constexpr const char kE[] = "cCxXyY";
  static constexpr const char kO[] = "deHImMSuUVwWy";
  if (modifier == 'E' && std::string_view(kE).find(conv) == std::string_view::npos) return false;
  if (modifier == 'O' && std::string_view(kO).find(conv) == std::string_view::npos) return false;
  int hour12 = c.hour % 12 == 0 ? 12 : c.hour % 12;
  int sunday_wday = (c.wday + 1) % 7;
  switch (conv) {
    case 'a': append_text(out, std::string(kDayNames[c.wday], 3), spec); return true;
    case 'A': append_text(out, kDayNames[c.wday], spec); return true;
    case 'b':
    case 'h': append_text(out, std::string(kMonthNames[c.mon - 1], 3), spec); return true;
    case 'B': append_text(out, kMonthNames[c.mon - 1], spec); return true;
    case 'p': append_text(out, c.hour < 12 ? "AM" : "PM", spec, true); return true;
    case 'P': {
      Spec plain = spec;
      plain.upper = plain.swap_case = false;
      append_text(out, c.hour < 12 ? "am" : "pm", plain);
      return true;
    }
    case 'Z': append_text(out, c.zone.empty() ? "UTC" : c.zone, spec, true); return true;
    case 'n': append_text(out, "\n", spec); return true;
    case 't': append_text(out, "\t", spec); return true;
    case '%': append_text(out, "%", spec); return true;
    case 'c': append_text(out, format_time(c, "%a %b %e %H:%M:%S %Y"), spec); return true;
    case 'D':
    case 'x': append_text(out, format_time(c, "%m/%d/%y"), spec); return true;
    case 'F': append_text(out, format_time(c, "%Y-%m-%d"), spec); return true;
    case 'r': append_text(out, format_time(c, "%I:%M:%S %p"), spec); return true;
    case 'R': append_text(out, format_time(c, "%H:%M"), spec); return true;
    case 'T':
    case 'X': append_text(out, format_time(c, "%H:%M:%S"), spec); return true;
    case 'C': append_number(out, floor_div100(c.year), 1, '0', spec); return true;
    case 'd': append_number(out, c.mday, 2, '0', spec); return true;
    case 'e': append_number(out, c.mday, 2, ' ', spec); return true;
    case 'H': append_number(out, c.hour, 2, '0', spec); return true;
    case 'I': append_number(out, hour12, 2, '0', spec); return true;
    case 'k': append_number(out, c.hour, 2, ' ', spec); return true;
    case 'l': append_number(out, hour12, 2, ' ', spec); return true;
    case 'j': append_number(out, c.yday, 3, '0', spec); return true;
    case 'm': append_number(out, c.mon, 2, '0', spec); return true;
    case 'M': append_number(out, c.min, 2, '0', spec); return true;
    case 'S': append_number(out, c.sec, 2, '0', spec); return true;
    case 's': append_number(out, seconds_from_civil(c), 1, '0', spec); return true;
    case 'u': append_number(out, c.wday + 1, 1, '0', spec); return true;
    case 'w': append_number(out, sunday_wday, 1, '0', spec); return true;
    case 'U': append_number(out, (c.yday - 1 + 7 - sunday_wday) / 7, 2, '0', spec); return true;
    case 'W': append_number(out, (c.yday - 1 + 7 - c.wday) / 7, 2, '0', spec); return true;
    case 'y': append_number(out, ((c.year % 100) + 100) % 100, 2, '0', spec); return true;
    case 'Y': append_number(out, c.year, 1, '0', spec); return true;
    case 'G':
    case 'g':
    case 'V': {
      int64_t iso_year;
      int week;
      iso_week(c, &iso_year, &week);
      if (conv == 'G') append_number(out, iso_year, 1, '0', spec);
      else if (conv == 'g') append_number(out, ((iso_year % 100) + 100) % 100, 2, '0', spec);
      else append_number(out, week, 2, '0', spec);
      return true;
    }
    case 'z': {
      int64_t off = c.gmtoff < 0 ? -c.gmtoff : c.gmtoff;
      char buf[32];
      std::snprintf(buf, sizeof buf, "%c%02lld%02lld", c.gmtoff < 0 ? '-' : '+', static_cast<long long>(off / 3600),
                    static_cast<long long>(off / 60 % 60));
      out->append(buf);
      return true;
    }
    default: return false;
  }
}

}  // namespace

std::string format_time(const CivilTime& c, std::string_view format) {
  std::string out;
  out.reserve(format.size() + 16);
  size_t i = 0;
  while (i < format.size()) {
    char ch = format[i];
    if (ch != '%') {
      out.push_back(ch);
      ++i;
      continue;
    }
    size_t start = i++;
    Spec spec;
    for (; i < format.size(); ++i) {
      char f = format[i];
      if (f == '_') spec.pad = ' ';
      else if (f == '-') spec.pad = '-';
      else if (f == '0') spec.pad = '0';
      else if (f == '^') spec.upper = true;
      else if (f == '#') spec.swap_case = true;
      else break;
    }
    if (i < format.size() && format[i] >= '1' && format[i] <= '9') {
      spec.width = 0;
      while (i < format.size() && format[i] >= '0' && format[i] <= '9') spec.width = spec.width * 10 + (format[i++] - '0');
    }
    char modifier = '\0';
    if (i < format.size() && (format[i] == 'E' || format[i] == 'O')) modifier = format[i++];
    // An unknown or cut-off directive is copied as written (glibc's behaviour).
    if (i >= format.size() || !append_directive(&out, c, format[i], modifier, spec)) {
      size_t end = i < format.size() ? i + 1 : i;
      out.append(format.substr(start, end - start));
    }
    i = i < format.size() ? i + 1 : i;
  }
  return out;
}

}  // namespace glasspy::modules
