/* doc_sentences: splitting a paragraph into sentences (abbreviations, initials, quotation marks). */
#include <stdint.h>
#include <string.h>

#include "doc_int.h"

/* The end of the horizontal white space from pos (before end), no-break spaces included: news
 * pages often put one after a full stop. */
static size_t nbsp_skip(const struct doc *d, size_t pos, size_t end)
{
	for (;;) {
		if (pos < end && is_hspace(d->text[pos]))
			pos++;
		else if (pos + 1 < end && (unsigned char)d->text[pos] == 0xC2 &&
			 (unsigned char)d->text[pos + 1] == 0xA0)
			pos += 2;
		else
			return pos;
	}
}

/* Abbreviations that stand before a name or a number and so end no sentence there: titles,
 * months, states, the company forms that lead a name ("Cia. Vale do Rio Doce", "Gebr. Heinemann").
 * Those that end a name ("Acme Corp.", "Lazard Freres & Cie.", "Ann Lee Jr.") are
 * text_name_end_abbrev()'s. */
static const char *const abbrevs[] = {
	"Mr",   "Mrs",  "Ms",     "Dr",   "Prof", "Sen",  "Rep",    "Gov",  "Gen",   "Col",  "Lt",
	"Sgt",  "Capt", "Cmdr",   "Adm",  "Maj",  "St",   "Cia",    "Gebr", "vs",    "No",   "Nos",
	"Jan",  "Feb",  "Mar",    "Apr",  "Jun",  "Jul",  "Aug",    "Sep",  "Sept",  "Oct",  "Nov",
	"Dec",  "Mt",   "Ft",     "Pres", "Rev",  "Hon",  "Messrs", "Mmes", "Univ",  "Dept", "Ave",
	"Blvd", "Rd",   "approx", "est",  "fig",  "Fig",  "al",     "cf",   "Ph",    "Gens", "Sens",
	"Reps", "Supt", "Insp",   "Det",  "Ald",  "Atty", "Rt",     "Mass", "Calif", "Conn", "Fla",
	"Ill",  "Mich", "Minn",   "Penn", "Tenn", "Tex",  "Va",     "Wash", "Wis",   "Ariz", "Colo",
	"Ore",  "Okla", "Ky",     "La",   "Md",   "Mo",   "Neb",    "Nev",  "Ala",   "Ark",  "Del",
	"Ga",   "Ind",  "Kan",    "Miss", "Mont", "Vt",   "Wyo",    "v", /* "Roe v. Wade" */
};

/* Words that start a new sentence even after a dotted acronym such as "U.S.". */
static const char *const starters[] = {
	"The",   "He",  "She", "It",    "They", "We",    "I",       "But",       "And",
	"In",    "On",  "At",  "This",  "That", "There", "These",   "Those",     "A",
	"An",    "His", "Her", "Their", "Its",  "Our",   "As",      "After",     "When",
	"While", "If",  "So",  "Yet",   "Now",  "Still", "However", "Meanwhile",
};

static bool word_in(const char *w, size_t n, const char *const *list, size_t count)
{
	/* The first letter rules out nearly every entry before its length is measured. */
	for (size_t i = 0; i < count; i++)
		if (n && list[i][0] == w[0] && strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return true;
	return false;
}

/* Is the word at `next` (before pend) one of the starters? */
static bool starter_at(const struct doc *d, size_t next, size_t pend)
{
	size_t e = next;

	while (e < pend && text_is_ascii_letter(d->text[e]))
		e++;
	return word_in(d->text + next, e - next, starters, sizeof(starters) / sizeof(*starters));
}

/* Is the word at `next` (before pend) "Mr.", "Mrs." or "Ms.", a title that begins a person's
 * name and so continues neither a firm's nor a street's ("... Cholet-Dupont & Cie. Mr. de Cholet
 * said")? */
static bool starter_title(const struct doc *d, size_t next, size_t pend)
{
	static const char *const titles[] = {"Mr", "Mrs", "Ms"};
	size_t e = next;

	while (e < pend && text_is_ascii_letter(d->text[e]))
		e++;
	return e < pend && d->text[e] == '.' &&
	       word_in(d->text + next, e - next, titles, sizeof(titles) / sizeof(*titles));
}

/* Is the word at `next` (before pend) a single capital with a stop after it, an initial ("J. A.
 * Smith")? */
static bool starter_initial(const struct doc *d, size_t next, size_t pend)
{
	return next + 1 < pend && text_is_ascii_upper(d->text[next]) && d->text[next + 1] == '.';
}

/* Does the state abbreviation at w (its stop at dot) close a place, "Miami Beach, Fla." after a
 * capitalised word and a comma, before a word that starts with a capital? Then the place ends its
 * sentence ("... in Miami Beach, Fla. Sister Jeanne said"): a state closes a place and no title
 * runs on past it. The District ("D.C.") often modifies a name ("Washington, D.C. Council"), so it
 * is left out. */
static bool state_ends_place(const struct doc *d, size_t pstart, size_t w, size_t dot, size_t next,
			     size_t pend)
{
	if (!text_is_ascii_upper(d->text[w]) || !text_state_abbrev(d->text + w, dot - w) ||
	    (dot - w == 3 && (d->text[w] | 0x20) == 'd' && (d->text[w + 2] | 0x20) == 'c'))
		return false;
	if (w < pstart + 3 || d->text[w - 1] != ' ' || d->text[w - 2] != ',' ||
	    !text_is_ascii_letter(d->text[w - 3]))
		return false;
	size_t p = w - 3;
	while (p > pstart && text_is_ascii_letter(d->text[p - 1]))
		p--;
	return text_is_ascii_upper(d->text[p]) && next < pend && text_is_ascii_upper(d->text[next]);
}

/* Is the word at w (its stop at dot) an abbreviation that ends a name, written as a name is
 * ("Corp", "Cie", "Jr"; not "CO" or "CIE", which are acronyms)? */
static bool name_end_at(const struct doc *d, size_t w, size_t dot)
{
	for (size_t i = w + 1; i < dot; i++)
		if (text_is_ascii_upper(d->text[i]))
			return false;
	return text_name_end_abbrev(d->text + w, dot - w);
}

/* Is the word at w (its stop at dot) a street's kind after the street's name, "Elm St.", "Fifth
 * Ave.", "42nd St."? Before a name ("St. Louis", "St. Paul's") no word or a lower-case one stands. */
static bool street_end_at(const struct doc *d, size_t pstart, size_t w, size_t dot)
{
	static const char *const kinds[] = {"St", "Ave", "Blvd", "Rd"};

	if (!word_in(d->text + w, dot - w, kinds, sizeof(kinds) / sizeof(*kinds)) ||
	    w < pstart + 2 || d->text[w - 1] != ' ')
		return false;
	size_t p = w - 1;
	while (p > pstart && text_is_ascii_letter(d->text[p - 1]))
		p--;
	if (p < w - 1 && text_is_ascii_upper(d->text[p]))
		return true;
	/* "42nd St.": a number's ordinal */
	return p < w - 1 && p > pstart && d->text[p - 1] >= '0' && d->text[p - 1] <= '9';
}

/* Is the short word in capitals at w (its stop at dot) a name a possessive owns, and the
 * capitalised word at `next` the rest of that name, not a new sentence ("in its ID. Golf, due in
 * 2027, he added", "their GT. Sport Line")? The possessive ("its", "their", "his", ...) before
 * the capitals and, after the next word, a comma or a word in capitals or figures mark a name;
 * a word of the starters, a title or an initial next, or a lower-case word after it ("its CEO.
 * Smith said"), begin a sentence as after any acronym ("... his DNA. He said"). */
static bool possessed_caps_name(const struct doc *d, size_t pstart, size_t w, size_t dot,
				size_t next, size_t pend)
{
	static const char *const owners[] = {"its", "his", "her", "their", "our", "my", "your"};
	char low[8];
	size_t p, e = next;

	if (dot - w < 2 || dot - w > 4)
		return false;
	for (size_t i = w; i < dot; i++)
		if (!text_is_ascii_upper(d->text[i]))
			return false;
	if (w < pstart + 3 || d->text[w - 1] != ' ')
		return false;
	p = w - 1;
	while (p > pstart && text_is_ascii_letter(d->text[p - 1]))
		p--;
	if (w - 1 - p >= sizeof(low))
		return false;
	for (size_t i = p; i < w - 1; i++)
		low[i - p] = (char)(d->text[i] | 0x20);
	if (!word_in(low, w - 1 - p, owners, sizeof(owners) / sizeof(*owners)))
		return false;
	if (next >= pend || !text_is_ascii_upper(d->text[next]) || starter_at(d, next, pend) ||
	    starter_title(d, next, pend) || starter_initial(d, next, pend))
		return false;
	while (e < pend && text_is_ascii_letter(d->text[e]))
		e++;
	if (e < pend && d->text[e] == ',')
		return true;
	return e + 1 < pend && d->text[e] == ' ' &&
	       (text_is_ascii_upper(d->text[e + 1]) ||
		(d->text[e + 1] >= '0' && d->text[e + 1] <= '9'));
}

/* Is the '.' at position `dot` the end of an abbreviation (so not a sentence end)? `next` is the
 * start of the following word. */
static bool abbreviation_before(const struct doc *d, size_t pstart, size_t dot, size_t next,
				size_t pend)
{
	size_t w = dot;
	bool dotted = false;

	while (w > pstart && (text_is_ascii_letter(d->text[w - 1]) || d->text[w - 1] == '.')) {
		if (d->text[w - 1] == '.')
			dotted = true;
		w--;
	}
	if (w == dot || state_ends_place(d, pstart, w, dot, next, pend))
		return false;
	/* one that ends a name ("Vale Tools Inc.", "Ann Lee Jr.") or a street ("Elm St.") may end
	 * its sentence too: a word of the starters after it begins the next ("... Vale Tools Inc.
	 * The firm said", "on Elm St. The mayor said"), and so does a person's title ("Mr."); before
	 * any other word it is part of a name ("Cie. Financiere de Paribas", "Elm St. Station") */
	if (!dotted && (name_end_at(d, w, dot) || street_end_at(d, pstart, w, dot)))
		return !starter_at(d, next, pend) && !starter_title(d, next, pend);
	if (!dotted && word_in(d->text + w, dot - w, abbrevs, sizeof(abbrevs) / sizeof(*abbrevs)))
		return true;
	/* A single capital initial ("John F. Kennedy") or a dotted acronym ("U.S.", "a.m."); a
	 * capital alone before a word of the starters ends its sentence ("simply called it X. If
	 * the spores spread", "World War I. The"), unless that word is an initial too ("J. A. Smith"). */
	if (dot - w == 1 && text_is_ascii_upper(d->text[w]) && !dotted)
		return !starter_at(d, next, pend) || starter_initial(d, next, pend);
	if ((dot - w == 1 && text_is_ascii_upper(d->text[w])) || dotted)
		return !(dotted && starter_at(d, next, pend));
	return possessed_caps_name(d, pstart, w, dot, next, pend);
}

static int quote_delta(uint32_t cp, bool *toggle)
{
	*toggle = false;
	switch (cp) {
	case '"':
		*toggle = true;
		return 0;
	case 0x201C: /* “ */
	case 0x00AB: /* « */
	case 0x300C: /* 「 */
	case 0x300E: /* 『 */
		return 1;
	case 0x201D: /* ” */
	case 0x00BB: /* » */
	case 0x300D: /* 」 */
	case 0x300F: /* 』 */
		return -1;
	default:
		return 0;
	}
}

static bool is_closer(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
	       cp == 0x00BB || cp == 0x300D || cp == 0x300F || cp == 0xFF09 || cp == 0x3011;
}

/* Does the run of terminators from at to e end with a closing quotation mark and an upper-case
 * letter follow it at once ("We won!”After")? Pages that run paragraphs together drop the
 * space; a terminator alone before a letter ("Yahoo!", "U.S.A") ends nothing. */
static bool closed_before_upper(const struct doc *d, size_t at, size_t e, size_t pend,
				bool straight_open)
{
	uint32_t c, last = 0;
	size_t p = at;

	while (p < e) {
		int k = text_decode(d->text + p, e - p, &c);
		last = c;
		p += k ? (size_t)k : 1;
	}
	if (!(last == 0x201D || last == 0x00BB || (last == '"' && !straight_open)))
		return false;
	return e < pend && text_decode(d->text + e, pend - e, &c) > 0 && text_is_upper(c);
}

static void add_sentence(struct doc *d, size_t para, size_t start, size_t end, bool inq)
{
	while (start < end &&
	       (text_is_space((unsigned char)d->text[start]) || nbsp_skip(d, start, end) > start))
		start = text_is_space((unsigned char)d->text[start]) ? start + 1
								     : nbsp_skip(d, start, end);
	while (end > start && is_hspace(d->text[end - 1]))
		end--;
	if (end <= start || doc_full(d))
		return;
	d->sents = xgrow(d->sents, &d->capsent, d->nsent + 1, sizeof(*d->sents));
	d->sents[d->nsent].span.start = start;
	d->sents[d->nsent].span.end = end;
	d->sents[d->nsent].paragraph = (uint32_t)para;
	d->sents[d->nsent].ends_in_quote = inq;
	d->nsent++;
	d->paras[para].nsentences++;
}

/* Splits [ps, pe) of paragraph p into sentences. */
static void split_range(struct doc *d, size_t p, size_t ps, size_t pe)
{
	size_t i = ps, start = ps;
	int depth = 0;
	bool straight_open = false;
	uint32_t cp;

	while (i < pe) {
		unsigned char b = (unsigned char)d->text[i];
		/* Most bytes are ASCII that neither ends a sentence nor quotes: skip them fast. */
		if (i + 8 <= pe) {
			uint64_t w = text_word8(d->text + i);
			if (!(text_word8_high(w) | text_word8_has(w, '.') | text_word8_has(w, '!') |
			      text_word8_has(w, '?') | text_word8_has(w, '"'))) {
				i += 8;
				continue;
			}
		}
		if (b < 0x80 && b != '.' && b != '!' && b != '?' && b != '"') {
			i++;
			continue;
		}
		int k = text_decode(d->text + i, pe - i, &cp);
		size_t at = i;
		bool toggle;
		int delta;

		i += k ? (size_t)k : 1;
		delta = quote_delta(cp, &toggle);
		if (toggle)
			straight_open = !straight_open;
		depth += delta;
		if (depth < 0)
			depth = 0;
		/* A middle dot set off by spaces parts two cells of a table row, or the items of a
		 * line of page words ("By Ann Lee · May 3, 2019"): no sentence runs across it. */
		if (cp == 0x00B7 && at > start && d->text[at - 1] == ' ' && i < pe &&
		    d->text[i] == ' ') {
			add_sentence(d, p, start, at, depth > 0 || straight_open);
			start = i;
			continue;
		}
		bool cjk = cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
		if (!(cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cjk))
			continue;
		/* Take the rest of a run of terminators and closing marks with the sentence. */
		size_t e = i;
		while (e < pe) {
			uint32_t c2;
			int k2 = text_decode(d->text + e, pe - e, &c2);
			if (!(c2 == '.' || c2 == '!' || c2 == '?' || c2 == 0x2026 || c2 == 0x3002 ||
			      c2 == 0xFF01 || c2 == 0xFF1F || is_closer(c2)))
				break;
			if (c2 == '"')
				straight_open = !straight_open;
			int dd = quote_delta(c2, &toggle);
			depth += dd;
			if (depth < 0)
				depth = 0;
			e += k2 ? (size_t)k2 : 1;
		}
		/* Reference marks after the full stop stay with its sentence ("in 1914.[12][13] It"). */
		for (size_t r; (r = text_ref_mark_after(d->text, e, pe)) > e;)
			e = r;
		if (e >= pe) {
			i = e;
			break;
		}
		if (!cjk) {
			/* Needs white space, then something that can start a sentence. */
			size_t n = nbsp_skip(d, e, pe);
			uint32_t c3;
			if (n < pe && d->text[n] == '\n')
				n++;
			n = nbsp_skip(d, n, pe);
			/* "what does that mean? " Clinton asked": a straight mark set off by spaces
			 * while a straight quotation is open closes it, with this sentence */
			if (n > e && n + 1 < pe && d->text[n] == '"' && straight_open &&
			    text_is_space((unsigned char)d->text[n + 1])) {
				straight_open = false;
				e = n + 1;
				n = nbsp_skip(d, e, pe);
				if (n < pe && d->text[n] == '\n')
					n++;
				n = nbsp_skip(d, n, pe);
			}
			if ((n == e && !closed_before_upper(d, at, e, pe, straight_open)) ||
			    n >= pe) {
				i = e;
				continue;
			}
			int k3 = text_decode(d->text + n, pe - n, &c3);
			(void)k3;
			bool starts = text_is_upper(c3) || (c3 >= '0' && c3 <= '9') || c3 == '"' ||
				      c3 == 0x201C || c3 == 0x2018 || c3 == '\'' || c3 == '(' ||
				      c3 == '[' || c3 == 0x00AB || c3 == 0x300C || c3 >= 0x2E80 ||
				      (c3 == '`' && n + 1 < pe && d->text[n + 1] == '`');
			if (!starts) {
				i = e;
				continue;
			}
			if (cp == '.' && e == at + 1 && abbreviation_before(d, ps, at, n, pe)) {
				i = e;
				continue;
			}
		}
		add_sentence(d, p, start, e, depth > 0 || straight_open);
		start = e;
		i = e;
	}
	add_sentence(d, p, start, pe, false);
}

/* The end of a headline's line at i in [ps, pe) that a semicolon closes before its second line
 * ("China rebuts criticism on overcapacity; \nInvestment, official says, helped ..."), a line
 * that begins with a capital: the byte after the line break, or 0. */
static size_t headline_line_end(const struct doc *d, size_t i, size_t pe)
{
	uint32_t c;
	size_t n = i + 1;

	if (d->text[i] != ';')
		return 0;
	while (n < pe && is_hspace(d->text[n]))
		n++;
	if (n >= pe || d->text[n] != '\n')
		return 0;
	n++;
	return n < pe && text_decode(d->text + n, pe - n, &c) > 0 && text_is_upper(c) ? n : 0;
}

void doc_split_sentences(struct doc *d, size_t p)
{
	size_t ps = d->paras[p].span.start, pe = d->paras[p].span.end, from = ps, n;

	d->paras[p].first_sentence = (uint32_t)d->nsent;
	/* a headline and the line under it, one paragraph, are two sentences: a claim of the
	 * second line starts there (PolNeAR train: gold contents start after the line break 10
	 * times, run over it 2) */
	if (p == 0)
		for (size_t i = ps; i < pe && i < ps + 400; i++)
			if ((n = headline_line_end(d, i, pe)) != 0) {
				split_range(d, p, from, i + 1);
				from = n;
			}
	split_range(d, p, from, pe);
	if (d->paras[p].nsentences == 0) {
		/* A paragraph of white space only cannot happen, but keep the invariant. */
		add_sentence(d, p, ps, pe, false);
	}
}
