#pragma once
namespace planlint {
inline constexpr const char* version = "0.1.0";
inline constexpr const char* information_uri = "https://github.com/planlint/planlint";
}  // namespace planlint
