// Lines of a source text by number (see source_lines.h).
#include "text/source_lines.h"

namespace glasspy::text {

std::string_view source_line(std::string_view text, int lineno) {
  size_t start = 0;
  for (int line = 1; line < lineno && start != std::string_view::npos; ++line) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start > text.size()) return {};
  size_t end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

}  // namespace glasspy::text
