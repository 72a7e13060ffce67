#!/bin/sh
# Golden files: for every tests/golden/<name>.<ext> input, each <name>.out_<mode> beside it must
# equal what `dateline --<mode>` prints (options from <name>.args). Set UPDATE=1 to rewrite them.
set -u
: "${DATELINE:?}" "${SRCDIR:?}"
dir="$SRCDIR/tests/golden"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
n=0
for input in "$dir"/*; do
	case "$input" in *.out_* | *.args) continue ;; esac
	[ -f "$input" ] || continue
	base=${input%.*}
	name=$(basename "$base")
	args=""
	[ -f "$base.args" ] && args=$(cat "$base.args")
	for want in "$base".out_*; do
		[ -f "$want" ] || continue
		mode=${want##*.out_}
		n=$((n + 1))
		case "$mode" in
		md) set -- --export-md - ;;
		*) set -- "--$mode" ;;
		esac
		# shellcheck disable=SC2086
		(cd "$dir" && "$DATELINE" "$@" $args "$(basename "$input")") >"$tmp/got" 2>"$tmp/err"
		if [ "$mode" = md ]; then
			sed -i 's/^exported: .*/exported: (time)/' "$tmp/got"
		fi
		if [ "${UPDATE:-0}" = 1 ]; then
			cp "$tmp/got" "$want"
			echo "ok - $name.$mode (updated)"
		elif cmp -s "$tmp/got" "$want"; then
			echo "ok - $name.$mode"
		else
			echo "not ok - $name.$mode"
			diff -u "$want" "$tmp/got" | head -40 | sed 's/^/  # /'
			fails=$((fails + 1))
		fi
	done
done
echo "# $((n - fails)) of $n passed"
[ "$n" -gt 0 ] && [ "$fails" -eq 0 ]
