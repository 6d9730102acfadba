/* Uses only the C header: loads the default pack, checks a plan with a defect, checks
 * broken JSON, and releases everything. Exit 0 when every expectation holds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/capi/planlint.h"

static int failures = 0;

static void expect(int condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
  }
}

int main(void) {
  char* errors = NULL;
  planlint_rules* rules = planlint_rules_load(NULL, &errors);
  expect(rules != NULL, "the default pack loads");
  expect(errors == NULL, "no errors are returned on success");

  const char* plan =
      "{\"document\": {\"number\": \"94/KH LTK\", \"school_year\": \"2024 - 2025\"},"
      " \"rows\": [{\"criterion\": \"1.1\", \"owners\": \"Hiệu trưởng\", \"timeline\": \"Năm học 2024 - 2026\"}]}";
  char* report = planlint_check(rules, plan, "{\"as_of\": \"2024-10-01\", \"lang\": \"en\", \"name\": \"c.json\"}");
  expect(strstr(report, "\"format\": \"planlint.report/1\"") != NULL, "the report is planlint.report/1");
  expect(strstr(report, "\"rule\": \"document-number-malformed\"") != NULL, "the malformed number is found");
  expect(strstr(report, "\"rule\": \"deadline-outside-school-year\"") != NULL, "the late deadline is found");
  expect(strstr(report, "\"readable\": true") != NULL, "the plan was readable");
  planlint_free(report);

  char* broken = planlint_check(rules, "{\"rows\": [", NULL);
  expect(strstr(broken, "\"readable\": false") != NULL, "broken JSON is an unreadable plan, not a crash");
  planlint_free(broken);

  char* bad_options = planlint_check(rules, "{\"rows\": []}", "not json");
  expect(strstr(bad_options, "the options are not a JSON object") != NULL, "bad options are reported");
  planlint_free(bad_options);

  char* described = planlint_rules_describe(rules);
  expect(strstr(described, "\"id\": \"deadline-open-ended\"") != NULL, "the rules are described");
  planlint_free(described);

  planlint_rules* missing = planlint_rules_load("{\"directories\": [\"/nonexistent\"]}", &errors);
  expect(missing == NULL, "a missing pack fails to load");
  expect(errors != NULL && strstr(errors, "cannot read the pack manifest") != NULL, "and says why");
  planlint_free(errors);

  planlint_rules_free(rules);
  expect(strlen(planlint_version()) > 0, "a version");
  printf("%d failed\n", failures);
  return failures ? 1 : 0;
}
