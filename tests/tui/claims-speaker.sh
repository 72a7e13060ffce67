#!/bin/sh
# claims-speaker: the detail area's speaker line shows a titled name once: "Mayor Linda Osei"
# where the article writes it so, not "Linda Osei (“Mayor Linda Osei”)"; a source written
# otherwise than by a title ("Osei") still shows the name and, after it, the words as written.
. "$(dirname "$0")/lib.sh"

art=$tmp/bridge.txt
{
	printf 'Bridge opens after ten years\n\n'
	printf 'Mayor Linda Osei opened the new bridge on Monday.\n\n'
	printf '"We will build more of these," said Mayor Linda Osei.\n\n'
	printf 'Later, Osei said that the bridge would stay open at night.\n'
} >"$art"

start 80 24 "$art"
wait_for "Bridge opens after ten years" >/dev/null
keys Tab Tab
check "Tab Tab shows the claims pane" wait_for " Claims  1/2"
settle
check "the detail area names the titled speaker once" \
	sh -c "sed -n '/────/,\$p' '$tmp/screen' | grep -qF ' Mayor Linda Osei said'"
check "and not again as written" \
	sh -c "! sed -n '/────/,\$p' '$tmp/screen' | grep -qF '(“Mayor Linda Osei”)'"
keys j
check "j selects the second claim" wait_for " Claims  2/2"
settle
check "a surname as written still follows the name" \
	sh -c "sed -n '/────/,\$p' '$tmp/screen' | grep -qF 'Linda Osei (“Osei”)'"
finish
