/* Unit tests of content spans (session 43, content43): each row next to the claim of the same
 * shape that stays. */
#include "claims_fixture.h"

/* "involved with what multiple lawmakers called “fraud” lead Sens. ... to invoke": after a free
 * relative's quotation, a word with its object right after it (a name, a determiner) or a verb
 * in the past the lexicon does not know ("grew") is the sentence's own verb, and the content is
 * the quotation; "what it calls “psychographic” profiles of voters" goes on with the name. */
static void name_ends_before_verb(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "The clerk had a part in what several council members called \u201ctheft\u201d "
		    "lead Mayor Tom Reed to ask for an audit.\n\n"
		    "The clerk had a part in what critics called \u201ctheft\u201d grew into "
		    "a wider inquiry.\n\n"
		    "The firm sold what it calls \u201cpredictive\u201d lists of donors to the "
		    "campaign.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "several council members called: \u201ctheft\u201d"));
	CHECK(renders(&f, 1, "critics called: \u201ctheft\u201d"));
	CHECK(renders(&f, 2,
		      "it (unresolved) calls (paraphrase): \u201cpredictive\u201d lists of "
		      "donors"));
	done(&f);
}

/* "- Web APIs: This is what ...", "- Tim Nguyen: ntim": a label before a colon that opens an
 * item of a list is a term and what it means, or a name and a handle, no one saying something;
 * a person coref knows before a quotation in a list item still speaks. */
static void list_label_no_speaker(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "The service offers two kinds of access that builders need.\n\n"
		    "- REST APIs: These cover requests that read the records, and the service "
		    "sends them back within a second.\n"
		    "- Batch APIs: These cover jobs at night.\n\n"
		    "Mayor Tom Reed spoke at the meeting.\n\n"
		    "- Mayor Tom Reed: \u201cWe will not wait for the state.\u201d\n"
		    "- Tom Reed: tomreed\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Tom Reed: \u201cWe will not wait for the state.\u201d"));
	done(&f);
}

/* "denouncing Rubio's amnesty bill as it was sailing through the Senate", "spelled out its
 * concerns as it commented on ...": after a short object, "as", a subject and its verb tell
 * what went on meanwhile, the writer's words; "cited the audit as the reason he is not ..."
 * goes on (no verb after the noun). */
static void object_ends_before_as_clause(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "The mayor spent the spring denouncing the transit levy as it was moving "
		    "through the council.\n\n"
		    "The treasurer spelled out her objections as she reviewed the draft "
		    "budget.\n\n"
		    "The mayor has often cited the audit as the reason he is not publishing the "
		    "accounts.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "The mayor denouncing (paraphrase): the transit levy"));
	CHECK(renders(&f, 1, "The treasurer spelled out (paraphrase): her objections"));
	CHECK(renders(&f, 2,
		      "The mayor has often cited (paraphrase): the audit as the reason he is not "
		      "publishing the accounts"));
	done(&f);
}

/* "“igniting,” as Reuters reported, “fears of a jihadist attack ...”": a quotation split by an
 * "as" tag is one statement, both parts; an "as" tag after a sentence's end reports only the
 * quotation after it. */
static void quote_split_by_as(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "The storm closed the port, \u201cleaving,\u201d as the Tribune "
			       "reported, \u201cthousands of sailors without pay for a "
			       "month.\u201d\n\n"
			       "The port stayed shut for a week. As the Tribune reported, "
			       "\u201cthe sailors went home.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "the Tribune reported: \u201cleaving \u2026 thousands of sailors without "
		      "pay for a month.\u201d"));
	CHECK(renders(&f, 1, "the Tribune reported: \u201cthe sailors went home\u201d"));
	done(&f);
}

/* "what former employees have called a “fraudulent scheme” took an even uglier turn": a verb in
 * the past after the quotation ends the free relative, one the lexicon does not know too
 * ("grew", "led"); a noun after it goes on with the name ("a “reckless” plan for the
 * harbor"). */
static void free_relative_ends_before_past(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "The firm ran what former workers called a \u201cfraudulent scheme\u201d grew "
		    "into a federal case.\n\n"
		    "The firm ran what former workers called a \u201cfraudulent scheme\u201d led "
		    "to a federal case.\n\n"
		    "The mayor backed what critics called a \u201creckless\u201d plan for the "
		    "harbor.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "former workers called (paraphrase): a \u201cfraudulent scheme\u201d"));
	CHECK(renders(&f, 1,
		      "former workers called (paraphrase): a \u201cfraudulent scheme\u201d"));
	CHECK(renders(&f, 2,
		      "The mayor backed (paraphrase): what critics called a \u201creckless\u201d "
		      "plan for the harbor"));
	done(&f);
}

int main(void)
{
	RUN(name_ends_before_verb);
	RUN(list_label_no_speaker);
	RUN(object_ends_before_as_clause);
	RUN(quote_split_by_as);
	RUN(free_relative_ends_before_past);
	return CHECK_DONE();
}
