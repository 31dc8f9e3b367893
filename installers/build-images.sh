#!/usr/bin/env bash
# Builds self-contained application images (a bundled Java runtime, no JDK needed on site) for the service and
# each app with jpackage, and optionally .deb packages: ./installers/build-images.sh [app-image|deb]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TYPE="${1:-app-image}"
VERSION="${LUUKKU_VERSION:-0.1.0}"
OUT="$ROOT/installers/target"
JPACKAGE="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"

command -v "$JPACKAGE" >/dev/null || { echo "jpackage not found: use a full JDK 17+ (set JAVA_HOME)" >&2; exit 1; }
(cd "$ROOT" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package)
mkdir -p "$OUT"

package() {
    local name="$1" module="$2" jar="$3" extra=("${@:4}")
    local input="$OUT/input-$name"
    rm -rf "$input" && mkdir -p "$input"
    cp "$ROOT/$module/target/$jar" "$input/"
    cp "$ROOT/$module/target/lib/"*.jar "$input/"
    rm -rf "$OUT/$name"
    "$JPACKAGE" --type "$TYPE" --name "$name" --app-version "$VERSION" --vendor "Luukku" \
        --input "$input" --main-jar "$jar" --dest "$OUT" \
        --java-options "-Dfile.encoding=UTF-8" "${extra[@]}"
    echo "built $OUT/$name ($TYPE)"
}

# heap limits (docs/heap.md): the idle service otherwise grows towards a quarter of the machine's memory; each
# part leaves on running out of memory, and its systemd unit starts it again
package luukku-service central-service central-service.jar --java-options -Xmx512m --java-options -XX:+ExitOnOutOfMemoryError
package luukku-kiosk kiosk-app kiosk-app.jar --java-options -Xmx384m --java-options -XX:+ExitOnOutOfMemoryError
package luukku-advisor advisor-app advisor-app.jar --java-options -Xmx384m --java-options -XX:+ExitOnOutOfMemoryError
package luukku-display display-app display-app.jar --java-options -Xmx256m --java-options -XX:+ExitOnOutOfMemoryError
