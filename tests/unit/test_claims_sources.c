/* Unit tests of speakers a reader would see wrong: a relative clause's antecedent, an adjective
 * opening a subject, a demonstrative subject, joined names, words that open a sentence and given
 * names' sex. */
#include "claims_fixture.h"

/* "Current and former officials who spoke with The Huffington Post": the head before the
 * relative clause is "officials", so the phrase is the source, not the adjective "Current" */
static void adjective_opening_a_subject(void)
{
	struct fixture f = run("The party met on Monday.\n\n"
			       "Current and former officials who spoke with The Huffington Post "
			       "said the organization had become a shell of itself.\n");

	speaker_resolves(&f, "Current and former officials who spoke with The Huffington Post",
			 "Current and former officials who spoke with The Huffington Post");
	done(&f);
}

/* "British police officers who had searched for him", "Thai army officials who watch the
 * border": a head a nation or a name qualifies is who they are, the relative clause what they
 * did; a head with no such word ("A computer engineer who has studied the flaw") keeps it */
static void relative_clause_after_a_named_head(void)
{
	struct fixture f =
		run("The mine was cleared.\n\n"
		    "In May, British police officers who had searched for him concluded he was "
		    "dead.\n\n"
		    "Thai army officials who watch the border said privately that he died.\n\n"
		    "A computer engineer who has studied the flaw said it is serious.\n");

	speaker_resolves(&f, "British police officers who had searched for him",
			 "British police officers");
	speaker_resolves(&f, "Thai army officials who watch the border", "Thai army officials");
	speaker_resolves(&f, "A computer engineer who has studied the flaw",
			 "A computer engineer who has studied the flaw");
	done(&f);
}

/* "who" right after a noun is that noun's: the respondents, a leader; one person coref names
 * ("an Israeli prime minister who" after Netanyahu's name) is that person */
static void relative_pronoun_after_a_noun(void)
{
	struct fixture f = run("The cloud matters. We saw an increase in the number of respondents "
			       "who said they are running most of their apps in the cloud.\n\n"
			       "It really does not matter; a leader who refuses to stop talking "
			       "creates a distraction.\n\n"
			       "But Benjamin Netanyahu's triumph keeps in place an Israeli prime "
			       "minister who has declared his intention to resist Obama.\n");

	cue_speaker_resolves(&f, "who", "said", "respondents");
	cue_speaker_resolves(&f, "who", "refuses", "a leader");
	cue_speaker_resolves(&f, "who", "has declared", "Benjamin Netanyahu");
	done(&f);
}

/* "who" after a place that follows a preposition ("a nun from Miami who") is the phrase before
 * the preposition, unnamed rather than the sentence's subject; a person named before that phrase
 * and its comma is still whom it describes */
static void relative_pronoun_after_a_place(void)
{
	struct fixture f =
		run("The hearing was closed.\n\n"
		    "Reno has already met with the boy's lawyer and a Catholic nun from "
		    "Miami who oppose his return to Cuba.\n\n"
		    "Later, Diana Orrock, an aide from Nevada who said she backs the plan, "
		    "arrived.\n");

	cue_speaker_resolves(&f, "who", "oppose", "a Catholic nun");
	cue_speaker_resolves(&f, "who", "said", "Diana Orrock");
	done(&f);
}

/* "That person said": a capitalised "That" opening the sentence before a person's noun is its
 * determiner; the claim is found and its source is the whole phrase */
static void demonstrative_subject(void)
{
	struct fixture f = run("The meeting was tense.\n\n"
			       "That person said the meeting had been cancelled.\n\n"
			       "That official said the vote was close.\n");

	speaker_resolves(&f, "That person", "That person");
	speaker_resolves(&f, "That official", "That official");
	done(&f);
}

/* The resolved speaker of each claim, in order, checked against want[] (NULL: none). */
static void speakers_are(const struct fixture *f, const char *const *want, size_t n)
{
	CHECK_EQ(f->l->n, n);
	for (size_t i = 0; i < f->l->n && i < n; i++) {
		if (!want[i])
			CHECK(f->l->items[i].speaker_resolved == NULL);
		else
			CHECK_STR(f->l->items[i].speaker_resolved, want[i]);
	}
}

/* A capitalised word opening a sentence is no man's name when it is a preposition
 * ("Despite"), an abstract noun ("Immigration") or a plural ("Sales were"): "he" finds the man
 * named before, or no one */
static void sentence_opener_is_no_name(void)
{
	struct fixture f =
		run("Donald Trump spoke in Ohio.\n\n"
		    "Despite heightened efforts by the party to stop him, the rally went "
		    "on. He said the party would unite.\n");
	struct fixture g =
		run("The shop opened in May.\n\n"
		    "Sales were great. He said the shop would stay open.\n\n"
		    "Immigration is now an issue of dignity. He said the border was safe.\n");
	static const char *const want_f[] = {"Donald Trump"}, *const want_g[] = {NULL, NULL};

	speakers_are(&f, want_f, 1);
	speakers_are(&g, want_g, 2);
	done(&f);
	done(&g);
}

/* Given names tell a person's sex: "she" is Rachel Berg, not her husband Milton Berg; Brigid
 * Walsh, not Tom Reed */
static void given_names_tell_sex(void)
{
	struct fixture f =
		run("Rachel Berg, a philanthropist, spoke on Thursday. Along with her "
		    "husband, Milton Berg, a money manager, she has given to many "
		    "candidates. She said she would back Rubio.\n\n"
		    "Brigid Walsh chaired the panel after Tom Reed left. She said the rules "
		    "were clear.\n");
	static const char *const want[] = {"Rachel Berg", "Brigid Walsh"};

	speakers_are(&f, want, 2);
	done(&f);
}

/* "Everyone", "Not everyone": a source of its own, never a name "he" refers to */
static void indefinite_pronoun_source(void)
{
	struct fixture f = run("The vote was close.\n\n"
			       "Not everyone agrees that the plan will work.\n\n"
			       "Everyone wants to be treated equally.\n");

	speaker_resolves(&f, "Not everyone", "Not everyone");
	speaker_resolves(&f, "Everyone", "Everyone");
	done(&f);
}

/* Joined subjects are one speaker with both names, also when the second was named in full
 * before, each as named in full ("Margaret Hamilton and Ellen Gille", not "Ellen Gille") */
static void joined_subject_named_before(void)
{
	struct fixture f = run("Margaret Hamilton and Ellen Gille worked late on the code.\n\n"
			       "Hamilton and Ellen Gille said the programs were done.\n\n"
			       "IBM and Compaq said they would merge their server units.\n");

	speaker_resolves(&f, "Hamilton and Ellen Gille", "Margaret Hamilton and Ellen Gille");
	speaker_resolves(&f, "IBM and Compaq", "IBM and Compaq");
	done(&f);
}

/* A list of names speaks as a whole ("Orbit, Helix and others", not "Orbit"), and a "they" set off
 * after the subject of what is said ("The real problem, they said, is") is that list, not the
 * subject */
static void list_of_names_speaks_whole(void)
{
	struct fixture f = run("Orbit, Helix and others say the new rules are unfair. The real "
			       "culprits, they said, are the regulators in the capital.\n");

	speaker_resolves(&f, "Orbit, Helix and others", "Orbit, Helix and others");
	speaker_resolves(&f, "they", "Orbit, Helix and others");
	done(&f);
}

/* A subject of two conjuncts is whole: after a company's abbreviated name ("Acme Widgets Corp.
 * and Zenith Tools Inc."), and a plural phrase that opens the sentence ("Grape experts and plum
 * growers") */
static void joined_subject_over_and(void)
{
	struct fixture f = run("Acme Widgets Corp. and Zenith Tools Inc. say the delays will hurt "
			       "sales.\n\n"
			       "Grape experts and plum growers said the season was late.\n");

	speaker_resolves(&f, "Acme Widgets Corp. and Zenith Tools Inc.",
			 "Acme Widgets Corp. and Zenith Tools Inc.");
	speaker_resolves(&f, "Grape experts and plum growers", "Grape experts and plum growers");
	done(&f);

	/* any legal form written short with its full stop, as coref knows them */
	f = run("Alder Rail Cie. and Birch Tools Ltd. say the delays will hurt sales.\n");
	speaker_resolves(&f, "Alder Rail Cie. and Birch Tools Ltd.",
			 "Alder Rail Cie. and Birch Tools Ltd.");
	done(&f);
}

/* "The growers whose fields were flooded say": a relative clause opened by "whose" belongs to
 * the noun phrase before it, which with its clause is the source. */
static void whose_relative_source(void)
{
	struct fixture f = run("The board met on Monday.\n\n"
			       "The growers whose orchards were flooded say the new rules came too "
			       "late.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the new rules came too late",
		 "The growers whose orchards were flooded", "say", NULL);
	done(&f);
}

/* A participle after ", and" and a clause of its own is said of that clause's subject, not of
 * the sentence's ("The firm faces rivals, and investors are worried, saying ..."); with no such
 * clause it stays the sentence's ("Lee spoke on Monday, saying ..."). */
static void participle_after_and_clause(void)
{
	struct fixture f =
		run("The firm faces rivals, and investors are worried about costs, saying "
		    "that the plan may not pay.\n\n"
		    "Lee spoke on Monday, saying that the city could afford it.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the plan may not pay", "investors", "saying", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that the city could afford it", "Lee", "saying", NULL);
	done(&f);
}

/* "what Apple is calling “spatial” photos": the subject of a free relative's verb is the words
 * after "what", its auxiliaries between or not (before, "is calling" took the sentence's
 * subject, "The ability" or the writer's "I"); "what he calls ..." stays as it was. */
static void subject_after_what(void)
{
	struct fixture f =
		run("The ability to take what Apple is calling \u201cspatial\u201d photos "
		    "was not enabled.\n\n"
		    "He fought what he calls the \"Washington cartel\" of lobbyists.\n");

	CHECK_EQ(f.l->n, 2);
	if (f.l->n == 2) {
		CHECK(span_is(&f, f.l->items[0].speaker, "Apple"));
		CHECK(span_is(&f, f.l->items[0].cue, "is calling"));
	}
	claim_is(&f, 1, CLAIM_INDIRECT, "what he calls the \"Washington cartel\" of lobbyists",
		 "he", "calls", NULL);
	done(&f);
}

/* "the reasons that Smith has been pushing for": a participle after "be" in a relative clause
 * is that clause's verb, its subject Smith (before, the sentence's subject: "It"); a
 * participle that hangs on the sentence ("Despite challenging ..., Cruz said") keeps the
 * sentence's subject. */
static void progressive_in_relative_clause(void)
{
	struct fixture f = run("It is one of the reasons that Smith has been pushing for more "
			       "testing.\n\n"
			       "Despite challenging the majority leader, Cruz said he could work "
			       "with him.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "more testing", "Smith", "has been pushing for", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the majority leader", "Cruz", "challenging", NULL);
	done(&f);
}

/* A phrase set off between the subject and its cue is not the source: a participle with a
 * determiner after it ("rumored a takeover target"), and a relative clause with "and" in it
 * before "seldom" */
static void phrase_between_subject_and_cue(void)
{
	struct fixture f =
		run("Acme Corp., rumored a potential takeover target for months, said that a "
		    "Dutch firm had sought approval.\n\n"
		    "Mr. Lee, whose appeal rests on an aura of toughness and perpetual success, "
		    "seldom speaks of his brother.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "Acme Corp.", "Acme Corp.");
	cue_speaker_resolves(&f,
			     "Mr. Lee, whose appeal rests on an aura of toughness and perpetual "
			     "success",
			     "seldom speaks", "Lee");
	done(&f);
}

/* A relative clause on "which" between the subject and its cue belongs to the subject, after an
 * opening phrase too; a cue word before ", which" is the noun it is about ("plans", "report") */
static void which_clause_before_the_cue(void)
{
	struct fixture f =
		run("Just this week, the trade group for the Blue Cross plans, which dominate many "
		    "exchanges, spelled out its concerns.\n\n"
		    "The senator's office linked to the Associated Press report, which notes, "
		    "\"Most donors met her.\"\n");

	cue_speaker_resolves(&f,
			     "the trade group for the Blue Cross plans, which dominate many "
			     "exchanges",
			     "spelled", "the trade group for the Blue Cross plans");
	cue_speaker_resolves(&f, "which", "notes", "the Associated Press report");
	CHECK_EQ(f.l->n, 2);
	done(&f);
}

/* "the trade group for the Blue Cross plans" is that group, not the company named "... Group"
 * before, nor the plural a later "they" takes up; "The group said" still is the company */
static void body_named_by_whom_it_works_for(void)
{
	struct fixture f = run("UnitedHealth Group said it would leave the exchanges.\n\n"
			       "The trade group for the Blue Cross plans said it was worried.\n\n"
			       "Many won rich plans, and they want to keep them.\n\n"
			       "The group said it would sue.\n");

	speaker_resolves(&f, "The trade group for the Blue Cross plans",
			 "The trade group for the Blue Cross plans");
	speaker_resolves(&f, "they", NULL);
	speaker_resolves(&f, "The group", "UnitedHealth Group");
	done(&f);
}

int main(void)
{
	RUN(whose_relative_source);
	RUN(phrase_between_subject_and_cue);
	RUN(which_clause_before_the_cue);
	RUN(body_named_by_whom_it_works_for);
	RUN(adjective_opening_a_subject);
	RUN(relative_clause_after_a_named_head);
	RUN(relative_pronoun_after_a_noun);
	RUN(relative_pronoun_after_a_place);
	RUN(demonstrative_subject);
	RUN(sentence_opener_is_no_name);
	RUN(given_names_tell_sex);
	RUN(indefinite_pronoun_source);
	RUN(joined_subject_named_before);
	RUN(list_of_names_speaks_whole);
	RUN(joined_subject_over_and);
	RUN(participle_after_and_clause);
	RUN(subject_after_what);
	RUN(progressive_in_relative_clause);
	return CHECK_DONE();
}
