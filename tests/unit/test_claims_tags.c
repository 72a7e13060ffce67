/* Unit tests of speech tags a reader parses without thinking: an inverted "say" whose source is
 * a bare plural ("..., say economists."), a tag that interrupts a clause after its subject ("The
 * plan, say economists, marks ..."), a subject after a clause that a verb ends ("... was
 * obvious, supporters of the plan said"), a prepositional phrase that opens the sentence ("Ahead
 * of the vote, ..."), a quotation a colon sets apart from the paraphrase before its tag; and
 * the speakers behind them: a hyphenated title, a school's description, a pronoun that refers
 * ahead to the main clause's subject. */
#include "claims_fixture.h"

/* "..., say economists." and "..., said political consultants and some campaign advisers.": the
 * plural after the cue is the source and the clause before it the content; "said yes" is an
 * answer, not a source */
static void inverted_plural_source(void)
{
	struct fixture f = run("The merger has become a factor in the race, say economists.\n\n"
			       "The vote will be close, said political consultants and some "
			       "campaign advisers.\n\n"
			       "The board asked whether the mill would close, and the owner said "
			       "yes.\n");

	claim_is(&f, 0, CLAIM_INDIRECT, "The merger has become a factor in the race", "economists",
		 "say", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The vote will be close",
		 "political consultants and some campaign advisers", "said", NULL);
	for (size_t i = 0; i < f.l->n; i++) {
		struct span sp = f.l->items[i].speaker;
		CHECK(!(sp.end - sp.start == 3 && strncmp(f.text + sp.start, "yes", 3) == 0));
	}
	done(&f);
}

/* "The plan, say economists, marks a new era": the tag interrupts the clause; the source ends
 * at its comma, the content is the whole clause and reads without the tag or its commas */
static void tag_inside_a_clause(void)
{
	struct fixture f = run("The plan, say economists, marks a new era for the town.\n\n"
			       "The dam, said Ruth Olsen, cost twice what the county paid.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "economists", "economists");
	speaker_resolves(&f, "Ruth Olsen", "Ruth Olsen");
	CHECK(renders(&f, 0, "economists say (paraphrase): The plan marks a new era for the town"));
	CHECK(renders(&f, 1,
		      "Ruth Olsen said (paraphrase): The dam cost twice what the county paid"));
	done(&f);
}

/* the tag taken out of a paraphrase keeps the comma after an opening phrase and drops the one
 * before "that"; an abbreviation in the source ("U.S.", "Mr.") is no sentence end */
static void tag_inside_commas_read(void)
{
	struct fixture f = run("The real problem, U.S. officials now say, was the price.\n\n"
			       "In any case, Mr. Lund said, the mill was too small.\n\n"
			       "Meanwhile, the council hopes, tourist numbers will recover.\n\n"
			       "It is no surprise, Ms. Ray said, that the vote failed.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0,
		      "U.S. officials now say (paraphrase): The real problem was the price"));
	CHECK(renders(&f, 1, "Lund said (paraphrase): In any case, the mill was too small"));
	CHECK(renders(&f, 2,
		      "the council hopes (paraphrase): Meanwhile, tourist numbers will recover"));
	CHECK(renders(&f, 3, "Ray said (paraphrase): It is no surprise that the vote failed"));
	done(&f);
}

/* "The paper, quoting “secret reports,” said ...": the quotation belongs to a participle set
 * off by commas, no inverted tag "said Syria"; the paper said what follows */
static void quotation_in_a_participle(void)
{
	struct fixture f =
		run("The paper, quoting \u201csecret reports,\u201d said the mill had "
		    "closed. Two aides left on Sunday.\n\n"
		    "The paper, quoting ``secret reports,'' said the mill had closed.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mill had closed", "The paper", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the mill had closed", "The paper", "said", NULL);
	done(&f);
}

/* wire text's closing pair typed where a quotation opens (" ''a bully''") opens it */
static void wire_marks_typed_backwards(void)
{
	struct fixture f = run("The mayor said the governor was ''a bully with a budget.''\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The mayor said (paraphrase): the governor was \u201ca bully with a "
		      "budget\u201d"));
	done(&f);
}

/* the words after a verb up to a comma end its clause: "was obvious," and "had not raised the
 * closure himself," are no part of the source that follows */
static void subject_after_a_clause(void)
{
	struct fixture f =
		run("At the hearing the split in local opinion was obvious, supporters of "
		    "the plan said the town was providing a service.\n\n"
		    "While the senator has not raised the closure himself, his aides say "
		    "it puts a new emphasis on jobs.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "supporters of the plan", "supporters of the plan");
	speaker_resolves(&f, "his aides", NULL);
	done(&f);
}

/* "Ahead of the vote," and "Amid the protests," open the sentence; the source is the name */
static void opening_phrase_is_no_source(void)
{
	struct fixture f =
		run("Ahead of the vote, Council Chairman Peter Olsen said the plan would "
		    "pass.\n\n"
		    "Amid the protests, Mayor Ann Berg said the square would stay open.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "Council Chairman Peter Olsen", "Peter Olsen");
	speaker_resolves(&f, "Mayor Ann Berg", "Ann Berg");
	done(&f);
}

/* "Y, Kall said: “...”": the quotation after the colon is the content, the clause before the tag
 * not its first words */
static void colon_sets_a_quotation_apart(void)
{
	struct fixture f = run("The mayor will probably use the debate to make news, Kall said: "
			       "\"I feel like she has a surprise ready.\"\n");

	CHECK(f.l->n >= 1);
	for (size_t i = 0; i < f.l->n; i++)
		if (f.l->items[i].kind == CLAIM_DIRECT)
			CHECK(span_is(&f, f.l->items[i].content,
				      "I feel like she has a surprise ready."));
	done(&f);
}

/* "NATO Secretary-General Javier Solana": the hyphenated title is no part of the name */
static void hyphenated_title(void)
{
	struct fixture f =
		run("The alliance met in Brussels.\n\n"
		    "NATO Secretary-General Javier Solana said the alliance was growing.\n");

	speaker_resolves(&f, "NATO Secretary-General Javier Solana", "Javier Solana");
	done(&f);
}

/* "the academy" and "the school" for a named academy; "the school" is not a foundation */
static void school_description(void)
{
	struct fixture f = run("The Islamic Saudi Academy plans a campus in the county.\n\n"
			       "The academy said the campus would open next year.\n\n"
			       "The school said it would teach 3,000 pupils.\n");

	speaker_resolves(&f, "The academy", "Islamic Saudi Academy");
	speaker_resolves(&f, "The school", "Islamic Saudi Academy");
	done(&f);
	f = run("The Kellman Foundation gave money to the town.\n\n"
		"The school said the gift was welcome.\n");
	speaker_resolves(&f, "The school", "The school");
	done(&f);
}

/* "Although he called ..., Mr. Lamb forecast": the pronoun of an opening subordinate clause is
 * the main clause's subject, not the person named last */
static void pronoun_refers_ahead(void)
{
	struct fixture f = run("Kellogg hired Fluor Daniel. Tom Reed ran the plant.\n\n"
			       "Although he called current market conditions tough, Mr. Lamb, the "
			       "chief executive, forecast an earnings increase.\n");

	speaker_resolves(&f, "he", "Lamb");
	done(&f);
}

/* "... play down the friction between them and point to areas of cooperation": the second
 * verb's subject is the clause's ("the leaders"), not "the friction between them" */
static void second_verb_after_an_object_pronoun(void)
{
	struct fixture f = run("The two leaders met.\n\n"
			       "Aides say the leaders will play down the friction between them and "
			       "point to areas of cooperation on trade.\n");

	for (size_t i = 0; i < f.l->n; i++) {
		struct span sp = f.l->items[i].speaker;
		CHECK(!(sp.end > sp.start && strncmp(f.text + sp.start, "the friction", 12) == 0));
	}
	done(&f);
}

/* '"...," Doe, a party leader, said Thursday.': the day after the cue is no source, so the
 * name and its apposition before the cue are */
static void day_after_the_cue(void)
{
	struct fixture f =
		run("\xe2\x80\x9cThe plan is sound,\xe2\x80\x9d Ann Doe, a party leader, "
		    "said Thursday.\n");

	CHECK_EQ(f.l->n, 1);
	speaker_resolves(&f, "Ann Doe, a party leader", "Ann Doe");
	done(&f);
}

/* a programme's title quoted in the tag ('said on Channel Four's "Morning Show."') is not the
 * speaker's words: the quotation's spans are the two parts around the tag only */
static void title_quoted_in_the_tag(void)
{
	struct fixture f =
		run("\xe2\x80\x9cThe plan is sound,\xe2\x80\x9d Ann Doe said on Channel "
		    "Four\xe2\x80\x99s \xe2\x80\x9cMorning Show.\xe2\x80\x9d \xe2\x80\x9cWe "
		    "will pass it.\xe2\x80\x9d\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(f.l->items[0].nquote, 2);
	if (f.l->items[0].nquote == 2) {
		CHECK(span_is(&f, f.l->items[0].quote[0], "The plan is sound"));
		CHECK(span_is(&f, f.l->items[0].quote[1], "We will pass it."));
	}
	CHECK(renders(
		&f, 0,
		"Ann Doe said: \xe2\x80\x9cThe plan is sound \xe2\x80\xa6 We will pass it.\xe2\x80\x9d"));
	done(&f);
}

/* "scrutiny from some who saw the remark as a dig": "who" is the group before it, not the
 * person named last */
static void who_after_a_quantifier(void)
{
	struct fixture f = run("Mayor Tom Reed spoke on Monday. His remarks have drawn scrutiny "
			       "from some who saw them as a dig at the council.\n");

	speaker_resolves(&f, "who", "some");
	done(&f);
}

/* "Especially in the north, Reed said" and a second opening phrase after a clause ("In a move
 * that shocked everyone, especially in the north, Reed said"): the subject follows the phrases */
static void opening_phrases_before_the_subject(void)
{
	struct fixture f = run("Especially in the north, Tom Reed said the plan was dead.\n\n"
			       "In a move that shocked everyone, especially in the south, Ann Lee "
			       "endorsed the plan.\n\n"
			       "In a move that shocked everyone, in the west, Joe Park said it "
			       "would pass.\n");

	speaker_resolves(&f, "Tom Reed", "Tom Reed");
	speaker_resolves(&f, "Ann Lee", "Ann Lee");
	speaker_resolves(&f, "Joe Park", "Joe Park");
	CHECK_EQ(f.l->n, 3);
	done(&f);
}

/* "Reed, who opposed Fox during the primaries, last week said": a time phrase between the
 * relative clause's comma and the cue; the subject is the name before the clause, not "Fox" */
static void time_phrase_after_a_relative_clause(void)
{
	struct fixture f =
		run("Tom Reed, who opposed Bill Fox during the primaries, last week said "
		    "the plan was dead.\n\n"
		    "Ann Lee, the mayor, on Friday declared the plan was alive.\n");

	cue_speaker_resolves(&f, "Tom Reed, who opposed Bill Fox during the primaries", "said",
			     "Tom Reed");
	cue_speaker_resolves(&f, "Ann Lee, the mayor", "declared", "Ann Lee");
	done(&f);
}

/* "Grace Park said": a given name before "Park" or "Street" that speaks is a person, not a
 * place; "Central Park said" stays no one */
static void given_name_before_a_place_word(void)
{
	struct fixture f = run("Grace Park said the plan was dead.\n\n"
			       "Central Park said the plan was alive.\n");

	CHECK_EQ(f.l->n, 1);
	speaker_resolves(&f, "Grace Park", "Grace Park");
	done(&f);
}

/* "great-uncle Tom Reed" and later "the boy's great-uncle" or "Ana's great-uncle": the kin the
 * story named; "Ana's lawyer" stays as written, as it may be no lawyer named before */
static void kin_named_before(void)
{
	struct fixture f = run("The judges refused to name great-uncle Tom Reed as the guardian of "
			       "Ana Diaz. Lawyer Joe Park filed the papers.\n\n"
			       "Ana's great-uncle said the family would appeal.\n\n"
			       "The girl's great-uncle said the ruling was unfair.\n\n"
			       "Ana's lawyer said the case would go on.\n");

	speaker_resolves(&f, "Ana's great-uncle", "Tom Reed");
	speaker_resolves(&f, "The girl's great-uncle", "Tom Reed");
	speaker_resolves(&f, "Ana's lawyer", "Ana's lawyer");
	done(&f);
}

/* A straight quotation mark spaced on both sides opens a quotation when none is open and closes
 * it else, in the line the pane shows as in the engine: "to \" free the town \" before" quotes
 * "free the town", with no space inside the marks. */
static void spaced_straight_marks(void)
{
	struct fixture f =
		run("The general said their task is to \" free the town \" before winter.\n\n"
		    "The general told the troops that their task is to \" hold the bridge.\"\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(
		&f, 0,
		"The general said (paraphrase): their task is to “free the town” before winter"));
	CHECK(renders(&f, 1, "The general told (paraphrase): their task is to “hold the bridge”"));
	done(&f);
}

/* "“...,” worries former city judge Paul Green": "worries" is a tag right after a quotation, its
 * source a description before a name; an impression before the quotation ends where the
 * tagged quotation begins. Elsewhere "worries" is no cue ("private worries grew"). */
static void worries_as_a_tag(void)
{
	struct fixture f =
		run("If it seems that the goal is to ruin the town, \"the cost could be high,\" "
		    "worries former city judge Paul Green.\n\n"
		    "Private worries grew in the town as the vote neared.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the goal is to ruin the town", NULL, "seems", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "the cost could be high,", "former city judge Paul Green",
		 "worries", "Paul Green");
	done(&f);
}

/* "He added that ..., he said": the tag after a clause that opens with the same pronoun and its
 * own cue is that statement's tag; one row, the inner cue's. A tag whose pronoun differs ("She
 * added ..., he said") still reports the clause it follows. */
static void tag_repeats_the_speaker(void)
{
	struct fixture f =
		run("Mona Keller runs the ferry line. She added that the boats would "
		    "sail late on Sunday, she said.\n\n"
		    "The mayor spoke first. They argued that the bridge was unsafe, they "
		    "said on Monday.\n\n"
		    "Mona Keller runs the ferry line. She added that the fares would rise, "
		    "he said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the boats would sail late on Sunday", "She", "added",
		 "Mona Keller");
	claim_is(&f, 1, CLAIM_INDIRECT, "that the bridge was unsafe", "They", "argued", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "She added that the fares would rise", "he", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(inverted_plural_source);
	RUN(tag_inside_a_clause);
	RUN(tag_inside_commas_read);
	RUN(wire_marks_typed_backwards);
	RUN(quotation_in_a_participle);
	RUN(subject_after_a_clause);
	RUN(opening_phrase_is_no_source);
	RUN(colon_sets_a_quotation_apart);
	RUN(hyphenated_title);
	RUN(school_description);
	RUN(pronoun_refers_ahead);
	RUN(second_verb_after_an_object_pronoun);
	RUN(day_after_the_cue);
	RUN(title_quoted_in_the_tag);
	RUN(who_after_a_quantifier);
	RUN(opening_phrases_before_the_subject);
	RUN(time_phrase_after_a_relative_clause);
	RUN(given_name_before_a_place_word);
	RUN(kin_named_before);
	RUN(spaced_straight_marks);
	RUN(worries_as_a_tag);
	RUN(tag_repeats_the_speaker);
	return CHECK_DONE();
}
