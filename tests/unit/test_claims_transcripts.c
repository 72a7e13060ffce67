/* Unit tests of transcripts: a turn ("NAME: words", the name in capitals opening a paragraph)
 * is the speaker's words, direct; its label named as a reader writes the name ("NORA BLAKE" and
 * "BLAKE" one person); a turn opened by a quotation mark; a headline's label or a label over
 * figures is no turn. */
#include "claims_fixture.h"

/* A turn of a transcript ("NAME: words", the name in capitals opening a paragraph of the body)
 * is the speaker's words as transcribed: direct, quoted around the marks inside it, shown as one
 * run with what it quotes inside single marks. A headline's label is paraphrase; a label over
 * lines of figures or before a headline in capitals is no turn. */
static void transcript_turns(void)
{
	struct fixture f =
		run("Reyes: Boats Will Sail Late\n\n"
		    "The panel met on Sunday to hear the crews.\n\n"
		    "ANNA REYES: The mayor told us \"the bridge is safe,\" and I believe "
		    "her.\n\n"
		    "REYES: We will see how the boats do in the spring.\n\n"
		    "TOTALS:\nBoats: 12\n\n"
		    "PORT: FERRIES HALTED The harbour closed on Monday.\n");
	const struct claim *c;

	CHECK(f.l->n >= 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "Boats Will Sail Late", "Reyes", ":", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "The mayor told us \"the bridge is safe,\" and I believe her",
		 "ANNA REYES", ":", NULL);
	c = &f.l->items[1];
	CHECK_EQ(c->nquote, 3);
	if (c->nquote == 3) {
		CHECK(span_is(&f, c->quote[0], "The mayor told us"));
		CHECK(span_is(&f, c->quote[1], "the bridge is safe,"));
		CHECK(span_is(&f, c->quote[2], "and I believe her"));
	}
	/* the label in capitals is shown as the person's name (coref.c) */
	CHECK(renders(&f, 1,
		      "Anna Reyes: \u201cThe mayor told us \u2018the bridge is safe\u2019, and I "
		      "believe her\u201d"));
	claim_is(&f, 3, CLAIM_DIRECT, "We will see how the boats do in the spring", "REYES", ":",
		 NULL);
	CHECK_EQ(f.l->items[3].nquote, 1);
	for (size_t i = 4; i < f.l->n; i++)
		CHECK(f.l->items[i].kind != CLAIM_DIRECT); /* "TOTALS:" over its lines, a headline
							      in capitals after "PORT:" */
	done(&f);
}

/* a transcript's speakers: one speaker for "NORA BLAKE:" and "BLAKE:", named as a reader
 * writes the name (capitals to title case, "Mc", "O'" and hyphens kept); an acronym or
 * capitalised words that are no known person stay as written */
static void transcript_labels_in_capitals(void)
{
	struct fixture f = run("The host spoke to two guests on Sunday.\n\n"
			       "NORA BLAKE: The mayor gave a speech on Friday.\n\n"
			       "JOHN MCKAY: He has asked for more money.\n\n"
			       "BLAKE: Do you think the money will come?\n\n"
			       "MARY O'DELL-PRICE: It will come next year.\n\n"
			       "NATO: The alliance held a meeting.\n");
	const struct claim *first = NULL, *later = NULL;

	speaker_resolves(&f, "NORA BLAKE", "Nora Blake");
	speaker_resolves(&f, "BLAKE", "Nora Blake");
	speaker_resolves(&f, "JOHN MCKAY", "John McKay");
	speaker_resolves(&f, "MARY O'DELL-PRICE", "Mary O'Dell-Price");
	speaker_resolves(&f, "NATO", "NATO");
	for (size_t i = 0; i < f.l->n; i++)
		if (f.l->items[i].speaker_resolved &&
		    strcmp(f.l->items[i].speaker_resolved, "Nora Blake") == 0) {
			if (!first)
				first = &f.l->items[i];
			else
				later = &f.l->items[i];
		}
	REQUIRE(first && later);
	CHECK_EQ(first->speaker_id, later->speaker_id);
	done(&f);
	/* a name written in mixed case too is named so */
	f = run("Nora Blake hosted the show on Sunday.\n\n"
		"BLAKE: Do you think the money will come?\n");
	speaker_resolves(&f, "BLAKE", "Nora Blake");
	done(&f);
}

/* a transcript pasted inside quotation marks: each turn opens with a mark, closed at the end
 * or never; the label after the mark is still the turn's speaker. Control: a label inside a
 * quotation later in a paragraph is no turn. */
static void transcript_turns_after_a_mark(void)
{
	struct fixture f = run("The debate ran late.\n\n"
			       "\"PENCE: We have a plan to rebuild the military.\n\n"
			       "\"KAINE: The plan does not add up, and the voters know it.\n");

	speaker_resolves(&f, "PENCE", "PENCE");
	speaker_resolves(&f, "KAINE", "KAINE");
	done(&f);
	f = run("The debate ran late.\n\n"
		"\"RAMOS: Senator, did you lie to them?\n\n"
		"\"HOLT: I did not, and I never will.\"\n\n"
		"Mills wrote \"NOTE: the figures are rough\" in the margin.\n");
	speaker_resolves(&f, "RAMOS", "RAMOS");
	speaker_resolves(&f, "HOLT", "HOLT");
	for (size_t i = 0; i < f.l->n; i++)
		CHECK(f.l->items[i].speaker.end - f.l->items[i].speaker.start != 4 ||
		      strncmp(f.text + f.l->items[i].speaker.start, "NOTE", 4) != 0);
	done(&f);
}

/* a transcript pasted inside curly quotation marks or guillemets: the mark that opens a turn's
 * paragraph is any opening one (doc_paragraph_lead()), and the label after it, a space or not,
 * is still the turn's speaker */
static void transcript_turns_after_other_marks(void)
{
	struct fixture f = run("The debate ran late.\n\n"
			       "\u201cPENCE: We have a plan to rebuild the military.\n\n"
			       "\u00ab KAINE: The plan does not add up, and the voters know it.\n\n"
			       "\u201eHOLT: Let us move on to taxes, and to the deficit.\n");

	REQUIRE_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "We have a plan to rebuild the military", "PENCE", ":",
		 "PENCE");
	claim_is(&f, 1, CLAIM_DIRECT, "The plan does not add up, and the voters know it", "KAINE",
		 ":", "KAINE");
	claim_is(&f, 2, CLAIM_DIRECT, "Let us move on to taxes, and to the deficit", "HOLT", ":",
		 "HOLT");
	done(&f);
}

/* An interview's answers ("A: I think ...", and the paragraphs after it before the next "Q:")
 * are by the person the introduction names most, a tie to the one named first: "I" there is
 * that person, not the writer, and its row reads "I (Ana Ruiz) think". Control: with no answer paragraph "I" stays the writer's, and
 * an answer in an interview whose introduction names no one twice stays unresolved. */
static void interview_answers(void)
{
	struct fixture f = run("Q&A with Mayor Ana Ruiz\n\n"
			       "Mayor Ana Ruiz spoke with Tom Lee of the Herald on Monday. Ruiz "
			       "defended the budget and praised Carl Moss. Moss was not there, nor "
			       "was Dan Poe.\n\n"
			       "Q: Is the budget sound?\n\n"
			       "A: I think the budget is sound.\n\n"
			       "Last year I said taxes would not rise.\n\n"
			       "Q: Will you run again?\n\n"
			       "A: I believe the voters will decide.\n");
	struct fixture g = run("Budget\n\nI said the budget was sound.\n");
	struct fixture h = run("Q&A\n\nQ: Is the budget sound?\n\nA: I think it is sound.\n");

	cue_speaker_resolves(&f, "I", "think", "Ana Ruiz");
	cue_speaker_resolves(&f, "I", "said", "Ana Ruiz");
	cue_speaker_resolves(&f, "I", "believe", "Ana Ruiz");
	/* the row keeps the word as written, so the verb reads as written: "I (Ana Ruiz) think" */
	CHECK(renders(&f, 3, "I (Ana Ruiz) think (paraphrase): the budget is sound"));
	speaker_resolves(&g, "I", "I (the writer)");
	speaker_resolves(&h, "I", NULL);
	done(&f);
	done(&g);
	done(&h);
}

int main(void)
{
	RUN(transcript_turns);
	RUN(transcript_labels_in_capitals);
	RUN(transcript_turns_after_a_mark);
	RUN(transcript_turns_after_other_marks);
	RUN(interview_answers);
	return CHECK_DONE();
}
