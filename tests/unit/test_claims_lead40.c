/* Unit tests of claim rows a reader would find wrong, found by the lead in session 40: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Walking in to chants of “Go Lena! Go Lena!,” the senator said the race ...": the crowd's
 * chant is no quotation of the senator's, whose words follow the cue; a quotation that opens
 * its sentence is still the tag's ("“We will win. We are sure,” she said."). */
static void chant_after_preposition(void)
{
	struct fixture f = run(
		"Walking in to chants of \u201cGo Lena! Go Lena!,\u201d the senator said the "
		"race was far from over.\n\n"
		"Senator Ann Lee spoke last. \u201cWe will win. We are sure,\u201d she said.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "the senator said (paraphrase): the race was far from over"));
	CHECK(renders(&f, 1, "Ann Lee said: \u201cWe will win. We are sure\u201d"));
	done(&f);
}

/* "Lee called the grants “corporate welfare.” Hale has backed the grants.": a quotation a full
 * stop closed before the cue is no content of a cue whose noun phrase follows it at once; an
 * addressee after "told" is no such phrase ("“We are done.” Hale told reporters."). */
static void object_after_stop(void)
{
	struct fixture f = run("Lee called the grants \u201ccorporate welfare.\u201d Hale has "
			       "strongly backed the grants.\n\n"
			       "\u201cWe are done.\u201d Hale told reporters on Monday.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 1, "Hale has strongly backed (paraphrase): the grants"));
	CHECK(renders(&f, 2, "Hale told: \u201cWe are done.\u201d"));
	done(&f);
}

/* "Loud applause echoed through the hall": a phrase of where or which way after a noun-phrase
 * cue is no one's words; "The senator echoed the mayor" keeps its row. */
static void echo_of_a_sound(void)
{
	struct fixture f = run("Loud applause echoed through the hall as the vote passed.\n\n"
			       "The crowd was applauding along with the band.\n\n"
			       "The senator echoed the mayor on the budget.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The senator echoed (paraphrase): the mayor on the budget"));
	done(&f);
}

/* "the subject of a search following reports that he was seen": "following" is a preposition
 * there, as "amid" is, and the reports no one's; no row with "the subject of a search
 * following" for its speaker. */
static void reports_after_following(void)
{
	struct fixture f = run("Lane has been the subject of a search following reports that he "
			       "was seen near the harbor.\n\n"
			       "Shares fell amid reports that the bank would cut jobs.\n\n"
			       "The agency said following the rules was hard.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The agency said (paraphrase): following the rules was hard"));
	done(&f);
}

/* "In a long verbal attack read on the radio Monday, ...": a phrase that opens with a
 * preposition and names no one is no speaker, however long; one that ends on a name keeps it
 * ("In the next eight weeks the Lane campaign"), and so does a count ("At least half of the
 * voters"). */
static void phrase_names_no_one(void)
{
	struct fixture f = run("In a long verbal attack read on the radio, the general called "
			       "the mayor \u201ca coward.\u201d\n\n"
			       "At least half of the voters say the roads are worse.\n");

	CHECK(f.l->n >= 2);
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(f.l->items[i].speaker.end == f.l->items[i].speaker.start ||
		      strncmp(f.text + f.l->items[i].speaker.start, "In a", 4) != 0);
	CHECK(renders(&f, f.l->n - 1,
		      "At least half of the voters say (paraphrase): the roads are worse"));
	done(&f);
}

/* "Kellogg Co. reported lower earnings. Sales rose 4.8%. ... The company would not elaborate":
 * a figure that rose or fell is the firm's, no firm; "the company" is Kellogg, never "Sales"
 * or "Revenue". */
static void figure_that_rose(void)
{
	struct fixture f = run("Kellogg Co. reported lower earnings on Monday. Sales rose 4.8% to "
			       "$1.20 billion.\n\n"
			       "The company would not elaborate, citing competitive reasons.\n\n"
			       "Revenue fell 6% to $2 billion.\n\n"
			       "The company said it would grow.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Kellogg Co. citing (paraphrase): competitive reasons"));
	CHECK(renders(&f, 1, "Kellogg Co. said (paraphrase): it would grow"));
	done(&f);
}

/* "Although he called the market “weak,” Mr. Lane, Kell's chairman and chief executive,
 * forecast higher earnings": "and" between two roles of the apposition is no list, so the
 * opening clause's content ends at its comma, with or without a cue for the main verb. */
static void roles_joined_in_apposition(void)
{
	struct fixture f = run("Although he called the market \u201cweak,\u201d Mr. Lane, Kell's "
			       "chairman and chief executive, forecast higher earnings.\n\n"
			       "Although he said sales were slow, Mr. Lane, the chairman and "
			       "founder, predicted a rise.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Lane called (paraphrase): the market \u201cweak\u201d"));
	CHECK(renders(&f, 1, "Lane said (paraphrase): sales were slow"));
	CHECK(renders(&f, 2, "Lane predicted (paraphrase): a rise"));
	done(&f);
}

/* "under the guidance of Lane—who proposed a new way to read the maps—are vivid": "who" right
 * after a name and a dash is that name's ("candidates — like Tom Hale — who say" is the
 * candidates', read across the aside). */
static void who_after_dash(void)
{
	struct fixture f = run("The painter Ann Ames drew the maps in 1909. Ames's drawings, under "
			       "the guidance of Tom Lane\u2014who proposed a new way to read the "
			       "maps\u2014are vivid.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(f.l->n == 1 && span_is(&f, f.l->items[0].speaker, "who"));
	CHECK(renders(&f, 0, "Tom Lane proposed (paraphrase): a new way to read the maps"));
	done(&f);
}

/* "issued a fresh call for calm", "should be a five-alarm call to voters": "call" after an
 * article and its adjective is a noun, no claim with "a fresh" for its speaker; "The mayor
 * called for calm" stays. */
static void article_and_call(void)
{
	struct fixture f = run("The group issued a fresh call for calm.\n\n"
			       "It was a rousing call to arms.\n\n"
			       "The mayor called for calm.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The mayor called for (paraphrase): calm"));
	done(&f);
}

/* "Commissioner James O’Neill said ... O'Neill said ...": a name written once with a curly and
 * once with a straight apostrophe is one speaker, shown by its full name. */
static void apostrophe_styles(void)
{
	struct fixture f = run("Police Commissioner James O\u2019Neill said the blast was loud.\n\n"
			       "O'Neill said the cause was unknown.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "James O\u2019Neill said (paraphrase): the cause was unknown"));
	done(&f);
}

int main(void)
{
	RUN(chant_after_preposition);
	RUN(object_after_stop);
	RUN(echo_of_a_sound);
	RUN(reports_after_following);
	RUN(phrase_names_no_one);
	RUN(figure_that_rose);
	RUN(roles_joined_in_apposition);
	RUN(who_after_dash);
	RUN(article_and_call);
	RUN(apostrophe_styles);
	return CHECK_DONE();
}
