#!/usr/bin/env bash
# Signs the bundled goldens with the bundled demo key (keys/projekt_ed25519, approver "projekt" in
# policies/godkendere.yaml) and checks the set: the migration of unsigned goldens, and the re-signing after a
# merge that brought goldens approved elsewhere or a conflicting golden/MANIFEST.json.
#
# Only goldens without a valid trusted signature are signed, and each only if it still agrees with its scenario,
# the reference and its Så-steps (`ydelsestjek golden sign`); nothing is signed if any of them does not. Their
# approval (who, when, why) is kept. The manifest gets the next serial (one more than before; runs refuse an
# older signed set by it: docs/trust.md, "Rollback"). Review `git diff golden/` before committing.
#
#   ./scripts/sign-goldens.sh            # sign what is unsigned, then `golden check`
#   ./scripts/sign-goldens.sh --all      # re-sign every golden (e.g. after replacing the project key)
#
# A municipality signs with its own key instead: ydelsestjek golden sign --all --key PATH --approvers FILE
source "$(dirname "$0")/bootstrap.sh"
"$UV" run --frozen ydelsestjek golden sign --key keys/projekt_ed25519 "$@"
"$UV" run --frozen ydelsestjek golden check
