// Source decoding (parsing stage): CPython 3.11's tokenizer rules for a file's encoding
// (check_coding_spec, get_normal_name, ensure_utf8). The cookie, the codec names and the
// decoding tables are the tokenize emulation's (lex/tokenize_decoding.h): one decoder.
#include "parse/source_decode.h"

#include <cstdio>

#include "lex/tokenize_decoding.h"
#include "text/utf8.h"

namespace glasspy::parse {
namespace {

namespace codecs = lex::tokenize_detail;

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

std::string_view line_at(std::string_view bytes) {
  size_t newline = bytes.find('\n');
  return newline == std::string_view::npos ? bytes : bytes.substr(0, newline + 1);
}

// The cookie's name on line 1, or on line 2 after a blank or comment line 1; `read` is
// set to the length of the lines up to the cookie's.
std::string_view coding_cookie(std::string_view bytes, size_t& read) {
  std::string_view line1 = line_at(bytes);
  read = line1.size();
  std::string_view name = codecs::find_cookie_name(line1);
  if (name.empty() && codecs::is_blank_line(line1) && line1.size() < bytes.size()) {
    std::string_view line2 = line_at(bytes.substr(line1.size()));
    read += line2.size();
    name = codecs::find_cookie_name(line2);
  }
  return name;
}

}  // namespace

DecodedSource decode_source_file(std::string_view bytes, std::string_view filename) {
  DecodedSource out;
  bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) bytes.remove_prefix(3);
  size_t cookie_end;
  std::string_view cookie = coding_cookie(bytes, cookie_end);
  out.declared_encoding = bom || !cookie.empty();
  std::string encoding = cookie.empty() ? "utf-8" : codecs::normal_encoding_name(cookie);
  codecs::LineCodec codec;
  if (!cookie.empty()) {
    if (bom && encoding != "utf-8") {
      out.ok = false;
      out.error = "encoding problem: " + encoding + " with BOM";
      return out;
    }
    if (encoding != "utf-8" && !codecs::lookup_codec(encoding, codec)) {
      out.ok = false;
      out.error = "encoding problem: " + encoding;
      return out;
    }
  }
  if (encoding == "utf-8") {
    // Undeclared UTF-8 is checked line by line; declared (cookie or BOM), bad bytes are left
    // for the tokenizer, which only minds them inside tokens.
    int line = 1;
    for (size_t i = 0; i < bytes.size() && !out.declared_encoding;) {
      int n = valid_utf8(bytes, i);
      if (n == 0) {
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
  // The tokenizer has read the lines up to the cookie's as they are; the codec reads the rest.
  out.text.assign(bytes.substr(0, cookie_end));
  std::u32string decoded;
  codecs::DecodeFailure failure;
  if (!codecs::decode_line(bytes.substr(cookie_end), codec, encoding, decoded, failure)) {
    out.ok = false;
    // Reading through the codec fails as a whole in CPython ("encoding problem"); a codec
    // that Glasspy decodes only partly says so instead.
    out.error = failure.type == "UnsupportedEncoding" && codec.codec == codecs::Codec::kAsciiCompatible
                    ? failure.message
                    : "encoding problem: " + encoding;
    return out;
  }
  for (char32_t c : decoded) text::append_utf8(out.text, c);
  return out;
}

}  // namespace glasspy::parse
