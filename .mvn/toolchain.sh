# Sourced by run.sh, test.sh and .ci/run: finds a JDK >= 21 and a Node.js >= 24 for this build.
# Nothing here needs root or internet beyond the npm registry, and nothing is installed outside
# the project's .toolchain/ folder (git-ignored). Safe to source twice.

toolchain_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN_NODE_VERSION="${TOOLCHAIN_NODE_VERSION:-24.17.0}"

java_major() { # prints the major version of the java binary $1, or 0
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1 | grep . || echo 0
}

pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    return 0
  fi
  local candidate best="" best_major=0 major
  for candidate in "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
                   /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "toolchain: no JDK 21 or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm, ~/.sdkman). Install one and set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

node_major() { "$1" --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p' | grep . || echo 0; }

pick_node() {
  local system_node
  system_node=$(command -v node 2>/dev/null || true)
  if [ -n "$system_node" ] && [ "$(node_major "$system_node")" -ge 24 ]; then return 0; fi

  local arch dir
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch="" ;; esac
  dir="$toolchain_root/.toolchain/node-$TOOLCHAIN_NODE_VERSION"
  if [ ! -x "$dir/bin/node" ] && [ -n "$arch" ] && command -v npm >/dev/null 2>&1; then
    # Node itself is published on the npm registry as node-linux-<arch>: fetch it once.
    echo "toolchain: fetching Node.js $TOOLCHAIN_NODE_VERSION into $dir" >&2
    local tmp
    tmp=$(mktemp -d)
    if (cd "$tmp" && npm pack --silent "node-linux-$arch@$TOOLCHAIN_NODE_VERSION" >/dev/null && tar -xzf node-linux-*.tgz); then
      mkdir -p "$dir/bin" "$dir/lib/node_modules"
      mv "$tmp/package/bin/node" "$dir/bin/node"
    fi
    rm -rf "$tmp"
  fi
  if [ -x "$dir/bin/node" ]; then
    # Vaadin runs npm beside node: link the system npm (>= 11.3 needed) next to it.
    local npm_dir
    npm_dir=$(dirname "$(readlink -f "$(command -v npm 2>/dev/null || echo /nonexistent)")")/..
    if [ -f "$npm_dir/bin/npm-cli.js" ] && [ ! -e "$dir/lib/node_modules/npm" ]; then
      ln -s "$(readlink -f "$npm_dir")" "$dir/lib/node_modules/npm"
      ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dir/bin/npm"
      ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dir/bin/npx"
    fi
    export PATH="$dir/bin:$PATH"
  else
    echo "toolchain: no Node.js >= 24 here; Vaadin will try to download one itself." >&2
  fi
}

pick_jdk && pick_node
