/* Unit tests of speakers that are organisations, companies and places: names joined by "and",
 * an abbreviation's stop, "the company" and "the bank" after a business, a company named by its
 * share price, a city and its state, a nation, a name with its aim and its initials. */
#include "claims_fixture.h"

/* a name joined by "and" is named whole, not as its last part; a role keeps the person */
static void name_joined_by_and(void)
{
	struct fixture f = run("Tourism is critical to the economy, according to the World Travel "
			       "and Tourism Council.\n\n"
			       "Sales fell, according to Procter and Gamble.\n\n"
			       "Prices rose, said Smith and Wesson spokesman John Doe.\n");

	speaker_resolves(&f, "the World Travel and Tourism Council",
			 "World Travel and Tourism Council");
	speaker_resolves(&f, "Procter and Gamble", "Procter and Gamble");
	speaker_resolves(&f, "Smith and Wesson spokesman John Doe", "John Doe");
	done(&f);
}

static void page_word_inside_a_name(void)
{
	struct fixture f = run("The Food Standards Agency said that DNP was dangerous.\n\n"
			       "\"Do not take any tablets,\" it said in a statement.\n");

	speaker_resolves(&f, "The Food Standards Agency", "Food Standards Agency");
	speaker_resolves(&f, "it", "Food Standards Agency");
	done(&f);
}

static void short_capitals_are_no_company(void)
{
	struct fixture f = run("Microsoft Corp. built the new console. It does not offer VR yet. "
			       "It is exactly what the company promised: the fastest console.\n");

	speaker_resolves(&f, "the company", "Microsoft Corp.");
	done(&f);
}

static void object_of_a_participle_before_a_comma(void)
{
	struct fixture f = run("In the post announcing the Energy Control service, the group "
			       "promised that all profits would go to the project.\n");

	speaker_resolves(&f, "the group", "Energy Control");
	done(&f);
}

static void people_of_a_body(void)
{
	struct fixture f = run("Some members of Congress want to cut taxes. Now prosecutors in "
			       "San Francisco and Los Angeles say the checks failed.\n");

	speaker_resolves(&f, "Some members of Congress", "Some members of Congress");
	speaker_resolves(&f, "prosecutors in San Francisco and Los Angeles",
			 "prosecutors in San Francisco and Los Angeles");
	done(&f);
}

static void company_of_unknown_kind(void)
{
	struct fixture f = run("During the siege, Uber raised its prices. Soon after, Uber offered "
			       "free rides.\n\n"
			       "The company said that it would screen its drivers.\n");

	speaker_resolves(&f, "The company", "Uber");
	done(&f);
}

/* a company's name keeps the full stop of its abbreviation, named again as "the company" too;
 * a sentence's full stop after a name is no part of it */
static void abbreviation_keeps_its_stop(void)
{
	struct fixture f =
		run("Control Data Corp. thinks it will be healthy enough soon.\n\n"
		    "Moreover, the company now sees alliances as the way back.\n\n"
		    "The chairman met Mr. Price. \"We don't need the cash,\" said Price.\n\n"
		    "Harbor Foods Cos. said it will close two plants.\n\n"
		    "The plan drew no comment. The F.T.C. said it would look at the deal.\n");

	speaker_resolves(&f, "Control Data Corp.", "Control Data Corp.");
	speaker_resolves(&f, "Harbor Foods Cos.", "Harbor Foods Cos.");
	speaker_resolves(&f, "the company", "Control Data Corp.");
	speaker_resolves(&f, "Price", "Price");
	speaker_resolves(&f, "The F.T.C.", "F.T.C.");
	done(&f);
}

/* a name that opens a market report's sentence before a price's move is a company, which "the
 * company" and "the software concern" then are; not a bare "the concern", a worry */
static void company_by_its_share_price(void)
{
	struct fixture f =
		run("Stocks were mixed on Friday in heavy trading.\n\n"
		    "Borlen eased 1/8 to 31 7/8. The software concern said the delay will be "
		    "brief.\n\n"
		    "Kessel Medical fell 4 to 15. The company said its earnings will be lower.\n\n"
		    "Weisman's jumped 9 to 39 after the jewelry store operator said it is in "
		    "talks.\n");

	speaker_resolves(&f, "The software concern", "Borlen");
	speaker_resolves(&f, "The company", "Kessel Medical");
	speaker_resolves(&f, "the jewelry store operator", "Weisman");
	done(&f);
}

/* "the small nation of Chile" speaks as Chile */
static void nation_of_a_place(void)
{
	struct fixture f = run("Troops gathered near the border. The small nation of Chile said "
			       "today its ships would join the fleet.\n");

	speaker_resolves(&f, "The small nation of Chile", "Chile");
	done(&f);
}

/* a city and its state's abbreviation, where a business is, are places: never a speaker nor the
 * company a later "the company" means; a business is called by the first word of its name; a
 * description led by the place is the business named before */
static void city_and_state(void)
{
	struct fixture f =
		run("Tarrow Fasteners Inc. said its sales rose.\n\n"
		    "The Millbrook, Ill., maker of bolts also said it expects higher "
		    "prices. The company said demand was weak.\n\n"
		    "Dunmore Savings Bank said a plan to sell branches to Harbor Trust "
		    "Bank, of Lyle, S.C., fell through. Dunmore also said it would "
		    "take a charge. The bank said it would try again.\n\n"
		    "Galt Mining Corp. and Pell Steel Co. agreed to merge. Galt and "
		    "Pell said the deal would close in May.\n\n"
		    "Tulk Leather Co. sold boots. The Tyler, Texas, maker of boots and "
		    "leather belts said prices would rise. The consumer-products and "
		    "newsprint company said sales fell.\n\n"
		    "Ann Kell, Ohio Secretary of State, objected. \"It has to stop,\" Kell "
		    "said.\n");

	speaker_resolves(&f, "The Millbrook, Ill., maker of bolts", "Tarrow Fasteners Inc.");
	speaker_resolves(&f, "The company", "Tarrow Fasteners Inc.");
	speaker_resolves(&f, "Dunmore", "Dunmore Savings Bank");
	speaker_resolves(&f, "The bank", "Dunmore Savings Bank");
	speaker_resolves(&f, "Galt and Pell", "Galt and Pell");
	speaker_resolves(&f, "The Tyler, Texas, maker of boots and leather belts",
			 "Tulk Leather Co.");
	speaker_resolves(&f, "The consumer-products and newsprint company", "Tulk Leather Co.");
	speaker_resolves(&f, "Kell", "Ann Kell");
	done(&f);
}

/* an opening phrase that ends in a city and its state: the subject starts after the state */
static void state_ends_an_opening(void)
{
	struct fixture f =
		run("Votes were counted.\n\n"
		    "At a rally in Keene, N.H., on Tuesday, Senator Ann Probst of Vermont "
		    "endorsed the plan, saying it would pass.\n\n"
		    "Ortiz has made schools central to her campaign. Following a flood "
		    "last year in Galton, Ore., she issued a plan: President Voss later "
		    "adopted it.\n\n"
		    "She said the plan would work.\n");

	speaker_resolves(&f, "Senator Ann Probst of Vermont", "Ann Probst");
	speaker_resolves(&f, "She", "Ortiz");
	done(&f);
}

/* an organisation named for its aim keeps all of it ("to" and a capitalised verb, "Our"), and
 * its initials in brackets name it too; a headline's capitals are no such name */
static void name_with_its_aim(void)
{
	struct fixture f =
		run("More than 900 people marched, according to the event organizer League to "
		    "Save Our Parks (LSOP).\n\n"
		    "The LSOP said the city had cut the budget.\n");

	speaker_resolves(&f, "the event organizer League to Save Our Parks (LSOP)",
			 "League to Save Our Parks");
	speaker_resolves(&f, "The LSOP", "League to Save Our Parks");
	done(&f);
}

/* "the government" is no party, court or campaign named before, nor a commission: it is a
 * government or a part of one ("the Justice Department", "the Obama administration") or,
 * with none named, the description as written; "the party" is still the party named before */
static void government_is_no_party(void)
{
	struct fixture f =
		run("The book is about Obama, Hillary, and the Democratic Party.\n\n"
		    "Brafman exposed the government's tactics. The government, for instance, "
		    "refused to give me the normal two points of credit.\n\n"
		    "The Colorado Public Utilities Commission met. After years of growth, the "
		    "government in Beijing finally acknowledged the costs.\n\n"
		    "The Democratic Party met in Philadelphia. The party said it would fight the "
		    "rules.\n");

	speaker_resolves(&f, "The government", "The government");
	speaker_resolves(&f, "the government in Beijing", "the government in Beijing");
	speaker_resolves(&f, "The party", "Democratic Party");
	done(&f);
}

/* "Army of god letters claim": a name coref knows by its first word ("Army") but written on
 * with "of" is not cut to that word (was "Army"); the source stands as written; a name coref
 * knows whole ("Bank of America") stays it (control) */
static void name_not_cut_before_of(void)
{
	struct fixture f = run("The police read the letters. Army of god is a secret group.\n\n"
			       "Army of god letters claim responsibility for the bombing.\n\n"
			       "Bank of America said the loan was sound.\n");

	speaker_resolves(&f, "Army of god letters", "Army of god letters");
	speaker_resolves(&f, "Bank of America", "Bank of America");
	done(&f);
}

int main(void)
{
	RUN(page_word_inside_a_name);
	RUN(short_capitals_are_no_company);
	RUN(object_of_a_participle_before_a_comma);
	RUN(people_of_a_body);
	RUN(company_of_unknown_kind);
	RUN(name_joined_by_and);
	RUN(city_and_state);
	RUN(state_ends_an_opening);
	RUN(abbreviation_keeps_its_stop);
	RUN(nation_of_a_place);
	RUN(company_by_its_share_price);
	RUN(name_with_its_aim);
	RUN(government_is_no_party);
	RUN(name_not_cut_before_of);
	return CHECK_DONE();
}
