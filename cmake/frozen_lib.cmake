# Frozen Python modules (DESIGN.md decision 9): every engine/lib/**/*.py is embedded in
# the engine as source text, in a table that modules/module_registry.cpp searches by name.
# The table is generated at build time by cmake/frozen_lib_gen.cmake.
if(GLASSPY_WITH_VM)
  file(GLOB_RECURSE GLASSPY_FROZEN_LIB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/engine/lib/*.py)
  set(GLASSPY_FROZEN_LIB_CPP ${CMAKE_BINARY_DIR}/generated/frozen_lib.cpp)
  add_custom_command(
    OUTPUT ${GLASSPY_FROZEN_LIB_CPP}
    COMMAND ${CMAKE_COMMAND} -DLIB_DIR=${CMAKE_SOURCE_DIR}/engine/lib -DOUTPUT=${GLASSPY_FROZEN_LIB_CPP}
            -P ${CMAKE_SOURCE_DIR}/cmake/frozen_lib_gen.cmake
    DEPENDS ${GLASSPY_FROZEN_LIB_SOURCES} ${CMAKE_SOURCE_DIR}/cmake/frozen_lib_gen.cmake
    COMMENT "Embedding engine/lib/*.py"
    VERBATIM)
  target_sources(glasspy_engine PRIVATE ${GLASSPY_FROZEN_LIB_CPP})
endif()
