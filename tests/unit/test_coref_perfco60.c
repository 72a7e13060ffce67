/* Unit tests of the coreference built with its tokens cut on a second thread (perfco60): the
 * same entities, mentions and claims as one thread gives, on documents of every size around a
 * batch of the cutter (coref.c, AHEAD_TOKS), with headings, bylines, furniture, datelines and
 * quotations over paragraph ends; and the small document (below coref_split_min) left as it was. */
#include "../../src/coref_int.h"
#include "claims_fixture.h"

#include <string.h>

/* True when the two claim lists are the same, claim by claim. */
static bool same_claims(const struct claim_list *a, const struct claim_list *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++) {
		const struct claim *x = &a->items[i], *y = &b->items[i];
		if (x->kind != y->kind || x->content.start != y->content.start ||
		    x->content.end != y->content.end || x->speaker.start != y->speaker.start ||
		    x->speaker.end != y->speaker.end || x->cue.start != y->cue.start ||
		    x->cue.end != y->cue.end || x->paragraph != y->paragraph ||
		    x->parent != y->parent || x->speaker_id != y->speaker_id ||
		    x->nquote != y->nquote || !x->speaker_resolved != !y->speaker_resolved ||
		    (x->speaker_resolved && strcmp(x->speaker_resolved, y->speaker_resolved) != 0))
			return false;
		for (size_t k = 0; k < x->nquote; k++)
			if (x->quote[k].start != y->quote[k].start ||
			    x->quote[k].end != y->quote[k].end)
				return false;
	}
	return true;
}

/* True when the two builds found the same entities and mentions, and their memos answer alike. */
static bool same_coref(const struct coref *a, const struct coref *b)
{
	if (a->nents != b->nents || a->nm != b->nm || a->nmpage != b->nmpage)
		return false;
	for (size_t e = 0; e < a->nents; e++)
		if (memcmp(&a->ents[e], &b->ents[e], sizeof(a->ents[e])) != 0 ||
		    a->ex[e].nwords != b->ex[e].nwords || a->ex[e].nroles != b->ex[e].nroles ||
		    a->ex[e].twin != b->ex[e].twin || a->ex[e].strong != b->ex[e].strong)
			return false;
	if (a->nm && memcmp(a->m, b->m, a->nm * sizeof(*a->m)) != 0)
		return false;
	if (a->mpage && memcmp(a->mpage, b->mpage, (a->nmpage + 1) * sizeof(*a->mpage)) != 0)
		return false;
	/* a word either memo holds is the same word with the same classes */
	for (size_t j = 0; j < (1u << LEX_MEMO_BITS); j++) {
		const struct text_memo_key *x = &a->memo->slot[j].w, *y = &b->memo->slot[j].w;
		if (text_memo_key_eq(x, y) && (a->memo->slot[j].lex != b->memo->slot[j].lex ||
					       a->memo->slot[j].id != b->memo->slot[j].id))
			return false;
	}
	return true;
}

/* The text of `paras` paragraphs of many shapes (k shifts where the shapes fall). */
static void compose(struct buf *b, size_t paras, size_t k)
{
	buf_puts(b, "Senate Passes Budget Bill After Long Night\n\n");
	buf_puts(b, "By Ann Lee\n\n");
	for (size_t i = 0; i < paras; i++)
		switch ((i + k) % 9) {
		case 0:
			buf_printf(
				b,
				"WASHINGTON (Reuters) - Sen. Mara Velt said on Tuesday that vote "
				"%zu would pass. She said it twice.\n\n",
				i);
			break;
		case 1:
			buf_puts(
				b,
				"\"The first part of a long statement.\n\n\"And it goes on here,\" "
				"the minister told reporters.\n\n");
			break;
		case 2:
			buf_puts(b, "Photo: Mary Smith for The Times\n\n");
			break;
		case 3:
			buf_puts(b, "FULL TEXT.\n\n");
			break;
		case 4:
			buf_puts(b, "Firm Launches New Tools for Teams\n\n");
			break;
		case 5:
			buf_puts(b, "Huang Renxun, the chief executive of NVIDIA, said the company "
				    "would grow. He Lifeng, the vice premier, said China agreed. "
				    "Mr. Huang's remarks came later.\n\n");
			break;
		case 6:
			buf_puts(b, "\"Melanie thought it unfair. She was tired.\n\n");
			break;
		case 7:
			buf_puts(b,
				 "According to the Financial Times (FT), the FT's editor "
				 "disagreed. The Centers for Disease Control and Prevention (CDC) "
				 "said ``nothing'' and ''more'' on Sino-U.S. talks.\n\n");
			break;
		default:
			buf_puts(b, "Analysts said that the plan would fail. Netan\xC2\xADyahu and "
				    "Jos\xC3\xA9 Mart\xC3\xADnez, who said \xE2\x80\x9Cwe "
				    "will\xE2\x80\x9D, agreed.\n\n");
			break;
		}
}

/* Builds the coreference and the claims of the text one way (split: the size from which the
 * tokens are cut on a second thread) and checks them against the other: the number of claims. */
static size_t both_ways(const struct buf *b)
{
	size_t saved = coref_split_min;
	const char *err = NULL;
	struct doc *d = doc_load(b->data, b->len, "t.txt", FORMAT_TEXT, &err);

	if (!d) {
		CHECK(d != NULL);
		return 0;
	}
	coref_split_min = SIZE_MAX;
	struct coref *one = coref_build(d);
	struct claim_list *cl1 = claims_find_with(d, one);
	coref_split_min = 0;
	struct coref *two = coref_build(d);
	struct claim_list *cl2 = claims_find_with(d, two);
	struct claim_list *own = claims_find(d); /* the claims' own coreference, cut ahead too */
	coref_split_min = saved;
	CHECK(same_coref(one, two));
	CHECK(same_claims(cl1, cl2));
	CHECK(same_claims(cl1, own));
	size_t n = cl1->n;
	claim_list_free(cl1);
	claim_list_free(cl2);
	claim_list_free(own);
	coref_free(one);
	coref_free(two);
	doc_free(d);
	return n;
}

/* Documents from a few paragraphs to more tokens than all the cutter's batches hold at once
 * (so that they are handed back and cut again), the shapes falling on every batch's end. */
static void cut_ahead_same(void)
{
	static const size_t sizes[] = {1, 3, 40, 900, 6000};

	for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
		for (size_t k = 0; k < (sizes[s] >= 900 ? 2 : 9); k++) {
			struct buf b = BUF_INIT;
			compose(&b, sizes[s], k);
			CHECK(both_ways(&b) >= sizes[s] / 9);
			buf_free(&b);
		}
}

/* Near shapes: an empty text, a title alone, only furniture after the title (the cutter cuts
 * batches of no sentence), and one paragraph of more tokens than a batch. */
static void cut_ahead_edges(void)
{
	struct buf b = BUF_INIT;

	both_ways(&b);
	buf_puts(&b, "A Title Alone");
	both_ways(&b);
	buf_free(&b);
	buf_puts(&b, "A Title\n\n");
	for (size_t i = 0; i < 3000; i++)
		buf_puts(&b, "Photo: Mary Smith for The Times\n\n");
	CHECK_EQ(both_ways(&b), (size_t)0);
	buf_free(&b);
	buf_puts(&b, "A Title\n\n");
	for (size_t i = 0; i < 5000; i++)
		buf_puts(&b, "Sen. Mara Velt said the vote would pass. She said it again. ");
	buf_puts(&b, "\n\nMs. Velt left.\n\n");
	CHECK(both_ways(&b) >= 5000);
	buf_free(&b);
}

/* Below coref_split_min nothing is cut ahead: the default leaves a short article on one
 * thread, and its claims are as before. */
static void small_stays(void)
{
	struct fixture f = run("Title\n\nSen. Mara Velt said the vote would pass. \"We will win,\" "
			       "she said.\n\n");

	CHECK(coref_split_min >= (size_t)1 << 19);
	CHECK_EQ(f.l->n, (size_t)2);
	speaker_resolves(&f, "she", "Mara Velt");
	done(&f);
}

int main(void)
{
	RUN(cut_ahead_same);
	RUN(cut_ahead_edges);
	RUN(small_stays);
	return CHECK_DONE();
}
