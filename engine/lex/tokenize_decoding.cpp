// Source decoding for the tokenize emulation (lexing stage): tokenize.detect_encoding (BOM,
// coding cookie, the codec names Python accepts) and the bytes.decode() of each line, with
// the errors and messages CPython 3.11 gives.
#include "lex/tokenize_decoding.h"

#include <algorithm>

#include "text/utf8.h"

namespace glasspy::lex::tokenize_detail {
namespace {

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char32_t ascii_lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

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


// Tracebacks below are what python3 prints when decoding a line fails: CPython 3.11.7 as
// installed under pyenv, the reference interpreter here. They name that installation's files
// and line numbers; "{lib}" stands for its library folder (kPythonLib in tokenize_dump.cpp).
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

}  // namespace

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

}  // namespace glasspy::lex::tokenize_detail
