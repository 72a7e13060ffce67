/* Unit tests of the source after an inverted tag ("“...,” said X"): "one" and a noun phrase, a
 * relative clause or a clause of the occasion after the source, an adjective in "-ed" after a
 * determiner, a title joined by "of", a bracket the tag is set in; and the name that a relative
 * clause after a source holds, which is someone else's. */
#include "claims_fixture.h"

/* "said one voter", "said one official who asked not to be named", "said one of those
 * advisers": "one" opens the source as a determiner does; a lone "one" after "read" is one of
 * the signs or messages just named, and "she said one day" keeps its pronoun */
static void one_opens_a_source(void)
{
	struct fixture f = run("The vote was held on Monday in Millbrook.\n\n"
			       "“It is a disgrace,” said one voter.\n\n"
			       "“We have no money left,” said one official who asked not to be "
			       "named.\n\n"
			       "“There won't be a path,” said one of those advisers, who spoke on "
			       "the condition of anonymity.\n\n"
			       "“New lower prices,” reads one sign.\n\n"
			       "“Trump is disgusting,” read one.\n\n"
			       "“It is over,” she said one day.\n");

	claim_is(&f, 0, CLAIM_DIRECT, "It is a disgrace,", "one voter", "said", "one voter");
	claim_is(&f, 1, CLAIM_DIRECT, "We have no money left,",
		 "one official who asked not to be named", "said", NULL);
	speaker_resolves(&f, "one of those advisers, who spoke on the condition of anonymity",
			 "one of those advisers");
	claim_is(&f, 3, CLAIM_DIRECT, "New lower prices,", "one sign", "reads", "one sign");
	/* "read one.": one of the messages just named, as PolNeAR's gold has it (session 48; it
	 * was left without a source, which the reader showed as "(no speaker)") */
	claim_is(&f, 4, CLAIM_DIRECT, "Trump is disgusting,", "one", "read", NULL);
	claim_is(&f, 5, CLAIM_DIRECT, "It is over,", "she", "said", NULL);
	CHECK_EQ(f.l->n, 6);
	done(&f);
}

/* After a quotation, a relative clause or a clause of the occasion describes the source ("said
 * Sen. Jim Whelan who represents ...", "said Dan Golvach when asked about ..."); "-ed" after
 * a determiner is an adjective; "secretary of state" is a title. Without a quotation, "said the
 * staff member who succeeded him" opens the content, and "known as Bob" is no clause. */
static void source_described_after_a_quotation(void)
{
	struct fixture f = run("The race tightened on Tuesday in Iowa.\n\n"
			       "“It was a big deal,” said Sen. Jim Whelan who represents Atlantic "
			       "City.\n\n"
			       "“The framers would agree,” said Cruz constituent Dan Golvach when "
			       "asked about Lindsey Graham.\n\n"
			       "“It was done,” said the printed Cruz slate card.\n\n"
			       "“It is a hard sell,” said former secretary of state Hillary "
			       "Clinton.\n\n"
			       "“There never was an order,” said the base chief known as Bob.\n\n"
			       "Mr. Trump's former campaign manager, Corey Lewandowski, said the "
			       "staff member who succeeded him should be fired.\n");

	speaker_resolves(&f, "Sen. Jim Whelan who represents Atlantic City", "Jim Whelan");
	speaker_resolves(&f, "Cruz constituent Dan Golvach", "Dan Golvach");
	speaker_resolves(&f, "the printed Cruz slate card", "the printed Cruz slate card");
	speaker_resolves(&f, "former secretary of state Hillary Clinton", "Hillary Clinton");
	speaker_resolves(&f, "the base chief known as Bob", "Bob");
	speaker_resolves(&f, "Mr. Trump's former campaign manager, Corey Lewandowski",
			 "Corey Lewandowski");
	done(&f);
}

/* "(“...,” said one party activist.)": the closing bracket ends the tag, not the source; a
 * bracket the source opens stays ("(R-Ky.)") */
static void bracket_around_the_tag(void)
{
	struct fixture f = run("The convention opened on Saturday.\n\n"
			       "(“I don’t want fisticuffs,” said one party activist.)\n\n"
			       "“We will vote,” said Senate Majority Leader Mitch McConnell "
			       "(R-Ky.).\n");

	speaker_resolves(&f, "one party activist", "one party activist");
	speaker_resolves(&f, "Senate Majority Leader Mitch McConnell (R-Ky.)", "Mitch McConnell");
	done(&f);
}

/* "A woman who has accused Bill Clinton of rape said": the name inside the relative clause is
 * not the speaker; a person the head names is ("Sen. Jim Whelan who represents Atlantic City"),
 * and a head a nation qualifies still stands alone ("British police officers"), as a phrase
 * cut before ", which" does */
static void name_inside_a_relative_clause(void)
{
	struct fixture f =
		run("The hearing ended on Friday.\n\n"
		    "A woman who has accused former President Bill Clinton of rape said "
		    "he called her.\n\n"
		    "Sen. Jim Whelan who represents Atlantic City said the deal was bad.\n\n"
		    "British police officers who had searched for him said he was dead.\n\n"
		    "Tour operators who work in Kenya and Tanzania, which boast fine "
		    "parks, said bookings had fallen.\n");

	speaker_resolves(&f, "A woman who has accused former President Bill Clinton of rape",
			 "A woman who has accused former President Bill Clinton of rape");
	speaker_resolves(&f, "Sen. Jim Whelan who represents Atlantic City", "Jim Whelan");
	speaker_resolves(&f, "British police officers who had searched for him",
			 "British police officers");
	speaker_resolves(&f,
			 "Tour operators who work in Kenya and Tanzania, which boast fine parks",
			 "Tour operators who work in Kenya and Tanzania");
	done(&f);
}

/* After a quotation: "said Sanders as he closed out", "said Haoyu as Alden stared down" (the
 * clause of the occasion is no part of the source), "said one Republican involved in the
 * planning" (the participle keeps its preposition); an occasion after a described source stays
 * out of it ("who was among those polled in a follow-up interview") */
static void occasion_and_participle_after_the_source(void)
{
	struct fixture f =
		run("The race went on in Kentucky.\n\n"
		    "\"Seven thousand votes is achievable,\" said Sanders as he closed "
		    "out.\n\n"
		    "“Don’t waste it!” said Haoyu as Alden stared down.\n\n"
		    "“It is a big spend,” said one Republican involved in the planning.\n\n"
		    "“It is fine,” said Gloria Garcia, a nurse, who was among those polled "
		    "in a follow-up interview.\n");

	speaker_resolves(&f, "Sanders", "Sanders");
	speaker_resolves(&f, "Haoyu", "Haoyu");
	speaker_resolves(&f, "one Republican involved in the planning",
			 "one Republican involved in the planning");
	speaker_resolves(&f, "Gloria Garcia, a nurse, who was among those polled", "Gloria Garcia");
	done(&f);
}

/* True when some claim's content (or, with speaker set, its speaker) begins with want. */
static bool any_span(const struct fixture *f, const char *want, bool speaker)
{
	for (size_t i = 0; i < f->l->n; i++) {
		struct span sp = speaker ? f->l->items[i].speaker : f->l->items[i].content;
		if (sp.end - sp.start >= strlen(want) &&
		    strncmp(f->text + sp.start, want, strlen(want)) == 0)
			return true;
	}
	return false;
}

/* "..., said the Danish request gives ...": a verb in the present after a noun ("request
 * gives the") makes the words after the cue a clause, what was said, and its speaker the
 * subject before the cue; "said the bus drivers" after a quotation stays an inverted source. */
static void clause_after_the_cue(void)
{
	struct fixture f =
		run("The roads are shut. Ana Ruiz, speaking on the radio, said the Danish "
		    "request gives the city \"a reason to act.\"\n\n"
		    "\"The roads are a mess,\" said the bus drivers.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the Danish request gives the city \"a reason to act",
		 "Ana Ruiz", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "The roads are a mess,", "the bus drivers", "said", NULL);
	done(&f);
}

/* "..., planned the raid", "..., did not mention Lee by name": a cue that takes only an
 * infinitive, or one with "not" or an auxiliary, is no inverted tag, so the words before it are
 * no one's content; "..., added the mayor" stays one. */
static void no_inverted_tag(void)
{
	struct fixture f = run("A clerk who read the files was quoted Monday by the town paper as "
			       "saying that a small gang, led by Vos, planned the raid.\n\n"
			       "The town paper, which prints the daily list of arrests, did not "
			       "mention Lee by name.\n\n"
			       "The bridge will reopen in May, added the mayor.\n");

	CHECK(!any_span(&f, "A clerk who read", false));
	CHECK(!any_span(&f, "the raid", true));
	CHECK(!any_span(&f, "The town paper, which prints the daily list of arrests", false));
	CHECK(!any_span(&f, "Lee by name", true));
	CHECK(any_span(&f, "The bridge will reopen in May", false));
	done(&f);
}

/* "The survey, conducted by the state's institute, finds Lee ahead": the words before the
 * comma are the verb's own subject with a phrase set off after it (a participle, a relative
 * clause, an apposition, "for example"), no clause that was said, so the name after the verb is
 * no inverted source, and the apposition before "explained" no source of the name before it; a
 * clause before the comma ("The plan will fail, says Smith", a quotation, a subject
 * whose verb follows its phrase) keeps the tag. */
static void subject_with_a_phrase_is_no_content(void)
{
	struct fixture f = run("The count went on in Ohio on Monday.\n\n"
			       "The survey, conducted by the state's policy institute, finds Lee "
			       "with a small lead over Park.\n\n"
			       "The study, which the institute ran in May, finds Park ahead of "
			       "Lee.\n\n"
			       "The poll, a survey of 500 voters, finds Lee ahead.\n\n"
			       "The plan will fail, says Smith.\n\n"
			       "“We won,” says Smith.\n\n"
			       "Prices, driven by demand, soared last year, says Jones.\n\n"
			       "The mill, which opened in 1990, will close, says Ruiz.\n\n"
			       "Ann Cole, the editor who wrote the profile, posted the praise of "
			       "Boyle.\n\n"
			       "The two candidates, for whom the race has been nasty, sparred on "
			       "the issue of costs.\n\n"
			       "Sam Vail, the paper's managing editor, explained to the board why "
			       "Merkel was chosen.\n\n"
			       "Council leader Ed Marr, for example, said the visit would help.\n");

	CHECK(!any_span(&f, "The survey, conducted", false));
	CHECK(!any_span(&f, "The study, which", false));
	CHECK(!any_span(&f, "The poll, a survey", false));
	CHECK(!any_span(&f, "Lee", true));
	CHECK(!any_span(&f, "Park", true));
	CHECK(!any_span(&f, "Ann Cole", false));
	CHECK(!any_span(&f, "The two candidates", false));
	CHECK(!any_span(&f, "Sam Vail", false));
	CHECK(!any_span(&f, "the paper's managing editor", true));
	claim_is(&f, 0, CLAIM_INDIRECT, "Lee with a small lead over Park", "The survey", "finds",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "The plan will fail", "Smith", "says", NULL);
	claim_is(&f, 4, CLAIM_DIRECT, "We won,", "Smith", "says", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "Prices, driven by demand, soared last year", "Jones",
		 "says", NULL);
	claim_is(&f, 6, CLAIM_INDIRECT, "The mill, which opened in 1990, will close", "Ruiz",
		 "says", NULL);
	CHECK(any_span(&f, "the visit would help", false));
	done(&f);
}

/* "Even after the videos surfaced, the campaign denied it", "Following a town hall meeting last
 * week, Kasich boasted to reporters of ...": an opening subordinate clause alone, or a
 * participle's phrase with no verb, sets the scene and is no content of the tag after it, even
 * when the tag ends the sentence; a main clause after the opening ("When the mill closed the
 * town lost its jobs, aides said") and a gerund subject ("Seeing his brother suffer led him to
 * quit, he said") stay content. */
static void opening_is_no_content(void)
{
	struct fixture f =
		run("The race went on in Maine.\n\n"
		    "Even after several videos of the fight surfaced, the campaign has "
		    "denied it happened.\n\n"
		    "Following a town hall meeting in Dover last week, Kasich boasted to "
		    "reporters of his staff.\n\n"
		    "But even after the growth cooled, the borrowing continued.\n\n"
		    "When the mill closed the town lost its jobs, aides said.\n\n"
		    "Seeing his brother suffer led him to quit, he said.\n");

	CHECK(!any_span(&f, "Even after several videos", false));
	CHECK(!any_span(&f, "Following a town hall", false));
	CHECK(!any_span(&f, "But even after the growth", false));
	CHECK(any_span(&f, "When the mill closed the town lost its jobs", false));
	CHECK(any_span(&f, "Seeing his brother suffer led him to quit", false));
	done(&f);
}

int main(void)
{
	RUN(one_opens_a_source);
	RUN(source_described_after_a_quotation);
	RUN(bracket_around_the_tag);
	RUN(name_inside_a_relative_clause);
	RUN(occasion_and_participle_after_the_source);
	RUN(clause_after_the_cue);
	RUN(no_inverted_tag);
	RUN(subject_with_a_phrase_is_no_content);
	RUN(opening_is_no_content);
	return CHECK_DONE();
}
