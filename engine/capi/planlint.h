/* planlint's C API: for embedding from other languages. JSON strings in and out.
 *
 * Thread-safety: a planlint_rules may be shared by any number of threads; planlint_check
 * is reentrant. Lifetimes: every char* returned must be released with planlint_free;
 * a planlint_rules with planlint_rules_free. No function keeps a pointer it was given. */
#ifndef PLANLINT_C_H
#define PLANLINT_C_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct planlint_rules planlint_rules;

/* Loads a rule set. options_json (may be NULL) is an object:
 *   {"default_pack": true, "directories": ["district-rules"], "files": ["extra.rules"]}
 * On failure returns NULL and, when errors is not NULL, sets *errors to the rendered
 * diagnostics (release with planlint_free). */
planlint_rules* planlint_rules_load(const char* options_json, char** errors);
void planlint_rules_free(planlint_rules* rules);

/* Checks one plan given as JSON text. options_json (may be NULL) is an object:
 *   {"as_of": "2024-10-01", "lang": "vi"|"en", "name": "plan.json",
 *    "disabled_rules": [...], "enabled_rules": [...], "severity": {"rule-id": "warning"}}
 * Returns the JSON report of docs/output.md ("planlint.report/1") for this one plan;
 * never NULL (an unreadable plan is a report with "readable": false). */
char* planlint_check(const planlint_rules* rules, const char* plan_json, const char* options_json);

/* The rules of a set as JSON (the same as `planlint rules --format json`). */
char* planlint_rules_describe(const planlint_rules* rules);

void planlint_free(char* text);
const char* planlint_version(void);

#ifdef __cplusplus
}
#endif

#endif /* PLANLINT_C_H */
