// Number literals (parsing stage): a NUMBER token becomes a Constant as CPython's
// parsenumber makes it: int (any size, kept as decimal digits; hex, octal and binary
// converted), float (correctly rounded, overflow to inf) or imaginary. No folding.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "parse/parser_impl.h"

namespace glasspy::parse {
namespace {

// CPython 3.11's default sys.get_int_max_str_digits().
constexpr size_t kMaxStrDigits = 4300;

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// Decimal digits of the number written in `digits` (base 2, 8 or 16, no prefix): the
// digits go into 32-bit limbs, then come out nine decimal digits at a time.
std::string power_of_two_base_to_decimal(std::string_view digits, int bits_per_digit) {
  std::vector<uint32_t> limbs;  // little-endian
  size_t total_bits = digits.size() * static_cast<size_t>(bits_per_digit);
  limbs.assign(total_bits / 32 + 1, 0);
  size_t bit = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    uint32_t v = static_cast<uint32_t>(digit_value(digits[i]));
    for (int b = 0; b < bits_per_digit; ++b, ++bit) {
      if (v & (1u << b)) limbs[bit / 32] |= 1u << (bit % 32);
    }
  }
  while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  if (limbs.empty()) return "0";
  std::vector<uint32_t> chunks;  // base 1e9, little-endian
  while (!limbs.empty()) {
    uint64_t rem = 0;
    for (size_t i = limbs.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | limbs[i];
      limbs[i] = static_cast<uint32_t>(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    chunks.push_back(static_cast<uint32_t>(rem));
    while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  }
  std::string out = std::to_string(chunks.back());
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    std::string part = std::to_string(chunks[i]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

}  // namespace

ExprNode* Parser::number_token() {
  const Tok* t = expect(TokenKind::NUMBER);
  if (t == nullptr) return nullptr;
  std::string text;
  for (char c : token_text(*t))
    if (c != '_') text += c;
  auto* c = node_at<ast::Constant>(tok_position(*t));
  ast::ConstantValue& value = c->value;
  char last = text.back();
  bool based = text.size() > 1 && text[0] == '0' &&
               (text[1] == 'x' || text[1] == 'X' || text[1] == 'o' || text[1] == 'O' || text[1] == 'b' || text[1] == 'B');
  if (!based && (last == 'j' || last == 'J')) {
    text.pop_back();
    value.kind = ast::ConstantValue::Kind::kComplex;
    value.number = std::strtod(text.c_str(), nullptr);
    return c;
  }
  if (!based && text.find_first_of(".eE") != std::string::npos) {
    value.kind = ast::ConstantValue::Kind::kFloat;
    value.number = std::strtod(text.c_str(), nullptr);
    return c;
  }
  value.kind = ast::ConstantValue::Kind::kInt;
  if (based) {
    char base = static_cast<char>(text[1] | 0x20);
    int bits = base == 'x' ? 4 : base == 'o' ? 3 : 1;
    value.text = arena_->copy(power_of_two_base_to_decimal(std::string_view(text).substr(2), bits));
    return c;
  }
  size_t first = text.find_first_not_of('0');
  if (first == std::string::npos) {
    value.text = arena_->copy("0");
    return c;
  }
  std::string_view digits = std::string_view(text).substr(first);
  if (digits.size() > kMaxStrDigits) {
    Position p = tok_position(*t);
    raise_at(ErrorType::kSyntaxError, p.lineno, 0, p.end_lineno, 0,
             "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                 std::to_string(digits.size()) +
                 " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                 "huge integer literals to avoid decimal conversion limits.");
    return nullptr;
  }
  value.text = arena_->copy(digits);
  return c;
}

}  // namespace glasspy::parse
