// Shared by the number and math unit tests: a silent host, operands written as text by
// the Python generators (i:, b:, f:, c:, s:, t:), and outcomes as repr or "!Error: message".
#pragma once
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "host/host.h"
#include "numeric/bigint.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace number_test {

using namespace glasspy::objects;

class QuietHost : public glasspy::host::Host {
 public:
  void write_stdout(std::string_view) override {}
  void write_stderr(std::string_view) override {}
  std::optional<std::string> read_line() override { return std::nullopt; }
  double wall_time() override { return 0; }
  double monotonic_time() override { return 0; }
  std::optional<std::string> read_file(const std::string&, std::string*) override { return std::nullopt; }
};

// Splits on `separator`.
inline std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  if (text.empty()) return parts;
  size_t start = 0;
  for (;;) {
    size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

// A new value from its generator text.
inline Value operand(std::string_view text) {
  std::string body(text.substr(2));
  switch (text[0]) {
    case 'i': {
      glasspy::numeric::BigInt b;
      (void)glasspy::numeric::parse_int(body, 10, &b, 0);
      return make_int(std::move(b));
    }
    case 'b': return boolean(body == "1");
    case 'f': return Value::from_double(std::strtod(body.c_str(), nullptr));
    case 'c': {
      size_t comma = body.find(',');
      return make_complex(std::strtod(body.substr(0, comma).c_str(), nullptr),
                          std::strtod(body.substr(comma + 1).c_str(), nullptr));
    }
    case 't': {
      std::vector<std::string> items = split(body, ';');
      TupleObject* t = tuple_alloc(static_cast<int64_t>(items.size()));
      for (size_t i = 0; i < items.size(); ++i) t->items()[i] = operand(items[i]);
      return Value::from_object(t);
    }
    case 'y': {
      std::string bytes;
      for (size_t i = 0; i + 1 < body.size(); i += 2) bytes += static_cast<char>(std::stoi(body.substr(i, 2), nullptr, 16));
      return make_bytes(bytes);
    }
    default: return Value::from_object(str_from_utf8(body));
  }
}

// repr(result), or "!Type: message" for the pending exception when result is null.
inline std::string outcome(glasspy::vm::VM& vm, Value result) {
  if (result.is_null()) {
    Value e = vm.fetch_error();
    std::string text;
    if (!str_utf8(vm, e, &text)) text = "<str failed>";
    std::string out = std::string("!") + type_name(e) + ": " + text;
    decref(e);
    return out;
  }
  std::string text;
  if (!repr_utf8(vm, result, &text)) {
    vm.clear_error();
    text = "<repr failed>";
  }
  decref(result);
  return text;
}

}  // namespace number_test
