// Source decoding for the tokenize emulation (lexing stage): the encoding that
// tokenize.detect_encoding picks, and each line's bytes.decode(). Internal to lex/tokenize_*,
// and to parse/source_decode, which finds a script's coding cookie and decodes it with the
// same rules and codec tables (CPython's tokenizer and its tokenize module agree on them).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::lex::tokenize_detail {

// How a codec is decoded (tools/gen-codec-names.py sorts CPython's codecs into these).
enum class Codec : uint8_t {
  kUtf8,
  kUtf8Sig,          // utf_8_sig reached without tokenize's name normalisation: drops a BOM per line
  kLatin1,
  kAscii,
  kCharmap,          // a single-byte codec whose ASCII bytes decode to themselves (cp1252, koi8_r...)
  kCharmapFull,      // any other single-byte codec (EBCDIC, cp864)
  kAsciiCompatible,  // a multibyte (CJK) codec: only lines of ASCII are decoded (see codec_names.inc)
  kNotText,          // rot13, base64...: bytes.decode() refuses them
  kUndefined,        // the 'undefined' codec: every decode fails
  kUnsupported,      // a real codec that glasspy cannot decode (UTF-16, UTF-7, ISO-2022...)
  kUtf8Escaped,      // standard input: UTF-8 with surrogateescape
};

// A codec as the lines are decoded with it.
struct LineCodec {
  Codec codec = Codec::kUtf8;
  // kCharmap: what bytes 0x80..0xFF decode to; kCharmapFull: what every byte decodes to.
  // 0xFFFE marks a byte that the codec leaves undefined.
  const char16_t* table = nullptr;
  // The traceback frame of the codec's Python code, printed when a decode fails in it ("" if
  // there is none, or if bytes.decode() takes a shortcut to a built-in decoder); "{lib}" and
  // "{module}" stand for the library folder and the codec module.
  std::string_view frame = {};
  std::string_view module = {};
};

// The name captured by ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) (ASCII \w) in one line, or
// empty: a coding cookie (CPython's get_coding_spec finds the same).
std::string_view find_cookie_name(std::string_view line);

// Whether a line is blank or a comment, so that a cookie may still follow on line 2.
bool is_blank_line(std::string_view line);

// get_normal_name: "utf-8" and "iso-8859-1" for their spellings, else the name itself.
std::string normal_encoding_name(std::string_view name);

// codecs.lookup(name): the codec a cookie's name reaches, or false for an unknown encoding.
bool lookup_codec(std::string_view name, LineCodec& codec);

// What detect_encoding decided, or the SyntaxError it raised.
struct EncodingChoice {
  bool ok = true;
  std::string name = "utf-8";  // the ENCODING token's text, and the name passed to bytes.decode()
  LineCodec codec;
  size_t bom_length = 0;
  std::string error;
};

// tokenize.detect_encoding over a file's bytes (a UTF-8 BOM, then a coding cookie on the
// first or second line); `file_repr` is repr(filename), or null when tokenize has none.
EncodingChoice detect_encoding(std::string_view bytes, const std::string* file_repr);

// A decoding failure, worded as Python words the exception.
struct DecodeFailure {
  std::string type;
  std::string message;
  // The codec's own traceback frame, for codecs written in Python; "{lib}" in it stands for
  // the reference installation's library folder (see tokenize_dump.cpp).
  std::string codec_frame = {};
};

// Decodes one line (`bytes`, '\n' included) onto `out`; false with `failure` set if the codec
// raises. `encoding` is the name tokenize passes to bytes.decode().
bool decode_line(std::string_view bytes, const LineCodec& codec, std::string_view encoding, std::u32string& out,
                 DecodeFailure& failure);

}  // namespace glasspy::lex::tokenize_detail
