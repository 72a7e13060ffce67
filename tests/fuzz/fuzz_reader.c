/* libFuzzer target: the reader's model (no terminal) on a fuzzed article driven by fuzzed keys,
 * at fuzzed screen sizes, drawing after each key: hostile text must lay out and draw without a
 * crash, and keys must never leave the model inconsistent. No notes database is opened. */
#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
size_t fuzz_golden_prefix(const char *name, const char *args, unsigned v, uint8_t *prefix);

/* Layout: byte 0 the screen height (1..64), byte 1 the width (1..255), byte 2 bit 0 whether the
 * analysis arrives late (as for a large article), bytes 3-4 the length of the key script (LE),
 * then the key script (each byte a key: 0xF0.. special keys, 0xE0.. mouse events, else the
 * byte as a character), then the article. Borrows data; frees everything it makes. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int specials[] = {UI_KEY_UP,   UI_KEY_DOWN,      UI_KEY_LEFT,   UI_KEY_RIGHT,
				       UI_KEY_PGUP, UI_KEY_PGDN,      UI_KEY_HOME,   UI_KEY_END,
				       UI_KEY_BTAB, UI_KEY_BACKSPACE, UI_KEY_DELETE, UI_KEY_ENTER,
				       UI_KEY_ESC,  UI_KEY_RESIZE,    '\t',          0x4E2D};
	static bool once;
	if (!once) {
		setlocale(LC_ALL, "C.UTF-8"); /* the reader measures characters with wcwidth() */
		once = true;
	}
	if (size < 5)
		return 0;
	int rows = data[0] % 64 + 1, cols = data[1] + 1;
	bool late = data[2] & 1;
	size_t nkeys = (size_t)data[3] | (size_t)data[4] << 8;
	data += 5;
	size -= 5;
	if (nkeys > size)
		nkeys = size;
	const uint8_t *keys = data;
	data += nkeys;
	size -= nkeys;

	const char *err = NULL;
	struct doc *d = doc_load((const char *)data, size, "fuzz", FORMAT_TEXT, &err);
	if (!d)
		return 0;
	doc_set_anchor(d, (struct date){2025, 11, 8}, ANCHOR_OPTION);
	struct timex_list *tl = timex_find(d);
	struct claim_list *cl = claims_find(d);
	struct reader r;
	struct grid g;
	memset(&g, 0, sizeof(g));
	reader_init(&r, d, late ? NULL : tl, late ? NULL : cl, NULL, NULL, "fuzzing");
	r.no_files = true; /* an export (e, :export) would write wherever the fuzzer runs */
	reader_resize(&r, rows, cols);
	reader_draw(&r, &g);
	for (size_t i = 0; i < nkeys && !r.quit; i++) {
		uint8_t k = keys[i];
		if (late && i == nkeys / 2)
			reader_set_analysis(&r, tl, cl);
		if (k >= 0xF0) {
			int key = specials[k - 0xF0];
			if (key == UI_KEY_RESIZE) {
				rows = rows % 60 + 3;
				cols = cols * 7 % 200 + 1;
				reader_resize(&r, rows, cols);
			} else {
				reader_key(&r, key);
			}
		} else if (k >= 0xE0) {
			reader_mouse(&r, (k & 7) * rows / 8, (k & 7) * cols / 8,
				     (k & 8) ? 4 + (k & 1) : 1);
		} else {
			reader_key(&r, k);
		}
		reader_draw(&r, &g);
	}
	grid_free(&g);
	reader_free(&r);
	claim_list_free(cl);
	timex_list_free(tl);
	doc_free(d);
	return 0;
}

/* For the replay of tests/golden (replay.c): each golden input as an article in the reader, (0)
 * at 24x80 and (1) at 12x20 with the analysis arriving late, each driven by one key script that
 * visits the panes, the events and claims, the timeline's axis, the claims grouped and filtered
 * by speaker, a search and the help. */
size_t fuzz_golden_prefix(const char *name, const char *args, unsigned v, uint8_t *prefix)
{
	/* 0xF0 + i: specials[i] above (0xF6 Home, 0xFB Enter, 0xFC Esc, 0xFD resize) */
	static const uint8_t keys[] = {'j', 'j',  ']',  ']',  '}',  '}',  't',  ']',  0xFD,
				       '[', 'S',  'j',  '}',  's',  0xFD, 'j',  0xFC, 's',
				       'S', 't',  '\t', '\t', 'G',  '/',  's',  'a',  'i',
				       'd', 0xFB, 'n',  'N',  0xFD, '?',  0xFC, 0xF6};
	(void)name;
	(void)args;
	if (v > 1)
		return SIZE_MAX;
	prefix[0] = v ? 11 : 23; /* rows - 1 */
	prefix[1] = v ? 19 : 79; /* cols - 1 */
	prefix[2] = (uint8_t)v;  /* late */
	prefix[3] = sizeof(keys);
	prefix[4] = 0;
	memcpy(prefix + 5, keys, sizeof(keys));
	return 5 + sizeof(keys);
}
