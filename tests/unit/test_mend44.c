/* Unit tests of session 44's mend: a caption in square brackets that labels what the page
 * embeds ("[Video: ...]", "[Watch: ...]") is page furniture at the document layer, so that
 * coreference, claims and the timeline all skip it; each next to the row that stays. */
#include "claims_fixture.h"
#include "dateline/formats.h"

static bool caption(const char *s)
{
	return formats_caption_line(s, strlen(s));
}

/* A label and a colon inside square brackets: a caption; a name before the colon (a chat in
 * fiction), no colon, or no brackets: none. */
static void caption_lines(void)
{
	CHECK(caption("[Video: Full speech at the dinner (9/17/16) Watch on YouTube.]"));
	CHECK(caption("[Watch: The governor's remarks in full]"));
	CHECK(caption("[Photo: Crowds at the fair, 12 May 2015.]."));
	CHECK(caption("  [Related: How the vote was counted]  "));
	CHECK(!caption("[Mara: I will be home on Friday.]"));
	CHECK(!caption("[Video call from the ship, 12 May 2015.]"));
	CHECK(!caption("Video: the mayor spoke at the fair."));
	CHECK(!caption("[Video: one] and [Photo: two]"));
	CHECK(!caption("[]"));
}

/* "[Watch: President Obama Remarks at ...]" after "Mr. Obama said": the caption gives him no
 * fuller name (his rows read "Obama Remarks said", "Obama Remarks told"). */
static void caption_names_no_one(void)
{
	struct fixture f = run("\"Our progress is on the ballot,\" Mr. Obama said on Saturday.\n\n"
			       "[Watch: President Obama Remarks at Ohio State]\n\n"
			       "Mr. Obama told the crowd he would campaign.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Obama said: \u201cOur progress is on the ballot\u201d"));
	CHECK(renders(&f, 1, "Obama told (paraphrase): he would campaign"));
	done(&f);
}

/* "speech", "debate" and "interview" stay words that make a name a thing's outside a caption
 * too: "The Trump Speech drew a crowd" gives him no fuller name (without them his rows read
 * "Trump Speech said"). */
static void speech_in_text_is_a_thing(void)
{
	struct fixture f = run("The Trump Speech drew a crowd.\n\n"
			       "\"We will win,\" Mr. Trump said on Monday.\n\n"
			       "Mr. Trump told reporters he was pleased.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Trump said: \u201cWe will win\u201d"));
	CHECK(renders(&f, 1, "Trump told (paraphrase): he was pleased"));
	done(&f);
}

/* A caption's words are no one's claim ("[Video: The mayor said ...]" made a row); a bracketed
 * editor's note with another label stays. */
static void caption_no_claim(void)
{
	struct fixture f =
		run("[Video: The mayor said the vote would go ahead]\n\n"
		    "[Update: The mayor said on Friday that the vote would go ahead.]\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(f.l->n ? f.l->items[0].paragraph : 0, 1);
	done(&f);
}

/* "as a number of writers suggested": "as" before a word for people that is no office's name
 * is a clause's, so the subject stops there (with every word for a person as an office, the
 * row read "this past week as a number of writers suggested"); "as the chief adviser" stays an
 * office ("he" is Lee). */
static void as_a_number_no_office(void)
{
	struct fixture f =
		run("The debate grew this past week as a number of writers suggested "
		    "such a list was needed.\n\n"
		    "Mr. Lee's tenure as the chief adviser ended before he told reporters "
		    "the plan had failed.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "a number of writers suggested (paraphrase): such a list was needed"));
	CHECK(renders(&f, 1, "Lee told (paraphrase): the plan had failed"));
	done(&f);
}

/* The document marks the caption's paragraph, and no other. */
static void caption_paragraph(void)
{
	const char *s = "The mayor spoke.\n\n[Video: The mayor's speech]\n\n[Note: none]\n";
	const char *err = NULL;
	struct doc *d = doc_load(s, strlen(s), "t.txt", FORMAT_TEXT, &err);

	REQUIRE(d != NULL);
	CHECK_EQ(doc_paragraph_count(d), 3);
	CHECK(!doc_paragraph(d, 0)->furniture);
	CHECK(doc_paragraph(d, 1)->furniture);
	CHECK(!doc_paragraph(d, 2)->furniture);
	doc_free(d);
}

int main(void)
{
	RUN(caption_lines);
	RUN(caption_names_no_one);
	RUN(speech_in_text_is_a_thing);
	RUN(caption_no_claim);
	RUN(caption_paragraph);
	RUN(as_a_number_no_office);
	return CHECK_DONE();
}
