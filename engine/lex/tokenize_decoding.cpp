// Source decoding for the tokenize emulation (lexing stage): tokenize.detect_encoding (BOM,
// coding cookie, the codec names Python accepts) and the bytes.decode() of each line, with
// the errors and messages CPython 3.11 gives. Decoded in full: UTF-8, Latin-1, ASCII and every
// single-byte codec, from tables generated out of CPython's codecs (tools/gen-codec-names.py;
// about 20 KB, 8 KB of the gzipped wasm). The multibyte CJK codecs decode lines of ASCII only:
// their tables would add hundreds of KB to a page whose whole download must stay under 600 KB.
#include "lex/tokenize_decoding.h"

#include <algorithm>

#include "text/utf8.h"

namespace glasspy::lex::tokenize_detail {
namespace {

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char32_t ascii_lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

// A codec module of CPython's encodings package and the names codecs.lookup() reaches it by.
struct CodecModule {
  Codec codec;
  uint16_t table;        // offset of its decoding table in kCharmapTables (kCharmap, kCharmapFull)
  uint8_t frame;         // its traceback frame in kCodecFrames
  const char* module;    // the module's name
  bool by_module_name;   // whether the module's own name reaches it (it is not an alias key)
  const char* aliases;   // the alias keys of encodings.aliases that reach it, space-separated
};
#include "lex/codec_tables.inc"
#include "lex/codec_names.inc"

bool name_in_list(std::string_view list, std::string_view name) {
  while (!list.empty()) {
    size_t space = list.find(' ');
    if (list.substr(0, space) == name) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

LineCodec line_codec(const CodecModule& entry) {
  return {entry.codec, kCharmapTables + entry.table, kCodecFrames[entry.frame], entry.module};
}

// Whether bytes.decode(name) takes one of PyUnicode_Decode's shortcuts to a built-in decoder
// (UTF-8, UTF-16, UTF-32, ASCII, Latin-1) instead of calling the codec found by lookup: then
// no frame of the codec's Python code shows in a traceback. The name is normalised as
// _Py_normalize_encoding does into an 11-byte buffer, so a longer name takes no shortcut.
bool has_decode_shortcut(std::string_view name) {
  std::string lower;
  bool punct = false;
  for (char c : name) {
    if (is_ascii_alpha(static_cast<unsigned char>(c)) || is_ascii_digit(static_cast<unsigned char>(c)) || c == '.') {
      if (punct && !lower.empty()) lower += '_';
      lower += static_cast<char>(ascii_lower(static_cast<unsigned char>(c)));
      punct = false;
      if (lower.size() > 10) return false;
    } else {
      punct = true;
    }
  }
  for (std::string_view shortcut : {"utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii",
                                    "latin1", "latin_1", "iso_8859_1", "iso8859_1"}) {
    if (lower == shortcut) return true;
  }
  return false;
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
  if (has_decode_shortcut(name)) choice.codec.frame = {};
  choice.name = name;
  found = true;
  return true;
}


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

// codecs.lookup(name): lower-cased, runs of punctuation collapsed to '_' and trimmed (names
// here come from a cookie, so only '-', '_' and '.' occur), then encodings.search_function:
// an alias key, else a module name without dots, else an alias key with the dots turned into
// underscores.
bool lookup_codec(std::string_view name, LineCodec& codec) {
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
  bool dotted = normal.find('.') != std::string::npos;
  for (const CodecModule& entry : kCodecModules) {
    if (name_in_list(entry.aliases, normal) || (!dotted && entry.by_module_name && normal == entry.module)) {
      codec = line_codec(entry);
      return true;
    }
  }
  if (!dotted) return false;
  std::replace(normal.begin(), normal.end(), '.', '_');
  for (const CodecModule& entry : kCodecModules) {
    if (name_in_list(entry.aliases, normal)) {
      codec = line_codec(entry);
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

bool decode_line(std::string_view bytes, const LineCodec& codec, std::string_view encoding, std::u32string& out,
                 DecodeFailure& failure) {
  auto quoted = [&] { return std::string("'").append(encoding).append("'"); };
  // The codec's frame, for an error raised inside its Python code.
  auto frame = [&] {
    std::string text(codec.frame);
    for (size_t at; (at = text.find("{module}")) != std::string::npos;) text.replace(at, 8, codec.module);
    return text;
  };
  switch (codec.codec) {
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
        } else if (codec.codec == Codec::kUtf8Escaped) {
          out += static_cast<char32_t>(0xDC00 + b);  // surrogateescape, one byte at a time
          ++pos;
        } else {
          failure = {"UnicodeDecodeError", utf8_error_text(bytes, pos), frame()};
          return false;
        }
      }
      return true;
    case Codec::kLatin1:
      for (char c : bytes) out += static_cast<unsigned char>(c);
      return true;
    case Codec::kCharmap:
    case Codec::kCharmapFull: {
      // A kCharmap table starts at byte 0x80: below it, bytes decode to themselves.
      unsigned first = codec.codec == Codec::kCharmap ? 0x80 : 0;
      for (size_t pos = 0; pos < bytes.size(); ++pos) {
        auto b = static_cast<unsigned char>(bytes[pos]);
        char32_t c = b < first ? b : codec.table[b - first];
        if (c == 0xFFFE) {
          failure = {"UnicodeDecodeError",
                     decode_error_text("charmap", bytes, pos, pos + 1, "character maps to <undefined>"), frame()};
          return false;
        }
        out += c;
      }
      return true;
    }
    case Codec::kAscii:
    case Codec::kAsciiCompatible:
      for (size_t pos = 0; pos < bytes.size(); ++pos) {
        auto b = static_cast<unsigned char>(bytes[pos]);
        if (b >= 0x80) {
          if (codec.codec == Codec::kAscii) {
            failure = {"UnicodeDecodeError",
                       decode_error_text("ascii", bytes, pos, pos + 1, "ordinal not in range(128)"), frame()};
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
