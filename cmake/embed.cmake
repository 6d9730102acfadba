# planlint_embed(OUTPUT file.cpp BASE dir FILES a b ...)
# Writes a C++ source that holds each file's bytes and a table from its path (relative to
# BASE) to those bytes, read through engine/embedded.hpp. Regenerated when a file changes.
function(planlint_embed)
  cmake_parse_arguments(E "" "OUTPUT;BASE" "FILES" ${ARGN})
  set(absolute "")
  foreach(f IN LISTS E_FILES)
    list(APPEND absolute "${E_BASE}/${f}")
  endforeach()
  add_custom_command(
    OUTPUT "${E_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${E_OUTPUT} -DBASE=${E_BASE} "-DFILES=${E_FILES}"
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_write.cmake"
    DEPENDS ${absolute} "${PROJECT_SOURCE_DIR}/cmake/embed_write.cmake"
    COMMENT "Embedding the default rule pack and its data"
    VERBATIM)
endfunction()
