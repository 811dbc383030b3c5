#!/usr/bin/env bash
# demand-atlas launcher, written by `./mvnw package` next to target/demand-atlas.jar (see DEVELOPERS.md).
# Runs the jar on a JDK @MIN_JDK@ or newer whatever `java` is first on PATH: $JAVA_HOME when it is one,
# else the JDK the build ran on. JVM options: DEMAND_ATLAS_OPTS (e.g. -Xmx8g).
set -euo pipefail

readonly min_jdk=@MIN_JDK@
readonly build_jdk=@BUILD_JDK@
self=$(readlink -f -- "${BASH_SOURCE[0]}" 2>/dev/null || echo "${BASH_SOURCE[0]}")
readonly jar="${self%/*}/../demand-atlas.jar"

jdk_major() {  # the major version of the JDK in folder $1 from its `release` file, or nothing
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1
}

usable() {  # is folder $1 a JDK >= min_jdk with an executable bin/java?
  local major
  major=$(jdk_major "$1")
  [[ -n "$major" && "$major" -ge "$min_jdk" && -x "$1/bin/java" ]]
}

describe() {  # folder $1 as the message names it
  local major
  major=$(jdk_major "$1")
  if [[ ! -d "$1" ]]; then echo "$1 (gone)"; elif [[ -n "$major" ]]; then echo "$1 (JDK $major)"; else
    echo "$1 (not a JDK)"; fi
}

if [[ -n "${JAVA_HOME:-}" ]] && usable "$JAVA_HOME"; then
  jdk=$JAVA_HOME
elif usable "$build_jdk"; then
  jdk=$build_jdk
else
  echo "demand-atlas: needs a JDK $min_jdk or newer; tried ${JAVA_HOME:+JAVA_HOME=$(describe "$JAVA_HOME") and }the" \
    "build's $(describe "$build_jdk"). Fix: install one (e.g. Temurin $min_jdk+) under /usr/lib/jvm, then run" \
    "./mvnw -B package again, or set JAVA_HOME to it." >&2
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  echo "demand-atlas: $jar is missing. Fix: run ./mvnw -B package in the project folder." >&2
  exit 2
fi
# shellcheck disable=SC2086 # DEMAND_ATLAS_OPTS holds several words on purpose
exec "$jdk/bin/java" ${DEMAND_ATLAS_OPTS:-} -jar "$jar" "$@"
