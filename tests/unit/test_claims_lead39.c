/* Unit tests of claim rows a reader would find wrong, found by the lead in session 39: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "He’s hoping the vote will help": the name that replaces the pronoun takes the verb the
 * contraction carried ("Tom Hale is hoping", "… has said", "… had wondered"), never "Tom Hale
 * hoping"; a plain "he said" and a name's own "Lee’s" are shown as before. */
static void contraction_keeps_its_verb(void)
{
	struct fixture f =
		run("Senator Tom Hale spoke in Ohio on Monday. He\u2019s hoping the vote will "
		    "help his party.\n\n"
		    "Hale has been clear. He's said the bridge would open in May.\n\n"
		    "Hale waited. He\u2019d wondered whether the rain would stop.\n\n"
		    "Hale left early. He\u2019s also praising the mayor for the budget.\n\n"
		    "Hale spoke last. He said the plan was sound.\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0, "Tom Hale is hoping (paraphrase): the vote will help his party"));
	CHECK(renders(&f, 1, "Tom Hale has said (paraphrase): the bridge would open in May"));
	CHECK(renders(&f, 2, "Tom Hale had wondered (paraphrase): whether the rain would stop"));
	CHECK(renders(&f, 3, "Tom Hale is also praising (paraphrase): the mayor for the budget"));
	CHECK(renders(&f, 4, "Tom Hale said (paraphrase): the plan was sound"));
	done(&f);
}

/* "Politifact checked Hale’s claim that ...": the name's possessive stays after the full name
 * ("Tom Hale’s claim"), never "Tom Hale claim"; a name's "’s been saying" is "has been
 * saying". */
static void possessive_keeps_its_mark(void)
{
	struct fixture f = run("Politifact checked Tom Hale\u2019s claim that there were thousands "
			       "of floods in the valley.\n\n"
			       "Mayor Ann Lee spoke again. Lee's been saying the budget would "
			       "pass.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Tom Hale\u2019s claim (paraphrase): there were thousands of floods in the "
		      "valley"));
	CHECK(renders(&f, 1, "Ann Lee has been saying (paraphrase): the budget would pass"));
	done(&f);
}

/* "Rubio said the extremist is Hillary Clinton, and he railed ...": a woman named in the clause
 * before is no one "he" may stand for, so "he" is that clause's subject; a man named there
 * leaves "he" unsure, and so unresolved. */
static void clause_rival_of_other_sex(void)
{
	struct fixture f = run("Tom Hale spoke in Ohio. Hale said the extremist is Ann Lee, and he "
			       "railed against the moderators.\n\n"
			       "Ed Moss spoke in Iowa. Moss said the extremist is Tom Hale, and he "
			       "railed against the moderators.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 1, "Tom Hale railed against (paraphrase): the moderators"));
	CHECK(renders(&f, 3, "he (unresolved) railed against (paraphrase): the moderators"));
	done(&f);
}

/* "said widow Terry Lund. She continued": "widow" before a name says a woman, whatever her given
 * name is often; with no such word, a man's given name is no one "she" stands for. */
static void widow_names_a_woman(void)
{
	struct fixture f = run("\u201cThey are wrong,\u201d said widow Terry Lund. She continued, "
			       "\u201cWe have waited long enough.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "She", "Terry Lund");
	done(&f);

	f = run("\u201cIt is late,\u201d said Terry Moss. She added, \u201cThe wait is "
		"long.\u201d\n");
	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "She", NULL);
	done(&f);
}

/* "Many Republicans echoed ... They criticized": the quantifier before a group's name stays in
 * the row (not "Republicans", all of them), and "they" after it takes that group up; a plain
 * name that ends in "s" is no group "they" takes up. */
static void counted_group(void)
{
	struct fixture f = run("Many Republicans echoed those comments. They criticized the mayor "
			       "for the tax.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Many Republicans echoed (paraphrase): those comments"));
	CHECK(renders(&f, 1, "Many Republicans criticized (paraphrase): the mayor for the tax"));
	done(&f);

	f = run("Bernie Sanders spoke in Ohio. Sanders said the plan was bad. They said it was "
		"late.\n");
	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "They", NULL);
	done(&f);
}

/* "lawmakers in Congress who say": "who" is the people of the body, as written, never the body
 * ("Congress say"); "contentious talks with Senate Republicans who oppose him" stays the
 * Republicans, whom "talks" are not. */
static void who_after_body(void)
{
	struct fixture f =
		run("The deal drew fire from Democrats and Republicans in Congress who agree that "
		    "such deals are unfair.\n\n"
		    "It angered officials at the Pentagon who said the plan was late.\n\n"
		    "The nominee had tense talks with Senate Republicans who oppose him on the "
		    "bill.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Democrats and Republicans in Congress agree (paraphrase): such deals are "
		      "unfair"));
	CHECK(renders(&f, 1, "officials at the Pentagon said (paraphrase): the plan was late"));
	CHECK(renders(&f, 2, "Senate Republicans oppose (paraphrase): him on the bill"));
	done(&f);
}

/* "It is worth noting that ...": "it" is the writer's aside, no row with a speaker left for the
 * reader to resolve ("It (unresolved) noting"; read39b's worth_aside() takes it for no claim);
 * "It said" after a company stays a source. */
static void worth_noting(void)
{
	struct fixture f = run("It is worth noting that the firm paid no tax last year.\n\n"
			       "It was also worth recalling that the mill closed in May.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);

	f = run("Acme Corp. posted a loss. It said the firm paid no tax last year.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(f.l->items[0].speaker.end > f.l->items[0].speaker.start);
	done(&f);
}

/* "pushed back on those claims Thursday, saying ...": "claims" after "those" is a noun, never
 * the verb of a speaker "back on those"; "families of those affected by the floods" is who the
 * speakers are, not "families of those" (an agent participle after a plain noun still ends the
 * source: "An aide quoted by the paper"). */
static void noun_claims_and_those_affected(void)
{
	struct fixture f =
		run("Tom Hale spoke on Monday. Hale pushed back on those claims Thursday, "
		    "saying that the bill was sound.\n\n"
		    "Families of those affected by the floods urged the mayor to "
		    "resign.\n\n"
		    "An aide quoted by the paper said the fire was set.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Tom Hale saying (paraphrase): the bill was sound"));
	CHECK(renders(&f, 1,
		      "Families of those affected by the floods urged (paraphrase): the mayor to "
		      "resign"));
	CHECK(renders(&f, 2, "An aide said (paraphrase): the fire was set"));
	done(&f);
}

/* "has bucked efforts to rein him in, committing repeated gaffes after telling his aides he
 * would change": "repeated" between "committing" and a noun is that noun's adjective, no verb
 * of a speaker "efforts to rein him in"; "telling" is the candidate's. */
static void adjective_after_gerund(void)
{
	struct fixture f =
		run("The candidate has bucked efforts to rein him in, committing "
		    "repeated gaffes after telling his aides he would change his tone.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The candidate telling (paraphrase): he would change his tone"));
	done(&f);
}

int main(void)
{
	RUN(contraction_keeps_its_verb);
	RUN(possessive_keeps_its_mark);
	RUN(clause_rival_of_other_sex);
	RUN(widow_names_a_woman);
	RUN(counted_group);
	RUN(who_after_body);
	RUN(worth_noting);
	RUN(noun_claims_and_those_affected);
	RUN(adjective_after_gerund);
	return CHECK_DONE();
}
