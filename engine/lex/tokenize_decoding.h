// Source decoding for the tokenize emulation (lexing stage): the encoding that
// tokenize.detect_encoding picks, and each line's bytes.decode(). Internal to lex/tokenize_*.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::lex::tokenize_detail {

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

// What detect_encoding decided, or the SyntaxError it raised.
struct EncodingChoice {
  bool ok = true;
  std::string name = "utf-8";  // the ENCODING token's text
  Codec codec = Codec::kUtf8;
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
  std::string_view codec_frame = {};
};

// Decodes one line (`bytes`, '\n' included) onto `out`; false with `failure` set if the codec
// raises. `encoding` is the name tokenize passes to bytes.decode().
bool decode_line(std::string_view bytes, Codec codec, std::string_view encoding, std::u32string& out,
                 DecodeFailure& failure);

}  // namespace glasspy::lex::tokenize_detail
