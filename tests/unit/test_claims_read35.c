/* Unit tests of claim rows a reader would find wrong, found reading 25 PolNeAR train articles in
 * the reader (session 35): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "Sen. Ada Crane, facing a rival in Ohio, a swing state, said": the apposition belongs to the
 * noun inside the participle's phrase, and the phrase is set off whole; a party's label in
 * brackets before the phrase closes the name ("Sen. Ada Crane (R-Ohio), facing a challenge
 * from Tom Bell, noted"). An apposition of the subject's own stays its ("Sen. Ada Crane, a
 * Democrat, said"), and so does "including" ("Mayors, including Tom Bell, said"). */
static void participle_phrase_with_apposition(void)
{
	struct fixture f = run("Sen. Ada Crane, facing a tough challenge in Ohio, a swing state, "
			       "said she would welcome the help.\n\n"
			       "Sen. Ada Crane (R-Ohio), facing a tough challenge from State "
			       "Treasurer Tom Bell, noted that the mayor is from the city.\n\n"
			       "Sen. Ada Crane, a Democrat, said the bill would pass.\n\n"
			       "Several mayors, including Tom Bell, said the plan was late.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "she would welcome the help", "Sen. Ada Crane", "said",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the mayor is from the city",
		 "Sen. Ada Crane (R-Ohio)", "noted", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the bill would pass", "Sen. Ada Crane, a Democrat", "said",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the plan was late", "Several mayors", "said", NULL);
	done(&f);
}

/* "..., Romero said." names the tag's subject: a "she" two sentences on is that woman, whose
 * given name the lexicon lacks, named in full before ("said Mindy Romero, director of ..."),
 * not a woman of known gender named before her; when that woman is the subject after her
 * ("Clinton visited the fair later"), the "she" stays hers. */
static void tag_surname_subject(void)
{
	struct fixture f =
		run("Hillary Clinton changed her schedule to be in Oregon on Thursday.\n\n"
		    "Clinton has a strong ground game in the state, said Mindy Romero, "
		    "director of a civic project at the state university. On Tuesday, "
		    "Gov. Tom Bell endorsed her.\n\n"
		    "But Oregon has seen a surge of new voters, driven largely by an easier "
		    "registration process, Romero said. Students make up more than half of "
		    "them.\n\n"
		    "\"We think these voters are motivated,\" she said.\n\n"
		    "Clinton visited the state fair in Salem later.\n\n"
		    "\"We need every one of them,\" she said.\n");
	const struct claim *last;

	CHECK(f.l->n >= 2);
	last = &f.l->items[f.l->n - 1];
	CHECK_STR(f.l->items[f.l->n - 2].speaker_resolved, "Mindy Romero");
	CHECK_STR(last->speaker_resolved, "Hillary Clinton");
	done(&f);
}

/* "''Bell does not get along with Kovac,'' he said": the one a quotation names is whom the
 * speaker talks about, not the "he" after it, and ''doubled apostrophes'' open a quotation as
 * they close it (a newspaper archive's style); a quotation that names no one leaves the "he" to
 * the sentence's subject before it. */
static void quotation_names_not_its_speaker(void)
{
	struct fixture f =
		run("Mr. Ames was pressed on the talks in the capital. Mr. Ames said "
		    "having Mr. Kovac treat him with respect is good.\n\n"
		    "''Bell does not get along with Kovac,'' he said on the radio.\n\n"
		    "Mr. Kovac met Mr. Ames on Monday. ''Ames is a friend,'' he said.\n\n"
		    "Mr. Kovac met Mr. Ames on Tuesday. ''We talk every week,'' he "
		    "said.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 1, CLAIM_DIRECT, "Bell does not get along with Kovac,", "he", "said", "Ames");
	claim_is(&f, 2, CLAIM_DIRECT, "Ames is a friend,", "he", "said", "Kovac");
	claim_is(&f, 3, CLAIM_DIRECT, "We talk every week,", "he", "said", "Kovac");
	done(&f);
}

/* "said Nicky Dunn, 24, from Boston, who said ...": "who" is the person, not the city she is
 * from; "said Ann Cole, a teacher, who said" stays Ann Cole's. */
static void who_after_place(void)
{
	struct fixture f =
		run("\"I am going to vote for the senator,\" said Nicky Dunn, 24, from "
		    "Boston, who said the senator is best suited to fix the roads.\n\n"
		    "\"I am going to vote for the senator,\" said Ann Cole, a teacher, who "
		    "said the mayor was too slow.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 1, CLAIM_INDIRECT, "the senator is best suited to fix the roads", "who",
		 "said", "Nicky Dunn");
	claim_is(&f, 3, CLAIM_INDIRECT, "the mayor was too slow", "who", "said", "Ann Cole");
	done(&f);
}

/* "As he spoke in the lobby of Kovac Tower, ... he called his opponent ''Senator Bell''": a
 * tower is a building, no one who speaks, and the "he" is the man it is named after. */
static void tower_is_a_place(void)
{
	struct fixture f =
		run("The two winners beamed, but it was Mr. Kovac who seemed like a "
		    "different candidate. As he spoke in the lobby of Kovac Tower, there "
		    "were no steaks on show. There was no mention of ''Lying Ted''; he "
		    "called his opponent ''Senator Bell'' instead.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "his opponent ''Senator Bell'' instead", "he", "called",
		 "Kovac");
	done(&f);
}

int main(void)
{
	RUN(participle_phrase_with_apposition);
	RUN(tag_surname_subject);
	RUN(quotation_names_not_its_speaker);
	RUN(who_after_place);
	RUN(tower_is_a_place);
	return CHECK_DONE();
}
