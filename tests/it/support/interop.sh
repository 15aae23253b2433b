#!/usr/bin/env bash
# Builds the interop images with buildah and umoci, from scratch, once per test run.
# Usage: interop.sh WORKDIR
# Leaves in WORKDIR:
#   root/, run/          buildah's storage (vfs): images rich:1, rich:2, rich-arm64:2 and the
#                        manifest list richlist (amd64 + arm64, sharing every layer)
#   gz/                  OCI layout, tag 2: rich:2 with gzip layers (buildah push oci:)
#   zstd/                OCI layout, tag 2: rich:2 with zstd layers
#   umoci/               OCI layout, tag 2: rich:2 plus layers written by `umoci insert`
#                        (a file, an opaque directory, a whiteout; tars without end blocks)
# The rich image has whiteouts, hardlinks, absolute and relative symlinks, a FIFO,
# setuid/setgid files, owners, UTF-8 names, paths over 100 characters and old mtimes.
set -euo pipefail
W="$1"
B=(buildah --storage-driver vfs --root "$W/root" --runroot "$W/run")
# Layers are made by diffing storage, not by running anything: no isolation is needed.
export BUILDAH_ISOLATION=chroot

ctr=$("${B[@]}" from scratch)
m=$("${B[@]}" mount "$ctr")
(
  cd "$m"
  mkdir -p usr/bin etc/app/conf.d var/empty "données/été" opaque/old keep/sub opt
  echo hello >etc/app/hello.txt
  echo 'password=hunter2' >etc/app/secret
  printf '#!/bin/sh\necho hi\n' >usr/bin/tool
  chmod 4755 usr/bin/tool
  echo g >usr/bin/gtool
  chmod 2711 usr/bin/gtool
  ln usr/bin/tool usr/bin/tool-hard
  ln -s /etc/app/hello.txt etc/hello-abs
  ln -s ../hello.txt etc/app/conf.d/rel
  mkfifo var/fifo
  echo u >"données/été/fichier-ü.txt"
  long="$(printf 'd%.0s' {1..60})/$(printf 'e%.0s' {1..60})"
  mkdir -p "$long"
  echo long >"$long/$(printf 'f%.0s' {1..80}).txt"
  echo x >opaque/old/x
  echo k >keep/sub/k
  chown 1000:1000 etc/app/hello.txt
  chown -h 1000:1000 etc/hello-abs
  chmod 0750 keep
  touch -h -d '2020-01-02 03:04:05' etc/hello-abs
  touch -d '2021-01-01 00:00:00' var/fifo usr/bin/tool
)
"${B[@]}" config --arch amd64 --os linux --env A=1 --cmd '["/usr/bin/tool"]' \
  --label org.test=rich --created-by 'build rich' "$ctr"
"${B[@]}" commit -q --format oci "$ctr" rich:1 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null

ctr=$("${B[@]}" from rich:1)
m=$("${B[@]}" mount "$ctr")
rm "$m/etc/app/secret"
rm -rf "$m/opaque"
mkdir -p "$m/opaque/new"
echo n >"$m/opaque/new/n"
echo changed >"$m/etc/app/hello.txt"
"${B[@]}" commit -q --format oci "$ctr" rich:2 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null

# The same layers under an arm64 config, and a list of both.
ctr=$("${B[@]}" from rich:2)
"${B[@]}" config --arch arm64 --variant v8 "$ctr"
"${B[@]}" commit -q --format oci "$ctr" rich-arm64:2 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null
"${B[@]}" manifest create richlist >/dev/null
"${B[@]}" manifest add richlist rich:2 >/dev/null
"${B[@]}" manifest add --arch arm64 --variant v8 richlist rich-arm64:2 >/dev/null

"${B[@]}" push -q rich:2 "oci:$W/gz:2" >/dev/null
"${B[@]}" push -q --compression-format zstd rich:2 "oci:$W/zstd:2" >/dev/null

# umoci's own layers on top: a file, an opaque directory, a whiteout.
cp -r "$W/gz" "$W/umoci"
mkdir -p "$W/src/newapp"
echo fresh >"$W/src/newapp/fresh"
echo inserted >"$W/src/inserted"
umoci insert --image "$W/umoci:2" "$W/src/inserted" /opt/inserted
umoci insert --image "$W/umoci:2" --opaque "$W/src/newapp" /etc/app
umoci insert --image "$W/umoci:2" --whiteout /usr/bin/gtool

# The talk's example: a layer adds credentials, the next installs, the last removes them (they
# are still shipped). And its multi-stage equivalent, which never had them.
token="ghp_$(printf 'k%.0s' {1..8})Z3xQ9vLm2RtY7wBn4KpD8sHf6JcA1gE5"
ctr=$("${B[@]}" from scratch)
m=$("${B[@]}" mount "$ctr")
mkdir -p "$m/root/.docker" "$m/app"
printf '{"auths":{"registry.example.com":{"auth":"%s"}},"token":"%s"}\n' \
  "$(printf 'ci:%s' "$token" | base64 -w0)" "$token" >"$m/root/.docker/config.json"
cp "$m/root/.docker/config.json" "$m/app/auth.json"
"${B[@]}" config --created-by 'COPY auth.json /app/auth.json' "$ctr"
"${B[@]}" commit -q --format oci "$ctr" talk:1 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null
ctr=$("${B[@]}" from talk:1)
m=$("${B[@]}" mount "$ctr")
mkdir -p "$m/app/node_modules/left-pad"
echo 'module.exports = (s, n) => s.padStart(n)' >"$m/app/node_modules/left-pad/index.js"
"${B[@]}" config --created-by 'RUN npm ci' "$ctr"
"${B[@]}" commit -q --format oci "$ctr" talk:2 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null
ctr=$("${B[@]}" from talk:2)
m=$("${B[@]}" mount "$ctr")
rm -rf "$m/app/auth.json" "$m/root/.docker"
"${B[@]}" config --created-by 'RUN rm auth.json' "$ctr"
"${B[@]}" commit -q --format oci "$ctr" talk:3 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null
"${B[@]}" push -q talk:3 "oci:$W/talk:1" >/dev/null
# Multi-stage: only what the build produced is copied into a fresh image.
ctr=$("${B[@]}" from scratch)
m=$("${B[@]}" mount "$ctr")
mkdir -p "$m/app/node_modules/left-pad"
echo 'module.exports = (s, n) => s.padStart(n)' >"$m/app/node_modules/left-pad/index.js"
"${B[@]}" config --created-by 'COPY --from=build /app/node_modules /app/node_modules' "$ctr"
"${B[@]}" commit -q --format oci "$ctr" talk-ms:1 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null
"${B[@]}" push -q talk-ms:1 "oci:$W/talk-ms:1" >/dev/null

# For image compose, rebase and squash: two layer images (one layer each, from scratch), an app
# built on rich:2, and a new base to rebase the app onto.
for piece in php node; do
  ctr=$("${B[@]}" from scratch)
  m=$("${B[@]}" mount "$ctr")
  mkdir -p "$m/opt/$piece/bin"
  printf '#!/bin/sh\necho %s\n' "$piece" >"$m/opt/$piece/bin/$piece"
  chmod 755 "$m/opt/$piece/bin/$piece"
  "${B[@]}" config --arch amd64 --os linux --created-by "install $piece" "$ctr"
  "${B[@]}" commit -q --format oci "$ctr" "layer-$piece:1" >/dev/null
  "${B[@]}" rm "$ctr" >/dev/null
done
ctr=$("${B[@]}" from rich:2)
m=$("${B[@]}" mount "$ctr")
mkdir -p "$m/app"
echo app >"$m/app/app.txt"
ln "$m/app/app.txt" "$m/app/app-hard.txt"
"${B[@]}" config --created-by 'COPY app.txt /app/' --env APP=1 "$ctr"
"${B[@]}" commit -q --format oci "$ctr" app:1 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null
ctr=$("${B[@]}" from scratch)
m=$("${B[@]}" mount "$ctr")
mkdir -p "$m/etc" "$m/usr/bin"
echo 'NAME=newbase' >"$m/etc/os-release"
"${B[@]}" config --arch amd64 --os linux --env PATH=/usr/bin --created-by 'newbase' "$ctr"
"${B[@]}" commit -q --format oci "$ctr" newbase:1 >/dev/null
"${B[@]}" rm "$ctr" >/dev/null
