#!/usr/bin/env bash
# Makes sure the browser tests' two system tools are present: Chromium at /usr/bin/chromium
# (driven by playwright-core, whose own browser download is not used) and nginx (serves the export
# with deploy/nginx.conf). Run by `npm test` (as npm's `pretest`) and by .ci/run.
# As root it installs what is missing with apt-get; otherwise it names the one command to run.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ ${#missing[@]} -eq 0 ] && exit 0

install="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "npm test needs ${missing[*]} for the browser tests (Chromium at /usr/bin/chromium, nginx on PATH or in /usr/sbin)." >&2
  echo "Install with: sudo sh -c '$install'   (or your system's package manager), then run npm test again." >&2
  exit 1
fi
echo "ensure-test-tools: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
# Try the package lists already on the machine first; refresh them only if that fails.
apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
