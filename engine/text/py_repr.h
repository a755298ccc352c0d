// Python's repr() of str and bytes values (text utilities): CPython 3.11's choice of quote
// and its escapes, so that printed literals read as CPython prints them.
#pragma once
#include <string>
#include <string_view>

namespace glasspy::text {

// repr(s) for a str given as UTF-8, where lone surrogates (from "\ud800" escapes) are
// encoded as 3-byte sequences: 'it''s' -> "it's", '\n' -> '\n', '\x00', 'é', '\u200b'.
std::string repr_str(std::string_view utf8);

// repr(b) for a bytes value: b'abc', b"it's", b'\x00\xff'.
std::string repr_bytes(std::string_view bytes);

}  // namespace glasspy::text
