/* Unit tests of speakers a careful reader would name (session 41): each row that changes next
 * to the neighbour of the same shape that stays. */
#include "claims_fixture.h"

/* "Mayor Bill de Blasio said ... De Blasio said": a given name that is a thing's word too
 * ("Bill") before a particle opens a person's name, and the short name with its particle is the
 * same man; "the Bill of Rights" stays a thing's name. */
static void given_noun_and_particle(void)
{
	struct fixture f = run("Mayor Bill van Dorn said on Monday that the city would hire more "
			       "nurses. \u201cWe will fix the clinics,\u201d Van Dorn said at a "
			       "briefing.\n\n"
			       "The senator said the Bill of Rights for Tenants would pass.\n");

	CHECK_EQ(f.l->n, 3);
	speaker_resolves(&f, "Van Dorn", "Bill van Dorn");
	claim_is(&f, 2, CLAIM_INDIRECT, "the Bill of Rights for Tenants would pass", "The senator",
		 "said", NULL);
	done(&f);
}

/* "De Silva said" in a headline, then "Mayor Grace de Silva": the fuller name that ends with
 * the particle and the last name is the same person, whom "the mayor" then means. */
static void particle_name_first(void)
{
	struct fixture f = run("De Silva says the harbour will reopen\n\n"
			       "Mayor Grace de Silva said on Friday that the harbour would reopen "
			       "next month.\n\n"
			       "De Silva said the repairs had cost less than planned.\n\n"
			       "The mayor also said that the ferries would run again.\n");

	speaker_resolves(&f, "De Silva", "Grace de Silva");
	speaker_resolves(&f, "The mayor", "Grace de Silva");
	done(&f);
}

/* "Democrats across the country, who highlighted": a place named by a common noun after a
 * preposition is no one who speaks; the people before it are, as written; "the country,
 * which said" stays the country. */
static void who_after_place_noun(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "The ruling angered teachers across the state, who said that the "
		    "court had moved too fast.\n\n"
		    "The ruling angered the country, which said that the court had moved "
		    "too fast.\n");

	cue_speaker_resolves(&f, "who", "said", "teachers across the state");
	cue_speaker_resolves(&f, "which", "said", "the country");
	done(&f);
}

/* "71-year-old Ann Lee, a retired nurse who ..., said": an age opens the subject, not an
 * opening phrase as a year does ("In 2015, the mayor said"), and the speaker is the person
 * named, not the apposition's "Republican". */
static void age_opens_subject(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "68-year-old Wendell Ruiz, a lifelong Democrat who voted for Carter, "
		    "said that the choices were poor.\n\n"
		    "By 2015, the mayor said that the choices were poor.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the choices were poor",
		 "68-year-old Wendell Ruiz, a lifelong Democrat who voted for Carter", "said",
		 "Wendell Ruiz");
	claim_is(&f, 1, CLAIM_INDIRECT, "that the choices were poor", "the mayor", "said", NULL);
	done(&f);
}

/* "In July, Ann Lee, vice chairman of X, told": a month is no city whose state the name
 * would be, and the source is the person with the role; "In Denver, Colorado, the senator
 * told" still opens with the place. */
static void month_is_no_city(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "In May, Tobias Crane, vice chairman of Elmwood Mills, told "
		    "reporters that the mill would close.\n\n"
		    "In Denver, Colorado, the senator told reporters that the mill would "
		    "close.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the mill would close",
		 "Tobias Crane, vice chairman of Elmwood Mills", "told", "Tobias Crane");
	claim_is(&f, 1, CLAIM_INDIRECT, "that the mill would close", "the senator", "told", NULL);
	done(&f);
}

/* "Linden Foods reported a loss. Sales fell. Prices rose. It said": the one body named in
 * reach further back than the sentence before, and the one named group for "they"; with a
 * second body or a country in reach ("Sales fell in Peru") no one is named. */
static void far_it_and_they(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Republicans in the assembly blocked the budget on Tuesday. The vote "
		    "was close. Two members were absent.\n\n"
		    "They said the plan spent too much.\n\n"
		    "Birchwood Foods posted a loss for the year. Sales fell. Costs rose "
		    "sharply.\n\n"
		    "It said it expected a profit next year.\n\n"
		    "Birchwood Foods posted a loss for the year. Sales fell in Peru. Costs "
		    "rose sharply.\n\n"
		    "It said it expected a profit next year.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK_STR(f.l->items[0].speaker_resolved, "Republicans");
	CHECK_STR(f.l->items[1].speaker_resolved, "Birchwood Foods");
	CHECK(f.l->items[2].speaker_resolved == NULL);
	done(&f);
}

/* "Democratic presidential hopefuls former Gov. Ann Lee and former Secretary of State Jo Roe
 * called for": an adjective coref took for a name is no speaker; the source as written;
 * "Republican hopeful Ann Lee" stays Ann Lee. */
static void adjective_is_no_speaker(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Democratic presidential hopefuls former Utah Gov. Nora Pell and "
			       "former Secretary of State Ivo Marsh called for more action on "
			       "guns.\n\n"
			       "Republican hopeful Nora Pell called for more action on guns.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK_STR(f.l->items[0].speaker_resolved,
		  "Democratic presidential hopefuls former Utah Gov. Nora Pell and former "
		  "Secretary of State Ivo Marsh");
	CHECK_STR(f.l->items[1].speaker_resolved, "Nora Pell");
	done(&f);
}

/* "the mayor of Springfield, who said": the holder of the office, as written, not the place
 * it is of; "Ann Lee, the mayor of Springfield, who said" stays Ann Lee. */
static void who_after_office_of(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "The ruling angered the mayor of Brackton, who said that the court "
		    "had moved too fast.\n\n"
		    "The ruling angered Ines Ferro, the mayor of Brackton, who said that "
		    "the court had moved too fast.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK_STR(f.l->items[0].speaker_resolved, "the mayor of Brackton");
	CHECK_STR(f.l->items[1].speaker_resolved, "Ines Ferro");
	done(&f);
}

int main(void)
{
	RUN(given_noun_and_particle);
	RUN(particle_name_first);
	RUN(who_after_place_noun);
	RUN(age_opens_subject);
	RUN(month_is_no_city);
	RUN(far_it_and_they);
	RUN(adjective_is_no_speaker);
	RUN(who_after_office_of);
	return CHECK_DONE();
}
