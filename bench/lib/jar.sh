# Sourced by bench/run.sh and bench/failover.sh with the script's arguments: builds the production jar
# (unless --no-build is given and the jar is there). Sets $jar, and $pass: the other arguments.
build=1
pass=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) pass+=("$arg") ;;
  esac
done
jar=target/ai-landscape-1.0.0-SNAPSHOT.jar
if [[ $build == 1 || ! -f $jar ]]; then
  ./mvnw -B -q package -DskipTests
fi
