/* Unit tests of claim rows a reader would find wrong, found by the lead in session 56 in stories
 * of his own (an appeals court revives a lawsuit over a dam): each next to the row of the same
 * shape that stays. */
#include "claims_fixture.h"

/* "The company disputes those figures, saying they leave out a hatchery run" showed "The company
 * disputes those figures saying (paraphrase)": a verb in "-s" the lexicon does not know, after
 * an article and a noun, was read as more of the subject. Between such a noun and a determiner,
 * a demonstrative or a possessive it is the verb; so it is after a name before "those". */
static void present_verb_after_noun(void)
{
	static const char *const subjects[] = {
		"The company disputes those figures", "The union opposes the deal",
		"The firm welcomes the ruling",       "A group faults its rival",
		"Mr. Lee disputes those numbers",
	};
	static const char *const want[] = {
		"Acme Corp. saying (paraphrase): they are wrong",
		"The union saying (paraphrase): they are wrong",
		"Acme Corp. saying (paraphrase): they are wrong",
		"A group saying (paraphrase): they are wrong",
		"Lee saying (paraphrase): they are wrong",
	};
	for (size_t i = 0; i < sizeof(subjects) / sizeof(subjects[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text),
			 "Deal\n\nAcme Corp. makes tools.\n\n%s, saying they are wrong.\n",
			 subjects[i]);
		struct fixture f = run(text);
		/* "opposes the deal" and "welcomes the ruling" are stances of their own (rec61) */
		size_t n = i == 1 || i == 2 ? 2 : 1;
		CHECK_EQ(f.l->n, n);
		CHECK(renders(&f, n - 1, want[i]));
		done(&f);
	}
	/* stays: a plural noun after the article is the subject's own word ("The union members the
	 * ...", no verb), and a known past ("denied") was read already */
	struct fixture f = run("Deal\n\nAcme Corp. makes tools.\n\n"
			       "The company denied the report, saying it was false.\n");
	CHECK(renders(&f, 1, "Acme Corp. saying (paraphrase): it was false"));
	done(&f);
}

/* "... a dam on the Sable River ... Salmon returns on the Sable fell ... The company disputes
 * those figures" showed "Sable saying": "the Sable" was read as an organisation of its own (a
 * capitalised word after "the"), the last one before "the company". A river's, a sea's or a
 * desert's first word alone names that place. "Northwest Hydro spokeswoman Dana Cole" between
 * them leaves "the company" to "Northwest Hydro Partners" ("Paulson Partners" then "Mr. Paulson"
 * keeps the firm's last word apart from its name: no short name is made of it). */
static void place_and_firm_short_names(void)
{
	struct fixture f = run("Dam\n\n"
			       "The dam on the Sable River is run by Acme Corp.\n\n"
			       "Fish returns on the Sable fell. The company disputes the data, "
			       "saying it is old.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Acme Corp. saying (paraphrase): it is old"));
	done(&f);
	f = run("Dam\n\n"
		"Northwest Hydro Partners runs the dam. The state sued it.\n\n"
		"\"We are disappointed,\" said Northwest Hydro spokeswoman Dana Cole.\n\n"
		"The company said it would appeal.\n");
	speaker_resolves(&f, "The company", "Northwest Hydro Partners");
	done(&f);
	/* stays: a street's or a building's first word is no place of its own */
	f = run("Dam\n\n"
		"The office is on Hudson Street. Ann Hudson said the rent rose.\n\n"
		"Hudson said she would move.\n");
	CHECK(renders(&f, 1, "Ann Hudson said (paraphrase): she would move"));
	done(&f);
}

/* "Central Maine Power said its crews had restored service" gave no claim: "Central Maine
 * Power" was read as a place (two words of places, no business word), and "The company said"
 * and "the utility" later named no one. "Power" and "Electric" end a business's name, "utility"
 * is a noun for one, and "Guard" ends an authority's ("the National Guard"). A given name then
 * "Power" stays a person ("Samantha Power", and "Power said" after her). */
static void utility_names(void)
{
	struct fixture f =
		run("Storm\n\n"
		    "Central Maine Power said its crews were out.\n\n"
		    "Gov. Ann Hale spoke in Augusta. The utility said 1,200 workers were in "
		    "the state.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Central Maine Power said (paraphrase): its crews were out"));
	speaker_resolves(&f, "The utility", "Central Maine Power");
	done(&f);
	/* stays: a woman named Power */
	f = run("UN\n\n"
		"Samantha Power said the vote was a disgrace. Power said she would return.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "Samantha Power said (paraphrase): she would return"));
	done(&f);
}

/* "Harbor City FC won ... The league said it would review the incident" showed "Harbor City FC
 * said": "the league" took the last body of its class (a club). A league is one whose name says
 * so ("the Premier League"), never a club that plays in it. */
static void league_is_named_so(void)
{
	struct fixture f =
		run("Final\n\n"
		    "Harbor City FC won the match. The league said it would review it.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The league said (paraphrase): it would review it"));
	done(&f);
	/* stays: a league named before */
	f = run("Final\n\n"
		"Harbor City FC won. The Premier League said it would act. The league said it "
		"would review it.\n");
	speaker_resolves(&f, "The league", "Premier League");
	done(&f);
}

/* "Later the company said", "Yesterday the mayor said", "Afterward the company said" showed
 * "Later the company said" as the source (and "Afterward" as a company's name): a word of time
 * or of sequence alone before the subject is none of it. "Earlier this year the company said"
 * stays read as a time phrase. */
static void time_word_before_subject(void)
{
	static const char *const words[] = {"Later",      "Earlier",   "Afterward",
					    "Separately", "Yesterday", "Earlier this year"};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text),
			 "Deal\n\nAcme Corp. won and Mr. Lee spoke. %s the company said the result "
			 "stands. %s Mr. Lee said it was fine.\n",
			 words[i], words[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 2);
		CHECK(renders(&f, 0, "Acme Corp. said (paraphrase): the result stands"));
		CHECK(renders(&f, 1, "Lee said (paraphrase): it was fine"));
		done(&f);
	}
}

int main(void)
{
	present_verb_after_noun();
	place_and_firm_short_names();
	utility_names();
	league_is_named_so();
	time_word_before_subject();
	return CHECK_DONE();
}
