/* claims_render: a claim as one line a person reads (verbatim quotation or marked paraphrase),
 * the one form every front end shows. */
#include <stdint.h>
#include <string.h>

#include "claims_int.h"

enum {
	SIDE_OPEN,
	SIDE_CLOSE,
	SIDE_EITHER /* a straight mark: by the spaces around it */
};

/* A double quotation mark at s (n bytes available), wire-style `` and '' included: its length
 * and *side; 0 when there is none. */
static int double_mark(const char *s, size_t n, int *side)
{
	uint32_t cp;
	int len = text_decode(s, n, &cp);

	switch (len ? cp : 0) {
	case '"':
		*side = SIDE_EITHER;
		return 1;
	case '`': /* ``wire-style'' marks, two characters each */
		*side = SIDE_OPEN;
		return n >= 2 && s[1] == '`' ? 2 : 0;
	case '\'':
		*side = SIDE_CLOSE;
		return n >= 2 && s[1] == '\'' ? 2 : 0;
	case 0x201C: /* “ */
	case 0x201E: /* „ */
	case 0x00AB: /* « */
		*side = SIDE_OPEN;
		return len;
	case 0x201D: /* ” */
	case 0x00BB: /* » */
		*side = SIDE_CLOSE;
		return len;
	default:
		return 0;
	}
}

static bool space_at(const char *s, size_t i, size_t n)
{
	return i >= n || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
}

/* Appends c to b unless it would make two spaces or start with one. */
static void put_space(struct buf *b, size_t from)
{
	if (b->len > from && b->data[b->len - 1] != ' ')
		buf_putc(b, ' ');
}

/* Drops the commas and spaces that end b after `from`: they end a quotation ("win,"). */
static void drop_comma(struct buf *b, size_t from)
{
	while (b->len > from && (b->data[b->len - 1] == ',' || b->data[b->len - 1] == ' '))
		b->data[--b->len] = '\0';
}

#define MARKS_MAX 64 /* double marks balanced in one piece of text; more are dropped */

/* The single quotation marks opened in b after `from` and not closed there, outside double
 * marks (those pair on their own): ‘ opens one after a space or a mark and before a letter (not
 * in Obama‘s, nor ‘90s); ’ or ' closes one unless a letter follows it (It’s), as does a ‘ typed
 * for it (‘D-‘ rating). */
static size_t singles_open(const struct buf *b, size_t from)
{
	size_t open = 0, dbl = 0;

	for (size_t i = from; i < b->len; i++) {
		const char *t = b->data + i;
		if (*t != '\'' && (unsigned char)*t != 0xE2)
			continue; /* no mark starts with the byte: the tests below would pass it by */
		uint32_t q = text_curly_single(t, b->len - i), d = text_curly_double(t, b->len - i);
		size_t len = q || d ? 3 : 1;
		bool before = i > from &&
			      (text_is_ascii_letter(t[-1]) || (t[-1] >= '0' && t[-1] <= '9'));
		bool after = i + len < b->len && text_is_ascii_letter(t[len]);
		if (d == 0x201C || d == 0x201D)
			dbl = d == 0x201C ? dbl + 1 : dbl ? dbl - 1 : 0;
		else if (dbl)
			continue;
		else if (q == 0x2018 && !before && after)
			open++;
		else if ((q || *t == '\'') && open && !after && i > from && t[-1] != ' ')
			open--;
	}
	return open;
}

/* Appends the text s (n bytes, repaired) with white space folded and its double quotation marks
 * paired: a pair becomes “ ” (‘ ’ when `inner`, inside a quotation), a mark without its pair
 * is dropped, and a comma before a closing mark goes, or after it inside the text. */
static void put_words(struct buf *b, const char *s, size_t n, bool inner)
{
	size_t pos[MARKS_MAX], nm = 0, from = b->len;
	char role[MARKS_MAX]; /* 'o' open, 'c' close, 'O' open to the end, 'C' close from the start,
				 0 dropped */
	bool closes[MARKS_MAX];
	size_t open = SIZE_MAX, shut[MARKS_MAX], nshut = 0;

	/* pair the marks: an open one waits for the next close one */
	for (size_t i = 0; i < n && nm < MARKS_MAX;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && c != '"' && c != '`' && c != '\'') {
			i++; /* an ASCII byte no mark starts with: no decoding */
			continue;
		}
		int side, len = double_mark(s + i, n - i, &side);
		if (!len) {
			i++;
			continue;
		}
		/* a straight mark spaced on both sides ("to \" restore it \" now") opens when
		 * none is open and closes the open one else, as the engine paired it */
		if (side == SIDE_EITHER) {
			bool before = i == 0 || space_at(s, i - 1, n) || strchr("([", s[i - 1]),
			     after = space_at(s, i + 1, n);
			side = before && !after                      ? SIDE_OPEN
			       : before && after && open == SIZE_MAX ? SIDE_OPEN
								     : SIDE_CLOSE;
		}
		/* wire text's ''closing'' pair typed where the opening one belongs (" ''I don't") */
		if (side == SIDE_CLOSE && s[i] == '\'' && (i == 0 || space_at(s, i - 1, n)) &&
		    !space_at(s, i + (size_t)len, n))
			side = SIDE_OPEN;
		pos[nm] = i;
		role[nm] = 0;
		closes[nm] = side == SIDE_CLOSE;
		if (side == SIDE_OPEN && open != SIZE_MAX) {
			/* a quotation that goes on in the next paragraph opens it again without
			 * closing the one before (“... anymore.\n\n“That could ...): closed where
			 * its paragraph ends, as a row on one line shows it */
			const char *nl = memchr(s + pos[open], '\n', i - pos[open]);
			if (nl) {
				role[open] = 'o';
				shut[nshut++] = (size_t)(nl - s);
			}
		}
		if (side == SIDE_OPEN) {
			open = nm;
		} else if (open != SIZE_MAX) {
			role[open] = 'o';
			role[nm] = 'c';
			open = SIZE_MAX;
		}
		nm++;
		i += (size_t)len;
	}
	/* a quotation that runs on past either end of the text is closed (or opened) there */
	if (open != SIZE_MAX)
		role[open] = 'O';
	if (nm > 0 && role[0] == 0 && closes[0]) {
		role[0] = 'C'; /* a closing mark before any opening one */
		buf_puts(b, inner ? "\xE2\x80\x98" : "\xE2\x80\x9C");
	}
	for (size_t i = 0, k = 0, sk = 0; i < n;) {
		int side, len;
		if (sk < nshut && shut[sk] == i) {
			while (b->len > from && b->data[b->len - 1] == ' ')
				b->data[--b->len] = '\0';
			buf_puts(b, inner ? "\xE2\x80\x99" : "\xE2\x80\x9D");
			sk++;
		}
		if (space_at(s, i, n)) {
			put_space(b, from);
			i++;
			continue;
		}
		/* a run of printable ASCII bytes, no space and no mark (nor the '\n' a shut
		 * quotation ends at): copied at once, as the bytes one by one below would be */
		size_t run = i;
		while (run < n && (unsigned char)s[run] > ' ' && (unsigned char)s[run] < 0x7F &&
		       s[run] != '"' && s[run] != '`' && s[run] != '\'')
			run++;
		if (run > i) {
			buf_put(b, s + i, run - i);
			i = run;
			continue;
		}
		len = double_mark(s + i, n - i, &side);
		if (len) {
			while (k < nm && pos[k] < i)
				k++;
			if (k < nm && pos[k] == i && (role[k] == 'o' || role[k] == 'O')) {
				buf_puts(b, inner ? "\xE2\x80\x98" : "\xE2\x80\x9C");
				while (space_at(s, i + (size_t)len, n) && i + (size_t)len < n)
					i++; /* "to \" restore": no space inside the mark */
			} else if (k < nm && pos[k] == i && (role[k] == 'c' || role[k] == 'C')) {
				/* "win,” at the end goes; inside the text the comma, which the
				 * writer's style put inside the mark, goes after it ("a “bully”, a
				 * liar"): the marks hold the speaker's words, the list keeps its
				 * commas */
				size_t j = b->len, after = i + (size_t)len;
				while (j > from && b->data[j - 1] == ' ')
					j--;
				bool comma = j > from && b->data[j - 1] == ',';
				drop_comma(b, from);
				buf_puts(b, inner ? "\xE2\x80\x99" : "\xE2\x80\x9D");
				while (after < n && space_at(s, after, n))
					after++;
				if (comma && after < n && !strchr(",.;:!?", s[after]))
					buf_putc(b, ',');
			}
			i += (size_t)len;
			continue;
		}
		/* one character, repaired; a soft hyphen or a zero-width space, the page's hint
		 * for breaking a line, is none of the speaker's words ("Netan\u00ADyahu") */
		uint32_t cp;
		int cl = text_decode(s + i, n - i, &cp);
		if (cl == 0) {
			buf_puts(b, "\xEF\xBF\xBD");
			i++;
		} else if (text_break_hint(s + i, n - i)) {
			i += (size_t)cl;
		} else {
			buf_put(b, s + i, (size_t)cl);
			i += (size_t)cl;
		}
	}
	while (b->len > from && b->data[b->len - 1] == ' ')
		b->data[--b->len] = '\0';
	if (open != SIZE_MAX) {
		drop_comma(b, from);
		buf_puts(b, inner ? "\xE2\x80\x99" : "\xE2\x80\x9D");
	}
	/* a phrase in single marks whose closing mark, after the stop, the content left out
	 * ("It’s ‘in Their Heads.’"): closed, as a double one is */
	for (size_t k = inner ? 0 : singles_open(b, from); k > 0; k--) {
		drop_comma(b, from);
		buf_puts(b, "\xE2\x80\x99");
	}
}

/* True when the text between two quoted spans of a claim, [p, end), is the mark of a
 * quotation inside the speaker's words and nothing else (a transcript's turn "REYES: The mayor
 * told us "it is safe"", a tweet, "has a “no recent events” policy"): one quotation mark. Words
 * the writer set between two quotations ("," he said, ") have a mark that closes and one that
 * opens; a quotation that runs on into the next paragraph opens again there. */
static bool inner_gap(const char *text, size_t p, size_t end)
{
	size_t marks = 0;

	while (p < end) {
		int side, len = double_mark(text + p, end - p, &side);
		if (len) {
			marks++;
			p += (size_t)len;
		} else if (text_is_ascii_letter((unsigned char)text[p]) ||
			   (text[p] >= '0' && text[p] <= '9') || text[p] == '\n') {
			return false;
		} else {
			p++;
		}
	}
	return marks == 1;
}

/* True when the quoted words of the direct claim c are one run of the speaker's words that
 * quotes something itself: an inner quotation's mark between each two of its spans. */
static bool one_run(const char *text, const struct claim *c)
{
	for (size_t i = 1; i < c->nquote; i++)
		if (!inner_gap(text, c->quote[i - 1].end, c->quote[i].start))
			return false;
	return c->nquote > 1;
}

/* The single quotation marks of a quotation inside the speaker's words, in b after `from`, in
 * one style with the marks around them: a straight ' that opens one (after a space or a mark,
 * before a letter) and the ' or ’ that closes it (after a word, before no letter: not the
 * apostrophe of "don't" or "voters'" when none is open) become ‘ ’; a comma before a closing
 * mark that ends b goes ("I told them, 'no,'" shows “I told them, ‘no’”). Marks without a pair
 * stay as typed. */
static void inner_singles(struct buf *b, size_t from)
{
	size_t pos[MARKS_MAX], stack[MARKS_MAX], nm = 0, depth = 0;
	char role[MARKS_MAX]; /* 'o' open, 'c' close, 0 left as typed */
	struct buf out = BUF_INIT;

	for (size_t i = from; i < b->len && nm < MARKS_MAX; i++) {
		const char *t = b->data + i;
		if (*t != '\'' && (unsigned char)*t != 0xE2)
			continue;
		uint32_t q = text_curly_single(t, b->len - i);
		size_t len = q ? 3 : 1;
		if (!q && *t != '\'')
			continue;
		bool before = i > from &&
			      (text_is_ascii_letter(t[-1]) || (t[-1] >= '0' && t[-1] <= '9'));
		bool after = i + len < b->len && text_is_ascii_letter(t[len]);
		if ((q == 0x2018 || !q) && !before && after) {
			pos[nm] = i;
			role[nm] = 0;
			stack[depth++] = nm++;
		} else if ((q == 0x2019 || !q) && depth > 0 && !after && i > from && t[-1] != ' ') {
			role[stack[--depth]] = 'o';
			pos[nm] = i;
			role[nm++] = 'c';
		}
		i += len - 1;
		if (depth == MARKS_MAX)
			break;
	}
	if (nm == 0)
		return;
	for (size_t i = from, k = 0; i < b->len;) {
		if (k < nm && pos[k] == i) {
			size_t len = (unsigned char)b->data[i] == 0xE2 ? 3 : 1, j = i + len;
			if (role[k] == 'c') {
				while (j < b->len && b->data[j] == ' ')
					j++;
				if (j == b->len && out.len > 0 && out.data[out.len - 1] == ',')
					out.data[--out.len] = '\0'; /* "‘no,’" at the end */
			}
			if (role[k] == 'o')
				buf_puts(&out, "\xE2\x80\x98");
			else if (role[k] == 'c')
				buf_puts(&out, "\xE2\x80\x99");
			else
				buf_put(&out, b->data + i, len);
			i += len;
			k++;
			continue;
		}
		buf_putc(&out, b->data[i++]);
	}
	b->len = from;
	b->data[from] = '\0';
	buf_put(b, out.data, out.len);
	buf_free(&out);
}

/* The direct claim's quoted words inside “ ”, its runs of words joined with " … ". Spans that
 * only an inner quotation's mark parts are one run, shown whole with what it quotes inside
 * ‘ ’. */
static void put_quote(struct buf *b, const char *text, const struct claim *c)
{
	struct span whole = c->content;
	const struct span *q = c->nquote && !one_run(text, c) ? c->quote : &whole;
	size_t n = q == c->quote ? c->nquote : 1;

	buf_puts(b, "\xE2\x80\x9C");
	for (size_t i = 0, j; i < n; i = j + 1) {
		size_t from;
		for (j = i; j + 1 < n && inner_gap(text, q[j].end, q[j + 1].start); j++)
			;
		if (i > 0)
			buf_puts(b, " \xE2\x80\xA6 ");
		from = b->len;
		put_words(b, text + q[i].start, q[j].end - q[i].start, true);
		drop_comma(b, from);
		inner_singles(b, from);
	}
	buf_puts(b, "\xE2\x80\x9D");
}

/* True when the n bytes at s are a number alone ("52", "1,200", "40%"; not "17-year-old"). */
static bool number_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || s[i] == ',' || s[i] == '.' || s[i] == '%'))
			return false;
	return true;
}

/* True when the n bytes at s, the words of a source before its resolved name, are a count or a
 * share of it ("one", "two", "52 percent of", "most of the"): at least one number or share
 * word, and the rest the words around one, in lower case after the first. */
static bool count_words(const char *s, size_t n)
{
	bool count = false;

	for (size_t i = 0, j; i < n; i = j + 1) {
		for (j = i; j < n && s[j] != ' '; j++)
			;
		if (j == i || (i > 0 && s[i] >= 'A' && s[i] <= 'Z'))
			return false; /* "17 Of The Most Powerful Things": a headline's words */
		if ((s[i] >= '0' && s[i] <= '9' && number_only(s + i, j - i)) ||
		    text_word_in(CLAIMS_ONE_TO_TEN " eleven twelve twenty thirty forty fifty "
						   "dozen dozens hundred hundreds thousand "
						   "thousands percent half third majority most "
						   "many several few",
				 s + i, j - i))
			count = true;
		else if (!text_word_in("of the a an about nearly almost only just more than at "
				       "least roughly some",
				       s + i, j - i))
			return false;
	}
	return count;
}

/* True when the n bytes at s are an ordinal in figures, perhaps after "the" ("the 4th", "9th",
 * "21st"): the number of a court, a district or a unit, part of its name ("the 4th Circuit"). */
static bool ordinal_words(const char *s, size_t n)
{
	size_t t = text_the_len(s, n);

	return coref_ordinal(s + t, n - t);
}

/* True when the n bytes at s, a source as written, are the resolved one-word plural r of rl
 * bytes, then "at", "from", "in" or "with" and a capitalised name, perhaps after "the", and
 * nothing more ("Democrats in Iowa who watched the debate" is shown "Democrats") ("Analysts at Berenberg", "Officials at the Pentagon", "Doctors in Gaza" for
 * "Analysts"): where the group is from tells who they are. */
static bool group_and_place(const char *s, size_t n, const char *r, size_t rl)
{
	size_t i = rl + 1, j;

	if (rl < 4 || n > 64 || n <= rl + 4 || r[rl - 1] != 's' || memchr(r, ' ', rl) ||
	    memcmp(s, r, rl) != 0 || s[rl] != ' ' || memchr(s, ',', n))
		return false;
	for (j = i; j < n && s[j] != ' '; j++)
		;
	if (j >= n || !text_word_in("at from in with", s + i, j - i))
		return false;
	i = j + 1;
	if (n - i > 4 && strncmp(s + i, "the ", 4) == 0)
		i += 4;
	if (i >= n)
		return false;
	/* the place's name to the end: capitalised words, "of" or "and" between them */
	for (; i < n; i = j + 1) {
		for (j = i; j < n && s[j] != ' '; j++)
			;
		if (!(s[i] >= 'A' && s[i] <= 'Z') && !text_word_in("of and", s + i, j - i))
			return false;
	}
	return true;
}

/* True when the source as written is the resolved name after "the" ("the Financial Times" for
 * "Financial Times"), or after a count or a share ("two Republicans", "52 percent of voters" for
 * "Republicans", "voters": the number is part of who said it), or after an ordinal ("the 4th
 * Circuit" for "Circuit"), or a group with where it is from ("Analysts at Berenberg"): that
 * reads better than the bare name. */
static bool written_holds(const char *text, const struct claim *c)
{
	const char *s = text + c->speaker.start;
	size_t n = c->speaker.end - c->speaker.start, rl = strlen(c->speaker_resolved);

	if (n > rl + 1 && s[n - rl - 1] == ' ' &&
	    memcmp(s + n - rl, c->speaker_resolved, rl) == 0 &&
	    (count_words(s, n - rl - 1) || ordinal_words(s, n - rl - 1)))
		return true;
	if (group_and_place(s, n, c->speaker_resolved, rl))
		return true;
	size_t t = text_the_len(s, n);
	return t && n == rl + t && memcmp(s + t, c->speaker_resolved, rl) == 0;
}

bool claims_speaker_unresolved(const struct doc *d, const struct claim *c)
{
	size_t len;
	const char *text = doc_text(d, &len);

	return !c->speaker_resolved && c->speaker_id == CLAIM_NONE && !span_empty(c->speaker) &&
	       c->speaker.end <= len &&
	       text_word_in("he i it she they we you", text + c->speaker.start,
			    claims_uncontracted(text + c->speaker.start,
						c->speaker.end - c->speaker.start));
}

/* True when the source as written is "I", "we" or "you" (an interviewer's "Q: You said ..."):
 * the verb after it is in the first or second person. */
static bool first_person(const char *text, const struct claim *c)
{
	return !span_empty(c->speaker) &&
	       text_word_in("i we you", text + c->speaker.start,
			    claims_uncontracted(text + c->speaker.start,
						c->speaker.end - c->speaker.start));
}

/* True when the "that" before w (content up to e) is no conjunction: the word at w is a
 * finite verb, so "that" is the clause's subject ("that has been part of his message", "that
 * isn’t likely"), or w..e is one word, whose determiner it is ("that argument"). */
static bool that_subject(const char *text, size_t w, size_t e)
{
	size_t n = 0;

	while (w + n < e && n < 8 && text_is_ascii_letter(text[w + n]))
		n++;
	/* "that isn’t likely", "that won't happen": a negative run in */
	if (w + n + 1 < e &&
	    (text[w + n] == '\'' ||
	     (w + n + 3 < e && text_curly_single(text + w + n, 3) == 0x2019)) &&
	    text_word_in("isn wasn won can doesn didn hasn hadn wouldn couldn shouldn", text + w,
			 n))
		return true;
	if (text_word_in("can could did does had has is may might must seems should was will "
			 "would",
			 text + w, n))
		return true;
	/* "rejected that argument", "echoed that promise": one word after it is no clause (a
	 * clause has a subject and a verb), so "that" is its determiner and stays */
	while (w + n < e && text[w + n] != ' ')
		n++;
	return w + n >= e;
}

/* True when the capitalised "That" at s opens content that comes before its cue ("That the
 * minister lied is clear, the senator said"): no conjunction after a verb of saying, but the
 * word that opens the subject clause, or a determiner ("That plan is dead"); without it the row
 * would read "the minister lied is clear" or "plan is dead". */
static bool fronted_that(const char *text, const struct claim *c, size_t s)
{
	return s == c->content.start && text[s] == 'T' && !span_empty(c->cue) &&
	       c->content.end <= c->cue.start;
}

/* The form of the cue's first verb, past an adverb ("also praising", "then said"): 'b'
 * "been", 'a' another auxiliary ("is arguing"), 'i' a participle in -ing, 's' an irregular
 * past ("said", "told"), 'd' a word in -ed/-en, 0 anything else (a noun: "criticism of"). */
static char cue_form(const char *text, const struct claim *c)
{
	size_t w, e;

	for (w = c->cue.start;; w = e + 1) {
		for (e = w; e < c->cue.end && text[e] != ' '; e++)
			;
		if (e >= c->cue.end ||
		    !((e - w > 2 && memcmp(text + e - 2, "ly", 2) == 0) ||
		      text_word_in("also still just not never already even then now once again "
				   "long",
				   text + w, e - w)))
			break;
	}
	if (text_word_in("been", text + w, e - w))
		return 'b';
	if (text_word_in("is are was were has have had will would be being", text + w, e - w))
		return 'a';
	if (e - w > 3 && memcmp(text + e - 3, "ing", 3) == 0)
		return 'i';
	if (text_word_in("said told thought wrote written made got gone felt heard kept known seen "
			 "shown spoken taught",
			 text + w, e - w))
		return 's';
	if (e - w > 2 && (memcmp(text + e - 2, "ed", 2) == 0 || memcmp(text + e - 2, "en", 2) == 0))
		return 'd';
	return 0;
}

/* What a contraction or a possessive after the source stood for, kept after the full name
 * that replaces it (only where the cue follows the source and the row shows another name):
 * - a pronoun's verb written out: "he’s hoping" shows "Marco Rubio is hoping", "she’s said"
 *   "… has said", "they’ll argue" "… will argue", "he’d wondered" "… had wondered", never
 *   "Marco Rubio hoping";
 * - a name's "’s" before "said" or "been" is "has" ("Begala’s said": "Paul Begala has said");
 * - before anything else it is the possessive, as written: "Trump’s criticism of" shows
 *   "Donald J. Trump’s criticism of", never "Donald J. Trump criticism of". */
static void put_contracted(struct buf *b, const char *text, const struct claim *c)
{
	const char *s = text + c->speaker.start, *aux = NULL;
	size_t n = c->speaker.end - c->speaker.start, k = claims_uncontracted(s, n);

	if (span_empty(c->speaker) || k == n || span_empty(c->cue) ||
	    c->cue.start < c->speaker.end ||
	    (strlen(c->speaker_resolved) == n && memcmp(c->speaker_resolved, s, n) == 0))
		return;
	size_t a = s[k] == '\'' ? 1 : 3; /* the apostrophe, straight or curly */
	const char *tail = s + k + a;
	size_t tn = n - k - a, w = k;
	char form = cue_form(text, c);
	bool past = form == 's' || form == 'd' || form == 'b';

	while (w > 0 && s[w - 1] != ' ')
		w--;
	if (text_word_in("he she it they", s, k)) {
		if (text_word_in("s", tail, tn))
			aux = form == 'i' ? "is" : past ? "has" : NULL;
		else if (text_word_in("re", tail, tn))
			aux = form == 'a' ? NULL : "are";
		else if (text_word_in("ve", tail, tn))
			aux = form == 'a' ? NULL : "have";
		else if (text_word_in("ll", tail, tn))
			aux = form == 'a' ? NULL : "will";
		else if (text_word_in("d", tail, tn))
			aux = past ? "had" : form == 'i' || form == 'a' ? NULL : "would";
	} else if (!text_word_in("s", tail, tn) || s[w] < 'A' || s[w] > 'Z')
		return; /* "power for what’s": no name's mark */
	else if (form == 's' || form == 'b') {
		if (memchr(s, ',', n))
			return; /* "Ann Lee, a friend of the Mayor's, said" */
		aux = "has";
	} else if (form != 'a') {
		buf_put(b, s + k, n - k);
		return;
	}
	if (aux) {
		buf_putc(b, ' ');
		buf_puts(b, aux);
	}
}

size_t claims_source_uncontracted(const char *text, const struct claim *c)
{
	size_t w = c->speaker.end, n, k;

	if (span_empty(c->speaker) || span_empty(c->cue) || c->cue.start < c->speaker.end ||
	    c->kind == CLAIM_ACCORDING_TO)
		return c->speaker.end;
	while (w > c->speaker.start && text[w - 1] != ' ')
		w--;
	n = c->speaker.end - w;
	k = claims_uncontracted(text + w, n);
	if (k == n)
		return c->speaker.end;
	size_t a = text[w + k] == '\'' ? 1 : 3; /* the apostrophe, straight or curly */
	if (text_word_in("he she it they we i you who", text + w, k))
		return w + k;
	if (text[w] < 'A' || text[w] > 'Z')
		return c->speaker.end;
	/* a name's "'s" is its verb only before "said" or "been" (as put_contracted() reads
	 * it), and not at the end of an apposition ("a friend of the couple's said") */
	if (!text_word_in("s", text + w + k + a, n - k - a))
		return w + k;
	char form = cue_form(text, c);
	return (form == 's' || form == 'b') && !memchr(text + c->speaker.start, ',',
						       c->speaker.end - c->speaker.start)
		       ? w + k
		       : c->speaker.end;
}

/* The length of the verb contracted onto the word that ends at byte e ("’s", "'ve", "'ll"): an
 * apostrophe, one of the verbs, then no letter; 0 when there is none. */
static size_t contraction_after(const char *text, size_t len, size_t e)
{
	size_t a = e < len && text[e] == '\''                       ? 1
		   : text_curly_single(text + e, len - e) == 0x2019 ? 3
								    : 0;
	size_t z = e + a;

	while (a && z < len && z < e + a + 2 && text_is_ascii_letter(text[z]))
		z++;
	if (!a || (z < len && text_is_ascii_letter(text[z])) ||
	    !text_word_in("m ve d ll re s", text + e + a, z - e - a))
		return 0;
	return z - e;
}

/* The speaker: the resolved name, "I (Joe Biden)" for a first person resolved ("You (Joe
 * Biden)" for a second), the source as
 * written (an unresolved pronoun marked so), or
 * "Unattributed". */
static void put_who(struct buf *b, const struct doc *d, const char *text, const struct claim *c,
		    bool mid_line)
{
	size_t from = b->len;

	if (c->speaker_resolved && first_person(text, c) &&
	    strncmp(c->speaker_resolved, "I (", 3) != 0) {
		/* "I (Joe Biden) think": the word as written, then whom it names, so the verb that
		 * follows reads as written */
		put_words(b, text + c->speaker.start, c->speaker.end - c->speaker.start, false);
		buf_puts(b, " (");
		put_words(b, c->speaker_resolved, strlen(c->speaker_resolved), false);
		buf_puts(b, ")");
	} else if (c->speaker_resolved && first_person(text, c) &&
		   claims_uncontracted(text + c->speaker.start, c->speaker.end - c->speaker.start) <
			   c->speaker.end - c->speaker.start) {
		/* "I’ve (the writer) been saying": the contraction as written */
		put_words(b, text + c->speaker.start, c->speaker.end - c->speaker.start, false);
		buf_puts(b, " ");
		put_words(b, c->speaker_resolved + 2, strlen(c->speaker_resolved + 2), false);
	} else if (c->speaker_resolved && !(!span_empty(c->speaker) && written_holds(text, c))) {
		put_words(b, c->speaker_resolved, strlen(c->speaker_resolved), false);
		put_contracted(b, text, c);
		/* "his call for", "their support for": the holder's name takes the possessive
		 * ("Donald Trump's call for", "Republicans' support for", "Bernie Sanders'
		 * attacks on") */
		size_t rl = strlen(c->speaker_resolved);
		if (!span_empty(c->speaker) && !span_empty(c->cue) &&
		    c->cue.start >= c->speaker.end && c->cue.start <= c->speaker.end + 1 &&
		    text_word_in("his her its their", text + c->speaker.start,
				 c->speaker.end - c->speaker.start))
			buf_puts(b, rl > 0 && c->speaker_resolved[rl - 1] == 's' ? "'" : "'s");
	} else if (!span_empty(c->speaker)) {
		put_words(b, text + c->speaker.start, c->speaker.end - c->speaker.start, false);
		if (claims_speaker_unresolved(d, c))
			buf_puts(b, " (unresolved)");
	} else
		buf_puts(b, "Unattributed");
	if (mid_line && b->len > from + 4 && memcmp(b->data + from, "The ", 4) == 0)
		b->data[from] = 't'; /* "According to the Financial Times" */
}

/* True when the cue is a word (not the colon of a label or the dash of a signature). */
static bool cue_is_word(const char *text, const struct claim *c)
{
	for (size_t i = c->cue.start; i < c->cue.end; i++)
		if ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))
			return true;
	return false;
}

/* True when the cue's last word is one of `words`, lower-case words separated by spaces (ASCII,
 * case-insensitive). */
static bool cue_ends_with(const char *text, const struct claim *c, const char *words)
{
	size_t w = c->cue.end;

	while (w > c->cue.start && text[w - 1] != ' ')
		w--;
	return text_word_in(words, text + w, c->cue.end - w);
}

/* True when the cue's first word is one of `words`, as cue_ends_with() reads them: "was said",
 * "is said", "has been reported". */
static bool cue_starts_with(const char *text, const struct claim *c, const char *words)
{
	size_t w = c->cue.start;

	while (w < c->cue.end && text[w] != ' ')
		w++;
	return text_word_in(words, text + c->cue.start, w - c->cue.start);
}

/* True when the cue is a verb in the passive: it opens with a form of "be" ("was declared"), or
 * the word before it is one ("I was told") or ends in one contracted ("We’re told", "I'm told"). */
static bool passive_cue(const char *text, const struct claim *c)
{
	static const char *const contracted[] = {"'re", "\xe2\x80\x99re", "'m", "\xe2\x80\x99m"};
	size_t e = c->cue.start, w;

	if (cue_starts_with(text, c, "is are was were be been being"))
		return true;
	while (e > 0 && text[e - 1] == ' ')
		e--;
	w = e;
	while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n')
		w--;
	if (text_word_in("is are was were be been being", text + w, e - w))
		return true;
	for (size_t i = 0; i < sizeof contracted / sizeof *contracted; i++) {
		size_t n = strlen(contracted[i]);
		if (e - w > n && strncasecmp(text + e - n, contracted[i], n) == 0)
			return true;
	}
	return false;
}

/* The label of a claim nobody is named for whose cue says what kind of thing it is, the
 * article's own and not a speaker called "Expected" or "Reportedly": an impression ("it appears
 * that ...", "Sanders seemed to lead"), an expectation ("the president is expected to meet
 * ..."), a report ("revenues reportedly dropped", "the chairman was said to be furious"), a
 * passive "told", "declared" or "announced"; NULL for any other claim. */
static const char *unsourced_label(const char *text, const struct claim *c)
{
	if (!span_empty(c->speaker) || c->speaker_resolved || span_empty(c->cue))
		return NULL;
	if (cue_ends_with(text, c, "appear appeared appears seem seemed seems"))
		return " (impression): ";
	if (cue_ends_with(text, c, "expected"))
		return " (expectation): ";
	if (cue_ends_with(text, c, "reportedly") ||
	    (cue_ends_with(text, c, "said reported") &&
	     cue_starts_with(text, c, "is are was were had has been")))
		return " (reported): ";
	/* "We’re told there is footage", "Sanders was declared the winner": what unnamed people
	 * told or declared, never a speaker called "(no speaker)" ("was asked" stays the one
	 * asked's) */
	if (passive_cue(text, c)) {
		if (cue_ends_with(text, c, "told"))
			return " (told): ";
		if (cue_ends_with(text, c, "declared"))
			return " (declared): ";
		if (cue_ends_with(text, c, "announced"))
			return " (announced): ";
	}
	return NULL;
}

/* True when nothing but words stands between the claim's source and its cue, in one sentence: a
 * tag ("Con Edison officials say", "U.S. officials now say"), not an apposition ("Sam Lau, the
 * director, said"). */
static bool plain_tag(const struct doc *d, const char *text, const struct claim *c)
{
	for (size_t i = c->speaker.start; i < c->cue.start; i++)
		if (strchr(",;:()\"", text[i]))
			return false;
	return doc_sentence_at(d, c->speaker.start) == doc_sentence_at(d, c->cue.start);
}

/* True when the claim's source names the speaker with an apposition between its cue and the
 * words before it, all inside commas ("..., a spokeswoman, Anna White, said on Saturday, ..."):
 * at most two commas and no other mark between source and cue, in one sentence, and a comma
 * right before the cue. */
static bool apposed_tag(const struct doc *d, const char *text, const struct claim *c)
{
	size_t commas = 0, z = c->cue.start;

	for (size_t i = c->speaker.start; i < c->cue.start; i++) {
		if (strchr(";:()\"", text[i]))
			return false;
		commas += text[i] == ',';
	}
	while (z > c->speaker.start && text[z - 1] == ' ')
		z--;
	return commas > 0 && commas <= 2 && text[z - 1] == ',' &&
	       doc_sentence_at(d, c->speaker.start) == doc_sentence_at(d, c->cue.start);
}

/* The length of the dash that begins at byte k (before e): an em or en dash or a horizontal bar,
 * "--", or a hyphen with a space after it; 0 when there is none. */
static size_t dash_at(const char *text, size_t k, size_t e)
{
	if (e >= k + 3 && text_wide_dash(text + k, e - k))
		return 3;
	if (e >= k + 2 && text[k] == '-')
		return text[k + 1] == '-' ? 2 : text[k + 1] == ' ' ? 1 : 0;
	return 0;
}

/* The length of the dash that ends at byte k (after s): an em or en dash or a horizontal bar,
 * "--", or a hyphen with a space before it; 0 when there is none. */
static size_t dash_len(const char *text, size_t s, size_t k)
{
	if (k >= s + 3 && text_wide_dash(text + k - 3, 3))
		return 3;
	if (k >= s + 2 && text[k - 1] == '-' && text[k - 2] == '-')
		return 2;
	if (k >= s + 2 && text[k - 1] == '-' && text[k - 2] == ' ')
		return 1;
	return 0;
}

/* The claim's own speech tag when it stands inside the content [s, e) of a paraphrase, between
 * the article's words and a quotation that goes on after it ("The attack is “aimed at X,”
 * Azzouz said. “And it could ...”") or between a partial quotation and the words the sentence
 * goes on with ("... “political capital,” he added, to pursue ..."): from its source (or cue)
 * to the end of the tag's clause (and a source's apposition before a quotation), with the
 * punctuation after it; an empty span when there is none to cut. */
static struct span tag_inside(const char *text, const struct claim *c, size_t s, size_t e)
{
	struct span none = {0, 0};
	if (span_empty(c->cue) || c->cue.start <= s || c->cue.end >= e)
		return none;
	size_t a = c->cue.start;
	if (!span_empty(c->speaker) && c->speaker.start > s && c->speaker.start < a)
		a = c->speaker.start;
	/* the tag follows a closing quotation mark and a comma: '...period,” Azzouz said.' */
	size_t k = a;
	while (k > s && text[k - 1] == ' ')
		k--;
	/* or it is set off by dashes ("a fund including — according to the minutes — “money
	 * ...”"): from the one before it to the one after it */
	size_t dn = dash_len(text, s, k);
	if (dn) {
		size_t z = c->cue.end > c->speaker.end ? c->cue.end : c->speaker.end;
		while (z < e && text[z] == ' ')
			z++;
		size_t n = dash_at(text, z, e);
		if (!n)
			return none;
		return (struct span){k - dn, z + n};
	}
	int side = SIDE_EITHER;
	size_t back = k >= s + 3 ? 3 : k - s;
	bool after_quote = false;
	for (size_t m = 1; m <= back && !after_quote; m++)
		after_quote = double_mark(text + k - m, m, &side) == (int)m && side != SIDE_OPEN;
	if (!after_quote) {
		/* or a comma after a clause of the article's words (not a name: "Sam Lau, the
		 * director, said") */
		size_t words = 0;
		for (size_t i = s; i + 1 < k; i++)
			words += text[i] == ' ' && text[i + 1] != ' ';
		if (!(k > s && text[k - 1] == ',') || words < 3)
			return none;
	}
	/* words before the tag that name the speaker are the source run into the content
	 * ("Democratic strategist Simon Rosenberg, ... said"), which no cut mends */
	if (c->speaker_resolved) {
		const char *last = strrchr(c->speaker_resolved, ' ');
		last = last ? last + 1 : c->speaker_resolved;
		size_t ln = strlen(last);
		for (size_t i = s; ln > 1 && i + ln <= a; i++)
			if (memcmp(text + i, last, ln) == 0 && (i == s || text[i - 1] == ' ') &&
			    (i + ln == a || !(text[i + ln] >= 'a' && text[i + ln] <= 'z')))
				return none;
	}
	/* it ends at the clause's end: a full stop, comma or colon within a few words */
	size_t z = c->cue.end;
	while (z < e && z < c->cue.end + 80 && !strchr(".,:;", text[z]) &&
	       !double_mark(text + z, e - z, &side))
		z++;
	if (z >= e || z >= c->cue.end + 80 || !strchr(".,:;", text[z]))
		return none;
	bool comma = text[z++] == ',';
	while (z < e && (text[z] == ' ' || text[z] == '\n'))
		z++; /* the quotation may go on in the next paragraph */
	/* and what follows it is another quotation of the same speaker */
	if (z >= e)
		return none;
	if (double_mark(text + z, e - z, &side))
		return (struct span){a, z};
	if (!comma)
		return none;
	/* or, after a source named after its cue, an apposition, then the stop before that
	 * quotation ("...,” said Jon Favreau, the president's former chief speechwriter.
	 * “From ...”") */
	if (!span_empty(c->speaker) && c->speaker.start > c->cue.start) {
		for (size_t k = z; k < e && k < z + 300; k++) {
			if (double_mark(text + k, e - k, &side))
				return none;
			if (!strchr(".?!", text[k]))
				continue;
			size_t q = k + 1;
			while (q < e && (text[q] == ' ' || text[q] == '\n'))
				q++;
			if (q > k + 1 && q < e && double_mark(text + q, e - q, &side))
				return (struct span){a, q};
		}
		return none;
	}
	/* or, after a partial quotation, the rest of the writer's sentence that the claim runs
	 * on into ("But “it is a better use of capital,” he added, to pursue a hybrid system":
	 * claims_partial_goes_on()) */
	return after_quote ? (struct span){a, z} : none;
}

/* The word after a tag between commas: *k moves past the spaces from it (before e); returns the
 * end of the run of lowercase ASCII letters there, *k when there is none ("The", "“"). */
static size_t lower_word(const char *text, size_t *k, size_t e)
{
	size_t w;

	while (*k < e && text[*k] == ' ')
		(*k)++;
	for (w = *k; w < e && text[w] >= 'a' && text[w] <= 'z'; w++)
		;
	return w;
}

/* True when the words from k (before e) go on with what came before a tag set between commas,
 * from s, with no comma: the clause's verb after its subject ("The plan, say economists, marks
 * ...": a lowercase word that is no pronoun or determiner) or "that" after its verb ("It is no
 * surprise, he said, that ..."); false after an opening phrase ("In any case, he said, the
 * industry was ...", "Meanwhile, the U.S. hopes, economic sanctions ..."). */
static bool joins_subject(const char *text, size_t s, size_t k, size_t e)
{
	size_t w = s;

	while (w < k && text[w] != ' ' && text[w] != ',')
		w++;
	unsigned first = claims_lex_word(text + s, w - s);
	if (((first & WORD_INTRO) && !(first & WORD_CONJ)) ||
	    (w < k && text[w] == ',' && (first & WORD_ADV)))
		return false;
	w = lower_word(text, &k, e);
	if (w == k + 4 && w < e && text[w] == ' ' && memcmp(text + k, "that", 4) == 0)
		return true;
	return w > k && (w == e || text[w] == ' ') &&
	       !text_word_in("he she it they we i you there this that these those a an the his her "
			     "its their our my some many most no every each all both",
			     text + k, w - k);
}

/* True when the words from k (before e), after a tag set between commas that begins at a (the
 * content from s), are a phrase or a subordinate clause that the sentence goes on with ("21
 * months, she said, after the company reported it"): a preposition or a subordinator, not
 * "that", after a word that is no conjunction; the row joins the parts with " … ", as it does
 * a quotation's, for the words between are cut. */
static bool joins_phrase(const char *text, size_t s, size_t a, size_t k, size_t e)
{
	size_t w;

	/* "so, he said, while ...", "and also, she said, because ...": a conjunction before the
	 * tag joins on to the words after it with nothing cut between */
	while (a > s && text[a - 1] == ' ')
		a--;
	for (w = a; w > s && text[w - 1] >= 'a' && text[w - 1] <= 'z'; w--)
		;
	if (text_word_in("also and but nor or so then yet", text + w, a - w))
		return false;
	w = lower_word(text, &k, e);
	return w > k && (w == e || text[w] == ' ') && !text_word_in("that", text + k, w - k) &&
	       (claims_lex_word(text + k, w - k) & (WORD_PREP | WORD_SUBORD));
}

/* The claim's own speech tag set between commas inside the content [s, e) of a paraphrase
 * ("For days after a storm, Con Edison officials say, they often deal with ...", "The plan, say
 * economists, marks ..."): from the comma before its source (or inverted cue) to the comma after
 * its cue (or source) (a few words such as "on Tuesday" may follow the
 * cue); an empty span when there is none. The row names the speaker already. */
static struct span tag_between_commas(const struct doc *d, const char *text, const struct claim *c,
				      size_t s, size_t e)
{
	struct span none = {0, 0};
	size_t a, z;

	if (span_empty(c->cue) || span_empty(c->speaker))
		return none;
	/* the source before its cue ("officials say") or after it ("say economists") */
	bool inverted = c->speaker.start > c->cue.start;
	size_t ta = inverted ? c->cue.start : c->speaker.start;
	size_t tz = inverted ? c->speaker.end : c->cue.end;
	if (ta <= s || tz >= e ||
	    (inverted ? c->cue.end > c->speaker.start
		      : !plain_tag(d, text, c) && !apposed_tag(d, text, c)))
		return none;
	for (a = ta; a > s && text[a - 1] == ' '; a--)
		;
	/* "The bridge, as the mayor has said, will close": "as" opens the tag */
	if (!inverted && a >= s + 4 && strncasecmp(text + a - 3, " as", 3) == 0)
		for (a -= 2; a > s && text[a - 1] == ' '; a--)
			;
	if (a <= s || text[a - 1] != ',')
		return none;
	for (z = tz; z < e && z < tz + 40 && text[z] != ','; z++)
		if (strchr(".;:()\"", text[z]) || (unsigned char)text[z] >= 0x80)
			return none;
	if (z >= e || text[z] != ',')
		return none;
	return (struct span){a - 1, z + 1};
}

/* The end of the white space from z, before e, no-break spaces among it ("say\u00a0disadvantages":
 * text_is_space()). */
static size_t blank_end(const char *text, size_t z, size_t e)
{
	uint32_t cp;
	int k;

	while (z < e && (k = text_decode(text + z, e - z, &cp)) > 0 && text_is_space(cp))
		z += (size_t)k;
	return z;
}

/* True when a relative clause's tag opens the content [s, e) of a paraphrase: after "which",
 * after "that" (s past it, the speaker right there), or after the noun the clause qualifies
 * without a pronoun, given as the claim's antecedent ("cities she said had cut budgets").
 * "What he said were the failures" stays whole: "… were the failures" would lose what "what"
 * says ("what scientists think is necessary"). */
static bool relative_opening(const struct claim *c, const char *text, size_t s, size_t e)
{
	if (e - s < 7)
		return false;
	if (c->speaker.start == s && s >= c->content.start + 5)
		return true;
	if (strncasecmp(text + s, "which ", 6) == 0)
		return c->speaker.start == s + 6;
	return c->antecedent.start == s && c->antecedent.end + 1 == c->speaker.start;
}

/* The end of a relative clause's own tag that opens the content [s, e) of a paraphrase ("which
 * Amazon founder Jeff Bezos said last year had surpassed 100 million members", or with s past
 * "that", "he said defied expectations"): the byte after
 * its cue and the words of time after it ("last year"), where the words the speaker said begin;
 * s when there is none. The row names the speaker; "which" stands for what it refers to. */
static size_t relative_tag_end(const struct doc *d, const char *text, const struct claim *c,
			       size_t s, size_t e)
{
	size_t z, w;

	if (!relative_opening(c, text, s, e) || span_empty(c->cue) || span_empty(c->speaker) ||
	    c->cue.end >= e || !plain_tag(d, text, c))
		return s;
	z = blank_end(text, c->cue.end, e);
	for (int k = 0; k < 3 && z < e; k++) {
		for (w = z; w < e && text[w] != ' ' && !strchr(",.;:", text[w]); w++)
			;
		if (w == z || w >= e || text[w] != ' ' ||
		    !text_word_in(CLAIMS_TAG_TIMES, text + z, w - z))
			break;
		z = blank_end(text, w, e);
	}
	/* "which they cited as evidence": the relative pronoun is the cue's object, the words after
	 * it say nothing alone */
	if (z + 3 < e && strncasecmp(text + z, "as ", 3) == 0)
		return s;
	/* "So that, I said, is why": the comma that closes the tag set inside goes with it */
	if (z < e && text[z] == ',')
		z = blank_end(text, z + 1, e);
	return z < e ? z : s;
}

/* Where the quotation marks and white space that end [s, z) begin: z moved back over them ("as
 * “" gives the end of "as"). A mark counts when it may open a quotation, or any mark with
 * close_too ("''", "”" typed for the opening one). */
static size_t opening_marks(const char *text, size_t s, size_t z, bool close_too)
{
	while (z > s) {
		int side, len = 0;
		if (text[z - 1] == ' ' || text[z - 1] == '\n') {
			z--;
			continue;
		}
		for (int m = 1; m <= 3 && z >= s + (size_t)m && !len; m++)
			if (double_mark(text + z - m, (size_t)m, &side) == m &&
			    (close_too || side != SIDE_CLOSE))
				len = m;
		if (!len)
			break;
		z -= (size_t)len;
	}
	return z;
}

/* True when a direct claim's quoted words all come at or after p, so that the words before p
 * may read with the cue ("described the field as: “all very good”"); always for a paraphrase. */
static bool quoted_after(const struct claim *c, size_t p)
{
	return c->kind != CLAIM_DIRECT || (c->nquote > 0 && c->quote[0].start >= p);
}

/* For "described it as his “starkest comments yet”": the end of the paraphrase's object and its
 * "as", which read with the cue ("described it as"), when the cue is a form of "describe" and
 * "as" comes within the content's first six words; for a quotation that names the object
 * ("described the field as “all very good”", a direct claim), the words before its opening
 * mark when they end in "as"; the content's start when there is none. */
static size_t described_as(const char *text, const struct claim *c)
{
	size_t s = c->content.start, e = c->content.end, w = s;

	if (span_empty(c->cue) || c->cue.end > s ||
	    !cue_ends_with(text, c, "describe described describes describing"))
		return s;
	if (c->kind == CLAIM_DIRECT) {
		/* the quotation names the object: all the words before its opening mark read
		 * with the cue when they end in "as" ("described as", "described the imbalance
		 * in the race to date as") */
		size_t z = opening_marks(text, s, c->nquote ? c->quote[0].start : s, true);
		if (z >= s + 2 && strncasecmp(text + z - 2, "as", 2) == 0 &&
		    (z == s + 2 || text[z - 3] == ' ') && z < e)
			return z + 1;
		return s;
	}
	for (int k = 0; k < 6 && w < e; k++) {
		size_t z = w;
		while (z < e && text[z] != ' ')
			z++;
		if (z == w + 2 && strncasecmp(text + w, "as", 2) == 0)
			return k > 0 && z < e ? z + 1 : s;
		if (z > w && strchr(",.;:\"", text[z - 1]))
			return s;
		while (z < e && text[z] == ' ')
			z++;
		w = z;
	}
	return s;
}

/* For a cue of describing whose content comes a few words after it ("has been described as
 * “heartbreaking” by ...", "describes itself in the following way: “...”"): the end of those
 * words, which read with the cue ("described as", "describes itself in the following way"), an
 * "as" or a colon last; the cue's end when there are none. At most six words and 60 bytes, with
 * no stop, semicolon or bracket; the opening mark of the content is none of them. */
static size_t words_to_content(const char *text, const struct claim *c)
{
	size_t s = c->cue.end, e = c->content.start, z, words = 0;

	if (span_empty(c->cue) || e <= s || e - s > 60 ||
	    !cue_ends_with(text, c,
			   "characterize characterized characterizes characterizing depict depicted "
			   "depicting depicts describe described describes describing portray "
			   "portrayed portraying portrays"))
		return s;
	z = opening_marks(text, s, e, false); /* the content's opening mark, spaces before it */
	bool colon = z > s && text[z - 1] == ':';
	if (colon)
		z--;
	for (size_t i = s; i < z; i++) {
		if (strchr(".;!?()[]\"", text[i]) || (unsigned char)text[i] >= 0x80)
			return s;
		words += text[i] == ' ' && i + 1 < z && text[i + 1] != ' ';
	}
	if (z <= s + 1 || words == 0 || words > 6)
		return s;
	if (!colon && !(z >= s + 3 && strncmp(text + z - 3, " as", 3) == 0))
		return s;
	return z;
}

/* For a paraphrase that is its cue's own clause, the relative word, the speaker and the cue at its
 * start ("which they cited as evidence of ...", "what officials called a hate crime", "whom one
 * insider described as his ally", "what the firm believes to be a fair price", "as Mr. Sykes
 * said, ..."): where the words the speaker said begin, past the cue; *tail is set to the words
 * after the cue that read with it (" as": "cited as"; " to be": "believes to be"), else NULL.
 * PolNeAR's content is "what | a hate crime", the source and cue left out; the row names them
 * once. The content's start when the claim is no such clause, when nothing follows the cue, or
 * when the relative word is the cue's object and what follows names nothing (not a verb of
 * naming: "which I said was ..." is relative_tag_end()'s). */
static size_t own_clause(const char *text, const struct claim *c, const char **tail)
{
	size_t s = c->content.start, e = c->content.end, w = s, z;

	*tail = NULL;
	if (span_empty(c->cue) || span_empty(c->speaker))
		return s;
	while (w < e && text[w] != ' ')
		w++;
	bool rel = text_word_in("what which whom", text + s, w - s);
	if ((!rel && !text_word_in("as", text + s, w - s)) || c->speaker.start != w + 1 ||
	    c->cue.start < c->speaker.end || c->cue.end >= e)
		return s;
	/* nothing between the speaker and the cue but adverbs ("previously reported") */
	for (z = c->speaker.end; z < c->cue.start; z++) {
		size_t a = z;
		while (z < c->cue.start && text[z] >= 'a' && text[z] <= 'z')
			z++;
		if (z < c->cue.start && text[z] != ' ')
			return s;
		if (z > a && (z - a < 4 || text[z - 2] != 'l' || text[z - 1] != 'y'))
			return s;
	}
	for (z = c->cue.end; z < e && text[z] == ' '; z++)
		;
	if (!rel) /* "as Mr. Sykes said, ''At a certain point ...''" */
		z = z < e && text[z] == ',' ? z + 1 : e;
	else if (e - z > 3 && strncasecmp(text + z, "as ", 3) == 0)
		*tail = " as", z += 3;
	else if (e - z > 6 && strncasecmp(text + z, "to be ", 6) == 0 &&
		 cue_ends_with(text, c,
			       "believe believed believes consider considered considers deem deemed "
			       "deems think thinks thought"))
		*tail = " to be", z += 6;
	else if (!cue_ends_with(text, c,
				"call called calling calls dub dubbed dubbing dubs label labeled "
				"labeling labelled labelling labels term termed terming terms"))
		return s;
	while (z < e && text[z] == ' ')
		z++;
	if (z >= e || !quoted_after(c, z))
		*tail = NULL;
	return z < e && quoted_after(c, z) ? z : s;
}

bool claims_cue_asked(const char *text, const struct claim *c)
{
	for (size_t p = c->cue.start; p + 5 <= c->cue.end; p++)
		if (strncasecmp(text + p, "asked", 5) == 0 &&
		    (p == c->cue.start || text[p - 1] == ' ') &&
		    (p + 5 == c->cue.end || text[p + 5] == ' '))
			return true;
	return false;
}

/* Where the cue's words start without its auxiliaries ("was asked" gives "asked"). */
static size_t cue_words(const char *text, const struct claim *c)
{
	size_t w = c->cue.start;

	for (;;) {
		size_t e = w;
		while (e < c->cue.end && text[e] != ' ')
			e++;
		if (e >= c->cue.end ||
		    !text_word_in("was were is are be been being has have had", text + w, e - w))
			return w;
		w = e + 1;
	}
}

static void render_row(struct buf *b, const struct doc *d, const struct claim *c,
		       struct claim_parts *parts);

/* The row reads the source as written, with the verb contracted onto it that the engine's span
 * leaves out (claims_source_uncontracted()): "He’s predicting" shows "Donald Trump is
 * predicting", "I’ve been saying" "I’ve (Bernie Sanders) been saying". */
void claims_render(struct buf *b, const struct doc *d, const struct claim *c,
		   struct claim_parts *parts)
{
	size_t len;
	const char *text = doc_text(d, &len);
	struct claim w = *c;

	if (!span_empty(c->speaker)) {
		w.speaker.end += contraction_after(text, len, c->speaker.end);
		if (w.speaker.end == c->speaker.end ||
		    claims_source_uncontracted(text, &w) != c->speaker.end)
			w.speaker.end = c->speaker.end;
	}
	render_row(b, d, &w, parts);
}

static void render_row(struct buf *b, const struct doc *d, const struct claim *c,
		       struct claim_parts *parts)
{
	size_t len, base = b->len, who_start, who_end, tag_end, as = 0;
	const char *tail = NULL;
	const char *text = doc_text(d, &len);
	const char *label;

	if (c->kind == CLAIM_ACCORDING_TO ||
	    (!span_empty(c->cue) && c->cue.end - c->cue.start == 12 &&
	     strncasecmp(text + c->cue.start, "according to", 12) == 0)) {
		/* a quotation after "According to RedMonk's Stephens," too: never "Rachel
		 * Stephens according to" */
		buf_puts(b, "According to ");
		who_start = b->len;
		put_who(b, d, text, c, true);
		who_end = b->len;
		tag_end = b->len;
		buf_puts(b, c->kind == CLAIM_DIRECT ? ": " : " (paraphrase): ");
	} else if ((label = unsourced_label(text, c)) != NULL) {
		who_start = b->len;
		buf_puts(b, "Unattributed");
		who_end = tag_end = b->len;
		buf_puts(b, label);
	} else if (span_empty(c->speaker) && !c->speaker_resolved && !span_empty(c->cue) &&
		   cue_is_word(text, c)) {
		/* no source, a cue: "(no speaker) asked (paraphrase): whether he would run",
		 * never "Asked" where a speaker's name stands. The auxiliary goes (cue_words()):
		 * whoever asked a passive "was asked" is the one nobody names */
		size_t w = cue_words(text, c);
		who_start = b->len;
		buf_puts(b, CLAIMS_NO_SPEAKER);
		who_end = b->len;
		buf_putc(b, ' ');
		size_t cue_at = b->len;
		put_words(b, text + w, c->cue.end - w, false);
		/* "Asked" opening its sentence: "asked", unless a name or an acronym */
		if (b->len > cue_at + 1 && b->data[cue_at] >= 'A' && b->data[cue_at] <= 'Z' &&
		    b->data[cue_at + 1] >= 'a' && b->data[cue_at + 1] <= 'z')
			b->data[cue_at] = (char)(b->data[cue_at] + 32);
		tag_end = b->len;
		buf_puts(b, c->kind == CLAIM_DIRECT ? ": " : " (paraphrase): ");
	} else if (span_empty(c->speaker) && c->speaker_resolved && claims_cue_asked(text, c)) {
		/* the person asked (claims.c's asked_speakers()): "Huang Renxun, asked
		 * (paraphrase): whether China would buy", never "Huang Renxun asked" */
		size_t w = cue_words(text, c);
		who_start = b->len;
		put_who(b, d, text, c, false);
		who_end = b->len;
		buf_puts(b, ", ");
		size_t at = b->len;
		put_words(b, text + w, c->cue.end - w, false);
		if (b->len > at && b->data[at] >= 'A' && b->data[at] <= 'Z')
			b->data[at] = (char)(b->data[at] + 32);
		tag_end = b->len;
		buf_puts(b, c->kind == CLAIM_DIRECT ? ": " : " (paraphrase): ");
	} else {
		who_start = b->len;
		put_who(b, d, text, c, false);
		who_end = b->len;
		if (!span_empty(c->cue) && c->cue.end - c->cue.start == 6 &&
		    strncasecmp(text + c->cue.start, "quoted", 6) == 0) {
			buf_puts(b, ", quoted as saying"); /* "the FT quoted him as saying" */
		} else if (!span_empty(c->cue) && cue_is_word(text, c)) {
			size_t cue_at = b->len + 1, w = c->cue.start;
			/* a passive's judge named after it ("were quickly derided by Armin
			 * Laschet"): "Armin Laschet quickly derided", the auxiliary gone (not
			 * from "were talking over", a verb of its speaker's own) */
			if (!span_empty(c->speaker) && c->cue.end <= c->speaker.start &&
			    c->cue.end - c->cue.start > 2 &&
			    strncmp(text + c->cue.end - 2, "ed", 2) == 0)
				w = cue_words(text, c);
			buf_putc(b, ' ');
			put_words(b, text + w, c->cue.end - w, false);
			/* a cue that opens the sentence before its speaker reads after the name in
			 * the row: "Talking about how ..., he said" gives "Obama talking about" */
			if (!span_empty(c->speaker) && c->cue.end <= c->speaker.start &&
			    b->len > cue_at + 1 && b->data[cue_at] >= 'A' &&
			    b->data[cue_at] <= 'Z' && b->data[cue_at + 1] >= 'a' &&
			    b->data[cue_at + 1] <= 'z')
				b->data[cue_at] = (char)(b->data[cue_at] + 32);
			size_t w2c = words_to_content(text, c);
			if (w2c > c->cue.end) {
				/* "described as: “heartbreaking”", never "described: ..." */
				buf_putc(b, ' ');
				put_words(b, text + c->cue.end, w2c - c->cue.end, false);
			} else if ((as = described_as(text, c)) > c->content.start) {
				buf_putc(b, ' '); /* "described it as" */
				put_words(b, text + c->content.start, as - 1 - c->content.start,
					  false);
			} else if ((as = own_clause(text, c, &tail)) > c->content.start && tail) {
				buf_puts(b, tail); /* "which they cited as evidence": "cited as" */
			}
		}
		tag_end = b->len;
		buf_puts(b, c->kind == CLAIM_DIRECT ? ": " : " (paraphrase): ");
	}
	if (parts) {
		parts->who_start = who_start - base;
		parts->who_end = who_end - base;
		parts->tag_end = tag_end - base;
		parts->text_start = b->len - base;
	}
	if (c->kind == CLAIM_DIRECT) {
		put_quote(b, text, c);
		return;
	}
	{
		size_t s = as > c->content.start ? as : c->content.start, e = c->content.end;
		int side;
		/* "that" the conjunction goes, "that" the subject stays ("I think that has been
		 * part of his message": a finite verb after it), and so does "That" opening content
		 * fronted before its tag: the subject clause's word or a determiner ("That the
		 * minister lied is clear, she said", "That plan is dead, he said") */
		if (e - s > 5 && strncasecmp(text + s, "that ", 5) == 0 &&
		    !that_subject(text, s + 5, e) && !fronted_that(text, c, s))
			s += 5;
		/* and before an aside or a source set inside its clause: "that, according to the
		 * audit, costs rose" shows "according to the audit, costs rose", "that, once you
		 * use it, you never go back" shows "once you use it, ..." (not "that, too": no comma
		 * closes an aside; not "that, “For those few ...”", whose row would read as a quotation
		 * shown as paraphrase) */
		else if (e - s > 6 && strncasecmp(text + s, "that, ", 6) == 0 &&
			 memchr(text + s + 6, ',', e - s - 6) &&
			 !double_mark(text + s + 6, e - s - 6, &side))
			s += 6;
		size_t r = relative_tag_end(d, text, c, s, e);
		if (r > s) {
			/* "[Prime] had surpassed 100 million members": what the pronoun stands
			 * for in brackets, as a journalist marks words of their own; "… had
			 * surpassed" when no plain noun phrase is it; "[countries] had sent":
			 * the noun the clause qualifies */
			if (span_empty(c->antecedent)) {
				buf_puts(b, "\xE2\x80\xA6 ");
			} else {
				buf_putc(b, '[');
				put_words(b, text + c->antecedent.start,
					  c->antecedent.end - c->antecedent.start, false);
				buf_puts(b, "] ");
			}
			put_words(b, text + r, e - r, false);
			return;
		}
		struct span tag = tag_inside(text, c, s, e);
		if (span_empty(tag)) {
			tag = tag_between_commas(d, text, c, s, e);
			if (span_empty(tag)) {
				put_words(b, text + s, e - s, false);
				return;
			}
			/* "For days after a storm, they often deal with ...": the comma after an
			 * opening phrase stays; "The plan marks a new era": none between a subject
			 * and its verb; "21 months … after the company reported it": a mark where a
			 * phrase goes on */
			if (joins_phrase(text, s, tag.start, tag.end, e)) {
				put_words(b, text + s, tag.start - s, false);
				buf_puts(b, " \xE2\x80\xA6 ");
			} else {
				put_words(b, text + s,
					  tag.start + !joins_subject(text, s, tag.end, e) - s,
					  false);
				buf_putc(b, ' ');
			}
			put_words(b, text + tag.end, e - tag.end, false);
			return;
		}
		/* the words on either side of the speech tag, joined as a quotation's are */
		size_t from = b->len;
		put_words(b, text + s, tag.start - s, false);
		drop_comma(b, from);
		buf_puts(b, " \xE2\x80\xA6 ");
		put_words(b, text + tag.end, e - tag.end, false);
	}
}

struct span claims_extent(const struct claim *c)
{
	struct span s = c->content;
	const struct span *o[2] = {&c->speaker, &c->cue};

	for (int k = 0; k < 2; k++) {
		if (o[k]->end <= o[k]->start)
			continue;
		if (o[k]->start < s.start)
			s.start = o[k]->start;
		if (o[k]->end > s.end)
			s.end = o[k]->end;
	}
	return s;
}

size_t claims_depth(const struct claim_list *l, size_t i)
{
	size_t depth = 0;

	while (i < l->n && l->items[i].parent < i) {
		i = l->items[i].parent;
		depth++;
	}
	return depth;
}
