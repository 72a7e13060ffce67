/* Unit tests of claims around other claims and where one statement ends: a cue in a clause that
 * opens the sentence, the main clause's source after it, a quotation running on over paragraphs. */
#include "claims_fixture.h"

/* "Asked why ..., X said": the question ends at the comma, inside a closing quotation too, and
 * before an apposition ("Michael Briggs, Sanders's spokesman, suggested"). */
static void asked_then_main(void)
{
	struct fixture f =
		run("Asked why he had not praised her on \"CBS This Morning,\" Sanders said he "
		    "had not heard her.\n\n"
		    "Asked if there had been any fraud, Michael Briggs, Sanders's spokesman, "
		    "suggested that the party had been sabotaged.\n");

	CHECK_EQ(f.l->n, 4);
	/* "praised" in the question is part of the question, no claim of its own */
	claim_is(&f, 0, CLAIM_INDIRECT, "why he had not praised her on \"CBS This Morning,", NULL,
		 "Asked", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he had not heard her", "Sanders", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "if there had been any fraud", NULL, "Asked", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that the party had been sabotaged",
		 "Michael Briggs, Sanders's spokesman", "suggested", NULL);
	done(&f);
}

/* A subordinate clause after a phrase with no verb, a main clause whose subject is a title and
 * a name or a number after "at least", or a lowercase noun phrase: the clause's content ends at
 * its comma and the main clause's source begins after it. */
static void opening_clause_main(void)
{
	struct fixture f =
		run("In a 1973 debate, when Ms. Friedan recommended she burn at the stake, Mrs. "
		    "Schlafly replied in an even voice that she was pleased.\n\n"
		    "When Obama asked supporters to run for office, at least 21,000 said they "
		    "would.\n\n"
		    "Though he implicitly criticizes Mr. Obama from the left, white working-class "
		    "Democrats may see it as their cause.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "she burn at the stake", "Ms. Friedan", "recommended",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that she was pleased", "Mrs. Schlafly", "replied", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "supporters to run for office", "Obama", "asked", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "they would", NULL, "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "Mr. Obama from the left", "he", "implicitly criticizes",
		 NULL);
	done(&f);
}

/* A participle that opens the sentence holds its content up to the main clause; a source with a
 * relative clause in it ("Trump, whose views have upset ..., last year proposed") is no opening
 * clause: its source does not become "last year". */
static void participle_and_relative(void)
{
	struct fixture f =
		run("Challenging the trustworthiness of the majority leader, Cruz said he could "
		    "work with him.\n\n"
		    "Trump, whose views have upset even members of his party, last year proposed a "
		    "ban on visits.\n");
	const char *last = strstr(f.text, "last year");

	CHECK(f.l->n >= 2);
	claim_is(&f, f.l->n - 2, CLAIM_INDIRECT, "he could work with him", "Cruz", "said", NULL);
	CHECK(span_is(&f, f.l->items[f.l->n - 1].content, "a ban on visits"));
	CHECK(f.l->items[f.l->n - 1].speaker.start < (size_t)(last - f.text));
	done(&f);
}

/* A quotation whose tag ends its paragraph goes on over the paragraphs after it that are
 * quotations alone, each a quoted span of its own; a paragraph with a tag of its own between
 * its marks, or after a tag that does not end its paragraph, is no such run-on. */
static void paragraph_runs_on(void)
{
	struct fixture f =
		run("\u201cThey would steal that nomination,\u201d Collins told MSNBC.\n\n"
		    "\u201cSo we get to 1,237. Game over.\u201d\n\n"
		    "The mayor said: \"We will win.\"\n\n"
		    "\"And we will keep it.\"\n\n"
		    "\u201cWe are done,\u201d Trump said.\n\n"
		    "\u201cWe will make deals,\" he added. \"Good deals.\u201d\n\n"
		    "\"We won,\" he said.\n\n"
		    "\"Related:\"\n");
	const struct claim *c;

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "They would steal that nomination,\u201d Collins told MSNBC.\n\n"
		 "\u201cSo we get to 1,237. Game over.",
		 "Collins", "told", NULL);
	c = &f.l->items[0];
	CHECK_EQ(c->nquote, 2);
	if (c->nquote == 2) {
		CHECK(span_is(&f, c->quote[0], "They would steal that nomination"));
		CHECK(span_is(&f, c->quote[1], "So we get to 1,237. Game over."));
	}
	claim_is(&f, 1, CLAIM_DIRECT, "We will win.\"\n\n\"And we will keep it.", "The mayor",
		 "said", NULL);
	CHECK_EQ(f.l->items[1].nquote, 2);
	claim_is(&f, 2, CLAIM_DIRECT, "We are done,", "Trump", "said", NULL);
	/* a label in quotation marks is no quotation going on */
	claim_is(&f, 4, CLAIM_DIRECT, "We won,", "he", "said", NULL);
	done(&f);
}

/* A quotation that opens in lower case after a tag set off by commas goes on with what opens
 * the sentence, a subordinate clause or a one-word subject too; a connective alone ("But, he
 * said, ...") or a tag with no comma after it ("In his tribute, Elliott said “there ...") stays
 * out. */
static void lowercase_quote_joined(void)
{
	struct fixture f =
		run("While confidence is high, he said, ''this has done nothing for the rate.''\n\n"
		    "That, the commission said, \"would be helpful.\"\n\n"
		    "But, he said, \"there is a line here.\"\n\n"
		    "In his tribute, Elliott said \u201cthere is no greater man.\u201d\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "While confidence is high, he said, ''this has done nothing for the rate.", "he",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "That, the commission said, \"would be helpful.",
		 "the commission", "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "there is a line here.", "he", "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "there is no greater man.", "Elliott", "said", NULL);
	done(&f);
}

/* "PHRASE, according to X, CLAUSE": what is attributed is the clause with the phrase that opens
 * it (the attribution inside); after a connective alone, the clause. */
static void according_mid_sentence(void)
{
	struct fixture f = run("Since last November, according to Human Rights Watch, security "
			       "forces have killed 400 protesters.\n\n"
			       "In addition, according to the department, nine million workers "
			       "will be protected.\n\n"
			       "But, according to the poll, most voters disagree.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "Since last November, according to Human Rights Watch, security forces have "
		 "killed 400 protesters",
		 "Human Rights Watch", "according to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "nine million workers will be protected",
		 "the department", "according to", NULL);
	claim_is(&f, 2, CLAIM_ACCORDING_TO, "most voters disagree", "the poll", "according to",
		 NULL);
	done(&f);
}

/* An opening participle after a preposition has the main clause's subject for its source; a
 * subordinator after a phrase with no verb opens the clause too; a main clause may begin with a
 * short phrase before its pronoun ("at the town hall this week she said"). */
static void opening_forms(void)
{
	struct fixture f = run(
		"Despite challenging the majority leader, Cruz said he could work with him.\n\n"
		"In a year when Trump is talking about deporting immigrants, Yepez said Perez was "
		"right.\n\n"
		"Although in September she said the decision was a mistake, at the town hall this "
		"week she said it was no error.\n");

	CHECK_EQ(f.l->n, 6);
	claim_is(&f, 0, CLAIM_INDIRECT, "the majority leader", "Cruz", "challenging", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he could work with him", "Cruz", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "deporting immigrants", NULL, "is talking about", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "Perez was right", "Yepez", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the decision was a mistake", "she", "said", NULL);
	claim_is(&f, 5, CLAIM_INDIRECT, "it was no error", "she", "said", NULL);
	done(&f);
}

/* "Asked if ..., X said no": the question has no speaker of its own and is not what X said; the
 * answer "yes" or "no" is. */
static void asked_answer(void)
{
	struct fixture f =
		run("Asked if he was ever bullied, the candidate said no.\n\n"
		    "Asked if the practices were illegal, 46 percent of voters said yes, "
		    "compared with 23 percent.\n\n"
		    "Asked if he would run again, the senator said so.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "if he was ever bullied", NULL, "Asked", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "no", "the candidate", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "if the practices were illegal", NULL, "Asked", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "yes", "46 percent of voters", "said", NULL);
	/* "said so" has no content after it; the question before is not it */
	claim_is(&f, 4, CLAIM_INDIRECT, "if he would run again", NULL, "Asked", NULL);
	done(&f);
}

/* A quotation that goes on with the words after the cue, in lower case and after no "that",
 * comma or colon, is paraphrase that quotes: the content begins after the cue (and a time),
 * with no quoted span; after an addressee, or "that", the quotation is the content. */
static void quote_inside_clause(void)
{
	struct fixture f =
		run("Sanders pledged Saturday to rid the world of \"this barbarous "
		    "organization.\"\n\n"
		    "He described the email controversy as \"a lesser set of circumstances.\"\n\n"
		    "He told his supporters, \"our nation is in trouble.\"\n\n"
		    "She said that \"the damage is done.\"\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "to rid the world of \"this barbarous organization",
		 "Sanders", "pledged", NULL);
	CHECK_EQ(f.l->items[0].nquote, 0);
	claim_is(&f, 1, CLAIM_DIRECT, "the email controversy as \"a lesser set of circumstances",
		 "He", "described", NULL);
	REQUIRE(f.l->n > 1 && f.l->items[1].nquote == 1);
	CHECK(span_is(&f, f.l->items[1].quote[0], "a lesser set of circumstances"));
	claim_is(&f, 2, CLAIM_DIRECT, "our nation is in trouble.", "He", "told", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "that \"the damage is done", "She", "said", NULL);
	done(&f);
}

/* A noun phrase the writer sets after the content, with someone's relative clause ("..., a
 * charge that Colorado Republican leaders strongly denied", "-- something he denied"), is not
 * what was said; an apposition the content goes on after is. */
static void writer_comment_after(void)
{
	struct fixture f = run(
		"Cruz complained the contest had been rigged, a charge that Colorado Republican "
		"leaders strongly denied.\n\n"
		"They said he wanted a role in the administration -- something he denied.\n\n"
		"Officials said China will make the shoal, an atoll Beijing grabbed, into a "
		"fortress.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the contest had been rigged", "Cruz", "complained", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "he wanted a role in the administration", "They", "said",
		 NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "China will make the shoal, an atoll Beijing grabbed, into a fortress",
		 "Officials", "said", NULL);
	done(&f);
}

/* Paraphrase that announces a quotation after a colon goes on through it when the quotation
 * ends the sentence; a quotation after a colon with a tag of its own after it is that tag's
 * content alone. */
static void colon_quote_runs_on(void)
{
	struct fixture f = run(
		"Giuliani said there is a simple explanation: \u201cNobody was as "
		"reckless.\u201d\n\n"
		"Trump suggested he had silenced his wife: \"She signed an agreement,\" he told "
		"them.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "there is a simple explanation: \u201cNobody was as reckless", "Giuliani", "said",
		 NULL);
	CHECK_EQ(f.l->items[0].nquote, 0);
	claim_is(&f, 1, CLAIM_INDIRECT, "he had silenced his wife", "Trump", "suggested", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "She signed an agreement,", "he", "told", NULL);
	done(&f);
}

/* "SUBJECT, according to X, PREDICATE": a subject or phrase with no verb before the attribution
 * goes on with the clause after it; a whole clause before it stays alone. */
static void according_inside_clause(void)
{
	struct fixture f =
		run("Fundraising, according to the campaign, has surged in the same "
		    "period.\n\n"
		    "Clinton had a lead in May, according to the poll, where 475 delegates "
		    "were at stake.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "Fundraising, according to the campaign, has surged in the same period",
		 "the campaign", "according to", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "Clinton had a lead in May", "the poll", "according to",
		 NULL);
	done(&f);
}

/* An opening clause ends where a main clause with a pronoun for subject begins ("..., it looks
 * unconscionable"), for an impression too ("While this nihilism appears to have hit a new
 * high, the last two weeks ..."). */
static void opening_clause_pronoun_and_seem(void)
{
	struct fixture f =
		run("Though most Americans know they are big and persistent, it looks "
		    "unconscionable.\n\n"
		    "While this nihilism appears to have hit a new high, the last two weeks have "
		    "signaled a reckoning.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "they are big and persistent", "most Americans", "know",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "this nihilism appears to have hit a new high", NULL,
		 "appears", NULL);
	done(&f);
}

/* "“A,” he said of the campaign, “B”", "“A,” he said in a statement, “B”": a phrase about the
 * telling after the tag, then the quotation goes on; each part a quoted span. */
static void quote_on_after_phrase(void)
{
	struct fixture f = run("\u201cTo the extent they care,\u201d he said of the campaign, "
			       "\u201cI am sure I have pleased them.\u201d\n\n"
			       "\"It went far beyond the law,\" he said in a statement, \"and yet "
			       "we did more.\"\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "To the extent they care,\u201d he said of the campaign, \u201cI am sure I have "
		 "pleased them.",
		 "he", "said", NULL);
	CHECK_EQ(f.l->items[0].nquote, 2);
	claim_is(&f, 1, CLAIM_DIRECT,
		 "It went far beyond the law,\" he said in a statement, \"and yet we did more.",
		 "he", "said", NULL);
	done(&f);
}

/* "A: B, according to X": what is attributed is the clause after the colon (not the colon of
 * a time). */
static void according_after_colon(void)
{
	struct fixture f =
		run("Advocates have pushed restrictions: this year, 14 states passed laws, "
		    "according to the institute.\n\n"
		    "The bomb went off at 8:30 p.m. downtown, according to the police.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "this year, 14 states passed laws", "the institute",
		 "according to", NULL);
	/* the colon of a time is no colon */
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "The bomb went off at 8:30 p.m. downtown", "the police",
		 "according to", NULL);
	done(&f);
}

/* "said yes, yes, yes, over and over": the answer alone is the content. */
static void answer_alone(void)
{
	struct fixture f = run("Melania said yes, yes, yes, over and over again, until he "
			       "finished.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "yes, yes, yes", "Melania", "said", NULL);
	done(&f);
}

/* "I" in a transcript's turn is the one whose turn it is, not the writer; the writer's own "I"
 * after the transcript stays the writer's */
static void first_person_in_a_turn(void)
{
	struct fixture f = run("Harbor talks\n\n"
			       "Mayor Ellen Holm spoke on Tuesday.\n\n"
			       "TAPPER: Do you think the harbor will close?\n\n"
			       "HOLM: Well, the whole town needs to work together. I think that is "
			       "the message any mayor should have.\n\n"
			       "I asked the council clerk about it later.\n");

	cue_speaker_resolves(&f, "I", "think", "Ellen Holm");
	cue_speaker_resolves(&f, "I", "asked", "I (the writer)");
	done(&f);
}

/* "reported that, according to the audit, costs rose": "according to" set inside the clause a
 * cue's "that" opens, with a comma or not, is held by the report: the report's content runs over
 * it to the clause's end, the according-to claim's is the clause after its source, its parent
 * the report. "The mill closed, according to the audit" keeps its content before the source. */
static void according_inside_that(void)
{
	struct fixture f =
		run("The paper reported that, according to the audit, costs rose.\n\n"
		    "The mayor said on Monday that according to the survey, most farmers "
		    "had left.\n\n"
		    "The mill closed, according to the audit.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "that, according to the audit, costs rose", "The paper",
		 "reported", NULL);
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "costs rose", "the audit", "according to", NULL);
	CHECK(f.l->n > 1 && f.l->items[1].parent == 0);
	CHECK(renders(&f, 0,
		      "The paper reported (paraphrase): according to the audit, costs rose"));
	claim_is(&f, 2, CLAIM_INDIRECT, "that according to the survey, most farmers had left",
		 "The mayor", "said", NULL);
	claim_is(&f, 3, CLAIM_ACCORDING_TO, "most farmers had left", "the survey", "according to",
		 NULL);
	CHECK(f.l->n > 3 && f.l->items[3].parent == 2);
	claim_is(&f, 4, CLAIM_ACCORDING_TO, "The mill closed", "the audit", "according to", NULL);
	done(&f);
}

/* A cue in a relative clause on the sentence's subject: the clause's content ends before the
 * main clause's verb ("An aide who has been asking about the fund got an answer": "the fund"),
 * a finite verb or a verb in the past with its object; one that ends the sentence, or whose main
 * verb cannot be told, stays whole. */
static void relative_on_subject(void)
{
	struct fixture f =
		run("An aide who has been asking about the fund got an answer on Friday.\n\n"
		    "The farmers who complained about the water prices won a hearing.\n\n"
		    "A lawyer who argued that the law was void lost the case.\n\n"
		    "I met a lawyer who argued that the law was void.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the fund", "An aide", "has been asking about", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the water prices", "who", "complained about", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the law was void", "who", "argued", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "that the law was void", "who", "argued", NULL);
	done(&f);
}

/* "CBS\u2018 Face the Nation": an opening single mark typed for an apostrophe opens no quotation,
 * so the double quotation after it is the speaker's; "\u2018We will win,\u2019" still is one. */
static void opening_single_mark_as_apostrophe(void)
{
	struct fixture f =
		run("Ann Lee spoke on Monday. On CBS\xe2\x80\x98 Face the Nation the day "
		    "before, she stated, \xe2\x80\x9cWhen I look at this, I think the "
		    "bill is dead.\xe2\x80\x9d\n\n"
		    "Tom Reed said: \xe2\x80\x98We will win,\xe2\x80\x99 and left.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "When I look at this, I think the bill is dead.", "she",
		 "stated", "Ann Lee");
	claim_is(&f, 1, CLAIM_DIRECT, "We will win,", "Tom Reed", "said", "Tom Reed");
	done(&f);
}

int main(void)
{
	RUN(asked_then_main);
	RUN(according_inside_that);
	RUN(relative_on_subject);
	RUN(opening_clause_main);
	RUN(participle_and_relative);
	RUN(paragraph_runs_on);
	RUN(lowercase_quote_joined);
	RUN(according_mid_sentence);
	RUN(opening_forms);
	RUN(asked_answer);
	RUN(quote_inside_clause);
	RUN(writer_comment_after);
	RUN(colon_quote_runs_on);
	RUN(according_inside_clause);
	RUN(opening_clause_pronoun_and_seem);
	RUN(quote_on_after_phrase);
	RUN(according_after_colon);
	RUN(answer_alone);
	RUN(first_person_in_a_turn);
	RUN(opening_single_mark_as_apostrophe);
	return CHECK_DONE();
}
