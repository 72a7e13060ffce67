/* Unit tests of transcripts: a turn ("NAME: words", the name in capitals opening a paragraph)
 * is the speaker's words, direct; its label named as a reader writes the name ("NORA BLAKE" and
 * "BLAKE" one person); a turn opened by a quotation mark; a headline's label or a label over
 * figures is no turn. */
#include "claims_fixture.h"

#include "../../src/claims_int.h"

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
	CHECK(renders(&f, 2, "I (Ana Ruiz) think (paraphrase): the budget is sound"));
	speaker_resolves(&g, "I", "I (the writer)");
	speaker_resolves(&h, "I", NULL);
	done(&f);
	done(&g);
	done(&h);
}

/* claims_qa_label(): what an interview's one-letter label is and where its words begin, the one
 * reading the frames, the content and the speakers share: "Q:" or "A:", a spaced hyphen or
 * colon, a dash with a space or none, a "Q" run into a question only before an answer's label.
 * Controls: "A lot", "A-list", "QAnon" with no answer after it, another letter ("B:"). */
static void qa_labels(void)
{
	static const struct {
		const char *para;
		size_t len;
		char letter;
	} cases[] = {
		{"Q: Is the budget sound?", 3, 'Q'},
		{"A:  Yes.", 4, 'A'},
		{"A - Yes, it is.", 4, 'A'},
		{"Q : Why?", 4, 'Q'},
		{"A \u2014 Yes, it is.", 6, 'A'},
		{"Q\u2014Why?", 4, 'Q'},
		{"QWhat would have happened?", 1, 'Q'}, /* an answer's label follows */
		{"A lot of people came.", 0, 0},
		{"A-list guests came.", 0, 0},
		{"B: Yes, it is.", 0, 0},
		{"QAnon grew online.", 0, 0}, /* no answer after it */
		{"Q\u2015Why?", 4, 'Q'},      /* a horizontal bar as the dash */
		{"A \u2015 Yes, it is.", 6, 'A'},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char text[160], letter = 0;
		struct fixture f;
		size_t n;
		/* the case is paragraph 1; an answer follows only the glued question */
		snprintf(text, sizeof(text), "Interview\n\n%s\n\n%s\n", cases[i].para,
			 i == 6 ? "A: I think so." : "The end.");
		f = run(text);
		n = claims_qa_label(f.d, 1, &letter);
		if (n != cases[i].len || (n && letter != cases[i].letter))
			fprintf(stderr, "  \"%s\": label %zu '%c', want %zu '%c'\n", cases[i].para,
				n, letter ? letter : '-', cases[i].len,
				cases[i].letter ? cases[i].letter : '-');
		CHECK_EQ(n, cases[i].len);
		done(&f);
	}
}

/* An interviewer's question is no claim, and its label no speaker: no row shows "Q", in any of
 * the label's forms; the claim a question reports stays ("Critics say ..."), and so does an
 * interviewer's statement of what the interviewee said ("Q: You said in May that ..."), the
 * interviewee its speaker. Controls: a question put as "you" ("Did you say ...?") is no claim;
 * "You said" outside an interview is the reader addressed, no row. */
/* True when claim c's content holds the words w (quietly, unlike span_is()). */
static bool content_holds(const struct fixture *f, const struct claim *c, const char *w)
{
	size_t n = strlen(w);

	for (size_t p = c->content.start; p + n <= c->content.end; p++)
		if (strncmp(f->text + p, w, n) == 0)
			return true;
	return false;
}

static void interview_questions(void)
{
	struct fixture f = run("Q&A with Mayor Ana Ruiz\n\n"
			       "Mayor Ana Ruiz spoke with Tom Lee on Monday. Ruiz defended the "
			       "budget.\n\n"
			       "Q: Is the budget sound?\n\n"
			       "A: I think the budget is sound.\n\n"
			       "Q - Critics say the budget is too big. Is it?\n\n"
			       "A: No.\n\n"
			       "Q \u2014 You said in May that taxes would not rise.\n\n"
			       "A: I did.\n\n"
			       "Q: Did you say that the port would close?\n\n"
			       "A: No.\n");
	struct fixture g = run("Budget\n\nYou said in May that taxes would not rise.\n");

	for (size_t i = 0; i < f.l->n; i++) {
		const struct claim *c = &f.l->items[i];
		CHECK(c->speaker.end - c->speaker.start != 1 || f.text[c->speaker.start] != 'Q');
		CHECK(c->speaker.start == c->speaker.end || f.text[c->speaker.start] != 'Q');
		CHECK(!content_holds(&f, c, "the port would close"));
	}
	cue_speaker_resolves(&f, "I", "think", "Ana Ruiz");
	speaker_resolves(&f, "Critics", "Critics");
	claim_is(&f, f.l->n - 1, CLAIM_INDIRECT, "that taxes would not rise", "You", "said",
		 "Ana Ruiz");
	CHECK(renders(&f, f.l->n - 1, "You (Ana Ruiz) said (paraphrase): taxes would not rise"));
	CHECK_EQ(g.l->n, 0);
	done(&f);
	done(&g);
}

/* A "Q" the page ran into its question (a bold Q lost) ends the answer before it: "I" in the
 * question is the writer again, and the label is not the question's words. Control: "I" in the
 * answer after it is the interviewee's. */
static void interview_glued_questions(void)
{
	struct fixture f = run("Q&A with Mayor Ana Ruiz\n\n"
			       "Mayor Ana Ruiz spoke with Tom Lee on Monday. Ruiz defended the "
			       "budget.\n\n"
			       "QIs the budget sound?\n\n"
			       "A: I think the budget is sound.\n\n"
			       "QLast week I wrote that the port would close. Will it?\n\n"
			       "A: I believe it will stay open.\n");
	const struct claim *c = NULL;

	cue_speaker_resolves(&f, "I", "think", "Ana Ruiz");
	cue_speaker_resolves(&f, "I", "believe", "Ana Ruiz");
	for (size_t i = 0; i < f.l->n; i++)
		if (content_holds(&f, &f.l->items[i], "the port would close"))
			c = &f.l->items[i];
	REQUIRE(c != NULL);
	CHECK(c->speaker_resolved == NULL || strcmp(c->speaker_resolved, "Ana Ruiz") != 0);
	done(&f);
}

/* "I’ve", "I'm" (one token, straight or curly) in an answer are the interviewee's "I", and the
 * row keeps the contraction as written ("I’ve (Ana Ruiz) been saying"); the writer's likewise
 * ("I'm (the writer) saying"), and the writers' "we’ve". "A: I have been
 * saying" is "I"'s claim, not lost to the label. Control: "O'Neill" is a name, no
 * contraction. */
static void interview_contractions(void)
{
	struct fixture f = run("Q&A with Mayor Ana Ruiz\n\n"
			       "Mayor Ana Ruiz spoke with Tom Lee on Monday. Ruiz defended the "
			       "budget.\n\n"
			       "Q: Is the budget sound?\n\n"
			       "A: Yes. I\u2019ve been saying the budget is sound.\n\n"
			       "Q: And the port?\n\n"
			       "A: I have been saying the port will open.\n");
	struct fixture g = run("Budget\n\nYes, I'm saying the budget is sound.\n\n"
			       "Yes, we\u2019ve said the port is open.\n\n"
			       "Ann O'Neill said the port is open.\n");

	CHECK(renders(&f, 1, "I\u2019ve (Ana Ruiz) been saying (paraphrase): the budget is sound"));
	/* the source right after the label, before a chain of verbs, is "I", not the label */
	CHECK(renders(&f, 2, "I (Ana Ruiz) have been saying (paraphrase): the port will open"));
	CHECK(renders(&g, 0, "I'm (the writer) saying (paraphrase): the budget is sound"));
	CHECK(renders(&g, 1, "we\u2019ve (the writers) said (paraphrase): the port is open"));
	CHECK(renders(&g, 2, "Ann O'Neill said (paraphrase): the port is open"));
	CHECK_EQ(claims_uncontracted("O'Neill", 7), 7);
	CHECK_EQ(claims_uncontracted("She\u2019s", 7), 3);
	done(&f);
	done(&g);
}

/* A document of format `format` read for its claims. */
static struct fixture run_as(const char *s, enum format format)
{
	struct fixture f;
	const char *err = NULL;
	size_t len;

	f.d = doc_load(s, strlen(s), format == FORMAT_HTML ? "t.html" : "t.md", format, &err);
	REQUIRE(f.d != NULL);
	f.l = claims_find(f.d);
	REQUIRE(f.l != NULL);
	f.text = doc_text(f.d, &len);
	return f;
}

/* "I" in a block quotation (<blockquote>, Markdown "> ") is not the writer: it is the person who
 * speaks in the paragraph that introduces it ("Cole said ..."), or no one named when that
 * paragraph names no speaker. Controls: the writer's own "I" after it stays the writer's; a
 * block quotation over many paragraphs is a page's layout, and "I" in it the writer's. */
static void block_quotation_speaker(void)
{
	struct fixture f = run_as("Deals\n\nLena Cole, the chief executive, spoke at the trial on "
				  "Tuesday. Cole said the deals take time.\n\n"
				  "> I think a deal takes years of work with the founders.\n\n"
				  "I expect the trial will run on.\n\n"
				  "The weather was cold.\n\n"
				  "> I believe the market will turn.\n",
				  FORMAT_MARKDOWN);
	struct fixture g;
	char md[2048] = "Notes\n\nThe weather was cold.\n\n";

	cue_speaker_resolves(&f, "I", "think", "Lena Cole");
	for (size_t i = 0; i < f.l->n; i++) {
		if (content_holds(&f, &f.l->items[i], "the trial will run on"))
			CHECK_STR(f.l->items[i].speaker_resolved, "I (the writer)");
		if (content_holds(&f, &f.l->items[i], "the market will turn"))
			CHECK(f.l->items[i].speaker_resolved == NULL);
	}
	CHECK(f.l->n >= 4);
	done(&f);
	for (int i = 0; i < 10; i++)
		strcat(md, "> The port was quiet all week.\n>\n");
	strcat(md, "> I think the port will open.\n");
	g = run_as(md, FORMAT_MARKDOWN);
	cue_speaker_resolves(&g, "I", "think", "I (the writer)");
	done(&g);
	f = run_as("<html><body><article><h1>Deals</h1><p>Lena Cole, the chief executive, spoke "
		   "at the trial on Tuesday. Cole said the deals take time, and that the "
		   "founders matter most of all.</p><blockquote><p>I think a deal takes years of "
		   "work with the founders of a company.</p></blockquote><p>The trial will go on "
		   "into next week, the court said on Tuesday.</p></article></body></html>",
		   FORMAT_HTML);
	cue_speaker_resolves(&f, "I", "think", "Lena Cole");
	done(&f);
}

/* A broadcast transcript (a handover to a correspondent, "Ann Lee has that.", or a sign-off,
 * "Ann Lee, VOA News, Oslo."): "I" in a sound bite is whoever speaks then, left unresolved, never
 * the writer; in a written story the same "I" is the writer. */
static void broadcast_first_person(void)
{
	struct fixture f = run("Talks on the port resume today. Ann Lee has that.\n\n"
			       "The mayor met the union on Monday.\n\n"
			       "I told them the port would stay open all winter.\n\n"
			       "Both sides will meet again next week. Ann Lee, VOA News, Oslo.\n");

	speaker_resolves(&f, "I", NULL);
	done(&f);
	f = run("Talks on the port resume today. For The World, I'm Ann Lee.\n\n"
		"I told them the port would stay open all winter.\n");
	speaker_resolves(&f, "I", NULL);
	done(&f);
	/* controls: a written story's "I"; a paragraph that ends "the paper reports." */
	f = run("Talks on the port resume today.\n\n"
		"I told them the port would stay open all winter.\n");
	speaker_resolves(&f, "I", "I (the writer)");
	done(&f);
	f = run("Talks on the port resume today, the Oslo Daily Post reports.\n\n"
		"I told them the port would stay open all winter.\n");
	speaker_resolves(&f, "I", "I (the writer)");
	done(&f);
}

int main(void)
{
	RUN(transcript_turns);
	RUN(transcript_labels_in_capitals);
	RUN(transcript_turns_after_a_mark);
	RUN(transcript_turns_after_other_marks);
	RUN(interview_answers);
	RUN(qa_labels);
	RUN(interview_questions);
	RUN(interview_glued_questions);
	RUN(block_quotation_speaker);
	RUN(interview_contractions);
	RUN(broadcast_first_person);
	return CHECK_DONE();
}
