/* Unit tests of the subject walk (session 40, subj40): a speaker's span when an apposition holds
 * an adverb and a participle or "and", each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Jo Lee, newly appointed chairman and interim chief executive of Kell, said": "newly
 * appointed" describes the role and "and" joins two roles; the speaker is the person with her
 * apposition, not the firm the last role is of. "Jo Lee, chairman and chief executive of Kell"
 * stays. */
static void newly_appointed_roles(void)
{
	struct fixture f = run("Marta Vinson, newly appointed chairman and interim chief executive "
			       "of Dorrel, said the stores would stay open.\n\n"
			       "Marta Vinson, newly appointed chairman of Dorrel, said the stores "
			       "would stay open.\n\n"
			       "Owen Pratt, chairman and chief executive of Dorrel, said the plan "
			       "was sound.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the stores would stay open",
		 "Marta Vinson, newly appointed chairman and interim chief executive of Dorrel",
		 "said", "Marta Vinson");
	claim_is(&f, 1, CLAIM_INDIRECT, "the stores would stay open",
		 "Marta Vinson, newly appointed chairman of Dorrel", "said", "Marta Vinson");
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan was sound",
		 "Owen Pratt, chairman and chief executive of Dorrel", "said", "Owen Pratt");
	done(&f);
}

/* "When it comes to X - a gripe of the police - phone makers are quick to point out": the words
 * after "when" are a clause of their own, and the subject follows the aside's second dash; an
 * aside between a subject and its cue ("Kell - a maker of phones - said") stays the subject's. */
static void subject_after_dash_aside(void)
{
	struct fixture f =
		run("When it comes to thieves using cheap phones to hide their calls - a "
		    "frequent gripe of the police - phone makers are quick to point out "
		    "that most calls are lawful.\n\n"
		    "Dorrel - a maker of phones - said that most calls are lawful.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that most calls are lawful", "phone makers",
		 "are quick to point out", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that most calls are lawful", "Dorrel - a maker of phones",
		 "said", NULL);
	done(&f);
}

/* "Picture my shock, when without rising from his desk, Harrow in a calm, firm voice, replied":
 * the clause "when ..." ends at the comma before the name, which is the speaker, no opening
 * the name follows; "The mayor's office, when reached, said" keeps its aside. */
static void when_clause_before_name(void)
{
	struct fixture f = run("Picture my shock, nay, my dismay, when without rising from his "
			       "desk, Harrow in a strangely calm, firm voice, replied, "
			       "\u201cI would rather not.\u201d\n\n"
			       "The mayor\u2019s office, when reached, said the plan was sound.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "I would rather not.",
		 "Harrow in a strangely calm, firm voice", "replied", "Harrow");
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan was sound", "The mayor\u2019s office", "said",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(newly_appointed_roles);
	RUN(subject_after_dash_aside);
	RUN(when_clause_before_name);
	return CHECK_DONE();
}
