# Sourced by ./mvnw, ./parallax and .ci/run: selects a JDK >= 21 when JAVA_HOME is unset or older.
# Many machines default to Java 17 with a newer JDK installed beside it; the build needs 21+.
# POSIX sh. Exports JAVA_HOME, or prints a one-line error and returns 1.

_px_major() {
  [ -f "$1/release" ] && sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release"
}

_px_usable() {
  _px_m=$(_px_major "$1")
  [ -n "$_px_m" ] && [ "$_px_m" -ge 21 ] && [ -x "$1/bin/javac" ]
}

_px_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && _px_usable "$JAVA_HOME"; then return 0; fi
  _px_javac=$(command -v javac 2>/dev/null || true)
  if [ -n "$_px_javac" ]; then
    _px_home=$(dirname "$(dirname "$(readlink -f "$_px_javac")")")
    if _px_usable "$_px_home"; then JAVA_HOME=$_px_home; export JAVA_HOME; return 0; fi
  fi
  _px_best=""; _px_best_major=0
  case $- in *f*) _px_noglob=1; set +f ;; *) _px_noglob=0 ;; esac
  for _px_d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$_px_d" ] || continue
    if _px_usable "$_px_d" && [ "$_px_m" -gt "$_px_best_major" ]; then _px_best=$_px_d; _px_best_major=$_px_m; fi
  done
  [ "$_px_noglob" = 1 ] && set -f
  if [ -z "$_px_best" ]; then
    echo "parallax: no JDK 21 or newer found (set JAVA_HOME to one; looked in PATH and /usr/lib/jvm)" >&2
    return 1
  fi
  JAVA_HOME=$_px_best; export JAVA_HOME
}

_px_pick_jdk
