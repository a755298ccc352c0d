// JSON string literals (text utilities).
#include "text/json_string.h"

#include <cstdio>

namespace glasspy::text {

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;  // bytes >= 0x80 are UTF-8 and legal inside a JSON string
        }
    }
  }
  out += '"';
}

}  // namespace glasspy::text
