/* Unit tests of speaker rows a reader would find wrong, found in session 44 (speak44): each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Steering clear of the boisterous ... rhetoric of his rivals, Kasich has sought", "Speaking
 * to ... in Columbia, South Carolina at the close of ..., Cruz warned" (PolNeAR train): a
 * sentence that opens with a phrase, then a comma and a person's name before the cue, has the
 * name as its subject (the rows read "Steering clear of the angry has sought" and nothing at
 * all); a person described right before the comma ("her senior adviser, Tom Hale") keeps the
 * description. */
static void name_after_opening_phrase(void)
{
	struct fixture f =
		run("Ann Reyes is running for mayor. Tom Hale is her rival.\n\n"
		    "Speaking to a crowd of farmers in Dayton, Ohio at the end of a long "
		    "day, Reyes warned that the dam was failing.\n\n"
		    "Steering clear of the angry, often personal attacks of his rivals, "
		    "Hale has sought to present himself as a calm manager.\n\n"
		    "At the meeting, her senior adviser, Tom Hale said the vote was "
		    "close.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the dam was failing", "Reyes", "warned", "Ann Reyes");
	claim_is(&f, 1, CLAIM_INDIRECT, "to present himself as a calm manager", "Hale",
		 "has sought", "Tom Hale");
	claim_is(&f, 2, CLAIM_INDIRECT, "the vote was close", "her senior adviser, Tom Hale",
		 "said", "Tom Hale");
	done(&f);
}

/* "... when Clinton first testified ..., and Sen. Ron Johnson (R-Wis.) kept asking her why"
 * (PolNeAR train): "kept" before a participle cue makes the two the verb of the clause after
 * "and", whose subject is the name before them (the row read "Saturday's gaffes kept asking",
 * the sentence's first subject); a participle set after a clause ("..., asking why") still has
 * the clause's subject. */
static void kept_asking_after_and(void)
{
	struct fixture f =
		run("The mayor first spoke about the fire, and Ann Lee kept asking her "
		    "why the station had closed.\n\n"
		    "The mayor spoke about the fire on Monday, asking why the station had "
		    "closed.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 1, CLAIM_INDIRECT, "why the station had closed", "Ann Lee", "kept asking",
		 "Ann Lee");
	claim_is(&f, 3, CLAIM_INDIRECT, "why the station had closed", "The mayor", "asking",
		 "The mayor");
	done(&f);
}

/* "A major dispute concerns a broad political treaty calling for border demarcation" (a
 * TimeBank text): a participle right after a document that is the object of another verb is
 * the document's (the row read the whole clause, "A major dispute concerns a broad political
 * treaty", as the source); a bill its subject introduced stays the subject's. */
static void document_before_participle(void)
{
	struct fixture f = run("The main quarrel concerns a new trade treaty calling for lower "
			       "tariffs on grain.\n\n"
			       "The senator introduced a bill calling for a ban on the drug.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "lower tariffs on grain", "a new trade treaty",
		 "calling for", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "a ban on the drug", "The senator", "calling for", NULL);
	done(&f);
}

/* "The Oneida, N.Y., maker of consumer, food-service and industrial products also declared"
 * (a TimeBank text): the list after "maker of" is no subject and its comma no apposition; the
 * row read "industrial products also declared" and now gives the company named before. A
 * description set off before a name ("The leader of the union, Ann Reyes") stays the name's. */
static void list_after_maker_of(void)
{
	struct fixture f =
		run("Tamco Inc. raised its stock dividend on Monday.\n\n"
		    "The Utica, N.Y., maker of home, food-service and farm products also "
		    "declared a dividend of 5 cents a share.\n\n"
		    "The leader of the union, Ann Reyes, said the strike would go on.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "a dividend of 5 cents a share",
		 "The Utica, N.Y., maker of home, food-service and farm products", "also declared",
		 "Tamco Inc.");
	claim_is(&f, 1, CLAIM_INDIRECT, "the strike would go on",
		 "The leader of the union, Ann Reyes", "said", "Ann Reyes");
	done(&f);
}

int main(void)
{
	RUN(name_after_opening_phrase);
	RUN(kept_asking_after_and);
	RUN(document_before_participle);
	RUN(list_after_maker_of);
	return CHECK_DONE();
}
