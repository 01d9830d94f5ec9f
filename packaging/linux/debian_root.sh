#!/bin/sh
# A minimal Debian 12 root without Python, for `make package-check-debian`:
#   packaging/linux/debian_root.sh CACHE_DIR [TARGET_DIR]
# The first run debootstraps bookworm (minbase variant: essential packages and
# apt only) into a tarball in CACHE_DIR; every run unpacks that tarball afresh
# into TARGET_DIR, so each check starts from the same clean root. Needs root.
set -eu
cache=$1
target=${2:-}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
tarball=$cache/bookworm-minbase.tar
if [ ! -s "$tarball" ]; then
    mkdir -p "$cache"
    work=$cache/bootstrap.tmp
    rm -rf "$work"
    echo "debootstrap --variant=minbase bookworm (once; cached in $tarball)"
    debootstrap --variant=minbase bookworm "$work" "$mirror" > "$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log"; exit 1; }
    # apt's lists are fetched once here too, so a run only downloads packages.
    cp /etc/resolv.conf "$work/etc/resolv.conf"
    chroot "$work" apt-get update -qq
    tar -C "$work" -cf "$tarball.tmp" .
    mv "$tarball.tmp" "$tarball"
    rm -rf "$work"
fi
[ -n "$target" ] || exit 0
mkdir -p "$target"
# Never delete through a mount (a bound /dev or /proc would go with it).
if grep -q " $(realpath "$target")/" /proc/mounts; then
    echo "$target: something is still mounted inside; unmount it first" >&2
    exit 1
fi
rm -rf "$target"
mkdir -p "$target"
tar -C "$target" -xf "$tarball"
cp /etc/resolv.conf "$target/etc/resolv.conf"
