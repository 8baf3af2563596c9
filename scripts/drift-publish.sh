#!/usr/bin/env bash
# The drift mode's publishing step (action.yml): after `cloudflare_safe drift`
# exited with CODE, open or update one issue titled "Cloudflare drift: ZONE"
# with the Markdown report (and close it once drift is gone), and, with a
# patch, push branch cfplane/drift-ZONE with the patch applied to TF_PATH and
# open or update its pull request. Uses git and gh (GH_TOKEN) from PATH; the
# checkout it runs in is left as it was (the branch is built in a worktree).
# Environment:
#   ZONE        zone name (letters, digits, dots, hyphens)
#   CODE        drift's exit code: 0 no drift, 2 drift (anything else: nothing is published)
#   REPORT      the Markdown report file
#   TF_PATH     the .tf directory the patch applies to (relative to the repository root)
#   PATCH       the patch file (may be empty or absent: no pull request)
#   OPEN_ISSUE  true|false (default true)
#   OPEN_PR     true|false (default false)
set -euo pipefail
zone="${ZONE:-}" code="${CODE:-}" report="${REPORT:-}" tf_path="${TF_PATH:-.}" patch="${PATCH:-}"
open_issue="${OPEN_ISSUE:-true}" open_pr="${OPEN_PR:-false}"
fail() { echo "drift-publish: $*" >&2; exit 1; }
[[ "$zone" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$ ]] || fail "ZONE '$zone' is not accepted; accepted: a zone name such as example.com"
case "$code" in 0|2) ;; *) echo "drift-publish: drift exited $code (unusable input): nothing published"; exit 0 ;; esac
for b in open_issue open_pr; do
  case "${!b}" in true|false) ;; *) fail "${b^^} '${!b}' is not accepted; accepted: true, false" ;; esac
done
if [ "$code" = 2 ] && [ ! -s "$report" ]; then fail "REPORT '$report' is missing or empty"; fi
abs() { case "$1" in ""|/*) printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }
report=$(abs "$report") patch=$(abs "$patch")
title="Cloudflare drift: $zone"
branch="cfplane/drift-$zone"

# The open issue whose title is exactly $title (a search also matches
# longer titles, e.g. another zone's "Cloudflare drift: $zone.au").
find_issue() {
  local list n t
  list=$(gh issue list --state open --search "in:title \"$title\"" --limit 100 --json number,title \
           --template '{{range .}}{{.number}}{{"\t"}}{{.title}}{{"\n"}}{{end}}') || return 1
  while IFS=$'\t' read -r n t; do
    if [ "$t" = "$title" ]; then echo "$n"; return 0; fi
  done <<<"$list"
}

if [ "$code" = 2 ] && [ "$open_pr" = true ] && [ -s "$patch" ]; then
  wt=$(mktemp -d)
  trap 'git worktree remove --force "$wt" >/dev/null 2>&1 || true; rm -rf "$wt"' EXIT
  git worktree add --quiet -B "$branch" "$wt" HEAD
  (
    cd "$wt"
    git apply -p1 --directory="$tf_path" "$patch"
    git add -A -- "$tf_path"
    git -c user.name=cfplane -c user.email=cfplane@users.noreply.github.com commit --quiet -m "Codify live Cloudflare state of $zone"
    git push --quiet --force origin "$branch"
  )
  prs=$(gh pr list --head "$branch" --state open --json number --template '{{range .}}{{.number}}{{"\n"}}{{end}}')
  pr=${prs%%$'\n'*}
  if [ -n "$pr" ]; then
    gh pr edit "$pr" --body-file "$report" >/dev/null
    echo "pull request #$pr updated ($branch)"
  else
    gh pr create --head "$branch" --title "Codify Cloudflare drift: $zone" --body-file "$report" >/dev/null
    echo "pull request opened ($branch)"
  fi
fi

if [ "$open_issue" = true ]; then
  num=$(find_issue) || fail "listing the open issues failed"
  if [ "$code" = 2 ]; then
    if [ -n "$num" ]; then
      gh issue edit "$num" --body-file "$report" >/dev/null
      echo "issue #$num updated"
    else
      gh issue create --title "$title" --body-file "$report" >/dev/null
      echo "issue opened: $title"
    fi
  elif [ -n "$num" ]; then
    gh issue close "$num" --comment "No drift left in $zone: live Cloudflare matches the Terraform code." >/dev/null
    echo "issue #$num closed: no drift"
  fi
fi
