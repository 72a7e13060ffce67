/* Unit tests of speakers a careful reader would name (session 37): each row that changes next to
 * the neighbour of the same shape that stays. */
#include "claims_fixture.h"

/* "Reed said Mark Stone was “exactly right” when he said ...": "he" opens a clause of what Reed
 * said, whose subject is Stone, so it is Stone's telling (a step of Reed's statement, no row of
 * its own), not Reed's; "said he had been wrong when he said" and "said the issue came up in
 * October, when he told Ann Stone" keep the speaker's. */
static void pronoun_of_content_subject(void)
{
	struct fixture f = run("Retired Adm. Tom Reed said Mark Stone was \u201cexactly "
			       "right\u201d when he said on Tuesday that the army had been "
			       "\u201cleft in ruins.\u201d\n\n"
			       "Retired Adm. Tom Reed said that he had been wrong when he said on "
			       "Tuesday that the army was weak.\n\n"
			       "Retired Adm. Tom Reed said the issue came up in October, when he "
			       "told Ann Stone that the army was weak.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "Mark Stone was \u201cexactly right\u201d when he said on Tuesday that the army "
		 "had been \u201cleft in ruins",
		 "Retired Adm. Tom Reed", "said", "Tom Reed");
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "that he had been wrong when he said on Tuesday that the army was weak",
		 "Retired Adm. Tom Reed", "said", "Tom Reed");
	claim_is(&f, 2, CLAIM_INDIRECT, "that the army was weak", "he", "said", "Tom Reed");
	claim_is(&f, 4, CLAIM_INDIRECT, "that the army was weak", "he", "told", "Tom Reed");
	done(&f);
}

/* "“...,” his aide, former Sen. Ann Lee, said": lowercase words of a title ("former", "state",
 * "spokesman") may lead the name set off after the description, which is then the source with it,
 * as "the aide, former Sen. Ann Lee" and "his aide, Ann Lee" were. */
static void description_then_titled_name(void)
{
	struct fixture f =
		run("Gov. Mark Scott spoke in Dover on Monday.\n\n"
		    "\u201cWe will not raise taxes,\u201d his aide, former Sen. Ann Lee, "
		    "said.\n\n"
		    "\u201cWe will not cut jobs,\u201d the aide, former Sen. Ann Lee, "
		    "said.\n\n"
		    "\u201cWe will not close schools,\u201d his aide, Ann Lee, said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "We will not raise taxes,", "his aide, former Sen. Ann Lee",
		 "said", "Ann Lee");
	claim_is(&f, 1, CLAIM_DIRECT, "We will not cut jobs,", "the aide, former Sen. Ann Lee",
		 "said", "Ann Lee");
	claim_is(&f, 2, CLAIM_DIRECT, "We will not close schools,", "Ann Lee", "said", "Ann Lee");
	done(&f);
}

/* "Led by Council Speaker Ann Lee, the rally denounced ...": an irregular participle before its
 * agent's "by" opens a phrase as "Backed by" does, and the phrase's comma comes before a main
 * clause that runs on to the cue, so the subject is the noun phrase after it, not "Led" (nor
 * "Pressed" in "Pressed again about the budget, Lee just starts talking about ..."). */
static void participle_phrase_before_subject(void)
{
	struct fixture f = run("Led by Council Speaker Ann Lee, the rally denounced the plan to "
			       "close the shelter.\n\n"
			       "Backed by the mayor, the group denounced the plan to close the "
			       "shelter.\n\n"
			       "Pressed again about the budget, Tom Ray just starts talking about "
			       "fishing.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan to close the shelter", "the rally", "denounced",
		 "the rally");
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan to close the shelter", "the group", "denounced",
		 "the group");
	claim_is(&f, 2, CLAIM_INDIRECT, "fishing", "Tom Ray", "just starts talking about",
		 "Tom Ray");
	done(&f);
}

/* "the $20 million experts say it costs": the sum is the object of a relative clause without its
 * "that", and "experts" after it is the subject that says, not "(no speaker)"; "$2.5 billion,
 * officials said" keeps the sum in the content. */
static void subject_after_sum(void)
{
	struct fixture f = run("That is a fraction of the $20 million experts say it costs to run "
			       "statewide.\n\n"
			       "The city spent $2.5 billion, officials said.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "it costs to run statewide", "experts", "say", "experts");
	claim_is(&f, 1, CLAIM_INDIRECT, "The city spent $2.5 billion", "officials", "said", NULL);
	done(&f);
}

/* "A 29-year-old Dover woman ... received probation ... “Out with them!” she wrote": "she" takes
 * up the indefinite description that is the subject of the sentence before, as written, when no
 * one is named after it (not a magazine named further back); "A Dover woman met Gov. Tom Ray ...
 * he said" is the governor's. */
static void pronoun_of_description(void)
{
	struct fixture f = run("The magazine Der Blatt closed its comment pages last year.\n\n"
			       "A 29-year-old Dover woman, meanwhile, received probation in May "
			       "after she posted comments online. \u201cOut with them!\u201d she "
			       "wrote.\n\n"
			       "A Dover woman met Gov. Tom Ray on Monday. \u201cWe listened to "
			       "her,\u201d he said.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Out with them!", "she", "wrote",
		 "a 29-year-old Dover woman");
	claim_is(&f, 1, CLAIM_DIRECT, "We listened to her,", "he", "said", "Tom Ray");
	done(&f);
}

/* "Scott's niece, Marcia “Cia” Price, shouted": the nickname in marks says nothing of what the
 * name is ("cia" makes names an agency's), so the apposition names a person and she is the
 * speaker, not "Scott's niece"; "Ellen “Tia” Moss" reads as before. */
static void nickname_in_name(void)
{
	struct fixture f = run("Gov. Mark Scott spoke in Norfolk on Monday.\n\n"
			       "\u201cThis is a big year,\u201d Scott\u2019s niece, Marcia "
			       "\u201cCia\u201d Price, shouted to the crowd.\n\n"
			       "\u201cThis is a big day,\u201d Scott\u2019s aide, Ellen "
			       "\u201cTia\u201d Moss, shouted to the crowd.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "This is a big year,",
		 "Scott\u2019s niece, Marcia \u201cCia\u201d Price", "shouted",
		 "Marcia \u201cCia\u201d Price");
	claim_is(&f, 1, CLAIM_DIRECT, "This is a big day,",
		 "Scott\u2019s aide, Ellen \u201cTia\u201d Moss", "shouted",
		 "Ellen \u201cTia\u201d Moss");
	done(&f);
}

/* "“...,” his niece, state Del. Marcia “Cia” Price, shouted": the nickname's marks inside the name
 * set off after the description do not end it, so the tag is read as with "Ellen Moss". */
static void nickname_in_name_after_description(void)
{
	struct fixture f = run("Gov. Mark Scott spoke in Norfolk on Monday.\n\n"
			       "\u201cThis is a big week,\u201d his niece, state Del. Marcia "
			       "\u201cCia\u201d Price, shouted.\n\n"
			       "\u201cThis is a big month,\u201d his aide, state Del. Ellen Moss, "
			       "shouted.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "This is a big week,",
		 "his niece, state Del. Marcia \u201cCia\u201d Price", "shouted",
		 "Marcia \u201cCia\u201d Price");
	claim_is(&f, 1, CLAIM_DIRECT, "This is a big month,", "his aide, state Del. Ellen Moss",
		 "shouted", "Ellen Moss");
	done(&f);
}

/* "The governor added: ¶ It's typical of ... .": a paragraph that is only a subject and a verb of
 * saying before a colon, then a paragraph of sentences with no quotation mark, is a quotation set
 * off as a block: the speaker's words, its lines after a single line break with it, the last
 * stop left out as PolNeAR marks it. A belief ("hopes:") or a short line is no block. */
static void block_after_tag(void)
{
	struct fixture f = run("The mayor spoke to the council on Monday.\n\n"
			       "The mayor added:\n\n"
			       "The budget is tight this year. We will cut costs where we can and "
			       "keep every park open all summer.\nIn fact, no park will close.\n\n"
			       "The mayor hopes:\n\n"
			       "The budget is tight this year. We will cut costs where we can and "
			       "keep every park open all summer.\n\n"
			       "The mayor added:\n\n"
			       "The budget is tight. Parks stay open.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "The budget is tight this year. We will cut costs where we can and keep every "
		 "park open all summer.\nIn fact, no park will close",
		 "The mayor", "added", NULL);
	CHECK_EQ(f.l->items[0].nquote, 1);
	done(&f);
}

/* "“...,” Ray, also an avid collector of games, rare cards, and books says, “...”": between the
 * closing mark and the cue, a name and its apposition with no comma before the cue are the
 * source, not "books", the list's last word; with the comma ("Ray, a collector of games, says")
 * it read so already. */
static void apposition_without_comma_before_cue(void)
{
	struct fixture f =
		run("\u201cIf I see a deck on sale,\u201d Ray, also an avid collector of "
		    "games, rare cards, and books says, \u201cand it costs $100, that "
		    "upsets me.\u201d\n\n"
		    "\u201cIf I see a deck on sale,\u201d Ray, a collector of games, says, "
		    "\u201cthat upsets me.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "If I see a deck on sale,\u201d Ray, also an avid collector of games, rare cards, "
		 "and books says, \u201cand it costs $100, that upsets me.",
		 "Ray, also an avid collector of games, rare cards, and books", "says", "Ray");
	claim_is(
		&f, 1, CLAIM_DIRECT,
		"If I see a deck on sale,\u201d Ray, a collector of games, says, \u201cthat upsets "
		"me.",
		"Ray, a collector of games", "says", "Ray");
	done(&f);
}

int main(void)
{
	RUN(pronoun_of_content_subject);
	RUN(description_then_titled_name);
	RUN(participle_phrase_before_subject);
	RUN(subject_after_sum);
	RUN(pronoun_of_description);
	RUN(nickname_in_name);
	RUN(nickname_in_name_after_description);
	RUN(block_after_tag);
	RUN(apposition_without_comma_before_cue);
	return CHECK_DONE();
}
