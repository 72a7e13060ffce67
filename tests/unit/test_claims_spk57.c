/* Unit tests of speakers a reader can trust, found by spk57 in session 57 in stories of his own
 * (a campaign, a plant's statement, whales on a beach, a vote): each next to the shape of the
 * same kind that stays. */
#include "claims_fixture.h"

/* "So while he and his staff — no longer aiming to poach superdelegates — go out of their way to
 * assure ..." showed "Bernie Sanders go out of their way to assure": the aside between the two
 * dashes was read as more of the subject, and a subject that no longer ended at "his staff" was
 * resolved to its first person alone. An aside set off by two dashes that holds a clause is left
 * out of the subject, as a relative clause between dashes was; the pair is then named whole. */
static void dash_aside_subject(void)
{
	struct fixture f =
		run("Race\n\n"
		    "Bernie Sanders is running for president.\n\n"
		    "So while he and his staff — no longer aiming to poach superdelegates "
		    "— go out of their way to assure senators that he is committed, the "
		    "campaign plans a landing.\n\n"
		    "Jane Sanders (who runs the campaign) said it would fail. The plan is "
		    "weak — he told the AP that it would fail.\n");
	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "that he is committed", "he and his staff",
		 "go out of their way to assure", "Bernie Sanders and his staff");
	/* stays: a bracket's clause, and a pronoun after a single dash */
	CHECK(renders(&f, 1, "Jane Sanders said (paraphrase): it would fail"));
	CHECK(renders(&f, 2, "Bernie Sanders told (paraphrase): it would fail"));
	done(&f);
	/* "Gingrich — mentioned by Newsmax as the leading choice for Trump's running mate — told"
	 * showed the aside's last words as the speaker: a past participle opens an aside too */
	f = run("Race\n\nNewt Gingrich is a former speaker.\n\n"
		"On Friday, Gingrich — mentioned by Newsmax as the leading choice for Trump's "
		"running mate — told reporters that he would consider it.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Newt Gingrich told (paraphrase): he would consider it"));
	done(&f);
	/* stays: "everything" is no participle; the aside is read as before */
	f = run("Cabs\n\nUber runs cabs.\n\n"
		"The complaints against Uber drivers – for everything from dirty cars to rude "
		"drivers – suggest that its system may not work.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The complaints against Uber drivers suggest (paraphrase): its system may not "
		      "work"));
	done(&f);
	/* stays: an aside of no clause between dashes is the subject's apposition */
	f = run("Race\n\nBernie Sanders is running for president.\n\n"
		"Sanders — the senator from Vermont — said it would fail.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Bernie Sanders said (paraphrase): it would fail"));
	done(&f);
}

/* "Acme Corp. issued a statement on Monday. The statement said ..." showed "The statement said":
 * the issuer's name was read without its abbreviation's stop, so the name before "issued" did
 * not end where the verb's word began; and "Acme's statement said" showed as written. Both are
 * Acme Corp.'s now. A report two people issued together, and a lawyer of Acme's, stay as
 * written. */
static void statement_issuer(void)
{
	struct fixture f =
		run("Plant\n\n"
		    "Acme Corp. makes tools. Donald Trump and Paul Ryan issued a report on "
		    "Friday. The report said jobs grew.\n\n"
		    "Acme Corp. issued a statement on Monday. The statement said the plant "
		    "was safe.\n\n"
		    "Acme's statement said the plant was old. Acme's lawyer said the plant "
		    "was new.\n");
	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "The report said (paraphrase): jobs grew"));
	CHECK(renders(&f, 1, "Acme Corp. said (paraphrase): the plant was safe"));
	CHECK(renders(&f, 2, "Acme Corp. said (paraphrase): the plant was old"));
	CHECK(renders(&f, 3, "Acme's lawyer said (paraphrase): the plant was new"));
	done(&f);
	/* stays: the other shapes of an issuer */
	f = run("Plant\n\nAcme Corp. makes tools.\n\n"
		"In a statement, Acme said the plant was safe. A statement from Acme said the "
		"plant was old. The statement, released by Acme, said the plant was new.\n");
	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Acme Corp. said (paraphrase): the plant was safe"));
	CHECK(renders(&f, 1, "Acme said (paraphrase): the plant was old"));
	CHECK(renders(&f, 2, "Acme Corp. said (paraphrase): the plant was new"));
	done(&f);
}

/* "The stranding has been described as “heartbreaking” by the conservation department" showed
 * "the conservation department" though "the New Zealand Department of Conservation" was named
 * at the top: a description's own words ("conservation") say which body, however far back its
 * name stands. "The health department" was the Department of Conservation, the one department
 * named before: a body whose name holds none of the description's words is not meant. */
static void body_by_its_words(void)
{
	struct fixture f =
		run("Whales\n\n"
		    "The New Zealand Department of Conservation counts the whales.\n\n"
		    "Whales stranded on the beach. Ann Lee, a ranger, walked the shore. She "
		    "counted them.\n\n"
		    "Tom Reed, a diver, swam out. He counted them too.\n\n"
		    "The tide fell. The whales died.\n\n"
		    "The stranding has been described as \"heartbreaking\" by the "
		    "conservation department. The health department said the water was "
		    "clean.\n");
	speaker_resolves(&f, "the conservation department",
			 "New Zealand Department of Conservation");
	speaker_resolves(&f, "The health department", "The health department");
	done(&f);
	/* stays: "the department" alone, near its name */
	f = run("Whales\n\nThe Department of Conservation counts the whales. The department said "
		"the count rose.\n");
	speaker_resolves(&f, "The department", "Department of Conservation");
	done(&f);
}

/* "Union leaders met on Monday. Some said the deal was bad" showed "Union leaders said": some of
 * them spoke, not all. "Some" stays before the group's words as written ("Some of the analysts"
 * after "the"); with no group of people before, "Some" stays alone, and "Many", "Others" are
 * never one person. */
static void some_of_a_group(void)
{
	struct fixture f =
		run("Vote\n\n"
		    "Union leaders met on Monday. Some said the deal was bad.\n\n"
		    "The analysts were cautious. Some said prices would fall.\n\n"
		    "Jim Hall voted. Some said the lines were long. Many said they would "
		    "vote again. Others said the lines were short.\n");
	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 0, "Some Union leaders said (paraphrase): the deal was bad"));
	CHECK(renders(&f, 1, "Some of the analysts said (paraphrase): prices would fall"));
	CHECK(renders(&f, 2, "Some said (paraphrase): the lines were long"));
	CHECK(renders(&f, 3, "Many said (paraphrase): they would vote again"));
	CHECK(renders(&f, 4, "Others said (paraphrase): the lines were short"));
	done(&f);
}

int main(void)
{
	dash_aside_subject();
	statement_issuer();
	body_by_its_words();
	some_of_a_group();
	return CHECK_DONE();
}
