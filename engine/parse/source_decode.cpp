// Source decoding (parsing stage): CPython 3.11's tokenizer rules for a file's encoding
// (check_coding_spec, get_normal_name, ensure_utf8). UTF-8, Latin-1, ASCII and cp1252 are
// decoded; other known codecs are accepted for ASCII text.
#include "parse/source_decode.h"

#include <cctype>
#include <cstdio>

#include "text/utf8.h"

namespace glasspy::parse {
namespace {

// The codec modules of CPython 3.11's encodings package, and a few common aliases.
constexpr std::string_view kKnownCodecs[] = {
    "ascii", "base64_codec", "big5", "big5hkscs", "bz2_codec", "charmap", "cp037", "cp1006", "cp1026",
    "cp1125", "cp1140", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "cp1258", "cp273", "cp424", "cp437", "cp500", "cp720", "cp737", "cp775", "cp850", "cp852", "cp855",
    "cp856", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp866", "cp869",
    "cp874", "cp875", "cp932", "cp949", "cp950", "euc_jis_2004", "euc_jisx0213", "euc_jp", "euc_kr",
    "gb18030", "gb2312", "gbk", "hex_codec", "hp_roman8", "hz", "idna", "iso2022_jp", "iso2022_jp_1",
    "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr", "iso8859_1",
    "iso8859_10", "iso8859_11", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "iso8859_2",
    "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_9", "johab",
    "koi8_r", "koi8_t", "koi8_u", "kz1048", "latin_1", "mac_arabic", "mac_croatian", "mac_cyrillic",
    "mac_farsi", "mac_greek", "mac_iceland", "mac_latin2", "mac_roman", "mac_romanian", "mac_turkish",
    "palmos", "ptcp154", "punycode", "quopri_codec", "raw_unicode_escape", "rot_13", "shift_jis",
    "shift_jis_2004", "shift_jisx0213", "tis_620", "unicode_escape", "utf_16", "utf_16_be", "utf_16_le",
    "utf_32", "utf_32_be", "utf_32_le", "utf_7", "utf_8", "utf_8_sig",
    // aliases
    "latin1", "latin", "l1", "utf8", "u8", "us_ascii", "646", "windows_1252", "windows_1251", "cp65001",
    "iso_8859_15", "iso_8859_2", "sjis", "euc_jp", "ucs_2", "utf16", "utf32",
};

// Windows-1252's bytes 0x80..0x9F (0 where the codec has none).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178,
};

// get_normal_name: "utf-8" and "iso-8859-1" for their spellings, else the name itself.
std::string normal_name(const std::string& s) {
  std::string buf;
  for (size_t i = 0; i < s.size() && i < 12; ++i) buf += s[i] == '_' ? '-' : static_cast<char>(std::tolower(s[i]));
  auto starts = [&](std::string_view p) { return buf.compare(0, p.size(), p) == 0; };
  if (buf == "utf-8" || starts("utf-8-")) return "utf-8";
  if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-"))
    return "iso-8859-1";
  return s;
}

// The codec name in "coding[:=]\s*([-\w.]+)" of a comment line, or empty.
std::string coding_spec(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return "";
  for (size_t k = i; k + 6 < line.size(); ++k) {
    if (line.compare(k, 6, "coding") != 0 || (line[k + 6] != ':' && line[k + 6] != '=')) continue;
    size_t b = k + 7;
    while (b < line.size() && (line[b] == ' ' || line[b] == '\t')) ++b;
    size_t e = b;
    while (e < line.size() && (std::isalnum(static_cast<unsigned char>(line[e])) || line[e] == '-' ||
                                line[e] == '_' || line[e] == '.'))
      ++e;
    if (e > b) return std::string(line.substr(b, e - b));
  }
  return "";
}

bool is_blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == '#' || c == '\n' || c == '\r') return true;
    if (c != ' ' && c != '\t' && c != '\f') return false;
  }
  return true;
}

bool known_codec(const std::string& name) {
  std::string n;
  for (char c : name) n += c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(c));
  for (std::string_view k : kKnownCodecs)
    if (k == n) return true;
  return false;
}

// CPython's valid_utf8: the length of the sequence at s (lenient), or 0.
int valid_utf8(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  if (c < 0xC0) return 0;
  int expected = c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF8 ? 3 : -1;
  if (expected < 0) return 0;
  for (int k = 1; k <= expected; ++k)
    if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return expected + 1;
}

}  // namespace

DecodedSource decode_source_file(std::string_view bytes, std::string_view filename) {
  DecodedSource out;
  bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) bytes.remove_prefix(3);
  // Lines 1 and 2 (the second only after a blank or comment line) may declare an encoding.
  std::string encoding;
  size_t nl1 = bytes.find('\n');
  std::string_view line1 = bytes.substr(0, nl1 == std::string_view::npos ? bytes.size() : nl1 + 1);
  std::string spec = coding_spec(line1);
  if (spec.empty() && is_blank_or_comment(line1) && nl1 != std::string_view::npos) {
    std::string_view rest = bytes.substr(nl1 + 1);
    size_t nl2 = rest.find('\n');
    spec = coding_spec(rest.substr(0, nl2 == std::string_view::npos ? rest.size() : nl2 + 1));
  }
  out.declared_encoding = bom || !spec.empty();
  if (!spec.empty()) {
    encoding = normal_name(spec);
    if (bom && encoding != "utf-8") {
      out.ok = false;
      out.error = "encoding problem: " + encoding + " with BOM";
      return out;
    }
    if (encoding != "utf-8" && encoding != "iso-8859-1" && !known_codec(encoding)) {
      out.ok = false;
      out.error = "encoding problem: " + encoding;
      return out;
    }
  }
  if (encoding.empty() || encoding == "utf-8") {
    int line = 1;
    for (size_t i = 0; i < bytes.size();) {
      int n = valid_utf8(bytes, i);
      if (n == 0) {
        if (!encoding.empty()) break;  // declared UTF-8: a decode error later, not handled here
        char buf[32];
        std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned char>(bytes[i]));
        out.ok = false;
        out.error = std::string("Non-UTF-8 code starting with '\\x") + buf + "' in file " + std::string(filename) +
                    " on line " + std::to_string(line) +
                    ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        return out;
      }
      if (bytes[i] == '\n') ++line;
      i += static_cast<size_t>(n);
    }
    out.text.assign(bytes);
    return out;
  }
  bool cp1252 = encoding == "cp1252" || encoding == "windows-1252" || encoding == "windows_1252";
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    char32_t cp = c;
    if (cp1252 && c >= 0x80 && c < 0xA0 && kCp1252High[c - 0x80] != 0) cp = kCp1252High[c - 0x80];
    text::append_utf8(out.text, cp);
  }
  return out;
}

}  // namespace glasspy::parse
