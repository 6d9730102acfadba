#pragma once
// Applying suppressions to a plan's findings. Suppressed findings are never dropped: they
// come back apart, with the reason, for the counts, the summary and SARIF. Suppressions that
// matched nothing, or whose date has passed, come back as info findings so they get cleaned up.
#include <string_view>
#include <vector>

#include "engine/finding.hpp"
#include "engine/rule_info.hpp"
#include "engine/suppression_match.hpp"
#include "engine/suppress/suppression.hpp"

namespace planlint::suppress {

inline constexpr const char* unused_rule = "suppression-unused";
inline constexpr const char* expired_rule = "suppression-expired";

struct applied_suppressions {
  std::vector<finding> active;                 // not suppressed, in the order given
  std::vector<suppression_match> suppressed;   // in the order given
  std::vector<finding> notes;                  // suppression-unused / -expired, in suppression order
};

// True when a suppression at `at` covers a finding at `pointer`: equal, or below it
// segment-wise ("/rows/3" covers "/rows/3/timeline", not "/rows/30"); "" covers everything.
bool covers(std::string_view at, std::string_view pointer);

// `as_of` is the check's date, YYYY-MM-DD: a suppression whose `until` is before it has
// expired, suppresses nothing and yields a suppression-expired note. A finding matched by
// several suppressions is suppressed by the first (with its reason); each of them counts as
// used. Notes are in `lang`.
applied_suppressions apply_suppressions(std::vector<finding> findings,
                                        const std::vector<suppression>& suppressions,
                                        std::string_view as_of, language lang = language::vi);

}  // namespace planlint::suppress
