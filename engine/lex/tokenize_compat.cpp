// Emulation of CPython 3.11's pure-Python `tokenize` module (lexing stage): the same tokens,
// positions, ERRORTOKENs and error texts, from hand-written matchers that reproduce what its
// regular expressions match (first alternative that matches wins, not the longest).
#include "lex/tokenize_compat.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "text/utf8.h"
#include "unicode/char_class.h"
#include "unicode/char_props.h"

namespace glasspy::lex {
namespace {

constexpr size_t kNoMatch = static_cast<size_t>(-1);
constexpr int64_t kTabSize = 8;  // tokenize.tabsize
using Line = std::u32string_view;

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

// str.isidentifier() of one character: what makes a \w+ match a NAME rather than an OP.
bool is_identifier_start(char32_t c) {
  if (c < 0x80) return is_ascii_alpha(c) || c == '_';
  return unicode::is_xid_start(c);
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

enum class Piece : uint8_t {
  kNone,          // nothing matches: the character becomes an ERRORTOKEN
  kEnd,           // only blanks were left (the regex's \Z)
  kContinuation,  // backslash-newline
  kComment,
  kTripleQuote,   // prefix and opening triple quote
  kNumber,
  kNewline,
  kOperator,
  kString,        // a whole ' or " string, or its first line up to a backslash-newline
  kName,          // \w+ (a NAME only if its first character may start an identifier)
};

struct PseudoMatch {
  Piece piece = Piece::kNone;
  size_t start = 0, end = 0;
  char32_t quote = 0;                // for kTripleQuote and kString
  TokenKind kind = TokenKind::OP;    // for kOperator
};

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

// ---------------------------------------------------------------------------------------------
// Source decoding, as tokenize.detect_encoding and the per-line bytes.decode() do it.

// How a codec is treated. UTF-8, Latin-1, ASCII and Windows-1252 are decoded in full; for
// the other ASCII-compatible codecs pure-ASCII lines decode to themselves, which covers the
// usual file that declares a legacy encoding but is written in ASCII.
enum class Codec : uint8_t {
  kUtf8,
  kUtf8Sig,          // utf_8_sig reached without tokenize's name normalisation: drops a BOM per line
  kLatin1,
  kAscii,
  kCp1252,           // Windows-1252, the most common legacy encoding of Python sources
  kAsciiCompatible,  // decoded for ASCII lines only
  kNotText,          // rot13, base64...: bytes.decode() refuses them
  kUndefined,        // the 'undefined' codec: every decode fails
  kUnsupported,      // a real codec that glasspy cannot decode (UTF-16, EBCDIC...)
  kUtf8Escaped,      // standard input: UTF-8 with surrogateescape
};

// Every name codecs.lookup() accepts on Linux (after its normalisation), by treatment: alias
// keys of encodings.aliases, then codec module names that are not alias keys. Generated from
// CPython 3.11's encodings package; the distinction matters for names containing '.'.
struct CodecNames {
  Codec codec;
  const char* aliases;
  const char* modules;
};
constexpr CodecNames kCodecNames[] = {
    {Codec::kUtf8,
     "cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4",
     "utf_8"},
    {Codec::kUtf8Sig,
     "",
     "utf_8_sig"},
    {Codec::kLatin1,
     "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 "
     "iso_ir_100 l1 latin latin1",
     "charmap latin_1"},
    {Codec::kAscii,
     "646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us "
     "iso_646.irv_1991 iso_ir_6 us us_ascii",
     "ascii"},
    {Codec::kCp1252, "1252 windows_1252", "cp1252"},
    {Codec::kAsciiCompatible,
     "1125 1250 1251 1253 1254 1255 1256 1257 1258 437 775 850 852 855 857 858 860 861 "
     "862 863 865 866 869 932 936 949 950 arabic asmo_708 big5_hkscs big5_tw chinese "
     "cp1051 cp1361 cp154 cp866u cp936 cp_gr cp_is csbig5 csibm855 csibm857 csibm858 "
     "csibm860 csibm861 csibm863 csibm865 csibm866 csibm869 csiso58gb231280 csisolatin2 "
     "csisolatin3 csisolatin4 csisolatin5 csisolatin6 csisolatinarabic csisolatincyrillic "
     "csisolatingreek csisolatinhebrew cskoi8r cspc775baltic cspc850multilingual "
     "cspc862latinhebrew cspc8codepage437 cspcp852 csptcp154 csshiftjis cyrillic "
     "cyrillic_asian ecma_114 ecma_118 elot_928 euc_cn euc_jis2004 euccn eucgb2312_cn "
     "eucjis2004 eucjisx0213 eucjp euckr gb18030_2000 gb2312_1980 gb2312_80 greek greek8 "
     "hebrew hkscs ibm1051 ibm1125 ibm437 ibm775 ibm850 ibm852 ibm855 ibm857 ibm858 "
     "ibm860 ibm861 ibm862 ibm863 ibm865 ibm866 ibm869 iso_8859_10 iso_8859_10_1992 "
     "iso_8859_11 iso_8859_11_2001 iso_8859_13 iso_8859_14 iso_8859_14_1998 iso_8859_15 "
     "iso_8859_16 iso_8859_16_2001 iso_8859_2 iso_8859_2_1987 iso_8859_3 iso_8859_3_1988 "
     "iso_8859_4 iso_8859_4_1988 iso_8859_5 iso_8859_5_1988 iso_8859_6 iso_8859_6_1987 "
     "iso_8859_7 iso_8859_7_1987 iso_8859_8 iso_8859_8_1988 iso_8859_9 iso_8859_9_1989 "
     "iso_celtic iso_ir_101 iso_ir_109 iso_ir_110 iso_ir_126 iso_ir_127 iso_ir_138 "
     "iso_ir_144 iso_ir_148 iso_ir_157 iso_ir_166 iso_ir_199 iso_ir_226 iso_ir_58 "
     "jisx0213 korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 kz_1048 l10 l2 "
     "l3 l4 l5 l6 l7 l8 l9 latin10 latin2 latin3 latin4 latin5 latin6 latin7 latin8 "
     "latin9 mac_centeuro maccentraleurope maccyrillic macgreek maciceland macintosh "
     "maclatin2 macroman macturkish ms1361 ms932 ms936 ms949 ms950 ms_kanji mskanji pt154 "
     "r8 rk1048 roman8 ruscii s_jis shiftjis sjis strk1048_2002 thai tis620 tis_620_0 "
     "tis_620_2529_0 tis_620_2529_1 u_jis uhc ujis windows_1250 windows_1251 windows_1253 "
     "windows_1254 windows_1255 windows_1256 windows_1257 windows_1258 x_mac_japanese "
     "x_mac_korean x_mac_simp_chinese x_mac_trad_chinese",
     "big5 big5hkscs cp1006 cp1125 cp1250 cp1251 cp1253 cp1254 cp1255 cp1256 cp1257 "
     "cp1258 cp437 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858 cp860 cp861 "
     "cp862 cp863 cp865 cp866 cp869 cp874 cp932 cp949 cp950 euc_jis_2004 euc_jisx0213 "
     "euc_jp euc_kr gb18030 gb2312 gbk hp_roman8 iso8859_10 iso8859_11 iso8859_13 "
     "iso8859_14 iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 "
     "iso8859_7 iso8859_8 iso8859_9 johab koi8_r koi8_t koi8_u kz1048 mac_arabic "
     "mac_croatian mac_cyrillic mac_farsi mac_greek mac_iceland mac_latin2 mac_roman "
     "mac_romanian mac_turkish palmos ptcp154 shift_jis tis_620"},
    {Codec::kNotText,
     "base64 base_64 bz2 hex quopri quoted_printable quotedprintable rot13 uu zip zlib",
     "base64_codec bz2_codec hex_codec quopri_codec rot_13 uu_codec zlib_codec"},
    {Codec::kUndefined,
     "",
     "undefined"},
    {Codec::kUnsupported,
     "037 1026 1140 273 424 500 864 csibm037 csibm1026 csibm273 csibm424 csibm500 "
     "csibm864 csiso2022jp csiso2022kr ebcdic_cp_be ebcdic_cp_ca ebcdic_cp_ch "
     "ebcdic_cp_he ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt hz_gb hz_gb_2312 hzgb ibm037 "
     "ibm039 ibm1026 ibm1140 ibm273 ibm424 ibm500 ibm864 iso2022jp iso2022jp_1 "
     "iso2022jp_2 iso2022jp_2004 iso2022jp_3 iso2022jp_ext iso2022kr iso_2022_jp "
     "iso_2022_jp_1 iso_2022_jp_2 iso_2022_jp_2004 iso_2022_jp_3 iso_2022_jp_ext "
     "iso_2022_kr s_jis_2004 s_jisx0213 shiftjis2004 shiftjisx0213 sjis_2004 sjisx0213 "
     "u16 u32 u7 unicode_1_1_utf_7 unicodebigunmarked unicodelittleunmarked utf16 utf32 "
     "utf7 utf_16be utf_16le utf_32be utf_32le",
     "cp037 cp1026 cp1140 cp273 cp424 cp500 cp864 cp875 hz idna iso2022_jp iso2022_jp_1 "
     "iso2022_jp_2 iso2022_jp_2004 iso2022_jp_3 iso2022_jp_ext iso2022_kr punycode "
     "raw_unicode_escape shift_jis_2004 shift_jisx0213 unicode_escape utf_16 utf_16_be "
     "utf_16_le utf_32 utf_32_be utf_32_le utf_7"},
};

bool name_in_list(std::string_view list, std::string_view name) {
  while (!list.empty()) {
    size_t space = list.find(' ');
    if (list.substr(0, space) == name) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

// codecs.lookup(name): lower-cased, runs of punctuation collapsed to '_' and trimmed (names
// here come from a cookie, so only '-', '_' and '.' occur), then the alias and module tables;
// a name with dots may also match an alias with the dots turned into underscores.
bool lookup_codec(std::string_view name, Codec& codec) {
  std::string normal;
  bool punct = false;
  for (char c : name) {
    if (is_ascii_alpha(static_cast<unsigned char>(c)) || is_ascii_digit(static_cast<unsigned char>(c)) || c == '.') {
      if (punct && !normal.empty()) normal += '_';
      normal += static_cast<char>(ascii_lower(static_cast<unsigned char>(c)));
      punct = false;
    } else {
      punct = true;
    }
  }
  std::string undotted = normal;
  std::replace(undotted.begin(), undotted.end(), '.', '_');
  for (const CodecNames& entry : kCodecNames) {
    bool module = normal.find('.') == std::string::npos && name_in_list(entry.modules, normal);
    if (name_in_list(entry.aliases, normal) || name_in_list(entry.aliases, undotted) || module) {
      codec = entry.codec;
      return true;
    }
  }
  return false;
}

// tokenize's _get_normal_name: the spellings of UTF-8 and Latin-1 it canonicalises.
std::string normal_encoding_name(std::string_view name) {
  std::string head;
  for (char c : name.substr(0, 12)) head += c == '_' ? '-' : static_cast<char>(ascii_lower(static_cast<unsigned char>(c)));
  auto is_or_starts = [&](std::string_view base) {
    return head == base || (head.size() > base.size() && head.compare(0, base.size(), base) == 0 && head[base.size()] == '-');
  };
  if (is_or_starts("utf-8")) return "utf-8";
  if (is_or_starts("latin-1") || is_or_starts("iso-8859-1") || is_or_starts("iso-latin-1")) return "iso-8859-1";
  return std::string(name);
}

// The name captured by ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) (ASCII \w), or empty.
std::string_view find_cookie_name(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return {};
  auto is_name_char = [](char c) {
    auto u = static_cast<unsigned char>(c);
    return is_ascii_alpha(u) || is_ascii_digit(u) || c == '_' || c == '-' || c == '.';
  };
  for (size_t k = i + 1; k + 7 <= line.size() && line[k] != '\n'; ++k) {
    if (line.compare(k, 6, "coding") != 0 || (line[k + 6] != ':' && line[k + 6] != '=')) continue;
    size_t begin = k + 7;
    while (begin < line.size() && (line[begin] == ' ' || line[begin] == '\t')) ++begin;
    size_t end = begin;
    while (end < line.size() && is_name_char(line[end])) ++end;
    if (end > begin) return line.substr(begin, end - begin);
  }
  return {};
}

// blank_re: only blanks, then a comment, a line end or nothing.
bool is_blank_line(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  return i == line.size() || line[i] == '#' || line[i] == '\r' || line[i] == '\n';
}

std::string_view first_line(std::string_view bytes) {
  size_t newline = bytes.find('\n');
  return newline == std::string_view::npos ? bytes : bytes.substr(0, newline + 1);
}

// What detect_encoding decided, or the SyntaxError it raised.
struct EncodingChoice {
  bool ok = true;
  std::string name = "utf-8";  // the ENCODING token's text
  Codec codec = Codec::kUtf8;
  size_t bom_length = 0;
  std::string error;
};

// find_cookie for one line; `file_repr` is repr(filename), or null when tokenize has none.
// Returns false on a SyntaxError; sets `found` when the line declares an encoding.
bool find_cookie(std::string_view line, bool bom, const std::string* file_repr, EncodingChoice& choice, bool& found) {
  found = false;
  std::string for_file = file_repr ? " for " + *file_repr : "";
  if (!text::is_valid_utf8(line)) {
    choice.error = "invalid or missing encoding declaration" + for_file;
    return false;
  }
  std::string_view cookie = find_cookie_name(line);
  if (cookie.empty()) return true;
  std::string name = normal_encoding_name(cookie);
  if (!lookup_codec(name, choice.codec)) {
    choice.error = "unknown encoding" + for_file + ": " + name;
    return false;
  }
  if (bom && name != "utf-8") {
    choice.error = "encoding problem" + for_file + ": utf-8";
    return false;
  }
  choice.name = name;
  found = true;
  return true;
}

EncodingChoice detect_encoding(std::string_view bytes, const std::string* file_repr) {
  EncodingChoice choice;
  bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) {
    choice.bom_length = 3;
    bytes.remove_prefix(3);
  }
  std::string_view first = first_line(bytes);
  if (first.empty()) return choice;
  bool found;
  choice.ok = find_cookie(first, bom, file_repr, choice, found);
  if (!choice.ok || found || !is_blank_line(first)) return choice;
  std::string_view second = first_line(bytes.substr(first.size()));
  if (!second.empty()) choice.ok = find_cookie(second, bom, file_repr, choice, found);
  return choice;
}

// A decoding failure, worded as Python words the exception.
struct DecodeFailure {
  std::string type;
  std::string message;
  std::string_view codec_frame = {};  // the codec's own traceback frame, for codecs written in Python
};

// Tracebacks below are what python3 prints when decoding a line fails: CPython 3.11.7 as
// installed under pyenv, the reference interpreter here. They name that installation's files
// and line numbers; "{lib}" stands for its library folder (see kPythonLib).
constexpr std::string_view kUtf8SigFrame =
    "  File \"{lib}/encodings/utf_8_sig.py\", line 23, in decode\n"
    "    (output, consumed) = codecs.utf_8_decode(input, errors, True)\n"
    "                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n";
constexpr std::string_view kCp1252Frame =
    "  File \"{lib}/encodings/cp1252.py\", line 15, in decode\n"
    "    return codecs.charmap_decode(input,errors,decoding_table)\n"
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n";

// Windows-1252 bytes 0x80..0x9F (the rest is Latin-1); 0 marks the five undefined bytes.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string hex_byte(unsigned char b) {
  const char* digits = "0123456789abcdef";
  return std::string("0x") + digits[b >> 4] + digits[b & 15];
}

// Python's UnicodeDecodeError text for bytes [start, end) of the decoded chunk.
std::string decode_error_text(std::string_view codec, std::string_view bytes, size_t start, size_t end,
                              std::string_view reason) {
  std::string text = "'";
  text.append(codec).append("' codec can't decode ");
  if (end - start == 1) {
    text.append("byte ").append(hex_byte(static_cast<unsigned char>(bytes[start])));
    text.append(" in position ").append(std::to_string(start));
  } else {
    text.append("bytes in position ").append(std::to_string(start)).append("-").append(std::to_string(end - 1));
  }
  return text.append(": ").append(reason);
}

// Where CPython's strict UTF-8 decoder reports the first error of a chunk that `pos` starts:
// an invalid start byte, the valid prefix of a sequence cut by a bad continuation byte, or a
// sequence cut by the end of the data.
std::string utf8_error_text(std::string_view bytes, size_t pos) {
  auto at = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
  unsigned char lead = at(pos);
  size_t need;
  unsigned char low = 0x80, high = 0xBF;  // the range allowed for the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return decode_error_text("utf-8", bytes, pos, pos + 1, "invalid start byte");
  }
  for (size_t k = 1; k <= need; ++k) {
    if (pos + k >= bytes.size()) return decode_error_text("utf-8", bytes, pos, bytes.size(), "unexpected end of data");
    unsigned char b = at(pos + k);
    bool ok = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
    if (!ok) return decode_error_text("utf-8", bytes, pos, pos + k, "invalid continuation byte");
  }
  return decode_error_text("utf-8", bytes, pos, pos + 1, "invalid start byte");  // unreachable for bad input
}

// Decodes one line (`bytes`, '\n' included) onto `out`; false with `failure` set if the codec
// raises. `encoding` is the name tokenize passes to bytes.decode().
bool decode_line(std::string_view bytes, Codec codec, std::string_view encoding, std::u32string& out,
                 DecodeFailure& failure) {
  auto quoted = [&] { return std::string("'").append(encoding).append("'"); };
  switch (codec) {
    case Codec::kUtf8Sig:
      if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
      [[fallthrough]];
    case Codec::kUtf8:
    case Codec::kUtf8Escaped:
      for (size_t pos = 0; pos < bytes.size();) {
        auto b = static_cast<unsigned char>(bytes[pos]);
        if (b < 0x80) {
          out += b;
          ++pos;
          continue;
        }
        text::Decoded d = text::decode_utf8(bytes, pos);
        if (d.code_point != text::kInvalidCodePoint) {
          out += d.code_point;
          pos += d.length;
        } else if (codec == Codec::kUtf8Escaped) {
          out += static_cast<char32_t>(0xDC00 + b);  // surrogateescape, one byte at a time
          ++pos;
        } else {
          failure = {"UnicodeDecodeError", utf8_error_text(bytes, pos), codec == Codec::kUtf8Sig ? kUtf8SigFrame : ""};
          return false;
        }
      }
      return true;
    case Codec::kLatin1:
      for (char c : bytes) out += static_cast<unsigned char>(c);
      return true;
    case Codec::kCp1252:
      for (size_t pos = 0; pos < bytes.size(); ++pos) {
        auto b = static_cast<unsigned char>(bytes[pos]);
        char32_t c = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : b;
        if (c == 0) {
          failure = {"UnicodeDecodeError",
                     decode_error_text("charmap", bytes, pos, pos + 1, "character maps to <undefined>"), kCp1252Frame};
          return false;
        }
        out += c;
      }
      return true;
    case Codec::kAscii:
    case Codec::kAsciiCompatible:
      for (size_t pos = 0; pos < bytes.size(); ++pos) {
        auto b = static_cast<unsigned char>(bytes[pos]);
        if (b >= 0x80) {
          if (codec == Codec::kAscii) {
            failure = {"UnicodeDecodeError",
                       decode_error_text("ascii", bytes, pos, pos + 1, "ordinal not in range(128)")};
          } else {
            failure = {"UnsupportedEncoding", "glasspy can only decode the ASCII subset of " + quoted()};
          }
          return false;
        }
        out += b;
      }
      return true;
    case Codec::kNotText:
      failure = {"LookupError", quoted() + " is not a text encoding; use codecs.decode() to handle arbitrary codecs"};
      return bytes.empty();
    case Codec::kUndefined:
      failure = {"UnicodeError", "decoding with " + quoted() + " codec failed (UnicodeError: undefined encoding)"};
      return bytes.empty();
    case Codec::kUnsupported:
      failure = {"UnsupportedEncoding", "glasspy cannot decode source encoded as " + quoted()};
      return bytes.empty();
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The tokenizer proper.

// A token by offsets into the decoded text (copying strings is left to the callers that need it).
struct RawToken {
  TokenKind type, exact_type;
  size_t text_begin, text_end;
  int start_row, start_col, end_row, end_col;
  size_t line_begin, line_end;  // TokenInfo.line: one physical line, or several for a string
};

// Everything one tokenize run produced.
struct Run {
  std::u32string text;   // the decoded lines read so far, back to back
  std::string encoding;  // the ENCODING token's text (the first token, when reading a file)
  std::vector<RawToken> tokens;
  bool failed = false;
  TokenizeError error;
  std::string_view codec_frame;  // see DecodeFailure
};

// tokenize._tokenize over lines handed out like readline(): split after '\n' only (reading
// bytes, a lone '\r' ends nothing) and decoded one at a time, so a bad byte is reported only
// when its line is reached, after the tokens before it.
class Tokenizer {
 public:
  Tokenizer(std::string_view bytes, Codec codec, std::string_view encoding, Run& run)
      : bytes_(bytes), codec_(codec), encoding_(encoding), run_(run) {
    run_.text.reserve(bytes.size() + 1);  // never more code points than bytes: views stay valid
  }

  void tokenize();

 private:
  struct Span {
    size_t begin = 0, end = 0;
    size_t size() const { return end - begin; }
  };

  bool read_line(Span& line);
  Line view(Span span) const { return Line(run_.text.data() + span.begin, span.size()); }
  void emit(TokenKind type, Span text, int start_row, int start_col, int end_row, int end_col, Span line,
            TokenKind exact_type);
  void emit(TokenKind type, Span text, int start_row, int start_col, int end_row, int end_col, Span line) {
    emit(type, text, start_row, start_col, end_row, end_col, line, type);
  }
  void fail(const char* type, std::string message, int line, int col);
  bool continue_string(Span line, size_t& pos);
  bool start_statement(Span line, size_t& pos);
  void scan_tokens(Span line, size_t pos);
  void finish(Span last_line);

  std::string_view bytes_;
  size_t next_byte_ = 0;
  Codec codec_;
  std::string_view encoding_;
  Run& run_;

  int lnum_ = 0;
  int parenlev_ = 0;  // may go negative on stray closing brackets, as in tokenize
  bool continued_ = false;
  std::vector<int64_t> indents_{0};

  // A string spanning lines (tokenize's contstr/contline/strstart/endprog).
  bool in_string_ = false;
  bool needcont_ = false;  // sticky: an unfinished ' string leaves it set (see continue_string)
  char32_t quote_ = 0;
  bool triple_ = false;
  size_t string_begin_ = 0, string_line_begin_ = 0;
  int string_row_ = 0, string_col_ = 0;
};

bool Tokenizer::read_line(Span& line) {
  line.begin = line.end = run_.text.size();
  if (next_byte_ >= bytes_.size()) return true;  // end of input: the empty line
  size_t newline = bytes_.find('\n', next_byte_);
  size_t end = newline == std::string_view::npos ? bytes_.size() : newline + 1;
  std::string_view chunk = bytes_.substr(next_byte_, end - next_byte_);
  next_byte_ = end;
  DecodeFailure failure;
  if (!decode_line(chunk, codec_, encoding_, run_.text, failure)) {
    run_.failed = true;
    run_.error = {failure.type, failure.message, 0, 0};
    run_.codec_frame = failure.codec_frame;
    return false;
  }
  line.end = run_.text.size();
  return true;
}

void Tokenizer::emit(TokenKind type, Span text, int start_row, int start_col, int end_row, int end_col, Span line,
                     TokenKind exact_type) {
  run_.tokens.push_back(
      {type, exact_type, text.begin, text.end, start_row, start_col, end_row, end_col, line.begin, line.end});
}

void Tokenizer::fail(const char* type, std::string message, int line, int col) {
  run_.failed = true;
  run_.error = {type, std::move(message), line, col};
}

void Tokenizer::tokenize() {
  Span line, last_line;
  for (;;) {
    last_line = line;
    if (!read_line(line)) return;
    ++lnum_;
    size_t pos = 0;
    if (in_string_) {
      if (!continue_string(line, pos)) return;
      if (pos == kNoMatch) continue;
    } else if (parenlev_ == 0 && !continued_) {
      if (line.size() == 0) break;
      if (!start_statement(line, pos)) return;
      if (pos == kNoMatch) continue;
      if (pos == line.size()) break;  // a last line of blanks without a newline
    } else {
      if (line.size() == 0) return fail("TokenError", "EOF in multi-line statement", lnum_, 0);
      continued_ = false;
    }
    scan_tokens(line, pos);
  }
  finish(last_line);
}

// The next line of a multi-line string. Returns false on error; otherwise `pos` is where
// tokens resume if the string ended, or kNoMatch if the whole line was used.
bool Tokenizer::continue_string(Span line, size_t& pos) {
  Line s = view(line);
  if (s.empty()) {
    fail("TokenError", "EOF in multi-line string", string_row_, string_col_);
    return false;
  }
  size_t end = match_string_tail(s, 0, quote_, triple_);
  if (end != kNoMatch) {
    emit(TokenKind::STRING, {string_begin_, line.begin + end}, string_row_, string_col_, lnum_,
         static_cast<int>(end), {string_line_begin_, line.end});
    in_string_ = needcont_ = false;
    pos = end;
  } else if (needcont_ && !ends_with_line_continuation(s)) {
    // A ' string whose line did not end in a backslash: the lines so far become one
    // ERRORTOKEN. tokenize leaves needcont set here, so a later multi-line triple-quoted
    // string errors out the same way at its first line without a backslash.
    emit(TokenKind::ERRORTOKEN, {string_begin_, line.end}, string_row_, string_col_, lnum_,
         static_cast<int>(s.size()), {string_line_begin_, line.begin});
    in_string_ = false;
    pos = kNoMatch;
  } else {
    pos = kNoMatch;
  }
  return true;
}

// Indentation, blank lines and comment-only lines at the start of a statement. Returns false
// on error; `pos` is where tokens start, or kNoMatch if the line was blank.
bool Tokenizer::start_statement(Span line, size_t& pos) {
  Line s = view(line);
  int64_t column = 0;
  for (; pos < s.size(); ++pos) {
    if (s[pos] == ' ') {
      column += 1;
    } else if (s[pos] == '\t') {
      column = (column / kTabSize + 1) * kTabSize;
    } else if (s[pos] == '\f') {
      column = 0;
    } else {
      break;
    }
  }
  if (pos == s.size()) return true;
  auto col = static_cast<int>(pos);
  if (s[pos] == '#' || s[pos] == '\r' || s[pos] == '\n') {
    size_t rest = pos;
    if (s[pos] == '#') {
      // Here the comment runs to the last CR/LF of the line (a lone CR stays inside it),
      // unlike a comment after code, which stops at the first CR or LF.
      size_t end = s.size();
      while (s[end - 1] == '\r' || s[end - 1] == '\n') --end;
      emit(TokenKind::COMMENT, {line.begin + pos, line.begin + end}, lnum_, col, lnum_, static_cast<int>(end), line);
      rest = end;
    }
    emit(TokenKind::NL, {line.begin + rest, line.end}, lnum_, static_cast<int>(rest), lnum_,
         static_cast<int>(s.size()), line);
    pos = kNoMatch;
    return true;
  }
  if (column > indents_.back()) {
    indents_.push_back(column);
    emit(TokenKind::INDENT, {line.begin, line.begin + pos}, lnum_, 0, lnum_, col, line);
  }
  while (column < indents_.back()) {
    if (std::find(indents_.begin(), indents_.end(), column) == indents_.end()) {
      fail("IndentationError", "unindent does not match any outer indentation level", lnum_, col);
      return false;
    }
    indents_.pop_back();
    emit(TokenKind::DEDENT, {line.begin + pos, line.begin + pos}, lnum_, col, lnum_, col, line);
  }
  return true;
}

void Tokenizer::scan_tokens(Span line, size_t pos) {
  Line s = view(line);
  while (pos < s.size()) {
    PseudoMatch m = match_pseudo_token(s, pos);
    if (m.piece == Piece::kNone) {
      // tokenize retries one character further on, so each blank before the unmatched
      // character fails the same way: all of them are ERRORTOKENs (done here without
      // rescanning the blanks, which would be quadratic in a long run of them).
      for (; pos <= m.start; ++pos) {
        emit(TokenKind::ERRORTOKEN, {line.begin + pos, line.begin + pos + 1}, lnum_, static_cast<int>(pos), lnum_,
             static_cast<int>(pos + 1), line);
      }
      continue;
    }
    pos = m.end;
    Span text{line.begin + m.start, line.begin + m.end};
    auto start = static_cast<int>(m.start), end = static_cast<int>(m.end);
    auto simple = [&](TokenKind type) { emit(type, text, lnum_, start, lnum_, end, line); };
    switch (m.piece) {
      case Piece::kNone:
      case Piece::kEnd:
        break;
      case Piece::kContinuation:
        continued_ = true;
        break;
      case Piece::kNumber:
        simple(TokenKind::NUMBER);
        break;
      case Piece::kNewline:
        simple(parenlev_ > 0 ? TokenKind::NL : TokenKind::NEWLINE);
        break;
      case Piece::kComment:
        simple(TokenKind::COMMENT);
        break;
      case Piece::kName:
        // A \w+ run that cannot start an identifier (say '²' or '٣') is reported as an OP.
        simple(is_identifier_start(s[m.start]) ? TokenKind::NAME : TokenKind::OP);
        break;
      case Piece::kOperator:
        if (m.kind == TokenKind::LPAR || m.kind == TokenKind::LSQB || m.kind == TokenKind::LBRACE) ++parenlev_;
        if (m.kind == TokenKind::RPAR || m.kind == TokenKind::RSQB || m.kind == TokenKind::RBRACE) --parenlev_;
        emit(TokenKind::OP, text, lnum_, start, lnum_, end, line, m.kind);
        break;
      case Piece::kTripleQuote:
      case Piece::kString: {
        bool triple = m.piece == Piece::kTripleQuote;
        if (triple) {
          size_t close = match_string_tail(s, m.end, m.quote, true);
          if (close != kNoMatch) {
            pos = close;
            emit(TokenKind::STRING, {text.begin, line.begin + close}, lnum_, start, lnum_, static_cast<int>(close), line);
            break;
          }
        } else if (s[m.end - 1] != '\n') {
          simple(TokenKind::STRING);
          break;
        }
        // The string goes on over the next lines; the rest of this line is part of it.
        in_string_ = true;
        triple_ = triple;
        quote_ = m.quote;
        if (!triple) needcont_ = true;
        string_begin_ = text.begin;
        string_line_begin_ = line.begin;
        string_row_ = lnum_;
        string_col_ = start;
        return;
      }
    }
  }
}

// After the last line: tokenize adds a NEWLINE when the input does not end with one (unless
// the last line is a comment), closes the open indents and ends with ENDMARKER.
void Tokenizer::finish(Span last_line) {
  Line last = view(last_line);
  if (!last.empty() && last.back() != '\r' && last.back() != '\n') {
    size_t first = 0;
    while (first < last.size() && unicode::is_space(last[first])) ++first;
    if (first == last.size() || last[first] != '#') {
      auto width = static_cast<int>(last.size());
      emit(TokenKind::NEWLINE, {}, lnum_ - 1, width, lnum_ - 1, width + 1, {});
    }
  }
  for (size_t i = 1; i < indents_.size(); ++i) emit(TokenKind::DEDENT, {}, lnum_, 0, lnum_, 0, {});
  emit(TokenKind::ENDMARKER, {}, lnum_, 0, lnum_, 0, {});
}

// tokenize.tokenize(readline) over a file's bytes; `file_repr` as in find_cookie.
Run tokenize_file(std::string_view source, const std::string* file_repr) {
  Run run;
  EncodingChoice choice = detect_encoding(source, file_repr);
  if (!choice.ok) {
    run.failed = true;
    run.error = {"SyntaxError", choice.error, 0, 0};
    return run;
  }
  // "utf-8-sig" (a BOM) is reported and decoded as "utf-8", the BOM having been skipped.
  run.encoding = choice.name;
  run.tokens.push_back({TokenKind::ENCODING, TokenKind::ENCODING, 0, 0, 0, 0, 0, 0, 0, 0});
  Tokenizer(source.substr(choice.bom_length), choice.codec, choice.name, run).tokenize();
  return run;
}

// `python3 -m tokenize` without a file: _tokenize(sys.stdin.readline, None) reads str lines
// (UTF-8 with surrogateescape under the UTF-8 locale, no newline translation): no ENCODING
// token, no coding cookie, a BOM is an ordinary character.
Run tokenize_stdin(std::string_view source) {
  Run run;
  Tokenizer(source, Codec::kUtf8Escaped, "utf-8", run).tokenize();
  return run;
}

// ---------------------------------------------------------------------------------------------
// Output

// Appends repr(s) as Python writes it; returns its length in code points (for padding).
size_t append_repr(std::string& out, Line s) {
  bool has_single = std::find(s.begin(), s.end(), U'\'') != s.end();
  bool has_double = std::find(s.begin(), s.end(), U'"') != s.end();
  char quote = has_single && !has_double ? '"' : '\'';
  size_t width = 2;
  out += quote;
  for (char32_t c : s) {
    const char* digits = "0123456789abcdef";
    auto escape = [&](char letter, int hex_digits) {
      out += '\\';
      out += letter;
      for (int shift = 4 * (hex_digits - 1); shift >= 0; shift -= 4) out += digits[(c >> shift) & 15];
      width += 2 + hex_digits;
    };
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      width += 2;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      out += '\\';
      out += c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
      width += 2;
    } else if (c < 0x7F && c >= 0x20) {
      out += static_cast<char>(c);
      width += 1;
    } else if (unicode::is_printable(c)) {
      text::append_utf8(out, c);
      width += 1;
    } else if (c <= 0xFF) {
      escape('x', 2);
    } else if (c <= 0xFFFF) {
      escape('u', 4);
    } else {
      escape('U', 8);
    }
  }
  out += quote;
  return width;
}

void append_int(std::string& out, int value) {
  char buffer[16];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void pad(std::string& out, size_t width, size_t min_width) {
  if (width < min_width) out.append(min_width - width, ' ');
}

// One line of `python3 -m tokenize`: "%-20s%-15s%-15r" % (range, type name, string).
void append_token_line(std::string& out, const Run& run, const RawToken& token, bool exact_types) {
  size_t mark = out.size();
  append_int(out, token.start_row);
  out += ',';
  append_int(out, token.start_col);
  out += '-';
  append_int(out, token.end_row);
  out += ',';
  append_int(out, token.end_col);
  out += ':';
  pad(out, out.size() - mark, 20);
  std::string_view name = token_kind_name(exact_types ? token.exact_type : token.type);
  out += name;
  pad(out, name.size(), 15);
  size_t width;
  if (token.type == TokenKind::ENCODING) {
    std::u32string encoding(run.encoding.begin(), run.encoding.end());  // an ASCII name
    width = append_repr(out, encoding);
  } else {
    width = append_repr(out, Line(run.text).substr(token.text_begin, token.text_end - token.text_begin));
  }
  pad(out, width, 15);
  out += '\n';
}

// The traceback of an unexpected exception in tokenize's main(), down to the decode() call.
constexpr std::string_view kDecodeTraceback =
    "Traceback (most recent call last):\n"
    "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n"
    "  File \"<frozen runpy>\", line 88, in _run_code\n"
    "  File \"{lib}/tokenize.py\", line 694, in <module>\n"
    "    main()\n"
    "  File \"{lib}/tokenize.py\", line 656, in main\n"
    "    tokens = list(tokenize(f.readline))\n"
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
    "  File \"{lib}/tokenize.py\", line 459, in _tokenize\n"
    "    line = line.decode(encoding)\n"
    "           ^^^^^^^^^^^^^^^^^^^^^\n";

// The 'undefined' codec's error is chained to the one it wraps, which is printed first.
constexpr std::string_view kUndefinedCause =
    "Traceback (most recent call last):\n"
    "  File \"{lib}/encodings/undefined.py\", line 22, in decode\n"
    "    raise UnicodeError(\"undefined encoding\")\n"
    "UnicodeError: undefined encoding\n\n"
    "The above exception was the direct cause of the following exception:\n\n";

constexpr std::string_view kPythonLib = "/root/.pyenv/versions/3.11.7/lib/python3.11";

// Appends a traceback template with "{lib}" replaced by kPythonLib.
void append_traceback(std::string& out, std::string_view lines) {
  for (size_t at; (at = lines.find("{lib}")) != std::string_view::npos; lines.remove_prefix(at + 5)) {
    out.append(lines.substr(0, at)).append(kPythonLib);
  }
  out.append(lines);
}

// Bytes decoded as UTF-8 with surrogateescape, as Python decodes argv and standard input.
std::u32string decode_escaped(std::string_view bytes) {
  std::u32string text;
  DecodeFailure unused;
  (void)decode_line(bytes, Codec::kUtf8Escaped, "utf-8", text, unused);
  return text;
}

// A file name as Python writes it to stderr: decoded with surrogateescape (as argv is), then
// encoded with backslashreplace, so undecodable bytes show as \udcXX.
std::string stderr_text(std::string_view name) {
  std::string text;
  for (char32_t c : decode_escaped(name)) {
    if (c >= 0xDC80 && c <= 0xDCFF) {
      const char* digits = "0123456789abcdef";
      text.append("\\udc").append(1, digits[(c >> 4) & 15]).append(1, digits[c & 15]);
    } else {
      text::append_utf8(text, c);
    }
  }
  return text;
}

// python3 -m tokenize's report of an error on stderr.
std::string format_error(const Run& run, std::string_view display_name) {
  const TokenizeError& error = run.error;
  std::string file = stderr_text(display_name);
  std::string text;
  if (error.type == "TokenError" || error.type == "IndentationError") {
    text.append(file).append(":").append(std::to_string(error.line)).append(":").append(std::to_string(error.col));
    return text.append(": error: ").append(error.message).append("\n");
  }
  if (error.type == "SyntaxError" || error.type == "UnsupportedEncoding") {
    return text.append(file).append(": error: ").append(error.message).append("\n");
  }
  text.append("unexpected error: ").append(error.message).append("\n");
  if (error.type == "UnicodeError") append_traceback(text, kUndefinedCause);
  append_traceback(text, kDecodeTraceback);
  append_traceback(text, run.codec_frame);
  return text.append(error.type).append(": ").append(error.message).append("\n");
}

}  // namespace

TokenizeResult tokenize_source(std::string_view source) {
  Run run = tokenize_file(source, nullptr);
  // The decoded text is converted to UTF-8 once; tokens view it through `offset`, the UTF-8
  // offset of each code point (and of the end), so the whole is linear in the input.
  auto text = std::make_unique<TokenizeText>();
  text->encoding = run.encoding;
  std::vector<size_t> offset;
  offset.reserve(run.text.size() + 1);
  text->source.reserve(run.text.size());
  for (char32_t c : run.text) {
    offset.push_back(text->source.size());
    if (c < 0x80) text->source += static_cast<char>(c); else text::append_utf8(text->source, c);
  }
  offset.push_back(text->source.size());
  std::string_view utf8 = text->source;
  auto slice = [&](size_t begin, size_t end) { return utf8.substr(offset[begin], offset[end] - offset[begin]); };
  TokenizeResult result;
  result.tokens.reserve(run.tokens.size());
  for (const RawToken& t : run.tokens) {
    std::string_view string =
        t.type == TokenKind::ENCODING ? std::string_view(text->encoding) : slice(t.text_begin, t.text_end);
    result.tokens.push_back({t.type, t.exact_type, string, t.start_row, t.start_col, t.end_row, t.end_col,
                             slice(t.line_begin, t.line_end)});
  }
  result.failed = run.failed;
  result.error = run.error;
  result.text = std::move(text);
  return result;
}

TokenizeDump tokenize_dump(std::string_view source, std::string_view display_name, bool exact_types) {
  bool from_stdin = display_name == "<stdin>";
  std::string file_repr;
  append_repr(file_repr, decode_escaped(display_name));
  Run run = from_stdin ? tokenize_stdin(source) : tokenize_file(source, &file_repr);
  TokenizeDump dump;
  // A file's tokens are collected in a list before printing, so an error prints none of them;
  // standard input is printed as it is tokenized.
  if (!run.failed || from_stdin) {
    dump.out.reserve(run.tokens.size() * 64);
    for (const RawToken& token : run.tokens) append_token_line(dump.out, run, token, exact_types);
  }
  if (run.failed) {
    dump.err = format_error(run, display_name);
    dump.exit_status = 1;
  }
  return dump;
}

TokenizeDump tokenize_os_error(int errno_value, std::string_view strerror_text,
                               std::optional<std::string_view> file_name) {
  // str(OSError): "[Errno N] message", then ": " and repr(filename) when it has one.
  TokenizeDump dump;
  dump.err.append("error: [Errno ").append(std::to_string(errno_value)).append("] ").append(strerror_text);
  if (file_name) append_repr(dump.err.append(": "), decode_escaped(*file_name));
  dump.err += '\n';
  dump.exit_status = 1;
  return dump;
}

}  // namespace glasspy::lex
