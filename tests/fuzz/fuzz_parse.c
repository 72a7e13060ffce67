/* libFuzzer target: one input through loading, date and claim finding and every export. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dateline/claims.h"
#include "dateline/doc.h"
#include "dateline/export.h"
#include "dateline/text.h"
#include "dateline/timex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
size_t fuzz_golden_prefix(const char *name, const char *args, unsigned v, uint8_t *prefix);

/* The first byte is the option byte: bits 0-1 the format (0 auto, 1 text, 2 html, 3 markdown),
 * bit 2 an anchor date from the next three bytes (year 1900+byte, month, day, taken modulo
 * and possibly invalid on purpose), bit 3 the anchor found in the text as the CLI does.
 * The rest is the article. Borrows data; frees everything it makes. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	uint8_t opt = data[0];
	data++;
	size--;
	static const enum format formats[] = {FORMAT_AUTO, FORMAT_TEXT, FORMAT_HTML,
					      FORMAT_MARKDOWN};
	enum format format = formats[opt & 3];
	bool anchor = (opt & 4) && size >= 3;
	struct date date = {0, 0, 0};
	if (anchor) {
		date.year = 1900 + data[0] * 2;
		date.month = data[1] % 14;
		date.day = data[2] % 33;
		data += 3;
		size -= 3;
	}
	const char *err = NULL;
	struct doc *d = doc_load((const char *)data, size, "fuzz", format, &err);
	if (!d)
		return 0;
	if (anchor || (opt & 8))
		timex_settle_anchor(d, anchor ? &date : NULL);
	struct timex_list *t = timex_find(d);
	struct claim_list *c = claims_find(d);
	struct buf b;
	struct export_sink s;
	buf_init(&b);
	export_sink_buf(&s, &b);
	export_json(&s, d, t, c);
	buf_clear(&b);
	export_timeline(&s, d, t);
	buf_clear(&b);
	export_claims(&s, d, c);
	buf_clear(&b);
	export_markdown(&s, d, t, c, NULL, (time_t)1762473600);
	buf_free(&b);
	claim_list_free(c);
	timex_list_free(t);
	doc_free(d);
	return 0;
}

/* For the replay of tests/golden (replay.c): each golden input three times, (0) with the format
 * of its extension as golden.sh's runs have it, (1) the same with the anchor found in the text,
 * as the command line does without --date, (2) detected by content, with the --date of its .args
 * when it has one (the year rounded down to an even one: the option byte holds year / 2). */
size_t fuzz_golden_prefix(const char *name, const char *args, unsigned v, uint8_t *prefix)
{
	const char *ext = strrchr(name, '.');
	uint8_t format = 1;
	if (ext && strcmp(ext, ".html") == 0)
		format = 2;
	else if (ext && strcmp(ext, ".md") == 0)
		format = 3;
	const char *date = strstr(args, "--date ");
	int y, m, d;
	switch (v) {
	case 0:
		prefix[0] = format;
		return 1;
	case 1:
		prefix[0] = format | 8;
		return 1;
	case 2:
		if (date && sscanf(date + 7, "%4d-%2d-%2d", &y, &m, &d) == 3 && y >= 1900 &&
		    y < 1900 + 2 * 256) {
			prefix[0] = 4;
			prefix[1] = (uint8_t)((y - 1900) / 2);
			prefix[2] = (uint8_t)m;
			prefix[3] = (uint8_t)d;
			return 4;
		}
		prefix[0] = 0;
		return 1;
	default:
		return SIZE_MAX;
	}
}
