/* Unit tests of session 58's tags and headings: an outlet's tag after a partial quotation that
 * reports the whole sentence, and a heading whose label is no one who speaks; each next to the
 * rows of the same shape that stay. */
#include "claims_fixture.h"

#include <stdio.h>

/* Runs text read as format (named name) and checks that it gives n claims, the first rendered
 * as want (when n > 0). */
static void gives_as(const char *text, const char *name, enum format format, size_t n,
		     const char *want)
{
	struct fixture f = run_format(text, strlen(text), name, format);

	if (f.l->n != n)
		fprintf(stderr, "  in: %s", text);
	CHECK_EQ(f.l->n, n);
	if (n && f.l->n)
		CHECK(renders(&f, 0, want));
	done(&f);
}

/* "## Test: what the results mean" over a section of a Markdown report, "Test" a word the page
 * uses elsewhere, showed "Test (paraphrase): what the results mean": a heading or a title whose
 * words after the colon open with a word of a question is a topic, no one's statement. */
static void question_heading(void)
{
	gives_as("# Trial news\n\nThe Test was run in May.\n\n## Test: what the results mean\n\n"
		 "The trial enrolled 400 patients.\n",
		 "t.md", FORMAT_MARKDOWN, 0, NULL);
	gives_as("# Trial news\n\nThe Method was new.\n\n### Method: How we counted\n\n"
		 "We counted twice.\n",
		 "t.md", FORMAT_MARKDOWN, 0, NULL);
	gives_as("Test: what the results mean\n\nThe trial enrolled 400 patients.\n", "t.txt",
		 FORMAT_TEXT, 0, NULL);
	gives_as("Trial\n\nThe Clinical Test was run in May.\n\nClinical Test: what it means\n\n"
		 "The trial enrolled 400 patients.\n",
		 "t.txt", FORMAT_TEXT, 0, NULL);
	/* stay: a headline that states, a transcript's turn, a heading that names a speaker */
	gives_as("Trump: Clinton should have called me.\n\nThe trial enrolled 400 patients.\n",
		 "t.txt", FORMAT_TEXT, 1, "Trump (paraphrase): Clinton should have called me");
	gives_as("Trial\n\nJohn Lopez spoke.\n\nLOPEZ: What we need is a plan.\n\n"
		 "The trial enrolled 400 patients.\n",
		 "t.txt", FORMAT_TEXT, 1, "John Lopez: “What we need is a plan”");
	gives_as("# Budget talks\n\nChris Matthews spoke at length on Monday.\n\n"
		 "## Matthews: Speculation is bad\n\nThe host went on.\n",
		 "t.md", FORMAT_MARKDOWN, 1, "Chris Matthews (paraphrase): Speculation is bad");
}

/* Runs text and checks that it gives n claims, the first rendered as want. */
static void gives(const char *text, size_t n, const char *want)
{
	gives_as(text, "t.txt", FORMAT_TEXT, n, want);
}

/* "Clinton held a roundtable meeting and pledged to “promote ...,” the Orlando Sentinel
 * reported" gave the paper only 'to “promote ...”' (PolNeAR train's gold: the whole sentence);
 * "The company's board backed the plan, a spokesman said — but declined" gave the board the
 * tag for content. A tag after a comma at the sentence's end (or before a dash) reports the
 * whole sentence when the claim inside it is a stance or an act, or it is an outlet's
 * "reported" after a partial quotation. */
static void tag_takes_sentence(void)
{
	gives("Visit\n\nEarlier in the day, Clinton held a meeting with leaders and pledged to "
	      "\xE2\x80\x9Cpromote change,\xE2\x80\x9D the Orlando Sentinel reported.\n",
	      1,
	      "the Orlando Sentinel reported (paraphrase): Earlier in the day, Clinton held a "
	      "meeting with leaders and pledged to \xE2\x80\x9Cpromote change\xE2\x80\x9D");
	gives("Acme\n\nThe company's board backed the plan, a spokesman said \xE2\x80\x94 but "
	      "declined to say more.\n",
	      2, "a spokesman said (paraphrase): The company's board backed the plan");
	/* an outlet's report of a statement: the statement nests in it */
	struct fixture f = run("Film\n\nAva DuVernay spoke.\n\nDuVernay said she felt "
			       "\xE2\x80\x9Cvery proud,\xE2\x80\x9D the Times reported.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "the Times reported (paraphrase): DuVernay said she felt "
		      "\xE2\x80\x9Cvery proud\xE2\x80\x9D"));
	CHECK(renders(
		&f, 1,
		"Ava DuVernay said (paraphrase): she felt \xE2\x80\x9Cvery proud\xE2\x80\x9D"));
	done(&f);
	/* stays: a person's "said" after a statement inside (not a stance), "called them" */
	gives("Visit\n\nFeinstein said she had met \xE2\x80\x9Cthe nominee,\xE2\x80\x9D "
	      "Clinton said.\n",
	      2, "Clinton said (paraphrase): she had met \xE2\x80\x9Cthe nominee\xE2\x80\x9D");
	gives("Trump\n\nMr. Trump acknowledged his deep unpopularity - his "
	      "\xE2\x80\x9Cnegatives,\xE2\x80\x9D he called them - and vowed to fix it.\n",
	      2,
	      "Trump acknowledged (paraphrase): his deep unpopularity - his "
	      "\xE2\x80\x9Cnegatives\xE2\x80\x9D, he called them");
}

/* "DuVernay said she felt “very proud,” she said" and "Rick Tyler said that the senator would
 * “fight on,” Tyler told reporters" listed one statement twice, the second nested under the
 * first: a tag after the content that repeats the speaker of a cue before it is no second row.
 * "Laurence Meyer, who argued ..., said that ..." keeps its main cue. */
static void tag_repeats_speaker(void)
{
	gives("Film\n\nAva DuVernay spoke.\n\nDuVernay said she felt \xE2\x80\x9Cvery proud of "
	      "the film,\xE2\x80\x9D she said.\n",
	      1,
	      "Ava DuVernay said (paraphrase): she felt \xE2\x80\x9Cvery proud of the "
	      "film\xE2\x80\x9D");
	gives("Cruz\n\nCruz spokesman Rick Tyler said that the senator would \xE2\x80\x9C"
	      "fight on,\xE2\x80\x9D Tyler told reporters.\n",
	      1,
	      "Rick Tyler said (paraphrase): the senator would \xE2\x80\x9C"
	      "fight on\xE2\x80\x9D");
	/* stay: another speaker's tag nests the statement */
	gives("Cruz\n\nCruz spokesman Rick Tyler said that the senator would \xE2\x80\x9C"
	      "fight on,\xE2\x80\x9D Heidi Cruz told reporters.\n",
	      2,
	      "Heidi Cruz told (paraphrase): the senator would \xE2\x80\x9C"
	      "fight "
	      "on\xE2\x80\x9D");
}

int main(void)
{
	question_heading();
	tag_takes_sentence();
	tag_repeats_speaker();
	return CHECK_DONE();
}
