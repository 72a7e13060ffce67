/* timex_names: telling a weekday, month or season that is part of a name ("The Sunday Times",
 * "Tuesday Morning Corp.", "Fox News Sunday" in quotation marks) from one that dates something. */
#include <string.h>

#include "dateline/text.h"
#include "timex_int.h"

/* Words that end the name of a newspaper, a show, a company or a club: a capitalised run after a
 * weekday or month that holds one is a name ("Sunday Times", "Saturday Night Live"). */
static const char *const name_heads[] = {
	"Times",   "Telegraph", "Mail",     "Post",        "Herald", "Express",     "Mirror",
	"Tribune", "Journal",   "Star",     "Observer",    "Review", "Magazine",    "Paper",
	"Edition", "Show",      "Live",     "Football",    "Corp",   "Corporation", "Inc",
	"Co",      "Ltd",       "LLC",      "Group",       "Stores", "Club",        "Futures",
	"Gazette", "Chronicle", "Standard", "Independent", "Record", NULL};

static bool word_eq(const struct tx_ctx *c, size_t k, const char *w)
{
	size_t n = strlen(w);
	return c->t[k].e - c->t[k].s == n && memcmp(c->text + c->t[k].s, w, n) == 0;
}

static bool is_head(const struct tx_ctx *c, size_t k)
{
	for (int i = 0; name_heads[i]; i++)
		if (word_eq(c, k, name_heads[i]))
			return true;
	return false;
}

/* A capitalised word (any class) at k. */
static bool cap_word(const struct tx_ctx *c, size_t k)
{
	return k < c->n && c->t[k].kind == K_WORD && c->t[k].cap;
}

static bool open_quote(const struct tx_ctx *c, size_t k)
{
	return P(c, k, '"') || P(c, k, 0x201C) || P(c, k, 0x2018);
}

static bool close_quote(const struct tx_ctx *c, size_t k)
{
	return P(c, k, '"') || P(c, k, 0x201D) || P(c, k, 0x2019);
}

bool tx_in_name(const struct tx_ctx *c, size_t s, size_t e)
{
	const struct tx_tok *t = &c->t[s];
	/* a date glued to "-like" or "-style" names a kind of thing, no time: "an Ash
	 * Wednesday-like smearing", "a Monday-style meeting" */
	if (e > s && P(c, e, '-') && adj(c, e - 1) && adj(c, e) &&
	    in_list(c, e + 1, "like style esque type"))
		return true;
	if (t->kind != K_WORD || !t->cap ||
	    !(t->cls == C_WDAY || t->cls == C_MONTH || t->cls == C_SEASON || t->cls == C_DEIC))
		return false;
	/* a title in quotation marks with more capitalised words than the date: "Fox News
	 * Sunday", "The World of Tomorrow" (a small word between capitalised ones); "Meet the
	 * Press" is no date anyway */
	size_t l = s, r = e;
	while (l > 0 && s - l < 6 &&
	       (cap_word(c, l - 1) || (l >= 2 && cap_word(c, l - 2) &&
				       in_list(c, l - 1, "a an and at for in of on the to"))))
		l--;
	while (cap_word(c, r) && r - e < 6)
		r++;
	size_t q = r;
	if (P(c, q, ',') || P(c, q, '.'))
		q++;
	if (l > 0 && open_quote(c, l - 1) && close_quote(c, q) && r - l > e - s)
		return true;
	/* a capitalised run after the word that ends in a name's head: "Sunday Times", "Tuesday
	 * Morning Corp.", "Today's Paper", "Saturday Night Live" */
	size_t j = s + 1;
	if (is_apos(c, j) && WV(c, j + 1, C_MISC, MISC_S))
		j += 2;
	size_t k = j;
	for (; k < j + 3 && cap_word(c, k); k++)
		if (is_head(c, k))
			return true;
	/* a paper's part named after its day: "the Sunday Metropolitan section" */
	if (k > j && in_list(c, k, "section edition supplement magazine column pages"))
		return true;
	/* the end of a capitalised name mid-sentence: "USA Today", "Get New York Today in your
	 * inbox" */
	if (t->cls == C_DEIC && t->val == D_TODAY && s > 0 && cap_word(c, s - 1) &&
	    c->t[s - 1].cls != C_WDAY && c->t[s - 1].cls != C_MONTH)
		return true;
	/* "the Today show" */
	if (t->cls == C_DEIC && t->val == D_TODAY && j < c->n && word_eq(c, j, "show"))
		return true;
	return false;
}
