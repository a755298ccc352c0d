# In the wasm build, code that the benchmarks and the playground run hot keeps the preset's
# -O3; everything else is compiled for size (-Oz), because every byte of the module is
# downloaded and compiled by the browser on each cold start. Natively everything stays -O3.
#
# Hot: the VM loop and calls, the object model's core types, the collector, big integers,
# the lexer, parser and compiler (compile() and every run start there), and the few
# builtins/modules that bench/programs spend time in. Chosen from V8 CPU profiles of
# bench/programs under Node (a file is hot if some program spends >= 0.3% of its time in
# it); see the measurements in wasm-glue/CMakeLists.txt.
#
# Cold, even inside hot folders: error-path parsing and printing (tracebacks, suggestions,
# invalid-syntax rules), imports, class creation, match statements, codecs, rarely used
# types (complex, weakref proxies, unions, exception groups, async generators), dis.
set(GLASSPY_WASM_SIZE_FLAG "-Oz" CACHE STRING "Optimisation flag of the wasm build's cold code")

set(_glasspy_hot_folders "engine/(vm|objects|gc|numeric|parse|compile|lex|bytecode)/")
set(_glasspy_hot_files
    "engine/builtins/builtins_(io|iteration|numeric)\\.cpp$"
    "engine/modules/math_module\\.cpp$"
    "engine/text/format_spec\\.cpp$")
set(_glasspy_cold_files
    "engine/vm/(traceback_[a-z_]+|vm_import|suggestion[a-z_]*|run_main|generator_async_ops|vm_match)\\.cpp$"
    "engine/objects/(weakref_[a-z_]+|union_type|exception_group|exception_syntax_unicode|str_codecs|bytes_methods_[a-z_]+|complex_object|class_layout|class_machinery|generator_async)\\.cpp$"
    "engine/parse/(parse_invalid_[a-z_]+|parser_errors|parse_match|parse_imports)\\.cpp$"
    "engine/compile/(codegen_match|big_int|constant_ops)\\.cpp$"
    "engine/bytecode/dis\\.cpp$"
    "engine/numeric/bigint_div_recursive\\.cpp$")

function(glasspy_wasm_opt_levels sources)
  foreach(source IN LISTS ${sources})
    file(RELATIVE_PATH relative ${CMAKE_SOURCE_DIR} ${source})
    set(hot FALSE)
    if(relative MATCHES "^${_glasspy_hot_folders}")
      set(hot TRUE)
    endif()
    foreach(pattern IN LISTS _glasspy_hot_files)
      if(relative MATCHES "^${pattern}")
        set(hot TRUE)
      endif()
    endforeach()
    foreach(pattern IN LISTS _glasspy_cold_files)
      if(relative MATCHES "^${pattern}")
        set(hot FALSE)
      endif()
    endforeach()
    if(NOT hot)
      # Source options come after the preset's -O3 on the command line, so this one wins.
      set_source_files_properties(${source} PROPERTIES COMPILE_OPTIONS "${GLASSPY_WASM_SIZE_FLAG}")
    endif()
  endforeach()
endfunction()
