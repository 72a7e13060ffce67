/* Unit tests of outer attributions around an inner one: the outer claim is found as well as the
 * inner, and the inner claim is nested under it (parent). */
#include "claims_fixture.h"

/* The index of the claim whose cue is the word cue, or CLAIM_NONE. */
static size_t by_cue(const struct fixture *f, const char *cue)
{
	size_t n = strlen(cue);

	for (size_t i = 0; i < f->l->n; i++) {
		struct span q = f->l->items[i].cue;
		if (q.end - q.start == n && strncmp(f->text + q.start, cue, n) == 0)
			return i;
	}
	return CLAIM_NONE;
}

/* Checks that the claim with cue inner is nested under the claim with cue outer. */
static void nested(const struct fixture *f, const char *outer, const char *inner)
{
	size_t o = by_cue(f, outer), i = by_cue(f, inner);

	CHECK(o != CLAIM_NONE);
	CHECK(i != CLAIM_NONE);
	if (o != CLAIM_NONE && i != CLAIM_NONE)
		CHECK_EQ(f->l->items[i].parent, o);
}

/* "..., Blackwell maintains.": a tag whose verb stands for speech ("maintains", "assures his
 * audience") holds the relative clause's claim inside its content; "posted" is no such verb
 * ("posted to Twitter asking ..." tells what someone did). */
static void tag_verbs(void)
{
	struct fixture f =
		run("Lopez, a lawyer who has said she loves the law, will make a fine judge, "
		    "Blackwell maintains.\n\n"
		    "Ann Reyes posted to the forum asking if \"anyone cares?\"\n\n"
		    "Graham assures his voters he will tell the critics to go home.\n\n"
		    "The bank maintained its forecast for the year.\n");
	size_t m = by_cue(&f, "maintains");

	CHECK(m != CLAIM_NONE);
	if (m != CLAIM_NONE)
		claim_is(&f, m, CLAIM_INDIRECT,
			 "Lopez, a lawyer who has said she loves the law, will make a fine judge",
			 "Blackwell", "maintains", NULL);
	nested(&f, "maintains", "has said");
	CHECK_EQ(by_cue(&f, "posted"), CLAIM_NONE);
	claim_is(&f, by_cue(&f, "assures"), CLAIM_INDIRECT, "he will tell the critics to go home",
		 "Graham", "assures", NULL);
	/* "maintained its forecast": a noun phrase is no content of "maintain" */
	CHECK_EQ(by_cue(&f, "maintained"), CLAIM_NONE);
	done(&f);
}

/* "Y, the source, who said ..., told Reuters.": the source before a relative clause speaks the
 * content before it, and the relative clause keeps its own claim. */
static void source_before_relative(void)
{
	struct fixture f = run("The new figures are wrong, the official, who said he had seen the "
			       "ledgers himself, told reporters.\n\n"
			       "Prices will rise again, Ms Okafor, whose firm sells grain, said on "
			       "Friday.\n");

	claim_is(&f, by_cue(&f, "told"), CLAIM_INDIRECT, "The new figures are wrong",
		 "the official", "told", NULL);
	claim_is(&f, by_cue(&f, "said"), CLAIM_INDIRECT, "he had seen the ledgers himself", "who",
		 "said", NULL);
	CHECK_EQ(f.l->items[by_cue(&f, "said")].parent, CLAIM_NONE);
	size_t k = f.l->n - 1;
	claim_is(&f, k, CLAIM_INDIRECT, "Prices will rise again", "Ms Okafor", "said", NULL);
	done(&f);
}

/* "South Africa said X had told Y that Z": a country speaks for its government, and the claim
 * of "had told" inside its content is nested under it. */
static void country_outer(void)
{
	struct fixture f =
		run("South Africa said the general had told President Banda by phone that "
		    "he was staying at his farm.\n");

	claim_is(&f, by_cue(&f, "said"), CLAIM_INDIRECT,
		 "the general had told President Banda by phone that he was staying at his farm",
		 "South Africa", "said", NULL);
	claim_is(&f, by_cue(&f, "had told"), CLAIM_INDIRECT, "that he was staying at his farm",
		 "the general", "had told", NULL);
	nested(&f, "said", "had told");
	done(&f);
}

/* "As reported by X, Y": the passive cue after "as" opens an attribution of the whole clause;
 * the phrase is no content of a cue after it, and a claim inside Y is nested. */
static void as_reported_by(void)
{
	struct fixture f =
		run("As reported by the Gazette, auditors found 300 missing files in the "
		    "archive.\n\n"
		    "As reported by the Gazette, auditors said they had found the files.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "auditors found 300 missing files in the archive",
		 "the Gazette", "reported", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "auditors said they had found the files", "the Gazette",
		 "reported", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "they had found the files", "auditors", "said", NULL);
	CHECK_EQ(f.l->items[2].parent, 1);
	done(&f);
}

/* "In a poll ..., 38 percent of voters said X": the poll holds what its respondents said (the
 * rest of the sentence), each share's claim nested under it; a statement is no poll. */
static void poll_holds_shares(void)
{
	struct fixture f = run("In a county survey released Monday, 38 percent of voters said the "
			       "mayor should resign, while 60 percent said she should stay.\n\n"
			       "In a statement, 40 percent of the staff said they would strike.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "38 percent of voters said the mayor should resign, while 60 percent said she "
		 "should stay",
		 "a county survey released Monday", "In", NULL);
	CHECK_EQ(f.l->items[1].parent, 0);
	CHECK_EQ(f.l->items[2].parent, 0);
	CHECK(span_is(&f, f.l->items[2].content, "she should stay"));
	CHECK(span_is(&f, f.l->items[3].content, "they would strike"));
	done(&f);
}

/* "X appears to ..., said Y": the tag gives the content its speaker; the impression with no
 * source and the same words is not listed in its place. */
static void tag_over_impression(void)
{
	struct fixture f = run("Her campaign appears to be gaining ground in the north, said Dana "
			       "Ortiz, a pollster at the university.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Her campaign appears to be gaining ground in the north",
		 "Dana Ortiz, a pollster at the university", "said", NULL);
	done(&f);
}

/* "X, who says Y, said Z": a relative clause with a cue of its own between the source and its
 * cue; both claims are found, each with X for speaker. */
static void relative_with_cue(void)
{
	struct fixture f =
		run("Moreno, who says the council is stalling because the vote is near, "
		    "said residents should call their members.\n\n"
		    "One guard, who like others spoke on condition of anonymity to discuss the "
		    "inquiry, said the gate was open.\n");

	claim_is(&f, by_cue(&f, "says"), CLAIM_INDIRECT,
		 "the council is stalling because the vote is near", "who", "says", "Moreno");
	/* the relative clause belongs to the source, as an apposition does */
	claim_is(&f, by_cue(&f, "said"), CLAIM_INDIRECT, "residents should call their members",
		 "Moreno, who says the council is stalling because the vote is near", "said",
		 "Moreno");
	claim_is(
		&f, f.l->n - 1, CLAIM_INDIRECT, "the gate was open",
		"One guard, who like others spoke on condition of anonymity to discuss the inquiry",
		"said", NULL);
	done(&f);
}

/* A participle in the tag of a split quotation ("“A,” Ames said, citing the audit. “B”")
 * tells what the speaker meant: a claim of its own nested under the quotation, whatever its cue
 * ("citing", "speaking of", "mocking"); a stance in the source's description ("who backs the
 * mayor") stays part of the source. */
static void participle_in_tag(void)
{
	struct fixture f = run(
		"\u201cThe numbers do not add up,\u201d Ames said, citing the audit. \u201cWe will "
		"ask again.\u201d\n\n"
		"\u201cIt was a long night,\u201d said Lee, speaking of the storm. \u201cNobody "
		"slept.\u201d\n\n"
		"\u201cWe will win,\u201d said a council member who backs the mayor. \u201cEasily.\u201d\n");

	nested(&f, "said", "citing");
	claim_is(&f, by_cue(&f, "citing"), CLAIM_INDIRECT, "the audit", "Ames", "citing", "Ames");
	claim_is(&f, by_cue(&f, "speaking of"), CLAIM_INDIRECT, "the storm", "Lee", "speaking of",
		 "Lee");
	CHECK_EQ(f.l->items[by_cue(&f, "speaking of")].parent, by_cue(&f, "speaking of") - 1);
	CHECK_EQ(by_cue(&f, "backs"), CLAIM_NONE);
	done(&f);
}

/* "referencing", "alluding to" and "paraphrasing" tell what the words were about, as "referring
 * to" does: after a tag they are claims of their own with the tag's speaker. */
static void reference_participles(void)
{
	struct fixture f = run(
		"\u201cWe need the money now,\u201d Ames said, referencing a report "
		"from the treasury.\n\n"
		"\u201cYou work hard,\u201d Lee told Ruiz, alluding to the chair's plans for the "
		"fall.\n");

	claim_is(&f, by_cue(&f, "referencing"), CLAIM_INDIRECT, "a report from the treasury",
		 "Ames", "referencing", "Ames");
	claim_is(&f, by_cue(&f, "alluding to"), CLAIM_INDIRECT, "the chair's plans for the fall",
		 "Lee", "alluding to", "Lee");
	done(&f);
}

int main(void)
{
	RUN(tag_verbs);
	RUN(source_before_relative);
	RUN(country_outer);
	RUN(as_reported_by);
	RUN(poll_holds_shares);
	RUN(tag_over_impression);
	RUN(relative_with_cue);
	RUN(participle_in_tag);
	RUN(reference_participles);
	return CHECK_DONE();
}
