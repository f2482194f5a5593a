#!/usr/bin/env bash
# Installs what `npm test` needs besides `npm ci`, as root on Debian or Ubuntu. Idempotent.
#   engine suite: Docker (dockerd and the CLI), Compose v1, Podman, sshd, busybox for a tiny image
#   e2e suite:    an offline VS Code (code-server) and Chromium, via install-vscode-offline.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

packages=(docker.io busybox-static docker-compose podman openssh-server uidmap curl openssl)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-deps: needs root to install ${missing[*]}; run: sudo bash scripts/install-test-deps.sh" >&2
    exit 1
  fi
  echo "install-test-deps: apt-get install ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

bash "$here/install-vscode-offline.sh" >/dev/null
echo "install-test-deps: ready" >&2
