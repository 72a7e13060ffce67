/* test_notes_anchor: the pure re-anchoring of notes, each strategy on its own (exact span,
 * verbatim elsewhere, other white space, between the contexts) and in order, without a database. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dateline/text.h"

#include "../../src/notes_int.h"

static const char v1[] =
	"Harbour town votes on new ferry\n\n"
	"The council of Port Amsel voted on Tuesday to buy a second ferry for the crossing to the "
	"island, after a summer of queues that stretched past the old customs house.\n\n"
	"\"We cannot ask people to wait three hours for a boat,\" said Mara Velt, who chairs the "
	"transport committee. She added that the ferry would be built at the yard in Kessel.\n";

/* The span of the first occurrence of needle in t (REQUIREd to be there). */
static struct span find(const char *t, const char *needle)
{
	const char *p = strstr(t, needle);
	REQUIRE(p != NULL);
	return (struct span){(size_t)(p - t), (size_t)(p - t) + strlen(needle)};
}

/* The anchor of the passage `what` in the text `t`, as a note made on it stores it. */
static struct notes_anchor anchor_of(const char *t, const char *what)
{
	return notes_anchor_make(t, strlen(t), find(t, what));
}

/* True when span s of t holds exactly want (else says what it holds). */
static bool spans(const char *t, struct span s, const char *want)
{
	size_t n = strlen(want);
	if (s.start <= s.end && s.end - s.start == n && memcmp(t + s.start, want, n) == 0)
		return true;
	fprintf(stderr, "  span [%zu,%zu) = \"%.*s\", want \"%s\"\n", s.start, s.end,
		(int)(s.end - s.start), t + s.start, want);
	return false;
}

/* A copy of s with the first `from` replaced by `to`; the caller frees it. */
static char *replace(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	struct buf b = BUF_INIT;

	REQUIRE(p != NULL);
	buf_put(&b, s, (size_t)(p - s));
	buf_puts(&b, to);
	buf_puts(&b, p + strlen(from));
	return buf_detach(&b, NULL);
}

static void char_start_and_ws(void)
{
	const char t[] = "a\xe6\xbc\xa2z"; /* a 漢 z */
	size_t len = sizeof(t) - 1;

	CHECK_EQ(notes_char_start(t, len, 0), 0);
	CHECK_EQ(notes_char_start(t, len, 1), 1);
	CHECK_EQ(notes_char_start(t, len, 2), 1);
	CHECK_EQ(notes_char_start(t, len, 3), 1);
	CHECK_EQ(notes_char_start(t, len, 4), 4);
	CHECK_EQ(notes_char_start(t, len, len), len);
}

static void anchor_make_context(void)
{
	/* In the middle: NOTES_CONTEXT bytes each side, views into the text. */
	struct span s = find(v1, "second ferry");
	struct notes_anchor a = notes_anchor_make(v1, strlen(v1), s);
	CHECK_EQ(a.span.start, s.start);
	CHECK_EQ(a.span.end, s.end);
	CHECK(a.quote == v1 + s.start);
	CHECK_EQ(a.nquote, strlen("second ferry"));
	CHECK(a.before == v1 + s.start - NOTES_CONTEXT);
	CHECK_EQ(a.nbefore, NOTES_CONTEXT);
	CHECK(a.after == v1 + s.end);
	CHECK_EQ(a.nafter, NOTES_CONTEXT);

	/* At the start and the end of the text: what there is. */
	a = anchor_of(v1, "Harbour town");
	CHECK_EQ(a.nbefore, 0);
	a = anchor_of(v1, "in Kessel.\n");
	CHECK_EQ(a.nafter, 0);

	/* A character across the context's edge is left out whole, on both sides. */
	struct buf b = BUF_INIT;
	buf_puts(&b, "\xe6\xbc\xa2"); /* 漢: bytes 0-2 */
	for (int i = 0; i < NOTES_CONTEXT - 2; i++)
		buf_putc(&b, 'x');
	size_t p = b.len; /* 81: the context would start at byte 1, inside 漢 */
	buf_puts(&b, "PASSAGE");
	for (int i = 0; i < NOTES_CONTEXT - 1; i++)
		buf_putc(&b, 'y');
	buf_puts(&b, "\xe6\xbc\xa2"); /* its first byte is the last of the after-context */
	a = notes_anchor_make(b.data, b.len, (struct span){p, p + 7});
	CHECK_EQ(a.nbefore, NOTES_CONTEXT - 2);
	CHECK(a.before == b.data + 3);
	CHECK_EQ(a.nafter, NOTES_CONTEXT - 1);
	CHECK_EQ(text_valid_prefix(a.before, a.nbefore), a.nbefore);
	CHECK_EQ(text_valid_prefix(a.after, a.nafter), a.nafter);
	buf_free(&b);
}

static void find_best_context_then_nearest(void)
{
	const char hay[] = "one cat here. two cat there. one cat again.";
	size_t len = sizeof(hay) - 1, at = 99, score = 99, count = 99;

	/* "two " before it: the second occurrence, though the others are nearer to 0. */
	REQUIRE(notes_find_best(hay, len, "cat", 3, "two ", 4, "", 0, 0, &at, &score, &count));
	CHECK_EQ(at, (size_t)(strstr(hay, "two cat") - hay) + 4);
	CHECK_EQ(score, 4);
	CHECK_EQ(count, 3);
	/* "one " before two of them: the nearer to 40 of those. */
	REQUIRE(notes_find_best(hay, len, "cat", 3, "one ", 4, " ", 1, 40, &at, &score, &count));
	CHECK_EQ(at, (size_t)(strstr(hay, "one cat again") - hay) + 4);
	CHECK_EQ(score, 5);
	/* No context at all: the nearest to the old offset. */
	REQUIRE(notes_find_best(hay, len, "cat", 3, "", 0, "", 0, 20, &at, &score, &count));
	CHECK_EQ(at, (size_t)(strstr(hay, "two cat") - hay) + 4);
	CHECK_EQ(score, 0);
	/* A perfect match before `near` with the rest farther away ends the search early. */
	REQUIRE(notes_find_best(hay, len, "cat", 3, "", 0, "", 0, 0, &at, &score, &count));
	CHECK_EQ(at, 4);
	CHECK_EQ(count, 2);
	/* Nothing to find. */
	CHECK(!notes_find_best(hay, len, "dog", 3, "", 0, "", 0, 0, &at, &score, &count));
	CHECK_EQ(count, 0);
	CHECK(!notes_find_best(hay, len, "", 0, "", 0, "", 0, 0, &at, &score, &count));
	CHECK(!notes_find_best("ab", 2, "abc", 3, "", 0, "", 0, 0, &at, &score, &count));
}

static void exact_span(void)
{
	struct notes_anchor a = anchor_of(v1, "second ferry");
	struct span out = {7, 7};

	CHECK(notes_anchor_exact(v1, strlen(v1), &a, &out));
	CHECK(spans(v1, out, "second ferry"));
	/* One byte earlier in the text: not there any more, *out untouched. */
	char *v2 = replace(v1, "Harbour", "Harbor");
	out = (struct span){7, 7};
	CHECK(!notes_anchor_exact(v2, strlen(v2), &a, &out));
	CHECK_EQ(out.start, 7);
	/* A text now shorter than the span, and an empty passage, are never exact. */
	CHECK(!notes_anchor_exact(v1, a.span.start + 3, &a, &out));
	struct notes_anchor empty = notes_anchor_make(v1, strlen(v1), (struct span){5, 5});
	CHECK(!notes_anchor_exact(v1, strlen(v1), &empty, &out));
	free(v2);
}

static void verbatim_elsewhere(void)
{
	/* A line inserted at the top: the passage is found where it moved, by its context. */
	struct buf v2 = BUF_INIT;
	buf_puts(&v2, "UPDATED: the vote count was confirmed.\n\n");
	buf_puts(&v2, v1);
	struct notes_anchor a = anchor_of(v1, "ferry"); /* short and repeated */
	struct span out = {0, 0};
	CHECK(!notes_anchor_exact(v2.data, v2.len, &a, &out));
	REQUIRE(notes_anchor_verbatim(v2.data, v2.len, &a, &out));
	CHECK_EQ(out.start, a.span.start + strlen("UPDATED: the vote count was confirmed.\n\n"));
	CHECK(spans(v2.data, out, "ferry"));
	buf_free(&v2);

	/* A short passage among others and no context left: not trusted. */
	static const char moved[] = "ferry ferry ferry and more ferry words here";
	a = anchor_of(v1, "ferry");
	out = (struct span){3, 3};
	CHECK(!notes_anchor_verbatim(moved, sizeof(moved) - 1, &a, &out));
	CHECK_EQ(out.start, 3);
	/* The only occurrence, 8 bytes or more: trusted without context ... */
	static const char once[] = "Nothing around it: customs house, and no more.";
	a = anchor_of(v1, "customs house");
	REQUIRE(notes_anchor_verbatim(once, sizeof(once) - 1, &a, &out));
	CHECK(spans(once, out, "customs house"));
	/* ... but a shorter one is not. */
	static const char once_short[] = "Nothing around it: Kessel, and no more.";
	a = anchor_of(v1, "Kessel");
	CHECK(!notes_anchor_verbatim(once_short, sizeof(once_short) - 1, &a, &out));
}

static void squeezed_white_space(void)
{
	/* Re-wrapped: spaces became line breaks and indentation. */
	char *v2 = replace(v1, "a summer of queues that", "a summer\nof queues\n    that");
	struct notes_anchor a = anchor_of(v1, "after a summer of queues that stretched");
	struct notes_squeezed q = {0};
	struct span out = {0, 0};

	CHECK(!notes_anchor_exact(v2, strlen(v2), &a, &out));
	CHECK(!notes_anchor_verbatim(v2, strlen(v2), &a, &out));
	CHECK(!q.built);
	REQUIRE(notes_anchor_squeezed(v2, strlen(v2), &a, &q, &out));
	CHECK(q.built);
	CHECK(spans(v2, out, "after a summer\nof queues\n    that stretched"));
	/* The squeezed text maps every kept byte back. */
	REQUIRE(q.n > 0);
	for (size_t i = 0; i < q.n; i++) {
		if (q.s[i] != v2[q.from[i]] || text_is_ascii_space(q.s[i]) ||
		    (i && q.from[i] <= q.from[i - 1])) {
			CHECK_EQ(q.s[i], v2[q.from[i]]);
			break;
		}
	}
	/* A passage of fewer than 8 bytes without white space is never searched this way. */
	a = anchor_of(v1, "on new");
	char *v3 = replace(v1, "on new", "on\nnew");
	struct notes_squeezed q3 = {0};
	CHECK(!notes_anchor_squeezed(v3, strlen(v3), &a, &q3, &out));
	notes_squeeze_free(&q3);
	notes_squeeze_free(&q);
	notes_squeeze_free(NULL);
	free(v2);
	free(v3);
}

static void between_contexts(void)
{
	/* A word changed inside the passage: placed between its two contexts. */
	const char *old = "voted on Tuesday to buy a second ferry for the crossing";
	char *v2 = replace(v1, "to buy a second", "to order a second");
	struct notes_anchor a = anchor_of(v1, old);
	struct notes_squeezed q = {0};
	struct span out = {0, 0};

	CHECK(!notes_anchor_verbatim(v2, strlen(v2), &a, &out));
	CHECK(!notes_anchor_squeezed(v2, strlen(v2), &a, &q, &out));
	REQUIRE(notes_anchor_between(v2, strlen(v2), &a, &out));
	CHECK(spans(v2, out, "voted on Tuesday to order a second ferry for the crossing"));
	notes_squeeze_free(&q);

	/* The passage replaced by one far longer: the contexts are too far apart. */
	struct buf longer = BUF_INIT;
	for (int i = 0; i < 20; i++)
		buf_puts(&longer, "a much longer passage ");
	char *v3 = replace(v1, old, longer.data);
	out = (struct span){1, 1};
	CHECK(!notes_anchor_between(v3, strlen(v3), &a, &out));
	CHECK_EQ(out.start, 1);
	buf_free(&longer);

	/* The before-context cut by the start of the text: the passage starts the text. */
	a = anchor_of(v1, "Harbour town votes on new ferry");
	char *v4 = replace(v1, "Harbour town votes on new ferry", "Harbour city votes on a ferry");
	REQUIRE(notes_anchor_between(v4, strlen(v4), &a, &out));
	CHECK(spans(v4, out, "Harbour city votes on a ferry"));

	/* The after-context cut by the end of the text: the passage ends it. */
	a = anchor_of(v1, "yard in Kessel.\n");
	char *v5 = replace(v1, "yard in Kessel.\n", "yard at Kessel!\n");
	REQUIRE(notes_anchor_between(v5, strlen(v5), &a, &out));
	CHECK(spans(v5, out, "yard at Kessel!\n"));

	/* Both contexts short: nothing to go by. */
	static const char tiny[] = "abc passage xyz";
	a = notes_anchor_make(tiny, sizeof(tiny) - 1, (struct span){4, 11});
	CHECK(!notes_anchor_between("abc changed xyz", 15, &a, &out));
	free(v2);
	free(v3);
	free(v4);
	free(v5);
}

static void place_in_order(void)
{
	struct notes_squeezed q = {0};
	struct span out;

	/* The exact span wins over a better-context copy elsewhere. */
	struct notes_anchor a = anchor_of(v1, "the crossing");
	struct buf v2 = BUF_INIT;
	buf_put(&v2, v1, a.span.end);
	buf_puts(&v2, " ... ");
	buf_put(&v2, a.before, a.nbefore + a.nquote + a.nafter);
	REQUIRE(notes_anchor_place(v2.data, v2.len, &a, &q, &out));
	CHECK_EQ(out.start, a.span.start);
	notes_squeeze_free(&q);
	buf_free(&v2);

	/* Every strategy failing: detached. */
	struct notes_squeezed q2 = {0};
	a = anchor_of(v1, "She added that the ferry would be built at the yard in Kessel.");
	char *gone =
		replace(v1, " She added that the ferry would be built at the yard in Kessel.", "");
	CHECK(!notes_anchor_place(gone, strlen(gone), &a, &q2, &out));
	notes_squeeze_free(&q2);
	free(gone);

	/* Each kind of edit is placed by notes_anchor_place() as by its own strategy. */
	static const struct {
		const char *passage, *from, *to, *want;
	} edits[] = {
		{"second ferry", "Harbour town", "UPDATE\n\nHarbour town", "second ferry"},
		{"after a summer of queues that stretched", "summer of", "summer\n  of",
		 "after a summer\n  of queues that stretched"},
		{"voted on Tuesday to buy a second ferry", "to buy", "to order",
		 "voted on Tuesday to order a second ferry"},
	};
	for (size_t i = 0; i < sizeof(edits) / sizeof(edits[0]); i++) {
		struct notes_squeezed qi = {0};
		char *vi = replace(v1, edits[i].from, edits[i].to);
		a = anchor_of(v1, edits[i].passage);
		CHECK(notes_anchor_place(vi, strlen(vi), &a, &qi, &out) &&
		      spans(vi, out, edits[i].want));
		notes_squeeze_free(&qi);
		free(vi);
	}
}

int main(void)
{
	RUN(char_start_and_ws);
	RUN(anchor_make_context);
	RUN(find_best_context_then_nearest);
	RUN(exact_span);
	RUN(verbatim_elsewhere);
	RUN(squeezed_white_space);
	RUN(between_contexts);
	RUN(place_in_order);
	return CHECK_DONE();
}
