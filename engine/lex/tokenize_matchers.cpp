// The matchers of the tokenize emulation (lexing stage): hand-written equivalents of the
// regular expressions of CPython 3.11's tokenize module. Like the regexes, they take the
// first alternative that matches, not the longest.
#include "lex/tokenize_matchers.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "unicode/char_class.h"

namespace glasspy::lex::tokenize_detail {
namespace {

// ---------------------------------------------------------------------------------------------
// Character classes

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char32_t ascii_lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

// The regex `\w` of a str pattern (str.isalnum() or '_'), with an ASCII fast path.
bool is_word(char32_t c) {
  if (c < 0x80) return is_ascii_alpha(c) || is_ascii_digit(c) || c == '_';
  return unicode::is_word_char(c);
}

// ---------------------------------------------------------------------------------------------
// Operators, straight from token_kind.def so that there is one list of spellings.

constexpr const char* kTokenTexts[] = {
#define GP_TOKEN(name, text) text,
#include "lex/token_kind.def"
#undef GP_TOKEN
};
constexpr size_t kKindCount = std::size(kTokenTexts);

constexpr size_t text_length(const char* s) {
  size_t n = 0;
  while (s[n]) ++n;
  return n;
}

// Operator kinds bucketed by first character, longest spelling first. tokenize's regex lists
// the spellings reverse-sorted, so a longer spelling is always tried before its prefixes: the
// first candidate that matches is therefore the one the regex picks.
struct OperatorIndex {
  uint8_t begin[129];  // bucket of ASCII character c: order[begin[c]] .. order[begin[c + 1] - 1]
  uint8_t order[kKindCount];
};

constexpr OperatorIndex build_operator_index() {
  OperatorIndex index{};
  size_t longest = 0;
  for (const char* text : kTokenTexts) {
    if (text) longest = std::max(longest, text_length(text));
  }
  uint8_t n = 0;
  for (int c = 0; c < 128; ++c) {
    index.begin[c] = n;
    for (size_t length = longest; length > 0; --length) {
      for (size_t kind = 0; kind < kKindCount; ++kind) {
        const char* text = kTokenTexts[kind];
        if (text && text[0] == c && text_length(text) == length) index.order[n++] = static_cast<uint8_t>(kind);
      }
    }
  }
  index.begin[128] = n;
  return index;
}
constexpr OperatorIndex kOperatorIndex = build_operator_index();

struct OperatorMatch {
  size_t length;  // 0 when no operator is spelled here
  TokenKind kind;
};

OperatorMatch match_operator(Line s, size_t pos) {
  char32_t first = s[pos];
  if (first >= 128) return {0, TokenKind::OP};
  for (size_t i = kOperatorIndex.begin[first]; i < kOperatorIndex.begin[first + 1]; ++i) {
    const char* text = kTokenTexts[kOperatorIndex.order[i]];
    size_t k = 1;
    while (text[k] && pos + k < s.size() && s[pos + k] == static_cast<unsigned char>(text[k])) ++k;
    if (!text[k]) return {k, static_cast<TokenKind>(kOperatorIndex.order[i])};
  }
  return {0, TokenKind::OP};
}

// ---------------------------------------------------------------------------------------------
// Numbers. Each matcher returns the end of its match or kNoMatch; the order of the tries in
// match_number is the order of tokenize's alternatives (imaginary, float, then int), which is
// why "0777" is NUMBER '0' + NUMBER '777' but "0777j" and "0777.5" are single numbers.

// [0-9](?:_?[0-9])*
size_t match_digits(Line s, size_t pos) {
  if (pos >= s.size() || !is_ascii_digit(s[pos])) return kNoMatch;
  ++pos;
  for (;;) {
    if (pos < s.size() && is_ascii_digit(s[pos])) {
      ++pos;
    } else if (pos + 1 < s.size() && s[pos] == '_' && is_ascii_digit(s[pos + 1])) {
      pos += 2;
    } else {
      return pos;
    }
  }
}

// [eE][-+]?digits
size_t match_exponent(Line s, size_t pos) {
  if (pos >= s.size() || (s[pos] != 'e' && s[pos] != 'E')) return kNoMatch;
  ++pos;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) ++pos;
  return match_digits(s, pos);
}

// digits '.' digits? exponent?  |  '.' digits exponent?
size_t match_pointfloat(Line s, size_t pos) {
  size_t end;
  if (s[pos] == '.') {
    end = match_digits(s, pos + 1);
    if (end == kNoMatch) return kNoMatch;
  } else {
    end = match_digits(s, pos);
    if (end == kNoMatch || end >= s.size() || s[end] != '.') return kNoMatch;
    size_t fraction = match_digits(s, ++end);
    if (fraction != kNoMatch) end = fraction;
  }
  size_t exponent = match_exponent(s, end);
  return exponent == kNoMatch ? end : exponent;
}

bool is_imaginary_suffix(Line s, size_t pos) { return pos < s.size() && (s[pos] == 'j' || s[pos] == 'J'); }

bool is_hex_digit(char32_t c) { return is_ascii_digit(c) || (ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f'); }
bool is_binary_digit(char32_t c) { return c == '0' || c == '1'; }
bool is_octal_digit(char32_t c) { return c >= '0' && c <= '7'; }

// 0[xX](?:_?[0-9a-fA-F])+ and its binary and octal siblings.
size_t match_radix_int(Line s, size_t pos, char letter, bool (*is_digit)(char32_t)) {
  if (s[pos] != '0' || pos + 1 >= s.size() || ascii_lower(s[pos + 1]) != static_cast<char32_t>(letter)) return kNoMatch;
  size_t end = pos + 2, groups = 0;
  for (;; ++groups) {
    if (end < s.size() && is_digit(s[end])) {
      end += 1;
    } else if (end + 1 < s.size() && s[end] == '_' && is_digit(s[end + 1])) {
      end += 2;
    } else {
      break;
    }
  }
  return groups > 0 ? end : kNoMatch;
}

// 0(?:_?0)*  |  [1-9](?:_?[0-9])*
size_t match_decimal_int(Line s, size_t pos) {
  if (s[pos] != '0') return match_digits(s, pos);
  size_t end = pos + 1;
  for (;;) {
    if (end < s.size() && s[end] == '0') {
      end += 1;
    } else if (end + 1 < s.size() && s[end] == '_' && s[end + 1] == '0') {
      end += 2;
    } else {
      return end;
    }
  }
}

// Called at a digit, or at '.' followed by a digit: some alternative always matches there.
size_t match_number(Line s, size_t pos) {
  size_t digits = match_digits(s, pos);
  if (digits != kNoMatch && is_imaginary_suffix(s, digits)) return digits + 1;
  // A point float needs '.' after the digits and an exponent float needs 'e': at most one of
  // them matches, so trying them in turn is what the regex's backtracking amounts to.
  size_t number = match_pointfloat(s, pos);
  if (number == kNoMatch && digits != kNoMatch) number = match_exponent(s, digits);
  if (number != kNoMatch) return is_imaginary_suffix(s, number) ? number + 1 : number;
  for (size_t end : {match_radix_int(s, pos, 'x', is_hex_digit), match_radix_int(s, pos, 'b', is_binary_digit),
                     match_radix_int(s, pos, 'o', is_octal_digit)}) {
    if (end != kNoMatch) return end;
  }
  return match_decimal_int(s, pos);
}

// ---------------------------------------------------------------------------------------------
// Strings

bool is_quote(char32_t c) { return c == '\'' || c == '"'; }

// Length of a valid string prefix (b, r, u, f, br, fr in any order and case) at `pos` that is
// followed by a quote, or -1.
int string_prefix_length(Line s, size_t pos) {
  for (size_t k = 0; k <= 2 && pos + k < s.size(); ++k) {
    if (!is_quote(s[pos + k])) continue;
    if (k == 0) return 0;
    char32_t a = ascii_lower(s[pos]);
    if (k == 1) return a == 'b' || a == 'r' || a == 'u' || a == 'f' ? 1 : -1;
    char32_t b = ascii_lower(s[pos + 1]);
    bool valid = (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
    return valid ? 2 : -1;
  }
  return -1;
}

// The first line of a ' or " string, from just after its opening quote: ends at the closing
// quote, or after a backslash-newline (the string continues); a bare newline or the end of
// the line is no match. Backslash-CR-LF continues the string, but a backslash before a lone
// CR only escapes it.
size_t match_quoted_first_line(Line s, size_t pos, char32_t quote) {
  while (pos < s.size()) {
    char32_t c = s[pos];
    if (c == quote) return pos + 1;
    if (c == '\n') return kNoMatch;
    if (c == '\\') {
      if (pos + 1 >= s.size()) return kNoMatch;
      if (s[pos + 1] == '\n') return pos + 2;
      if (s[pos + 1] == '\r' && pos + 2 < s.size() && s[pos + 2] == '\n') return pos + 3;
      pos += 2;
    } else {
      pos += 1;
    }
  }
  return kNoMatch;
}

}  // namespace

// str.isidentifier() of one character: what makes a \w+ match a NAME rather than an OP.
bool is_identifier_start(char32_t c) {
  if (c < 0x80) return is_ascii_alpha(c) || c == '_';
  return unicode::is_xid_start(c);
}

// The rest of a string from `pos` up to its closing quote(s) (tokenize's endpats). Unlike the
// first-line matcher, newlines are ordinary characters here, but a backslash cannot escape
// one: a line ending in backslash-newline never matches.
size_t match_string_tail(Line s, size_t pos, char32_t quote, bool triple) {
  while (pos < s.size()) {
    char32_t c = s[pos];
    if (c == '\\') {
      if (pos + 1 >= s.size() || s[pos + 1] == '\n') return kNoMatch;
      pos += 2;
      continue;
    }
    if (c == quote && (!triple || (pos + 2 < s.size() && s[pos + 1] == quote && s[pos + 2] == quote))) {
      return pos + (triple ? 3 : 1);
    }
    pos += 1;
  }
  return kNoMatch;
}

bool ends_with_line_continuation(Line s) {
  size_t n = s.size();
  return (n >= 2 && s[n - 2] == '\\' && s[n - 1] == '\n') ||
         (n >= 3 && s[n - 3] == '\\' && s[n - 2] == '\r' && s[n - 1] == '\n');
}

// ---------------------------------------------------------------------------------------------
// The pseudo-token: optional blanks, then the first of tokenize's alternatives that matches.

PseudoMatch match_pseudo_token(Line s, size_t pos) {
  size_t n = s.size();
  while (pos < n && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\f')) ++pos;
  PseudoMatch m;
  m.start = pos;
  if (pos == n) {
    m.piece = Piece::kEnd;
    m.end = pos;
    return m;
  }
  char32_t c = s[pos];
  auto found = [&](Piece piece, size_t end) {
    m.piece = piece;
    m.end = end;
    return m;
  };
  if (c == '\\') {
    if (pos + 1 < n && s[pos + 1] == '\n') return found(Piece::kContinuation, pos + 2);
    if (pos + 2 < n && s[pos + 1] == '\r' && s[pos + 2] == '\n') return found(Piece::kContinuation, pos + 3);
    return m;
  }
  if (c == '#') {
    size_t end = pos + 1;
    while (end < n && s[end] != '\r' && s[end] != '\n') ++end;
    return found(Piece::kComment, end);
  }
  if (c == '\n') return found(Piece::kNewline, pos + 1);
  if (c == '\r') return pos + 1 < n && s[pos + 1] == '\n' ? found(Piece::kNewline, pos + 2) : m;
  if (is_ascii_digit(c) || (c == '.' && pos + 1 < n && is_ascii_digit(s[pos + 1]))) {
    return found(Piece::kNumber, match_number(s, pos));
  }
  if (int prefix = string_prefix_length(s, pos); prefix >= 0) {
    size_t q = pos + static_cast<size_t>(prefix);
    m.quote = s[q];
    if (q + 2 < n && s[q + 1] == m.quote && s[q + 2] == m.quote) return found(Piece::kTripleQuote, q + 3);
    size_t end = match_quoted_first_line(s, q + 1, m.quote);
    if (end != kNoMatch) return found(Piece::kString, end);
    // An unterminated string: its prefix letters, if any, still match as a name.
  }
  if (OperatorMatch op = match_operator(s, pos); op.length > 0) {
    m.kind = op.kind;
    return found(Piece::kOperator, pos + op.length);
  }
  if (is_word(c)) {
    size_t end = pos + 1;
    while (end < n && is_word(s[end])) ++end;
    return found(Piece::kName, end);
  }
  return m;
}

}  // namespace glasspy::lex::tokenize_detail
