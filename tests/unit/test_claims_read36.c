/* Unit tests of claim rows a reader would find wrong, found reading twelve saved news pages and
 * the known misses of session 35 in the reader (session 36): each next to the claim of the same
 * shape that stays. */
#include "claims_fixture.h"

/* "Olsen: Bell's ... . ... Olsen said, “...” He continued, “... Paul Bell is ...” He added": a
 * surname that opens its sentence before "said" is the candidate named in full before, whose
 * given name the lexicon lacks, so the "he" after it is that candidate, not the man of known
 * gender named further back (nor the one the quotation before names). */
static void surname_opening_tag(void)
{
	struct fixture f = run(
		"Olsen: Bell\u2019s \u2018Reckless Budget\u2019 Hurting Party\u2019s Chance to Win "
		"City Hall.\n\n"
		"Friday at the Teachers Union hall in Dayton, Ohio, Democratic, council candidate "
		"Lindsey Olsen (D-OH) called out his rival Paul Bell for cutting school funds, which he "
		"believes will make it impossible for a Democrat to win the city in 2026.\n\n"
		"Olsen said, \u201cHow many of you think we lose races because we are too soft on "
		"spending? I think we are losing the parents because they think we do not care about "
		"them.\u201d\n\n"
		"He continued, \u201cI think it is not about turning out loyal voters but about "
		"repairing the harm done by careless cuts driving a wedge between us and the families "
		"who should be Democrats. I believe Paul Bell is wrecking the party\u2019s chance to win "
		"a race that we cannot afford to lose.\u201d\n\n"
		"He added, \u201cNow it is not a freeze, it is a cut. We are really going to close them "
		"all? Does that sound fair to you? You think you are going to win a race with that kind "
		"of plan?\u201d\n");
	const struct claim *last;

	CHECK(f.l->n >= 3);
	last = &f.l->items[f.l->n - 1];
	CHECK_STR(f.l->items[f.l->n - 3].speaker_resolved, "Lindsey Olsen");
	CHECK_STR(f.l->items[f.l->n - 2].speaker_resolved, "Lindsey Olsen");
	CHECK_STR(last->speaker_resolved, "Lindsey Olsen");
	done(&f);
}

/* "International Women's Day ... Women have become ...": a common word opening a sentence that
 * no verb of saying follows is no one's surname, and the "she" after it stays the woman named. */
static void opening_word_no_surname(void)
{
	struct fixture f = run(
		"International Women's Day is this coming Sunday. A major focus of International "
		"Women's Day is the plight of Andean growers. An Andean grower in Geneva, Yolanda "
		"Quispe, is a senior official of a group called the Working Group on Andean Farmers. "
		"Ms. Quispe says growers have lost their land for the past ten years.\n\n"
		"Ms. Quispe says the drought has emptied the villages. Women have become the sole "
		"support of their towns. Yet the banks have refused them loans. She says this puts "
		"whole families at risk. She says the plight of growers in the hills is greater than "
		"in the valleys.\n");

	CHECK_EQ(f.l->n, 4);
	for (size_t i = 0; i < f.l->n; i++)
		CHECK_STR(f.l->items[i].speaker_resolved, "Yolanda Quispe");
	done(&f);
}

/* "Columnist Ann Will ... “...,” Will wrote": a surname that is also a modal ("Will", "May"),
 * read after a given name, is that person where it stands alone before a past form or inside
 * its sentence; "will" in lower case and "Will the council agree?" stay the verb. */
static void modal_surname(void)
{
	struct fixture f = run(
		"Columnist Ann Will weighed in on Sunday.\n\n"
		"\u201cThe flood is a reminder that the office matters,\u201d Will wrote.\n\n"
		"In particular, Will wrote, the governor can win the race.\n\n"
		"Prime Minister Nora May said the deal was dead. \u201cWe will go on,\u201d May "
		"said.\n\n"
		"Will the council agree? The mayor said it will.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_DIRECT, "The flood is a reminder that the office matters,", "Will",
		 "wrote", "Ann Will");
	claim_is(&f, 1, CLAIM_INDIRECT, "In particular, Will wrote, the governor can win the race",
		 "Will", "wrote", "Ann Will");
	claim_is(&f, 3, CLAIM_DIRECT, "We will go on,", "May", "said", "Nora May");
	claim_is(&f, 4, CLAIM_INDIRECT, "it will", "The mayor", "said", NULL);
	done(&f);
}

/* "At the nurses’ union hall, Ada Ruiz criticized ...", "The nurses’ union said": a typographic
 * apostrophe after a plural is its possessive, inside the words before the cue as a typewriter's
 * apostrophe is, so the opening phrase ends at its comma and the union is the subject; "union
 * hall" is no speaker. */
static void curly_plural_possessive(void)
{
	struct fixture f =
		run("On Friday at the nurses\u2019 union hall, council candidate Ada Ruiz "
		    "criticized her rival.\n\n"
		    "The nurses\u2019 union said the cuts were wrong.\n\n"
		    "The nurses' union said the plan was late.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "her rival", "council candidate Ada Ruiz", "criticized",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the cuts were wrong", "The nurses\u2019 union", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the plan was late", "The nurses' union", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(surname_opening_tag);
	RUN(opening_word_no_surname);
	RUN(modal_surname);
	RUN(curly_plural_possessive);
	return CHECK_DONE();
}
