#!/bin/sh
# Turns this machine (a mini PC or a Raspberry Pi running Debian or Raspberry Pi OS) into a mingle
# kiosk: mingle on tty1 from boot, restarted whenever it stops, with no login prompt behind it, VT
# switching, SysRq and Ctrl-Alt-Del locked. See docs/DEPLOY.md.
#
# Safe to run again: files that are already in place are left alone, /etc/default/mingle-kiosk is
# written only once (--event changes just its MINGLE_EVENT line), the event folder is never
# overwritten.
set -eu

usage() {
  cat <<'USAGE'
Usage: deploy/install.sh [options]

  --binary FILE        install FILE (a release build of mingle) as /usr/local/bin/mingle
  --event DIR          the event folder the kiosk runs (default /srv/mingle/event); created with
                       `mingle init` when missing, given to the mingle user and group
  --console-font SIZE  set the console font in /etc/default/console-setup to Terminus bold of SIZE
                       (16x32, 14x28, 12x24, 11x22, 10x20, 8x16), in the Vietnamese codeset: the
                       only one that has every character mingle draws (applied at the next boot)
  --root DIR           install into DIR instead of / (an image being prepared, or a test); nothing
                       on the running system is touched
  --dry-run            print what would be done and change nothing
  --uninstall          remove the kiosk (the event folder, the mingle user and
                       /etc/default/mingle-kiosk stay) and unlock the console
  -h, --help           show this help
USAGE
}

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
root=/
dry_run=false
uninstall=false
binary=
event=
font=

while [ $# -gt 0 ]; do
  case $1 in
    --binary) binary=${2:?--binary needs a file}; shift 2 ;;
    --binary=*) binary=${1#*=}; shift ;;
    --event) event=${2:?--event needs a folder}; shift 2 ;;
    --event=*) event=${1#*=}; shift ;;
    --console-font) font=${2:?--console-font needs a size}; shift 2 ;;
    --console-font=*) font=${1#*=}; shift ;;
    --root) root=${2:?--root needs a folder}; shift 2 ;;
    --root=*) root=${1#*=}; shift ;;
    --dry-run | -n) dry_run=true; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# MARK: - Helpers

fail() {
  echo "install.sh: $*" >&2
  exit 1
}

note() {
  echo "  $*"
}

# The path of the system path $1 under the root being installed into.
at() {
  printf '%s%s' "${root%/}" "$1"
}

live() {
  [ "$root" = / ]
}

# Runs a command, or only shows it with --dry-run.
run() {
  if $dry_run; then
    note "would run: $*"
  else
    note "run: $*"
    "$@"
  fi
}

# Copies $1 to the system path $2 with mode $3, unless it is there already with that content.
put() {
  dest=$(at "$2")
  if [ -f "$dest" ] && cmp -s "$1" "$dest"; then
    note "unchanged: $2"
    $dry_run || chmod "$3" "$dest"
    return
  fi
  if $dry_run; then
    note "would install: $2"
    return
  fi
  mkdir -p "$(dirname "$dest")"
  cp "$1" "$dest.new"
  chmod "$3" "$dest.new"
  mv -f "$dest.new" "$dest"
  note "installed: $2"
}

# Removes the system path $1 if it is there.
remove() {
  if [ -e "$(at "$1")" ] || [ -L "$(at "$1")" ]; then
    run rm -f "$(at "$1")"
  fi
}

# systemctl on the running system, or on the files under --root.
units() {
  if live; then
    run systemctl "$@"
  else
    run systemctl --root="$root" "$@"
  fi
}

# Sets `NAME=VALUE` (quoted) in the shell-style file at system path $1, adding the line when NAME
# has none.
set_variable() {
  file=$(at "$1") name=$2 value=$3
  if [ -f "$file" ] && grep -qx "$name=\"$value\"" "$file"; then
    note "unchanged: $name in $1"
    return
  fi
  if $dry_run; then
    note "would set $name=\"$value\" in $1"
    return
  fi
  mkdir -p "$(dirname "$file")"
  touch "$file"
  if grep -q "^$name=" "$file"; then
    sed "s|^$name=.*|$name=\"$value\"|" "$file" >"$file.new"
    cat "$file.new" >"$file"
    rm -f "$file.new"
  else
    printf '%s="%s"\n' "$name" "$value" >>"$file"
  fi
  note "set $name=\"$value\" in $1"
}

# MARK: - Checks

if [ -n "$event" ]; then
  case $event in
    /*) ;;
    *) fail "--event must be an absolute path: $event" ;;
  esac
  case $event in
    *[[:space:]]* | *'"'* | *"'"* | *'|'* | *'\'* | *'$'*) fail "--event must not contain spaces, quotes, |, \\ or \$: $event" ;;
  esac
fi
case $font in
  '' | 16x32 | 14x28 | 12x24 | 11x22 | 10x20 | 8x16) ;;
  *) fail "--console-font must be one of 16x32 14x28 12x24 11x22 10x20 8x16, not $font" ;;
esac
[ -z "$binary" ] || [ -x "$binary" ] || fail "not an executable: $binary"
[ -d "$root" ] || fail "no such folder: $root"
if live && ! $dry_run && [ "$(id -u)" != 0 ]; then
  fail "run as root (sudo deploy/install.sh …), or try --dry-run"
fi
command -v systemctl >/dev/null 2>&1 || fail "systemctl not found: this needs a systemd system"

if $dry_run; then
  echo "Dry run: nothing is changed."
fi
if $uninstall; then
  echo "Removing the kiosk from $root"
else
  echo "Installing into $root"
fi

# MARK: - Uninstall

if $uninstall; then
  units disable mingle-kiosk.service mingle-keylock.service
  units unmask getty@tty1.service autovt@tty1.service ctrl-alt-del.target
  for path in /etc/systemd/system/mingle-kiosk.service /etc/systemd/system/mingle-keylock.service \
    /usr/local/lib/mingle/keylock /etc/sysctl.d/99-mingle-kiosk.conf \
    /etc/systemd/logind.conf.d/mingle-kiosk.conf /etc/systemd/system.conf.d/mingle-kiosk.conf \
    /usr/local/share/doc/mingle/DEPLOY.md; do
    remove "$path"
  done
  if live; then
    run systemctl daemon-reload
  fi
  $dry_run && exit 0
  echo "Removed. Reboot to get the login prompt, the keymap and SysRq back."
  echo "Kept: /usr/local/bin/mingle, /etc/default/mingle-kiosk, the console font, the event folder and the mingle user."
  exit 0
fi

# MARK: - Files

if [ -n "$binary" ]; then
  put "$binary" /usr/local/bin/mingle 755
elif [ ! -x "$(at /usr/local/bin/mingle)" ]; then
  note "warning: no /usr/local/bin/mingle yet: pass --binary .build/release/mingle (see docs/DEPLOY.md)"
fi
put "$here/mingle-kiosk.service" /etc/systemd/system/mingle-kiosk.service 644
put "$here/mingle-keylock.service" /etc/systemd/system/mingle-keylock.service 644
put "$here/keylock" /usr/local/lib/mingle/keylock 755
put "$here/sysctl-mingle-kiosk.conf" /etc/sysctl.d/99-mingle-kiosk.conf 644
put "$here/logind-mingle-kiosk.conf" /etc/systemd/logind.conf.d/mingle-kiosk.conf 644
put "$here/system-mingle-kiosk.conf" /etc/systemd/system.conf.d/mingle-kiosk.conf 644
put "$here/sysusers-mingle.conf" /etc/sysusers.d/mingle.conf 644
if [ -f "$here/../docs/DEPLOY.md" ]; then
  put "$here/../docs/DEPLOY.md" /usr/local/share/doc/mingle/DEPLOY.md 644
fi
if [ -f "$(at /etc/default/mingle-kiosk)" ]; then
  note "kept: /etc/default/mingle-kiosk"
else
  put "$here/mingle-kiosk.default" /etc/default/mingle-kiosk 644
fi
if [ -n "$event" ]; then
  set_variable /etc/default/mingle-kiosk MINGLE_EVENT "$event"
else
  event=$(sed -n 's/^MINGLE_EVENT=//p' "$(at /etc/default/mingle-kiosk)" 2>/dev/null | tail -n 1 | tr -d '"')
  event=${event:-/srv/mingle/event}
fi
if [ -n "$font" ]; then
  set_variable /etc/default/console-setup CODESET Vietnamese
  set_variable /etc/default/console-setup FONTFACE TerminusBold
  set_variable /etc/default/console-setup FONTSIZE "$font"
fi

# MARK: - The mingle user

if live; then
  run systemd-sysusers mingle.conf
else
  run systemd-sysusers --root="$root" mingle.conf
fi
owner=$(awk -F: '$1 == "mingle" { print $3 ":" $4 }' "$(at /etc/passwd)" 2>/dev/null || true)

# MARK: - The event folder

folder=$(at "$event")
if [ -d "$folder" ]; then
  note "kept: $event"
elif [ -x "$(at /usr/local/bin/mingle)" ] || $dry_run; then
  run "$(at /usr/local/bin/mingle)" init "$folder"
else
  run mkdir -p "$folder"
  note "warning: $event is empty: put event.toml, attendees.csv and tips.md there (\`mingle init\` writes examples)"
fi
if [ -n "$owner" ]; then
  run chown -R "$owner" "$folder"
elif ! $dry_run; then
  note "warning: no mingle user in $(at /etc/passwd): $event keeps its owner"
fi
run chmod 2775 "$folder"

# MARK: - Units, masks and the running system

units mask getty@tty1.service autovt@tty1.service ctrl-alt-del.target
units enable mingle-keylock.service mingle-kiosk.service
if live; then
  run systemctl daemon-reload
  run sysctl -q -p /etc/sysctl.d/99-mingle-kiosk.conf
  command -v loadkeys >/dev/null 2>&1 || note "warning: loadkeys not found: apt-get install kbd, or VT switching stays possible"
fi

$dry_run && exit 0
echo "Done. Reboot to start the kiosk on tty1 (or, from ssh: sudo systemctl start mingle-kiosk)."
echo "Organizers who edit the event or run a second display: sudo usermod -aG mingle NAME"
