#pragma once
// Whether this test binary was built with AddressSanitizer, whose shadow memory needs
// terabytes of address space: memory limits (ulimit -v, -d) cannot apply to it.
// g++ says so with __SANITIZE_ADDRESS__, clang with __has_feature.

namespace planlint::testing {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool built_with_address_sanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool built_with_address_sanitizer = true;
#else
inline constexpr bool built_with_address_sanitizer = false;
#endif
#else
inline constexpr bool built_with_address_sanitizer = false;
#endif

}  // namespace planlint::testing
