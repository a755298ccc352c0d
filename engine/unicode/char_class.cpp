// Unicode character classes (PLACEHOLDER: ASCII only until the generated tables land).
#include "unicode/char_class.h"

namespace glasspy::unicode {

static bool ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_xid_start(char32_t c) { return ascii_alpha(c) || c == '_'; }
bool is_xid_continue(char32_t c) { return is_xid_start(c) || (c >= '0' && c <= '9'); }
bool is_word_char(char32_t c) { return is_xid_continue(c); }
bool is_printable(char32_t c) { return c >= 0x20 && c != 0x7F && c != 0xA0 && c != 0x200B; }
std::string nfkc(std::string_view s) { return std::string(s); }

}  // namespace glasspy::unicode
