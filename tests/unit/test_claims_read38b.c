/* Unit tests of claim rows a journalist would find wrong (session 38, read38b): each next to the
 * claim of the same shape that stays. */
#include "claims_fixture.h"

/* "The president declared martial law at midnight": a decree that puts a rule in force is an
 * act, no words; "declared war on" (PolNeAR's attribution) and "declared that ..." stay. */
static void decree_is_an_act(void)
{
	struct fixture f = run("The president declared martial law at midnight on Tuesday.\n\n"
			       "The governor declared a state of emergency after the floods.\n\n"
			       "The mayor declared a citywide curfew for the weekend.\n\n"
			       "The rebels declared war on the capital.\n\n"
			       "The president declared that the army would keep order.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "war on the capital", "The rebels", "declared", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the army would keep order", "The president",
		 "declared", NULL);
	done(&f);
}

/* "The hunter blasted apart the machine": "apart" after the cue makes it a verb of force, while
 * "blasted the plan as reckless" stays a critic's words. */
static void blasted_apart(void)
{
	struct fixture f = run("The pilot blasted apart the old machine with one shot.\n\n"
			       "The senator blasted the plan as reckless.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The senator blasted (paraphrase): the plan as reckless"));
	done(&f);
}

/* "by announcing “Star Racer,” its first game": a title right after "announcing" is a product's
 * name, not words in marks; "announced that “...”" stays. */
static void announced_title(void)
{
	struct fixture f =
		run("The studio surprised fans by announcing \u201cStar Racer,\u201d its "
		    "first game for phones.\n\n"
		    "The studio announced that \u201cthe game will be free for a week.\u201d\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The studio announced: \u201cthe game will be free for a week\u201d"));
	done(&f);
}

/* "This means that buyers can refuse and instead asking a court to rule": "This means" is what
 * a thing implies, no speaker; "This critic means that ..." is not this shape and the plain
 * "asked a court" of a named buyer stays. */
static void this_means_no_speaker(void)
{
	struct fixture f = run("This means that buyers can refuse the offer and instead asking a "
			       "judge to set a price is their only hope.\n\n"
			       "The buyers are instead asking a judge to set a price.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The buyers are instead asking (paraphrase): a judge to set a price"));
	done(&f);
}

/* "simply called it Q. If the spores spread": a capital alone before a word that opens sentences
 * ends the sentence, so the content stops at the name; "John Q. Public" and "J. A. Smith" stay
 * initials inside one sentence. */
static void capital_before_starter(void)
{
	struct fixture f = run("With no word for the thing, the elders simply called it Q. If the "
			       "spores spread, no wall could hold them.\n\n"
			       "The mayor, John Q. Public, said the roads were open.\n\n"
			       "The report by J. A. Smith said the roads were open.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "the elders simply called (paraphrase): it Q"));
	CHECK(renders(&f, 1, "John Q. Public said (paraphrase): the roads were open"));
	CHECK(renders(&f, 2, "The report by J. A. Smith said (paraphrase): the roads were open"));
	done(&f);
}

/* "anyone who votes no and thinks this is a bad price is out of luck": a belief in the relative
 * clause on "anyone" is no one's, its content running into "is out of luck"; "Anyone who knows
 * the mayor knows she will not give in" keeps the phrase as its speaker. */
static void anyone_who_thinks(void)
{
	struct fixture f = run("So anyone who votes no and thinks this is a bad price is out of "
			       "luck.\n\n"
			       "Anyone who knows the mayor knows she will not give in.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "she will not give in", "Anyone who knows the mayor",
		 "knows", NULL);
	done(&f);
}

/* "Lyftway promises it will screen its drivers. But it won't say how": "it" opening the next
 * sentence is the firm that spoke of itself, as "it" after "Lyftway said ..." already was; the
 * "it" a mayor promised of is a thing, and "it" after it no mayor. */
static void it_after_itself(void)
{
	struct fixture f =
		run("Regulators say Lyftway has misled its riders. The company now "
		    "promises it will screen its drivers. But it won't say what checks it "
		    "runs.\n\n"
		    "Lyftway said the drivers were safe. But it won't say what checks it "
		    "runs.\n\n"
		    "The mayor now promises it will open soon. But it won't say what the "
		    "work costs.\n");

	CHECK_EQ(f.l->n, 7);
	CHECK(renders(&f, 2, "Lyftway won't say (paraphrase): what checks it runs"));
	CHECK(renders(&f, 4, "Lyftway won't say (paraphrase): what checks it runs"));
	CHECK(renders(&f, 6, "it (unresolved) won't say (paraphrase): what the work costs"));
	done(&f);
}

int main(void)
{
	RUN(decree_is_an_act);
	RUN(blasted_apart);
	RUN(announced_title);
	RUN(this_means_no_speaker);
	RUN(capital_before_starter);
	RUN(anyone_who_thinks);
	RUN(it_after_itself);
	return CHECK_DONE();
}
