# shellcheck shell=bash
# `sandbox.sh image`: build once, then reuse, the Debian root filesystem that
# every sandbox host overlays. Sourced by sandbox.sh.

# shellcheck source-path=SCRIPTDIR source=../image/recipe.sh
source "$SANDBOX_DIR/image/recipe.sh"
# shellcheck source-path=SCRIPTDIR source=../image/build.sh
source "$SANDBOX_DIR/image/build.sh"

# Cache key, also the image's directory name in the cache: the suite and a
# hash of every file under sandbox/image/ (names and contents), everything
# that decides what the image holds and nothing else. (`sandbox.sh image-key`;
# CI caches the image under it.)
image_key() {
  printf '%s-%s\n' "$SUITE" "$( (cd "$SANDBOX_DIR" && find image -type f -print0 | LC_ALL=C sort -z |
    xargs -0 sha256sum) | sha256sum | cut -c1-16)"
}

# Prints the image directory, building it first if it is not cached yet.
cmd_image() {
  local dir
  dir="$SANDBOX_CACHE/$(image_key)"
  if [[ ! -d $dir ]]; then
    # A second caller waits here for the first one's build, then reuses it.
    lock "$SANDBOX_CACHE/.image.lock"
    [[ -d $dir ]] || image_build "$dir"
    unlock
  fi
  printf '%s\n' "$dir"
}

image_build() {
  local dir=$1 tmp="$1.tmp" log="$1.log" started=$SECONDS
  log "building $dir (log: $log)"
  mkdir -p "$SANDBOX_CACHE/debs/partial"
  rm -rf --one-file-system "$tmp"   # left by an interrupted build
  # Build in private mount and PID namespaces: whatever mmdebstrap or the
  # packages' scripts mount or start is gone when the build ends, even on error.
  if ! unshare --mount --pid --fork --kill-child --mount-proc \
    bash "$SANDBOX_DIR/sandbox.sh" __build-rootfs "$tmp" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -rf --one-file-system "$tmp"
    die "image build failed (full log: $log)"
  fi
  # Rename last: a directory with the final name is always a complete image.
  mv -T "$tmp" "$dir"
  log "image built in $((SECONDS - started)) s, $(du -sh "$dir" | cut -f1)"
  image_prune "$dir"
}

# Removes images of older recipes that no instance runs on any more.
image_prune() {
  local old
  for old in "$SANDBOX_CACHE/$SUITE"-*; do
    [[ -d $old && $old != "$1" && $old != *.tmp ]] || continue
    grep -qsx "IMAGE=$old" "$SANDBOX_STATE"/*/boot.env && continue
    log "removing the unused image $old"
    rm -rf --one-file-system "$old" "$old.log"
  done
}
