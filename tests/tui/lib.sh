#!/bin/sh
# lib: shared helpers of the tmux-driven reader tests: a private tmux server per test, a pinned
# environment, polling the screen with a time limit, golden screens. The results (ok, not_ok,
# check, skip, finish) and the temporary folder are tests/lib.sh's; a failed check shows the last
# screen captured. Sourced by tests/tui/<name>.sh; UPDATE=1 rewrites the .screen files.
. "$SRCDIR/tests/lib.sh"
SHARED=${SHARED:-$SRCDIR/../shared}
SEED=$SHARED/seed/000_0aea4d21645afa5d.txt
command -v tmux >/dev/null 2>&1 || skip "tmux is not installed"
# Each start gets a tmux server of its own: a new session on the socket of a server that is still
# shutting down after kill-server fails with "server exited unexpectedly" on a busy machine.
sock_base="dl-$(basename "$0" .sh)-$$"
sock=$sock_base-0
starts=0
sock2=$sock_base-b-0
starts_b=0
LIB_DETAIL=$tmp/screen
trap 'tmux -L "$sock" kill-server 2>/dev/null; tmux -L "$sock2" kill-server 2>/dev/null; lib_cleanup' EXIT

# write_run: $tmp/run.sh, dateline with the pinned environment; DL_ENV adds settings.
write_run() {
	mkdir -p "$tmp/home" "$tmp/data"
	cat >"$tmp/run.sh" <<EOS
#!/bin/sh
exec env -i PATH="$PATH" HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" LANG=C.UTF-8 TZ=UTC \
	TERM=${DL_TERM:-tmux-256color} ${DL_ENV:-} "$DATELINE" "\$@"
EOS
}
# session SOCKET WIDTH HEIGHT NAME ARGS...: a new tmux session on SOCKET running run.sh with ARGS;
# the reader's exit status lands in $tmp/NAME (written whole: NAME.tmp, then renamed), and the
# pane stays after it ends, so that its last screen can be read.
session() {
	_sk=$1 _w=$2 _h=$3 _st=$4; shift 4
	rm -f "$tmp/$_st"
	cat >"$tmp/wrap-$_st.sh" <<EOS
#!/bin/sh
trap '' INT
sh "$tmp/run.sh" "\$@"
echo \$? >"$tmp/$_st.tmp"; mv "$tmp/$_st.tmp" "$tmp/$_st"
sleep 60
EOS
	tmux -L "$_sk" -f /dev/null new-session -d -s t -x "$_w" -y "$_h" sh "$tmp/wrap-$_st.sh" "$@"
	tmux -L "$_sk" set-option -t t remain-on-exit on >/dev/null 2>&1
}

# start WIDTH HEIGHT ARGS...: runs dateline in a fresh tmux session; its exit status lands in
# $tmp/status. DL_ENV adds environment settings (e.g. "TERM=linux NO_COLOR=1").
start() {
	w=$1 h=$2; shift 2
	tmux -L "$sock" kill-server 2>/dev/null
	starts=$((starts + 1))
	sock=$sock_base-$starts
	printf '%s\n' "$@" >"$tmp/args"
	write_run
	session "$sock" "$w" "$h" status "$@"
}

# start_b [-s WIDTHxHEIGHT] ARGS...: a second reader, B, beside the one start runs (two readers
# of one notes database): dateline as start runs it (its run.sh, written if start has not), in
# a tmux server of its own, a new one each time as start's, 140x30 unless -s says; its exit
# status lands in $tmp/status_b. keys_b, text_b, screen_b, b_has, wait_b and wait_exit_b are
# keys, text, screen, line_has, wait_for and wait_exit for B.
start_b() {
	_wb=140 _hb=30
	if [ "$1" = -s ]; then
		_wb=${2%x*} _hb=${2#*x}
		shift 2
	fi
	tmux -L "$sock2" kill-server 2>/dev/null
	starts_b=$((starts_b + 1))
	sock2=$sock_base-b-$starts_b
	[ -f "$tmp/run.sh" ] || write_run
	session "$sock2" "$_wb" "$_hb" status_b "$@"
}
keys_b() { tmux -L "$sock2" send-keys -t t "$@"; }
text_b() { tmux -L "$sock2" send-keys -t t -l "$1"; }
screen_b() { tmux -L "$sock2" capture-pane -p -t t 2>/dev/null; }
# b_has TEXT: B's screen holds TEXT; wait_b TEXT [SECONDS] polls for it.
b_has() { screen_b | grep -qF -- "$1"; }
wait_b() { poll "${2:-15}" b_has "$1"; }

keys() { tmux -L "$sock" send-keys -t t "$@"; }
text() { tmux -L "$sock" send-keys -t t -l "$1"; }
screen() { tmux -L "$sock" capture-pane -p -t t >"$tmp/screen" 2>/dev/null; cat "$tmp/screen"; }
screen_e() { tmux -L "$sock" capture-pane -e -p -t t; }
resize() { tmux -L "$sock" resize-window -t t -x "$1" -y "$2"; }
pid() { tmux -L "$sock" display -p -t t '#{pane_pid}'; }

# settle: captures the screen until two captures 50 ms apart agree (at most 3 s), so that the
# checks that read "$tmp/screen" after a wait see a whole frame, not one the terminal has only
# begun to draw (a loaded machine may hand tmux a redraw in pieces).
settle() {
	_s=0
	cp "$tmp/screen" "$tmp/settle"
	while [ $_s -lt 60 ]; do
		sleep 0.05
		screen >/dev/null
		cmp -s "$tmp/screen" "$tmp/settle" && return 0
		cp "$tmp/screen" "$tmp/settle"
		_s=$((_s + 1))
	done
}
# poll SECONDS CMD...: runs CMD every 50 ms until it succeeds (0), or SECONDS pass (1).
poll() {
	limit=$(( $1 * 20 ))
	shift
	_i=0
	while [ $_i -lt $limit ]; do
		"$@" && return 0
		sleep 0.05
		_i=$((_i + 1))
	done
	return 1
}
# The conditions the waits poll: lines LINES (a sed address) of the screen hold TEXT; the screen
# differs from "$tmp/before"; the screen lacks TEXT.
line_has() { screen | sed -n "$1p" | grep -qF -- "$2"; }
screen_changed() { screen >/dev/null; ! cmp -s "$tmp/screen" "$tmp/before"; }
screen_lacks() { ! screen | grep -qF -- "$1"; }
# wait_for TEXT [SECONDS]: polls the screen until TEXT (fixed string) appears, then lets the
# frame settle; "$tmp/screen" holds the settled frame.
wait_for() { wait_line '1,$' "$@"; }
# wait_line LINES TEXT [SECONDS]: wait_for on some lines of the screen (a sed address: 2, $).
wait_line() {
	poll "${3:-15}" line_has "$1" "$2" || return 1
	settle
	return 0
}
# wait_change [SECONDS]: polls the screen until it differs from the last frame captured (the
# "$tmp/screen" a wait left), then lets it settle: for a key whose effect has no text of its own
# to wait for (one j scrolls a line).
wait_change() {
	cp "$tmp/screen" "$tmp/before"
	poll "${1:-15}" screen_changed || return 1
	settle
	return 0
}
# wait_gone TEXT [SECONDS]
wait_gone() { poll "${2:-15}" screen_lacks "$1"; }
# wait_exit [SECONDS]: waits for the reader to end; prints its status ("timeout" when it has not
# ended). wait_exit_b: the same for B.
wait_exit() { wait_status status "${1:-15}"; }
wait_exit_b() { wait_status status_b "${1:-15}"; }
wait_status() {
	limit=$(( $2 * 20 ))
	_i=0
	while [ $_i -lt $limit ]; do
		[ -f "$tmp/$1" ] && { cat "$tmp/$1"; return 0; }
		sleep 0.05
		_i=$((_i + 1))
	done
	echo timeout
	return 1
}
# reader_pid: the dateline process in the session (a child of the pane's shell).
reader_pid() { pgrep -P "$(pid)" -x dateline; }
# same_screen NAME: the screen equals tests/tui/NAME.screen within a few seconds (a slow build
# under load may be caught drawing); UPDATE=1 writes it once two captures agree.
same_screen() {
	if [ "${UPDATE:-0}" = 1 ]; then
		screen >/dev/null
		cp "$tmp/screen" "$tmp/prev"
		sleep 0.3
		screen >/dev/null
		until cmp -s "$tmp/screen" "$tmp/prev"; do
			cp "$tmp/screen" "$tmp/prev"
			sleep 0.3
			screen >/dev/null
		done
		cp "$tmp/screen" "$SRCDIR/tests/tui/$1.screen"
		return 0
	fi
	_i=0
	while [ $_i -lt 100 ]; do
		screen >/dev/null
		diff -u "$SRCDIR/tests/tui/$1.screen" "$tmp/screen" >"$tmp/diff" && return 0
		sleep 0.05
		_i=$((_i + 1))
	done
	sed 's/^/  # /' "$tmp/diff"
	return 1
}
need_seed() {
	[ -f "$SEED" ] || skip "../shared is not here (the seed article)"
}
