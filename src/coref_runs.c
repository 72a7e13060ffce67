/* coref_runs: where a run of name words ends (coref_run_end): which capitalised words may be
 * part of a name (coref_name_word; not a month, a day or a contraction), page furniture before
 * a name, hyphenated particles and an organisation's purpose ("Society for ..."). */
#include "coref_int.h"
#include "dateline/date.h"

/* ---- name runs ---- */

/* True for a word that ends in a contraction: "He'd", "She’ll", "They've". */
static bool contracted(const struct coref *c, const struct ctok *t)
{
	const char *s = c->text + t->start;
	size_t n = t->end - t->start;

	for (size_t k = n > 6 ? n - 6 : 0; k + 1 < n; k++) {
		size_t tail;
		if (s[k] == '\'')
			tail = n - k - 1;
		else if (k + 3 < n && text_curly_single(s + k, 3) == 0x2019)
			tail = n - k - 3;
		else
			continue;
		return (tail == 1 && s[n - 1] == 'd') ||
		       (tail == 2 &&
			(memcmp(s + n - 2, "ll", 2) == 0 || memcmp(s + n - 2, "ve", 2) == 0 ||
			 memcmp(s + n - 2, "re", 2) == 0));
	}
	return false;
}

/* True when token i is a month's short name used as a given name, or a month that is a woman's
 * given name too: "Mar Hicks", "April Mellody", not "in May Trump", "Last April Acme Corp" or
 * "Mar. 3" (no full stop, a capitalised word that is no time after it, nor a place's or an
 * organisation's word; no preposition, time or number before it). */
static bool month_name(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i], *n = i + 1 < st->n ? &st->t[i + 1] : NULL;

	/* "Jan van der Berg", "Jan de Vries": a particle, then the surname */
	for (size_t j = i + 1; n && j < i + 3 && j + 1 < st->n && (n->flags & TF_WORD) &&
			       !(n->flags & TF_CAP) && (tok_lex(c, n) & LEX_PARTICLE);
	     j++)
		n = &st->t[j + 1];
	if (!(t->end - t->start == 3 || (tok_lex(c, t) & LEX_FIRST)) ||
	    !(tok_lex(c, t) & LEX_TIME) || (tok_lex(c, t) & LEX_STOP) || !n ||
	    !(n->flags & TF_WORD) || !(n->flags & TF_CAP) || (n->flags & TF_DIGIT) ||
	    (tok_lex(c, n) & (LEX_TIME | LEX_STOP)))
		return false;
	if (t->end < c->len && c->text[t->end] == '.')
		return false;
	if ((tok_lex(c, t) & LEX_FIRST) &&
	    ((tok_lex(c, n) & (LEX_ORGKEY | LEX_GPE | LEX_PLACE | LEX_PLACEKEY | LEX_THING)) ||
	     (i > 0 && (tok_lex(c, &st->t[i - 1]) & LEX_TIME))))
		return false;
	return !(i > 0 &&
		 ((st->t[i - 1].flags & TF_DIGIT) || (tok_lex(c, &st->t[i - 1]) & LEX_PREP)));
}

/* True when token i is a feast that opens the name of a place or a body, before a capitalised
 * name word: "Easter Seals", "Christmas Island"; not "Christmas Day", "Easter Sunday",
 * "Christmas Eve", which are the day itself. */
static bool holiday_name(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i], *n = i + 1 < st->n ? &st->t[i + 1] : NULL;

	return n && (n->flags & TF_WORD) && (n->flags & TF_CAP) && !(n->flags & TF_DIGIT) &&
	       text_word_in(COREF_FEASTS, c->text + t->start, t->end - t->start) &&
	       !(tok_lex(c, n) & (LEX_TIME | LEX_STOP | LEX_THING)) && !tok_is(c, n, "eve");
}

/* True when the time word t is a day's ("Friday", "Today"): after a first name it says when
 * ("Governor Ann Lee Friday said"), no surname, which a month may be ("Theresa May"). */
static bool day_name(const struct coref *c, const struct ctok *t)
{
	return t->bend - t->start > 3 && strncasecmp(c->text + t->bend - 3, "day", 3) == 0;
}

/* True when token i is a time word that is lowercase in prose written with a capital inside a
 * sentence, so a surname: "Rex Early", "Joe Late"; not a month, a day, a feast or an
 * abbreviation ("Reuters March 3", "told CNN Tuesday", "Christmas", "EST"), nor a page's stamp
 * ("Ann Lee Updated 3:45"), nor a measure of time, a title's word ("Firefox Year in Review");
 * never in a headline, an all-capitals word or a sentence's first word ("Early Friday, ..."). */
static bool time_surname(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i];
	size_t n = t->bend - t->start;
	bool inside = false; /* a word before it (st->first is not yet set when the sentence's
			      * subject is sought) */

	for (size_t j = i; j-- > 0 && j + 8 > i && !inside;)
		inside = (st->t[j].flags & TF_WORD) != 0;
	return !st->heading && inside && (t->flags & TF_WORD) && (t->flags & TF_CAP) &&
	       !(t->flags & (TF_ALLCAP | TF_DIGIT)) && n >= 4 &&
	       (tok_lex(c, t) & (LEX_TIME | LEX_STOP | LEX_PREP | LEX_PRON)) == LEX_TIME &&
	       !day_name(c, t) && !date_month_parse(c->text + t->start, n) &&
	       strncasecmp(c->text + t->bend - 2, "ed", 2) != 0 &&
	       !text_word_in("century decade hours minutes month months time week weeks year years",
			     c->text + t->start, n) &&
	       !text_word_in(COREF_FEASTS, c->text + t->start, n);
}

/* True when token i is a capitalised time word between "the" and a word that makes a name a
 * newspaper's: "the Evening Post", "The Sunday Times", "the Morning Star" (a paper's name is
 * whole; not "on Sunday Times Square" nor "the Sunday session"). */
static bool outlet_time_word(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i], *n = i + 1 < st->n ? &st->t[i + 1] : NULL;

	return i > 0 && n && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAP) &&
	       (tok_lex(c, t) & (LEX_TIME | LEX_STOP)) == LEX_TIME &&
	       tok_is(c, &st->t[i - 1], "the") && (n->flags & TF_WORD) && (n->flags & TF_CAP) &&
	       (tok_lex(c, n) & (LEX_ORGKEY | LEX_MEDIA)) == (LEX_ORGKEY | LEX_MEDIA);
}

/* True when token i may be a word of a name: capitalised, not a function word, pronoun or time
 * word (an all-capitals country such as "US" is a name). */
static bool name_word_of(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i];

	if ((t->flags & TF_ALLCAP) && (tok_lex(c, t) & (LEX_GPE | LEX_ORGKEY)))
		return true;
	if (month_name(c, st, i) || holiday_name(c, st, i) || outlet_time_word(c, st, i))
		return true;
	/* "Will" after "George Will": a modal written capitalised, a person's surname read before */
	if ((t->flags & TF_CAP) && (tok_is(c, t, "will") || tok_is(c, t, "may")) &&
	    coref_person_word(c, (struct span){t->start, t->end}))
		return true;
	/* "Mayor Will Hurd", "Prime Minister May": after a title, a name */
	if ((t->flags & TF_CAP) && (tok_is(c, t, "will") || tok_is(c, t, "may")) && i > 0 &&
	    (st->t[i - 1].flags & TF_WORD) && (tok_lex(c, &st->t[i - 1]) & LEX_TITLE))
		return true;
	/* "and Will Hurd said": after a lowercase word, a modal is written capitalised only as a
	 * given name, before the surname (not after a mark: "asked: “Will Congress act?”"; not a
	 * month: "in May Trump said") */
	if ((t->flags & TF_CAP) && !(t->flags & TF_ALLCAP) && tok_is(c, t, "will") && i > 0 &&
	    !st->heading && (st->t[i - 1].flags & TF_WORD) && !(st->t[i - 1].flags & TF_CAP) &&
	    i + 1 < st->n && (st->t[i + 1].flags & TF_WORD) && (st->t[i + 1].flags & TF_CAP))
		return true;
	/* "The St. Louis Post-Dispatch", "Mt. Sinai Hospital": a place's abbreviation with its
	 * stop opens a name before a capitalised word; not after a name's word, where it is a
	 * street's ("Main St. Police said") */
	if (tok_place_abbrev(c, t) && i + 1 < st->n && (st->t[i + 1].flags & TF_WORD) &&
	    (st->t[i + 1].flags & TF_CAP) &&
	    !(i > 0 && (st->t[i - 1].flags & TF_WORD) && (st->t[i - 1].flags & TF_CAP) &&
	      !(tok_lex(c, &st->t[i - 1]) & LEX_STOP)))
		return true;
	/* "AT&T", "Texas A&M": a capitalised word glued to an ampersand and a letter */
	if ((t->flags & TF_WORD) && (t->flags & TF_CAP) &&
	    ((t->end + 1 < c->len && c->text[t->end] == '&' &&
	      text_is_ascii_letter(c->text[t->end + 1])) ||
	     (t->start >= 2 && c->text[t->start - 1] == '&' &&
	      text_is_ascii_letter(c->text[t->start - 2]))))
		return true;
	return !(tok_lex(c, t) & (LEX_STOP | LEX_PRON | LEX_TIME | LEX_FURNITURE)) &&
	       !contracted(c, t);
}

bool coref_name_word_set(const struct coref *c, const struct sent *st, size_t i)
{
	bool yes = name_word_of(c, st, i);

	st->t[i].flags |= TF_NAMEW_SET | (yes ? TF_NAMEW : 0);
	return yes;
}

/* "Credit Suisse", "Home Depot": a capitalised word of a page's frame that opens a name, before
 * a name word, inside a sentence; at a sentence's start only when an organisation's word follows
 * within three ("Credit Suisse Group said", not "Share Facebook"). */
bool coref_furniture_opens_name(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i];

	if (st->heading || !(t->flags & TF_WORD) || !(t->flags & TF_CAP) ||
	    (t->flags & (TF_DIGIT | TF_DATELINE | TF_INQ)) || !(tok_lex(c, t) & LEX_FURNITURE) ||
	    (tok_lex(c, t) & (LEX_STOP | LEX_TIME)) || i + 1 >= st->n ||
	    !coref_name_word(c, st, i + 1))
		return false;
	if (i != st->first)
		return true;
	for (size_t k = i + 1; k < st->n && k < i + 4 && coref_name_word(c, st, k); k++)
		if (tok_lex(c, &st->t[k]) & LEX_ORGKEY)
			return true;
	return false;
}

/* The end (exclusive) of the run of name tokens from a: capitalised words, lowercase
 * particles between them (de, van, bin), and "of", "for", "and", "&" after an organisation's
 * word ("Administration of China"). */
/* True when the word token t is a particle joined by a hyphen to a capitalised word: "el-Sayed",
 * "al-Assad". */
static bool hyphen_particle(const struct coref *c, const struct ctok *t)
{
	const char *w = c->text + t->start;
	size_t n = t->bend - t->start, h = 0;

	if (!(t->flags & TF_WORD) || (t->flags & TF_CAP))
		return false;
	while (h < n && h < 4 && w[h] != '-')
		h++;
	return h >= 2 && h < 4 && h + 1 < n && w[h] == '-' && text_is_ascii_upper(w[h + 1]) &&
	       (coref_lex(w, h, NULL) & LEX_PARTICLE);
}

/* True when token k opens the aim an organisation's name goes on with, "to" and a capitalised
 * verb before more of the name ("Alliance to Save Our Parks", "Committee to Protect
 * Journalists"), or is a capitalised "Our" or "Your" inside that aim; not in a headline, whose
 * capitals are every word's ("Acme Corp to Buy Rival"). */
static bool org_purpose(const struct coref *c, const struct sent *st, size_t k)
{
	const struct ctok *t = &st->t[k];

	if (st->heading || k + 2 >= st->n || !(t->flags & TF_WORD))
		return false;
	if ((t->flags & TF_CAP) && (tok_is(c, t, "our") || tok_is(c, t, "your")))
		return coref_name_word(c, st, k + 1);
	return !(t->flags & TF_CAP) && tok_is(c, t, "to") && coref_name_word(c, st, k + 1) &&
	       (coref_name_word(c, st, k + 2) ||
		((st->t[k + 2].flags & TF_CAP) &&
		 (tok_is(c, &st->t[k + 2], "our") || tok_is(c, &st->t[k + 2], "your"))));
}

/* True when token k of the run from a is a lowercase "a" inside a person's surname ("Janet
 * Holmes a Court", "Thomas a Becket"): a first name and a surname right before it, one capitalised
 * word after it that ends the run. The article before a name ("named Ann Lee a Fellow of") has
 * more of a name or a preposition after it; not in a headline. */
static bool a_particle(const struct coref *c, const struct sent *st, size_t a, size_t k)
{
	struct ctok *t = &st->t[k];

	if (st->heading || k < a + 2 || k + 1 >= st->n || !(t->flags & TF_WORD) ||
	    (t->flags & TF_CAP) || t->bend - t->start != 1 || c->text[t->start] != 'a' ||
	    !(tok_lex(c, &st->t[k - 2]) & LEX_FIRST) || st->t[k - 1].bend < st->t[k - 1].end ||
	    !coref_name_word(c, st, k + 1) || (tok_lex(c, &st->t[k + 1]) & LEX_STOP))
		return false;
	if (k + 2 >= st->n)
		return false;
	struct ctok *n = &st->t[k + 2];
	return (n->flags & TF_WORD) ? !(n->flags & TF_CAP) && !(tok_lex(c, n) & LEX_PREP)
				    : tok_ch(c, n, ',');
}

/* True when the token t is a double quotation mark that opens (open) or closes one: '"', or
 * the curly mark of that side. */
static bool double_quote(const struct coref *c, const struct ctok *t, bool open)
{
	const char *s = c->text + t->start;

	if (t->flags & TF_WORD)
		return false;
	return tok_ch(c, t, '"') || (t->end - t->start == 3 &&
				     memcmp(s, open ? "\xE2\x80\x9C" : "\xE2\x80\x9D", 3) == 0);
}

/* True when token k is a capitalised word that may stand in a nickname: no all-capital word,
 * no possessive. */
static bool nickname_word(const struct coref *c, const struct sent *st, size_t k)
{
	const struct ctok *t = &st->t[k];

	(void)c;
	return (t->flags & TF_WORD) && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAP) &&
	       t->bend == t->end;
}

bool coref_nickname_word(const struct coref *c, const struct sent *st, size_t a, size_t b, size_t k)
{
	if (k <= a || k + 1 >= b || !(st->t[k].flags & TF_WORD))
		return false;
	/* Robert "Bobby" Scott, Robert "Bobby Joe" Scott: one or two words in the marks */
	return (double_quote(c, &st->t[k - 1], true) &&
		(double_quote(c, &st->t[k + 1], false) ||
		 (k + 2 < b && (st->t[k + 1].flags & TF_WORD) &&
		  double_quote(c, &st->t[k + 2], false)))) ||
	       (k >= a + 2 && double_quote(c, &st->t[k + 1], false) &&
		(st->t[k - 1].flags & TF_WORD) && double_quote(c, &st->t[k - 2], true));
}

/* The number of tokens of a nickname of one or two words in quotation marks that opens at token
 * k between a person's given name and surname (Robert C. "Bobby" Scott, Billy "Bob Joe" Reed):
 * the mark, capitalised words, the closing mark, then a word of a name; the word before is a
 * given name, an initial, or a capitalised word the lexicon does not know (Tova "Tovi" Lind: a
 * given name it lacks). 0 when there is none. */
static size_t quoted_nickname(const struct coref *c, const struct sent *st, size_t a, size_t k)
{
	size_t n;

	if (k == a || k + 3 >= st->n || !double_quote(c, &st->t[k], true) ||
	    !nickname_word(c, st, k + 1))
		return 0;
	if (double_quote(c, &st->t[k + 2], false))
		n = 3;
	else if (k + 4 < st->n && nickname_word(c, st, k + 2) &&
		 double_quote(c, &st->t[k + 3], false))
		n = 4;
	else
		return 0;
	struct ctok *p = &st->t[k - 1];
	bool initial = p->end - p->start == 2 && c->text[p->end - 1] == '.';
	return (p->flags & TF_WORD) && (p->flags & TF_CAP) && p->bend == p->end &&
			       ((tok_lex(c, p) & LEX_FIRST) || initial || tok_lex(c, p) == 0) &&
			       coref_name_word(c, st, k + n)
		       ? n
		       : 0;
}

/* True when token k, a lowercase "and" after the words [a, k) of a run, joins them to the rest
 * of one organisation's name: one to three capitalised words after it, the last of them an
 * organisation's word that ends the run ("Food and Drug Administration", "Science and
 * Technology Committee"). The words before are no person's, place's or group's ("Britain and
 * European Union", "Obama and Senate Democrats" are two names); at most two of them. */
static bool and_org(const struct coref *c, const struct sent *st, size_t a, size_t k)
{
	const unsigned other = LEX_FIRST | LEX_TITLE | LEX_GPE | LEX_PLACE | LEX_GROUP |
			       LEX_DEMONYM | LEX_ORGKEY | LEX_TIME | LEX_STOP;
	size_t j = k + 1;

	if (st->heading || k == a || k > a + 2 || !tok_is(c, &st->t[k], "and") ||
	    (st->t[k].flags & TF_CAP))
		return false;
	for (size_t i = a; i < k; i++)
		if ((tok_lex(c, &st->t[i]) & other) || st->t[i].bend < st->t[i].end ||
		    coref_person_word(c, (struct span){st->t[i].start, st->t[i].bend}))
			return false;
	if (tok_lex(c, &st->t[j]) & (LEX_FIRST | LEX_GPE | LEX_PLACE))
		return false;
	while (j < st->n && j < k + 4 && coref_name_word(c, st, j))
		j++;
	return j > k + 1 && (tok_lex(c, &st->t[j - 1]) & LEX_ORGKEY) &&
	       !(j < st->n && coref_name_word(c, st, j));
}

/* True when token k, a capitalised preposition inside a sentence after a word of the run from
 * a, joins the words of one name ("Doctors Without Borders", "Mothers Against Drunk Driving"):
 * prose writes a preposition capitalised only inside a name, after a plural word of it; not
 * "Of" nor after a singular ("Disputes Characterization Of Network", "The Problem With Hillary":
 * a headline's capitals, every word's), nor after a possessive or a person's name. */
static bool capital_preposition(const struct coref *c, const struct sent *st, size_t a, size_t k)
{
	const struct ctok *t = &st->t[k], *p = &st->t[k - 1];

	return !st->heading && k > a && k > st->first && (t->flags & TF_WORD) &&
	       (t->flags & TF_CAP) && !(t->flags & TF_ALLCAP) && t->bend == t->end &&
	       (tok_lex(c, &st->t[k]) & LEX_PREP) && !tok_is(c, t, "of") && (p->flags & TF_CAP) &&
	       p->bend == p->end && p->bend - p->start >= 4 && c->text[p->bend - 1] == 's' &&
	       c->text[p->bend - 2] != 's' &&
	       !coref_person_word(c, (struct span){p->start, p->bend}) &&
	       !(tok_lex(c, &st->t[k - 1]) & (LEX_FIRST | LEX_TITLE));
}

/* The number of tokens of "of", "for" or "without", with "the" after it, that join one plural
 * capitalised word opening the run from a to the rest of a body's name ("Friends of the Earth",
 * "Physicians for Human Rights", "Veterans of Foreign Wars"): the word is no given name, title,
 * group, nation or place, nor a number ("Thousands of Tunisians"), nor a person's name read
 * before. 0 when there is none. */
static size_t plural_body_of(const struct coref *c, const struct sent *st, size_t a, size_t k)
{
	const unsigned other = LEX_FIRST | LEX_TITLE | LEX_GPE | LEX_PLACE | LEX_GROUP |
			       LEX_DEMONYM | LEX_TIME | LEX_STOP | LEX_FURNITURE;
	const unsigned oneself = LEX_FIRST | LEX_TITLE | LEX_GPE | LEX_PLACE | LEX_GROUP;
	const struct ctok *p = &st->t[a], *t = &st->t[k];
	size_t n = p->bend - p->start, j = k + 1;

	if (st->heading || k != a + 1 || n < 4 || p->bend < p->end || (p->flags & TF_ALLCAP) ||
	    (t->flags & TF_CAP) || c->text[p->bend - 1] != 's' || c->text[p->bend - 2] == 's' ||
	    c->text[p->bend - 2] == '\'' || (tok_lex(c, &st->t[a]) & other) ||
	    coref_person_word(c, (struct span){p->start, p->bend}) ||
	    text_word_in("billions dozens hundreds millions scores tens thousands",
			 c->text + p->start, n) ||
	    !(tok_is(c, t, "of") || tok_is(c, t, "for") || tok_is(c, t, "without")))
		return 0;
	if (j < st->n && tok_is(c, &st->t[j], "the") && !(st->t[j].flags & TF_CAP))
		j++;
	if (j >= st->n || !coref_name_word(c, st, j))
		return 0;
	/* the words after are no name of their own: "Shares of Acme Corp", "Residents of Paris",
	 * "Employees of IBM" are plural nouns of a thing or a body named so */
	for (size_t i = j; i < st->n && i < j + 4 && coref_name_word(c, st, i); i++) {
		const struct ctok *w = &st->t[i];
		if ((tok_lex(c, &st->t[i]) & (oneself | LEX_ORGKEY | LEX_LEGAL | LEX_LEGAL_FULL)) ||
		    (w->flags & TF_ALLCAP) || w->bend < w->end ||
		    coref_map_get(c, &c->names, (struct span){w->start, w->bend}) != COREF_NONE ||
		    coref_map_get(c, &c->words, (struct span){w->start, w->bend}) != COREF_NONE)
			return 0;
	}
	return j - k;
}

size_t coref_run_end(const struct coref *c, const struct sent *st, size_t a)
{
	size_t k = a, words = 0;
	bool org = false, body = false;

	while (k < st->n && words < RUN_MAX) {
		struct ctok *t = &st->t[k];
		bool next_cap = k + 1 < st->n && coref_name_word(c, st, k + 1);
		bool after_first = k > a && (tok_lex(c, &st->t[k - 1]) & LEX_FIRST) &&
				   (t->flags & TF_CAP) &&
				   ((tok_lex(c, t) & LEX_TIME) || tok_is(c, t, "will")) &&
				   !(tok_lex(c, t) & (LEX_PREP | LEX_PRON)) && !day_name(c, t);
		/* "Rex Early": after a name's word the lexicon does not know as a given name, a
		 * time word written capitalised inside a sentence */
		after_first = after_first || (k > a && time_surname(c, st, k) &&
					      st->t[k - 1].bend == st->t[k - 1].end &&
					      !(tok_lex(c, &st->t[k - 1]) & LEX_ORGKEY));
		/* "Mr." before a name: a title (a stop word alone) */
		bool title = (t->flags & TF_CAP) && (tok_lex(c, t) & LEX_TITLE) && k + 1 < st->n &&
			     (st->t[k + 1].flags & TF_CAP);
		/* "Food Standards Agency": a frame's word between two words of a name */
		/* ... or ending a body's name read across "for" ("Physicians for Human Rights") */
		bool inside = k > a && (next_cap || body) && (t->flags & TF_CAP) &&
			      !(t->flags & TF_DIGIT) && (tok_lex(c, t) & LEX_FURNITURE) &&
			      !(tok_lex(c, t) & (LEX_STOP | LEX_TIME)) &&
			      coref_name_word(c, st, k - 1);
		/* "the editorial board of the Washington Post Trump said", "NBC News Chuck Todd
		 * asked": a person's name after a paper's or a broadcaster's word opens a name of
		 * its own */
		if (k > a &&
		    (tok_lex(c, &st->t[k - 1]) & (LEX_MEDIA | LEX_ORGKEY)) ==
			    (LEX_MEDIA | LEX_ORGKEY) &&
		    (t->flags & TF_CAP) &&
		    ((tok_lex(c, t) & LEX_FIRST) ||
		     coref_person_word(c, (struct span){t->start, t->bend})))
			break;
		if (coref_name_word(c, st, k) || after_first || title || inside ||
		    (k == a && coref_furniture_opens_name(c, st, k))) {
			org = org || (tok_lex(c, t) & LEX_ORGKEY);
			words++;
			k++;
			if (t->bend < t->end)
				break; /* a possessive ends the name */
			continue;
		}
		size_t nick = quoted_nickname(c, st, a, k);
		if (nick > 0) {
			words++; /* Robert C. "Bobby" Scott: the nickname is of the name */
			k += nick;
			continue;
		}
		if (k > a && hyphen_particle(c, t)) {
			words++; /* "Ahmed Maher el-Sayed", "Bashar al-Assad" */
			k++;
			if (t->bend < t->end)
				break;
			continue;
		}
		/* "Maria de la Cruz", "Jan van der Berg": two particles before the surname */
		if (k > a && k + 2 < st->n && (t->flags & TF_WORD) && !(t->flags & TF_CAP) &&
		    (tok_lex(c, t) & LEX_PARTICLE) && (st->t[k + 1].flags & TF_WORD) &&
		    !(st->t[k + 1].flags & TF_CAP) && (tok_lex(c, &st->t[k + 1]) & LEX_PARTICLE) &&
		    coref_name_word(c, st, k + 2)) {
			k += 2;
			continue;
		}
		if (next_cap && capital_preposition(c, st, a, k)) {
			k++; /* "Doctors Without Borders": a preposition of the name */
			continue;
		}
		size_t joins = plural_body_of(c, st, a, k);
		if (joins > 0) {
			org = body = true; /* "Friends of the Earth" */
			k += joins;
			continue;
		}
		if (k > a && next_cap && (t->flags & TF_WORD) && !(t->flags & TF_CAP) &&
		    ((tok_lex(c, t) & LEX_PARTICLE) ||
		     (org && (tok_is(c, t, "of") || tok_is(c, t, "for") || tok_is(c, t, "and") ||
			      tok_is(c, t, "on"))))) {
			k++;
			continue;
		}
		if (!org && next_cap && and_org(c, st, a, k)) {
			org = true;
			k++;
			continue;
		}
		if (a_particle(c, st, a, k)) {
			k++; /* "Janet Holmes a Court": "a" inside a surname */
			continue;
		}
		/* "Procter & Gamble", "Johnson & Johnson": an ampersand joins the words of one
		 * name; not two people's ("Donald Trump & Paul Ryan": a given name after it or a
		 * person's full name before it) */
		if (k > a && next_cap && tok_ch(c, t, '&') &&
		    (org || (!(tok_lex(c, &st->t[k + 1]) & (LEX_FIRST | LEX_TITLE)) &&
			     !(k > a + 1 && (tok_lex(c, &st->t[a]) & LEX_FIRST))))) {
			k++;
			continue;
		}
		if (k > a && org && org_purpose(c, st, k)) {
			k++; /* "Alliance to Save Our Parks": the body's aim is its name */
			continue;
		}
		break;
	}
	return k;
}
