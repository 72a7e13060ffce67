/* claims_resolve_desc: what a description of an unnamed source carries that names no one, for
 * claims_resolve.c: a relative clause that only says the source asked not to be named ("Committee
 * sources who spoke on the condition of anonymity"). */
#include "claims_int.h"

/* True when the relative clause that opens with "who" at token k and runs to b (the source's
 * end) only says the source would not be named: it holds "anonymity" ("who spoke on the
 * condition of anonymity", "who requested anonymity") or ends in "be named", "be identified"
 * or "be quoted" ("who asked not to be named", "who declined to be identified"); within 12
 * words, no comma and no "and" ("a person who attended and described her remarks on the
 * condition of anonymity" says who the person is), its verb one of asking or speaking. */
bool claims_anonymity_clause(const struct engine *e, size_t k, size_t b)
{
	if (k + 2 >= b || b > k + 13 || !tok_is(e, k, "who") ||
	    !tok_among(e, k + 1,
		       "asked declined demanded did insisted refused requested spoke talked would"))
		return false;
	for (size_t j = k + 1; j < b; j++)
		if (e->t[j].kind != TOK_WORD || tok_among(e, j, "and but or"))
			return false;
	for (size_t j = k + 1; j < b; j++)
		if (tok_is(e, j, "anonymity"))
			return true;
	return tok_is(e, b - 2, "be") && tok_among(e, b - 1, "identified named quoted");
}
