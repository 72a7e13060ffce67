/* Unit tests of what documents and data show: a collection of documents ("a batch of emails"),
 * the document a relative pronoun or a participle follows, a document with a relative clause of
 * its own, where what a document's "showing" shows ends, and the document's whole phrase as
 * the source. */
#include "claims_fixture.h"

/* "a batch of emails": the documents after "of" are the head; a batch of people shows nothing */
static void collection_of_documents(void)
{
	struct fixture f = run("A new batch of State Department emails released this week showed "
			       "the close ties between the two agencies.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the close ties between the two agencies",
		 "A new batch of State Department emails released this week", "showed", NULL);
	done(&f);

	f = run("A batch of volunteers showed the way to the hall.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* ", which showed": the document the pronoun refers to is the source, after a time phrase too;
 * a pronoun that refers to a person or to no document gives no claim */
static void relative_pronoun_after_a_document(void)
{
	struct fixture f = run(
		"She released her medical records in July, which showed she was fit for duty.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "she was fit for duty", "her medical records", "showed",
		 NULL);
	done(&f);

	f = run("The crowd, who showed great patience, waited outside.\n\n"
		"She met the senator in July, which showed her resolve.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "The little polling that was done ... showed": a document that opens the clause with a
 * relative clause of its own; a person's does not */
static void document_with_a_relative_clause(void)
{
	struct fixture f = run("The little polling that was done in the state before the primary "
			       "showed a virtual dead heat.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "a virtual dead heat",
		 "The little polling that was done in the state before the primary", "showed",
		 NULL);
	done(&f);

	f = run("The senator who was elected in the state showed restraint.\n\n"
		"The crowd that gathered in the square showed its anger.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "released emails showing that ...": the documents before the participle, not the clause's
 * subject; a person showing something, or a TV show, says nothing */
static void participle_after_a_document(void)
{
	struct fixture f = run("The campaign released emails showing that officials knew about "
			       "the attack.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that officials knew about the attack", "emails", "showing",
		 NULL);
	done(&f);

	f = run("Trump was showing restraint.\n\n"
		"The senator spent the day showing voters around the plant.\n\n"
		"Trump showed restraint in the debate, and NBC's show drew few viewers.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "A new poll showing X was released": what is shown ends before the subject's verb; "With polls
 * showing X, a story says ...": at the comma before the main clause */
static void showing_ends_before_the_main_clause(void)
{
	struct fixture f = run("A new poll showing the mayor's standing down to 14 percent was "
			       "released on Monday.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor's standing down to 14 percent", "A new poll",
		 "showing", NULL);
	done(&f);

	f = run("With polls showing the senator leading the race in Ohio, a story by the website "
		"says that delegates will leave.\n");
	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the senator leading the race in Ohio", "polls", "showing",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that delegates will leave", "a story by the website",
		 "says", NULL);
	done(&f);

	f = run("Polls showing that the mayor is ahead.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the mayor is ahead", "Polls", "showing", NULL);
	done(&f);
}

/* "A poll ... released Wednesday found", "A poll out this week shows": the document's whole
 * phrase up to the cue is the source (no time is its head); footage with a participle after it
 * still shows only what it depicts */
static void document_phrase_up_to_the_cue(void)
{
	struct fixture f = run("A poll from the state university released Wednesday found the "
			       "mayor leading by 15 points.\n\n"
			       "A state university poll out this week shows the mayor with an "
			       "8-point lead.\n\n"
			       "The footage released Friday by the family does not show the man "
			       "holding anything.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor leading by 15 points",
		 "A poll from the state university released Wednesday", "found", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the mayor with an 8-point lead",
		 "A state university poll out this week", "shows", NULL);
	done(&f);
}

int main(void)
{
	RUN(collection_of_documents);
	RUN(relative_pronoun_after_a_document);
	RUN(document_with_a_relative_clause);
	RUN(participle_after_a_document);
	RUN(showing_ends_before_the_main_clause);
	RUN(document_phrase_up_to_the_cue);
	return CHECK_DONE();
}
