# `cmake --install` puts the library, the façade's headers, the C header and a package
# configuration in place, so that another CMake project can find_package(planlint).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS planlint planlint_cli EXPORT planlintTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The façade and the few plain headers it includes; nothing with Boost, Spirit or simdjson.
install(FILES engine/planlint.hpp engine/diagnostic.hpp engine/finding.hpp engine/rule_info.hpp
              engine/source.hpp engine/suppression_match.hpp engine/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/planlint/engine)
install(FILES engine/capi/planlint.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/planlint/engine/capi)
install(EXPORT planlintTargets NAMESPACE planlint::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/planlint)
configure_package_config_file(cmake/planlintConfig.cmake.in
                              "${PROJECT_BINARY_DIR}/planlintConfig.cmake"
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/planlint)
write_basic_package_version_file("${PROJECT_BINARY_DIR}/planlintConfigVersion.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/planlintConfig.cmake"
              "${PROJECT_BINARY_DIR}/planlintConfigVersion.cmake"
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/planlint)
