/* Unit tests of claims rows a reader of the claims pane reads as wrong (issue 12): a verb of a
 * relative clause taken for the writer's claim, a noun taken for a cue, a heading, a gerund
 * subject, a participle on a noun; each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

#include <strings.h>

/* True when some claim's cue begins with the word cue (case-insensitive). */
static bool has_cue(const struct fixture *f, const char *cue)
{
	size_t n = strlen(cue);

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i];
		if (c->cue.end - c->cue.start >= n &&
		    strncasecmp(f->text + c->cue.start, cue, n) == 0)
			return true;
	}
	return false;
}

/* "developers I know actually test their code": "I know" in a relative clause with no "that"
 * on a noun says which developers, not what the writer knows; "I know the answer" stays. */
static void contact_relative(void)
{
	struct fixture f = run("Not a lot of developers I know actually test their code.\n\n"
			       "The people we asked mostly agree with the plan.\n\n"
			       "Frankly I know the answer is no.\n\n"
			       "It is the least amount of entries we want to get an alert for.\n");

	/* the second is "we asked" with the people for its object: no claim either */

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the answer is no", "I", "know", NULL);
	done(&f);
}

/* "A very accurate saying loved by linguists": "saying" a noun an adjective and a participle
 * with its agent describe; "issued a statement saying the plan failed" stays. */
static void saying_noun(void)
{
	struct fixture f = run("A very accurate saying loved by linguists across the field.\n\n"
			       "Aides issued a statement saying the plan failed.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the plan failed", "Aides", "issued a statement saying",
		 NULL);
	done(&f);
}

/* "Eliminating Repeating Alerts", a heading in title case: no sentence, no speaker; a headline
 * with a finite cue ("Mayor Says Bridge Is Safe") stays. */
static void title_case_heading(void)
{
	struct fixture f = run("Eliminating Repeating Alerts\n\n"
			       "The tool sends one alert for each anomaly it finds in the logs.\n");

	CHECK(!has_cue(&f, "Repeating"));
	done(&f);
}

/* "..., adding Blanket support to your suite is just a matter of ...": the gerund and its
 * object are the subject of "is", no one adds anything said; "..., adding that the budget is
 * tight" stays. */
static void gerund_subject_add(void)
{
	struct fixture f = run(
		"Its use is easy, adding Blanket support to your test suite is just a matter of "
		"adding one line.\n\n"
		"The mayor praised the plan, adding that the budget is tight.\n");

	/* the mayor's "praised the plan" and "adding that ..." */
	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the budget is tight", "The mayor", "adding", NULL);
	done(&f);
}

/* "Officials saying that the bridge was safe were wrong": the participle's content ends before
 * the main clause's predicate; "The mayor met officials saying the bridge was safe": the
 * officials say it, not the mayor. */
static void participle_on_noun(void)
{
	struct fixture f = run("Officials saying that the bridge was safe were wrong.\n\n"
			       "The mayor met officials saying the bridge was safe.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the bridge was safe", "Officials", "saying", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the bridge was safe", "officials", "saying", NULL);
	done(&f);
}

/* "said I, gently calling to him", "said I, sadly": a pronoun after an inverted cue takes no
 * apposition; the speaker is "I", not "I, gently calling to him behind the screen". */
static void pronoun_after_tag(void)
{
	struct fixture f = run("\"Bartleby,\" said I, gently calling to him behind the screen.\n\n"
			       "\"I think he is a little deranged,\" said I, sadly.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "Bartleby,", "I", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "I think he is a little deranged,", "I", "said", NULL);
	done(&f);
}

/* "My contact at Silego says": the speaker is the contact as written, never "My". */
static void my_contact(void)
{
	struct fixture f = run("My contact at Silego says they are going to send documentation.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "they are going to send documentation",
		 "My contact at Silego", "says", "My contact at Silego");
	done(&f);
}

/* "Navigation Roadblocks: Stores force you ...", "Entries Threshold: The least amount ...": in
 * the body, a label of a term before a colon is no speaker; a person's name ("Jake Tapper: ...")
 * and a name in capitals stay. */
static void term_labels(void)
{
	struct fixture f =
		run("Stores play tricks on shoppers.\n\n"
		    "Navigation Roadblocks: Stores force you to walk around stuff you do not "
		    "need.\n\n"
		    "Jake Tapper: Senator, you said the plan would pass.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Senator, you said the plan would pass", "Jake Tapper", ":",
		 NULL);
	done(&f);
}

/* "a few repeating issues": a participle after "few" or an article is an adjective; "you're
 * describing the scene as it actually happened": "as" and a pronoun open a clause of manner.
 * "described the plan as a mistake" stays. */
static void adjective_and_manner(void)
{
	struct fixture f = run("Our talks brought up a few repeating issues.\n\n"
			       "You are describing the scene as it actually happened.\n\n"
			       "The mayor described the plan as a mistake.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(has_cue(&f, "described"));
	done(&f);
}

/* "according to Graduationparty.com; $700 of that ...": the source ends at the semicolon; "needs
 * external Vpp to program (presumably Silego did not want ...": the speaker starts inside the
 * bracket that opens before it. */
static void source_bounds(void)
{
	struct fixture f =
		run("The average cost of a party was high, according to Graduationparty.com; "
		    "most of that was for food.\n\n"
		    "The chip needs external Vpp to program (presumably Silego did not want "
		    "to waste die area on pumps).\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "The average cost of a party was high",
		 "Graduationparty.com", "according to", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to waste die area on pumps", "Silego", "did not want",
		 NULL);
	done(&f);
}

/* "the “why” indicates a (possibly intermediate) cause": a word quoted after a determiner is no
 * quotation tagged by the cue after it (the speaker was "a"); "This is a “raw time,” said
 * Axelrod" stays. */
static void quoted_word(void)
{
	struct fixture f = run("The symptom is clear; the \u201cwhy\u201d indicates a (possibly "
			       "intermediate) cause.\n\n"
			       "This is a \u201craw time,\u201d said David Axelrod.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "This is a \u201craw time,", "David Axelrod", "said", NULL);
	done(&f);
}

/* "“...,” one user wrote on the Silk Road 2.0 forum": the cue is "wrote", the forum where. */
static void wrote_on(void)
{
	struct fixture f =
		run("\u201cHe is amazing,\u201d one user wrote on the Silk Road 2.0 forum.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "He is amazing,", "one user", "wrote", NULL);
	done(&f);
}

/* "heartbeat calls fail", "with indirect calls make it hard", "made two calls to donors": "calls"
 * a plural noun, after a number or a preposition and an adjective, or before a verb, is no cue;
 * "The head of state calls him a hero" and "The mayor calls for calm" stay. */
static void calls_noun(void)
{
	struct fixture f =
		run("Three consecutive heartbeat calls fail before the node is dropped.\n\n"
		    "Programs with indirect calls make it hard to remove code.\n\n"
		    "She made two calls to donors.\n\n"
		    "Many calls are lost.\n\n"
		    "The head of state calls him a hero.\n\n"
		    "The mayor calls for calm.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "him a hero", "The head of state", "calls", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "calm", "The mayor", "calls for", NULL);
	done(&f);
	/* a year before "calls for" names the thing that calls: a verb */
	f = run("The 1978 resolution calls for a full withdrawal.\n");
	CHECK_EQ(f.l->n, 1);
	done(&f);
}

/* "Tonight we learned": an anchor's "we" on the air is the broadcast's, no writers'; "Jesus, in
 * you we believe": a name addressed before a comma is no content, and "we" speaks to it. The
 * writers' "We believe the plan will fail" stays. */
static void we_not_writers(void)
{
	struct fixture f = run("Good evening. Tonight we learned that the senator will resign.\n\n"
			       "Jesus, in you we believe\n\n"
			       "We believe the plan will fail.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the senator will resign", "we", "learned", NULL);
	CHECK(f.l->n < 1 || f.l->items[0].speaker_resolved == NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan will fail", "We", "believe", "the writers");
	done(&f);
}

/* "attack code she said exploits the flaw": a relative clause with no "that" on a noun, the tag
 * inside it; the content takes in the noun the verb goes with ("code she said exploits ..."),
 * as it takes in "that" ("moves that he said improved"). "Later she said prices rose" stays. */
static void bare_relative(void)
{
	struct fixture f = run("Lee has released attack code she said exploits the flaw.\n\n"
			       "Later she said prices rose.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "code she said exploits the flaw", "she", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "prices rose", "she", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(contact_relative);
	RUN(saying_noun);
	RUN(title_case_heading);
	RUN(gerund_subject_add);
	RUN(participle_on_noun);
	RUN(pronoun_after_tag);
	RUN(my_contact);
	RUN(term_labels);
	RUN(adjective_and_manner);
	RUN(source_bounds);
	RUN(quoted_word);
	RUN(wrote_on);
	RUN(calls_noun);
	RUN(we_not_writers);
	RUN(bare_relative);
	return CHECK_DONE();
}
