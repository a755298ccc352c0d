# Frozen Python modules (DESIGN.md decision 9): every engine/lib/**/*.py is embedded in
# the engine as source text, in a table that modules/module_registry.cpp searches by name.
# cmake/frozen_lib_gen.py writes the table with comments, blank runs and long docstrings
# stripped (line numbers kept); without a Python 3 the files go in as they are
# (cmake/frozen_lib_gen.cmake).
if(GLASSPY_WITH_VM)
  file(GLOB_RECURSE GLASSPY_FROZEN_LIB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/engine/lib/*.py)
  set(GLASSPY_FROZEN_LIB_CPP ${CMAKE_BINARY_DIR}/generated/frozen_lib.cpp)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    set(frozen_command ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/cmake/frozen_lib_gen.py
                       ${CMAKE_SOURCE_DIR}/engine/lib ${GLASSPY_FROZEN_LIB_CPP})
    set(frozen_script ${CMAKE_SOURCE_DIR}/cmake/frozen_lib_gen.py)
  else()
    message(WARNING "No Python 3: frozen modules are embedded unstripped")
    set(frozen_command ${CMAKE_COMMAND} -DLIB_DIR=${CMAKE_SOURCE_DIR}/engine/lib -DOUTPUT=${GLASSPY_FROZEN_LIB_CPP}
                       -P ${CMAKE_SOURCE_DIR}/cmake/frozen_lib_gen.cmake)
    set(frozen_script ${CMAKE_SOURCE_DIR}/cmake/frozen_lib_gen.cmake)
  endif()
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/generated)
  add_custom_command(
    OUTPUT ${GLASSPY_FROZEN_LIB_CPP}
    COMMAND ${frozen_command}
    DEPENDS ${GLASSPY_FROZEN_LIB_SOURCES} ${frozen_script}
    COMMENT "Embedding engine/lib/*.py"
    VERBATIM)
  target_sources(glasspy_engine PRIVATE ${GLASSPY_FROZEN_LIB_CPP})
endif()
