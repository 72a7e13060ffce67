/* ui_jump: the jump list, as in vim and less: every jump (] [ } { Enter, a search, n N, g G %)
 * leaves its place in the list; Ctrl-O goes back through it, Ctrl-N forward again, and ''
 * swaps with the place before the last jump. */
#include <string.h>

#include "reader_int.h"

struct place place_now(const struct reader *r)
{
	struct place p = {r->top, r->has_current, r->current};

	if (!p.has_current)
		p.current = (struct span){0, 0};
	return p;
}

static bool place_same(const struct place *a, const struct place *b)
{
	return a->top == b->top && a->has_current == b->has_current &&
	       (!a->has_current ||
		(a->current.start == b->current.start && a->current.end == b->current.end));
}

/* Goes to place p: the article at its top line, the item highlighted as it was. */
static void place_go(struct reader *r, const struct place *p)
{
	reader_goto(r, p->top);
	r->top = p->top;
	r->has_current = p->has_current;
	r->current = p->current;
	if (!r->wide && r->focus != PANE_ARTICLE)
		reader_focus(r, PANE_ARTICLE);
}

/* Appends p, dropping the oldest place when the list is full. */
static void jumps_push(struct reader *r, const struct place *p)
{
	if (r->njumps == READER_JUMPS) {
		memmove(r->jumps, r->jumps + 1, (READER_JUMPS - 1) * sizeof(*r->jumps));
		r->njumps--;
	}
	r->jumps[r->njumps++] = *p;
}

void jumps_record(struct reader *r, const struct place *from)
{
	struct place now = place_now(r);

	if (place_same(from, &now))
		return;
	/* A new jump forgets the places gone back over, as in vim. */
	r->njumps = r->jump_pos < r->njumps ? r->jump_pos : r->njumps;
	if (!r->njumps || !place_same(&r->jumps[r->njumps - 1], from))
		jumps_push(r, from);
	r->jump_pos = r->njumps;
}

void jumps_back(struct reader *r)
{
	struct place now = place_now(r);

	if (r->jump_pos == 0 || !r->njumps) {
		reader_status_set(r, true, "No older place (jumps: ] [ } { Enter / n N g G %%)");
		return;
	}
	if (r->jump_pos >= r->njumps) {
		/* Leaving the newest place: keep it, for Ctrl-N. */
		if (!place_same(&r->jumps[r->njumps - 1], &now)) {
			jumps_push(r, &now);
			r->jump_pos = r->njumps - 1;
		} else {
			r->jump_pos = r->njumps - 1;
		}
	}
	r->jump_pos--;
	place_go(r, &r->jumps[r->jump_pos]);
	reader_status_set(r, false, "Place %zu/%zu · Ctrl-N goes forward", r->jump_pos + 1,
			  r->njumps);
}

void jumps_forward(struct reader *r)
{
	if (r->jump_pos + 1 >= r->njumps) {
		reader_status_set(r, true, "No newer place");
		return;
	}
	r->jump_pos++;
	place_go(r, &r->jumps[r->jump_pos]);
	reader_status_set(r, false, "Place %zu/%zu", r->jump_pos + 1, r->njumps);
}

void jumps_swap(struct reader *r)
{
	struct place now = place_now(r), to;

	if (!r->njumps) {
		reader_status_set(r, true, "No earlier place to go back to");
		return;
	}
	to = r->jumps[r->njumps - 1];
	if (place_same(&to, &now)) {
		if (r->njumps < 2) {
			reader_status_set(r, true, "No earlier place to go back to");
			return;
		}
		to = r->jumps[r->njumps - 2];
	}
	/* The place left is the one '' comes back to. */
	r->jumps[r->njumps - 1] = now;
	r->jump_pos = r->njumps;
	place_go(r, &to);
	reader_status_set(r, false, "Back at the last place · '' again returns");
}
