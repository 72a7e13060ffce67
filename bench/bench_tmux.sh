#!/bin/sh
# bench_tmux: the reader as a person starts it, in a real terminal (tmux, 160x45): the time from
# the start of the process to its first screen of the article, to the whole article read, to the
# dates and claims listed; and the process's peak memory (and that per byte of the article).
# Prints figures only, as RESULT lines, named $BENCH_TMUX_NAME (default reader-tmux).
# Usage: bench/bench_tmux.sh DATELINE MB[,MB...] FILE...
set -u
if [ $# -lt 3 ]; then
	echo "usage: bench_tmux.sh DATELINE MB[,MB...] FILE..." >&2
	exit 2
fi
dateline=$1 sizes=$2
shift 2
if ! command -v tmux >/dev/null 2>&1; then
	echo "bench_tmux: tmux is not installed" >&2
	exit 77
fi
tmp=$(mktemp -d)
sock="dl-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
cat "$@" >"$tmp/src.txt"

now_ns() { date +%s%N; }

# start FILE: runs the reader on FILE in a fresh tmux session, the start time in $tmp/t0 and the
# peak memory in $tmp/rss when it ends. The notes database in $tmp/home persists between runs.
start() {
	rm -f "$tmp/t0" "$tmp/rss"
	cat >"$tmp/run.sh" <<EOS
#!/bin/sh
date +%s%N >"$tmp/t0"
exec env -i PATH="$PATH" HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" LANG=C.UTF-8 TZ=UTC \
	TERM=tmux-256color /usr/bin/time -f %M -o "$tmp/rss" "$dateline" "$1"
EOS
	tmux -L "$sock" kill-server 2>/dev/null
	tmux -L "$sock" -f /dev/null new-session -d -s t -x 160 -y 45 sh "$tmp/run.sh"
}

# quit: q, then waits for the process to end (its peak memory written).
quit() {
	tmux -L "$sock" send-keys -t t q
	i=0
	while [ ! -s "$tmp/rss" ] && [ $i -lt 600 ]; do
		sleep 0.1
		i=$((i + 1))
	done
}

# screen_has TEXT: the screen holds TEXT (a fixed string).
screen_has() { tmux -L "$sock" capture-pane -p -t t 2>/dev/null | grep -qF -- "$1"; }

# wait_ns TEXT LIMIT_S [absent]: polls without sleeping until TEXT is (or is no longer) on the
# screen; prints the time it was seen (ns), or nothing after LIMIT_S seconds.
wait_ns() {
	end=$(($(now_ns) + $2 * 1000000000))
	while [ "$(now_ns)" -lt "$end" ]; do
		if screen_has "$1"; then
			[ "${3:-}" = absent ] || { now_ns; return 0; }
		else
			[ "${3:-}" = absent ] && { now_ns; return 0; }
		fi
	done
	return 1
}

# A first run creates the notes database, as a person who has used the reader before has one.
mkdir -p "$tmp/home/data"
printf 'Warm-up article\n\nIt is short.\n' >"$tmp/warm.txt"
start "$tmp/warm.txt"
wait_ns "Warm-up article" 30 >/dev/null
quit

for mb in $(echo "$sizes" | tr ',' ' '); do
	art="$tmp/article.txt"
	python3 - "$tmp/src.txt" "$art" "$mb" <<'PY'
import sys
src = open(sys.argv[1], 'rb').read()
n = int(sys.argv[3]) * 1000000
head = b'Benchmark article for the first screen\n\n'
body = (src * (n // max(len(src), 1) + 1))[:n - len(head)]
open(sys.argv[2], 'wb').write(head + body)
PY
	start "$art"
	first=$(wait_ns "Benchmark article for the first screen" 60)
	read_all=$(wait_ns "Reading the article" 120 absent)
	lists=$(wait_ns "Finding " 300 absent)
	t0=$(cat "$tmp/t0" 2>/dev/null || echo 0)
	quit
	ms() { [ -n "$1" ] && awk -v a="$1" -v b="$t0" 'BEGIN { printf "%.0f", (a - b) / 1e6 }' ||
		printf 'n/a'; }
	rss=$(cat "$tmp/rss" 2>/dev/null || echo -)
	per=$(awk -v k="$rss" -v m="$mb" 'BEGIN { if (k + 0 > 0) printf "%.2f", k * 1024 / (m * 1e6);
		else printf "n/a" }')
	echo "RESULT ${BENCH_TMUX_NAME:-reader-tmux} $mb - $rss" \
		"first_screen_ms=$(ms "$first") all_read_ms=$(ms "$read_all")" \
		"lists_ready_ms=$(ms "$lists") rss_per_input=$per"
done
