/* ui_notes_on: what each note is on, as the notes pane's row says it (the paragraph's opening
 * words, the event's label, the claim's speaker and cue), found once when the notes or the
 * analysis change, so that drawing a row costs the same whatever the article's length. */
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"

/* The most bytes of the article a row quotes (a paragraph's opening words, a passage). */
#define OPENING_BYTES 64

/* The opening words of s[0..n) onto b: at most OPENING_BYTES, cut after a whole word; true when
 * there is more (the row then ends them with "…"). */
static bool opening_words(struct buf *b, const char *s, size_t n)
{
	size_t k = n;

	while (k && (s[k - 1] == ' ' || s[k - 1] == '\n'))
		k--;
	if (k <= OPENING_BYTES) {
		text_visible_line(b, s, k);
		return false;
	}
	k = text_fit(s, k, OPENING_BYTES);
	size_t w = k;
	while (w && s[w] != ' ' && s[w] != '\n')
		w--;
	text_visible_line(b, s, w > k / 2 ? w : k);
	return true;
}

size_t notes_on_item(const struct reader *r, enum note_target t, struct span span)
{
	size_t best = SIZE_MAX, best_len = SIZE_MAX;
	size_t n = t == NOTE_EVENT ? r->tl->nevents : t == NOTE_CLAIM ? r->cl->n : 0;

	/* the item whose passage is the note's, else the smallest that holds its start (as the
	 * export finds it) */
	for (size_t i = 0; i < n; i++) {
		struct span e = t == NOTE_EVENT ? r->tl->events[i].span
						: claims_extent(&r->cl->items[i]);
		if (e.start == span.start && e.end == span.end)
			return i;
		if (span.start >= e.start && span.start < e.end && e.end - e.start < best_len) {
			best = i;
			best_len = e.end - e.start;
		}
	}
	return best;
}

void notes_on_speaker(const struct reader *r, size_t i, struct buf *b)
{
	const struct claim *c = &r->cl->items[i];

	if (c->speaker_resolved && *c->speaker_resolved)
		text_visible_line(b, c->speaker_resolved, strlen(c->speaker_resolved));
	else if (c->speaker.end > c->speaker.start)
		text_visible_line(b, r->text + c->speaker.start,
				  text_fit(r->text + c->speaker.start,
					   c->speaker.end - c->speaker.start, 40));
	else
		buf_puts(b, CLAIMS_NO_SPEAKER);
	if (!c->speaker_resolved && claims_speaker_unresolved(r->d, c))
		buf_puts(b, " (unresolved)");
}

/* "claim Pat Caddell said": the speaker, then the cue as written when it has words (a
 * headline's ":" has none) and the speaker says it. "According to" is left out: before the
 * speaker, it was what a row cut to its room kept ("claim According to…", no source). */
static void claim_what(const struct reader *r, size_t i, struct buf *b)
{
	const struct claim *c = &r->cl->items[i];
	size_t cue = c->cue.end > c->cue.start ? c->cue.end - c->cue.start : 0;
	bool words = c->kind != CLAIM_ACCORDING_TO && claims_cue_has_words(r, c);
	buf_puts(b, "claim ");
	notes_on_speaker(r, i, b);
	if (words) {
		buf_putc(b, ' ');
		text_visible_line(b, r->text + c->cue.start,
				  text_fit(r->text + c->cue.start, cue, 30));
	}
}

/* What note n is on, for its row, into b; item is its event or claim (SIZE_MAX: none found).
 * True when b holds only the opening words of a longer passage. */
static bool note_what(const struct reader *r, const struct note *n, size_t item, struct buf *b)
{
	bool cut = false;
	size_t s = n->span.start, e = n->span.end;

	if (n->detached || e > r->len || s > e)
		return false;
	if (n->target == NOTE_EVENT && item != SIZE_MAX) {
		buf_puts(b, "event ");
		text_visible_line(b, r->tl->events[item].label, strlen(r->tl->events[item].label));
	} else if (n->target == NOTE_CLAIM && item != SIZE_MAX) {
		claim_what(r, item, b);
	} else if (n->target == NOTE_SELECTION) {
		buf_puts(b, "passage “");
		cut = opening_words(b, r->text + s, e - s);
		if (!cut)
			buf_puts(b, "”");
	} else {
		/* a paragraph, or an event or claim the analysis no longer finds: its words */
		if (n->target != NOTE_PARAGRAPH)
			buf_printf(b, "%s ", note_target_name(n->target));
		cut = opening_words(b, r->text + s, e - s);
	}
	return cut;
}

void notes_on_build(struct reader *r)
{
	struct buf b = BUF_INIT;

	notes_on_free(r);
	r->note_on = xcalloc(r->notes->n ? r->notes->n : 1, sizeof(*r->note_on));
	for (size_t i = 0; i < r->notes->n; i++) {
		const struct note *n = &r->notes->items[i];
		r->note_on[i].item = n->detached ? SIZE_MAX : notes_on_item(r, n->target, n->span);
		buf_clear(&b);
		r->note_on[i].cut = note_what(r, n, r->note_on[i].item, &b);
		r->note_on[i].what = xstrdup(b.len ? b.data : "");
	}
	r->nnote_on = r->notes->n;
	buf_free(&b);
}

void notes_on_free(struct reader *r)
{
	for (size_t i = 0; i < r->nnote_on; i++)
		free(r->note_on[i].what);
	free(r->note_on);
	r->note_on = NULL;
	r->nnote_on = 0;
}

const char *notes_on_what(const struct reader *r, size_t i)
{
	return i < r->nnote_on && r->note_on[i].what ? r->note_on[i].what : "";
}

bool notes_on_cut(const struct reader *r, size_t i)
{
	return i < r->nnote_on && r->note_on[i].cut;
}

size_t notes_on_index(const struct reader *r, size_t i)
{
	return i < r->nnote_on ? r->note_on[i].item : SIZE_MAX;
}
