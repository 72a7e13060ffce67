/* Unit tests of charges and verdicts told in the passive (claims_frames_charge.c), each beside
 * the same words that give no claim. */
#include "claims_fixture.h"

/* "has been criticized by X for Y": X the judge, the subject and its charge the content; "were
 * derided by X" alone: the subject judged. A charge with nobody named for it ("is accused of",
 * "has been criticized for") gives no claim (the reader would be left with no speaker), nor does
 * a blow ("was attacked by a man with a knife") or a passive with neither judge nor grounds */
static void passive_charges(void)
{
	struct fixture f =
		run("The mayor has been criticized by his rivals for failing to fix the roads.\n\n"
		    "Roof is accused of killing nine people inside the church.\n\n"
		    "His comments were quickly derided by Armin Laschet, the opposition leader.\n\n"
		    "The senator has been criticized for missing votes.\n\n"
		    "The guard was attacked by a man with a knife on Sunday.\n\n"
		    "The plan was praised.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The mayor has been criticized by his rivals for failing to fix the roads",
		 "his rivals", "has been criticized", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "His comments", "Armin Laschet", "were quickly derided",
		 NULL);
	done(&f);
}

/* The judge ends before a time or a place ("by Trump already as"), and the row names the judge
 * with the verb, its auxiliaries gone: "Armin Laschet quickly derided" */
static void judge_in_row(void)
{
	struct fixture f = run("Clinton has been mocked by Trump already as a nervous debater.\n\n"
			       "His comments were quickly derided by Armin Laschet.\n");
	struct buf line = BUF_INIT;

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "Clinton has been mocked by Trump already as a nervous debater", "Trump",
		 "has been mocked", NULL);
	claims_render(&line, f.d, &f.l->items[1], NULL);
	CHECK_STR(line.data, "Armin Laschet quickly derided (paraphrase): His comments");
	buf_free(&line);
	done(&f);
}

/* A cue in the grounds ("for suggesting that ...") has its own claim, its speaker the one
 * charged: no charge over it, whose judge would take that claim (this was the case before the
 * charge frame, and must stay) */
static void cue_in_grounds(void)
{
	struct fixture f = run("Trump was attacked by Hillary Clinton for suggesting that he would "
			       "remain neutral.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that he would remain neutral", "Trump", "suggesting",
		 "Trump");
	done(&f);
}

int main(void)
{
	RUN(passive_charges);
	RUN(judge_in_row);
	RUN(cue_in_grounds);
	return CHECK_DONE();
}
