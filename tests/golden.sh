#!/bin/sh
# Golden files: for every tests/golden/<name>.<ext> input, each <name>.out_<mode> beside it must
# equal what `dateline --<mode>` prints (options from <name>.args), the run must exit 0, and its
# stderr must be empty, or equal <name>.err_<mode> when the case writes diagnostics on purpose
# (so a crash or a sanitizer report after the right output fails). UPDATE=1 rewrites the files.
. "$SRCDIR/tests/lib.sh"
dir="$SRCDIR/tests/golden"

for input in "$dir"/*; do
	case "$input" in *.out_* | *.err_* | *.args) continue ;; esac
	[ -f "$input" ] || continue
	base=${input%.*}
	name=$(basename "$base")
	args=""
	[ -f "$base.args" ] && args=$(cat "$base.args")
	for want in "$base".out_*; do
		[ -f "$want" ] || continue
		mode=${want##*.out_}
		case "$mode" in
		md) set -- --export-md - ;;
		*) set -- "--$mode" ;;
		esac
		# shellcheck disable=SC2086
		(cd "$dir" && exec "$DATELINE" "$@" $args "$(basename "$input")") \
			>"$tmp/got" 2>"$tmp/err" </dev/null
		status=$?
		if [ "$mode" = md ]; then
			sed -i 's/^exported: .*/exported: (time)/' "$tmp/got"
		fi
		: >"$tmp/want-err"
		[ -f "$base.err_$mode" ] && cp "$base.err_$mode" "$tmp/want-err"
		if [ "${UPDATE:-0}" = 1 ] && [ "$status" -eq 0 ]; then
			cp "$tmp/got" "$want"
			if [ -s "$tmp/err" ]; then cp "$tmp/err" "$base.err_$mode"; else rm -f "$base.err_$mode"; fi
			ok "$name.$mode (updated)"
		elif [ "$status" -ne 0 ]; then
			not_ok "$name.$mode: exit status $status, want 0" "$tmp/err"
		elif ! cmp -s "$tmp/got" "$want"; then
			diff -u "$want" "$tmp/got" | head -40 >"$tmp/diff"
			not_ok "$name.$mode: the output differs" "$tmp/diff"
		elif ! cmp -s "$tmp/err" "$tmp/want-err"; then
			diff -u "$tmp/want-err" "$tmp/err" | head -40 >"$tmp/diff"
			not_ok "$name.$mode: stderr differs from $name.err_$mode (empty when missing)" \
				"$tmp/diff"
		else
			ok "$name.$mode"
		fi
	done
done
finish
