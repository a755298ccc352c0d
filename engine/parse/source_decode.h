// Source decoding (parsing stage): the bytes of a script file to UTF-8 text as CPython's
// tokenizer reads them: a UTF-8 BOM, a coding cookie on line 1 or 2, and the errors it
// raises for an unknown encoding or bytes that are not UTF-8 without a declaration.
#pragma once
#include <string>
#include <string_view>

namespace glasspy::parse {

// The decoded text (without BOM), or the message of the SyntaxError CPython raises (it
// has no location: Python prints just "SyntaxError: <message>").
struct DecodedSource {
  bool ok = true;
  bool declared_encoding = false;  // a BOM or a coding cookie
  std::string text;
  std::string error;
};

// Decodes a script file; `filename` is the name CPython puts in its error messages.
DecodedSource decode_source_file(std::string_view bytes, std::string_view filename);

}  // namespace glasspy::parse
