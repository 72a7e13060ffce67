/* Unit tests of the claims module: each construction with exact spans, speaker resolution and
 * pathological input. */
#include "claims_fixture.h"

#include "../../src/claims_int.h"

static void lists_sorted(void)
{
	CHECK(claims_lex_check());
}

static void direct_inverted(void)
{
	struct fixture f = run("\"We will win this race,\" Maria Lopez said on Tuesday.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We will win this race,", "Maria Lopez", "said",
		 "Maria Lopez");
	CHECK_EQ(f.l->items[0].paragraph, 0);
	done(&f);
}

static void direct_said_name(void)
{
	struct fixture f =
		run("\u201cThe plan is dead,\u201d said Jon Alterman, an analyst with the "
		    "center.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "The plan is dead,",
		 "Jon Alterman, an analyst with the center", "said", "Jon Alterman");
	done(&f);
}

static void direct_colon_forward(void)
{
	struct fixture f =
		run("The minister told reporters: \u00abNous ne c\u00e9derons pas.\u00bb\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Nous ne c\u00e9derons pas.", "The minister", "told", NULL);
	done(&f);
}

static void direct_cjk_marks(void)
{
	struct fixture f =
		run("Tanaka said: \u300cWe are ready.\u300d Sato added: \u300eNot yet.\u300f\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "We are ready.", "Tanaka", "said", "Tanaka");
	claim_is(&f, 1, CLAIM_DIRECT, "Not yet.", "Sato", "added", "Sato");
	done(&f);
}

static void direct_single_curly(void)
{
	struct fixture f =
		run("Voters\u2019 anger is real. Smith said: \u2018It\u2019s over.\u2019\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "It\u2019s over.", "Smith", "said", NULL);
	done(&f);
}

static void direct_several_sentences_and_run_on(void)
{
	/* A quotation of several sentences, interrupted by its cue, and run on after it. */
	struct fixture f = run("\"First point. Second point,\" Ann Lee said. \"Third point.\"\n\n"
			       "Next paragraph.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "First point. Second point,\" Ann Lee said. \"Third point.",
		 "Ann Lee", "said", NULL);
	done(&f);
}

static void direct_interrupted(void)
{
	struct fixture f =
		run("\u201cJudge,\u201d Brafman said, \u201cI have never seen this.\u201d\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Judge,\u201d Brafman said, \u201cI have never seen this.",
		 "Brafman", "said", NULL);
	done(&f);
}

static void direct_over_paragraphs(void)
{
	/* The opening mark is repeated at the start of the next paragraph, with no closing one. */
	struct fixture f = run("Kim said: \u201cWe started in a garage.\n\n"
			       "\u201cNow we employ thousands.\u201d\n\nThe end.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We started in a garage.\n\n\u201cNow we employ thousands.",
		 "Kim", "said", NULL);
	done(&f);
}

static void scare_quotes_are_not_claims(void)
{
	struct fixture f = run("The so-called \"deal\" was a \"historic\" mistake for the city.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

static void indirect_that(void)
{
	struct fixture f = run("Senator Jane Doe said that the bill would pass next week.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the bill would pass next week", "Senator Jane Doe",
		 "said", NULL);
	done(&f);
}

static void indirect_without_that_and_verbs(void)
{
	struct fixture f = run("The company warned profits would fall. Analysts argued the "
			       "forecast was too low. Officials also noted that exports rose.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "profits would fall", "The company", "warned", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the forecast was too low", "Analysts", "argued", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that exports rose", "Officials", "also noted", NULL);
	done(&f);
}

static void indirect_told_object(void)
{
	struct fixture f = run("Rubio told a crowd in Miami that he would stay in the race.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that he would stay in the race", "Rubio", "told", NULL);
	done(&f);
}

static void indirect_inverted(void)
{
	struct fixture f = run("The economy is slowing, the central bank said.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "The economy is slowing", "the central bank", "said", NULL);
	done(&f);
}

static void indirect_statement_saying(void)
{
	struct fixture f = run("In September, Chinese regulators issued a statement saying that "
			       "the firm broke the law.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that the firm broke the law", "Chinese regulators",
		 "issued a statement saying", "Chinese regulators");
	done(&f);
}

static void indirect_adding(void)
{
	struct fixture f =
		run("Lee said the talks failed, adding that a deal was still possible.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the talks failed", "Lee", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "that a deal was still possible", "Lee", "adding", NULL);
	done(&f);
}

static void belief_and_hope(void)
{
	struct fixture f = run("Paul Smith hopes that prices will drop. He expects a recovery.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "that prices will drop", "Paul Smith", "hopes", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "a recovery", "He", "expects", "Paul Smith");
	done(&f);
}

static void according_to_front_and_back(void)
{
	struct fixture f = run("According to Reuters, the plant will close. The deal collapsed, "
			       "according to two people familiar with the talks.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "the plant will close", "Reuters", "According to",
		 "Reuters");
	claim_is(&f, 1, CLAIM_ACCORDING_TO, "The deal collapsed",
		 "two people familiar with the talks", "according to", NULL);
	done(&f);
}

static void reported_and_quoted_as_saying(void)
{
	struct fixture f = run("Maria Chen gave an interview. The newspaper quoted her as saying "
			       "\"the market is gone.\" Bloomberg reported that sales fell.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "the market is gone.", "her", "quoted", "Maria Chen");
	claim_is(&f, 1, CLAIM_INDIRECT, "that sales fell", "Bloomberg", "reported", "Bloomberg");
	done(&f);
}

static void in_a_statement(void)
{
	struct fixture f = run("In a statement, the ministry said the rules would change.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the rules would change", "the ministry", "said", NULL);
	done(&f);
}

static void headline_colon(void)
{
	struct fixture f = run("Graham: \"Trump cannot win\"\n\nSenator Lindsey Graham spoke.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Trump cannot win", "Graham", ":", NULL);
	done(&f);
}

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

/* A tweet set in the page and signed "— Name (@handle) Month D, YYYY" is the named author's own
 * words: direct, from the paragraph's start (after markup the text kept) to the dash, without the
 * link it ends with; a signature alone in its paragraph signs the one before. A dash before a
 * name with no handle and day signs nothing here. */
static void signed_tweets(void)
{
	struct fixture f = run("The senator posted twice on Sunday.\n\n"
			       "We will fix the bridge by May. No excuses. https://t.co/abc123 "
			       "\u2014 Ann Lee (@annlee) June 2, 2016\n\n"
			       "<tweet id=\"7\">The ferry runs \"on time\" now. \u2014 Tom Birch "
			       "(@tbirch) June 3, 2016</tweet>\n\n"
			       "Ferries are late again\n\n"
			       "\u2014 Ruth Olsen (@rolsen) June 4, 2016\n\n"
			       "The mill closed \u2014 Ruth Olsen was there.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "We will fix the bridge by May. No excuses.", "Ann Lee",
		 "\u2014", "Ann Lee");
	claim_is(&f, 1, CLAIM_DIRECT, "The ferry runs \"on time\" now.", "Tom Birch", "\u2014",
		 "Tom Birch");
	if (f.l->n > 1)
		CHECK_EQ(f.l->items[1].nquote, 3);
	claim_is(&f, 2, CLAIM_DIRECT, "Ferries are late again", "Ruth Olsen", "\u2014",
		 "Ruth Olsen");
	done(&f);
}

/* A page's prompt set between a tweet's words and its signature ("SIGN UP FOR OUR NEWSLETTER")
 * and a link run into the last word are no words of the author's; a tweet that quotes is shown
 * as one run, what it quotes inside single marks, not cut with " … ". */
static void tweet_prompts_and_inner_quotes(void)
{
	struct fixture f =
		run("The mayor posted on Sunday.\n\n"
		    "Crews wear \"Fix It Now\" hats today. See you there.https://t.co/x1y2z3 "
		    "SIGN UP FOR OUR NEWSLETTER \u2014 Ann Lee (@annlee) June 2, 2016\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "Crews wear \"Fix It Now\" hats today. See you there.",
		 "Ann Lee", "\u2014", "Ann Lee");
	CHECK(renders(&f, 0,
		      "Ann Lee: \u201cCrews wear \u2018Fix It Now\u2019 hats today. See you "
		      "there.\u201d"));
	done(&f);
}

static void resolution_pronouns_and_short_names(void)
{
	struct fixture f = run("NVIDIA chief Huang Renxun arrived in Taipei.\n\n"
			       "He said that demand was strong. Mr. Huang added that prices would "
			       "rise. \"We are ready,\" Huang said. The company said it was "
			       "hiring.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that demand was strong", "He", "said", "Huang Renxun");
	claim_is(&f, 1, CLAIM_INDIRECT, "that prices would rise", "Mr. Huang", "added",
		 "Huang Renxun");
	claim_is(&f, 2, CLAIM_DIRECT, "We are ready,", "Huang", "said", "Huang Renxun");
	claim_is(&f, 3, CLAIM_INDIRECT, "it was hiring", "The company", "said", "NVIDIA");
	done(&f);
}

static void cues_inside_quotes_ignored(void)
{
	struct fixture f = run("\"They said it would work and they said it twice,\" Ng said.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "They said it would work and they said it twice,", "Ng",
		 "said", NULL);
	done(&f);
}

static void noun_cues_are_not_verbs(void)
{
	struct fixture f = run("The report was late. His statement was brief. Nobody wanted to "
			       "explain the delay.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

static struct fixture run_big(const char *unit, size_t times)
{
	size_t n = strlen(unit);
	char *s = xmalloc(n * times + 1);
	struct fixture f;

	for (size_t i = 0; i < times; i++)
		memcpy(s + i * n, unit, n);
	s[n * times] = '\0';
	f = run(s);
	free(s);
	return f;
}

/* True when span sp holds exactly the text want (quietly). */
static bool span_eq(const struct fixture *f, struct span sp, const char *want)
{
	size_t n = strlen(want);

	return sp.end - sp.start == n && strncmp(f->text + sp.start, want, n) == 0;
}

/* The number of claims of that kind with that speaker and cue. */
static size_t count_claims(const struct fixture *f, enum claim_kind kind, const char *speaker,
			   const char *cue)
{
	size_t k = 0;

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i];
		k += c->kind == kind && span_eq(f, c->speaker, speaker) && span_eq(f, c->cue, cue);
	}
	return k;
}

static void pathological_unmatched_quotes(void)
{
	/* opening marks of every family, never closed: no quotation, and no speech either */
	struct fixture f = run_big("\" \u201c \u00ab \u300c \u2018 said ", 20000);

	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* empty quotations, paired and not, in 20,000 paragraphs: nothing is quoted */
	f = run_big("\u201c\u201c\u201d\u201d\"\"\"\n\n", 20000);
	CHECK_EQ(doc_paragraph_count(f.d), 20000);
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* a quotation opened at the start of every paragraph, never closed: no quotation, so the
	 * reported speech in each paragraph is found, one claim per paragraph */
	f = run_big("\u201cHe said that it works.\n\n", 20000);
	REQUIRE_EQ(f.l->n, 20000);
	CHECK_EQ(count_claims(&f, CLAIM_INDIRECT, "He", "said"), 20000);
	for (size_t i = 0; i < f.l->n; i++) {
		const struct claim *c = &f.l->items[i];
		if (c->paragraph != i || !span_eq(&f, c->content, "that it works")) {
			CHECK(span_is(&f, c->content, "that it works"));
			CHECK_EQ(c->paragraph, i);
			break;
		}
	}
	done(&f);
}

static void pathological_he_said_that(void)
{
	/* 100,000 cues in one sentence of one paragraph: one claim each, its content from its
	 * "that" on */
	struct fixture f = run_big("he said that ", 100000);
	size_t len;

	doc_text(f.d, &len);
	REQUIRE_EQ(f.l->n, 100000);
	CHECK_EQ(count_claims(&f, CLAIM_INDIRECT, "he", "said"), 100000);
	for (size_t i = 0; i < f.l->n; i++) {
		const struct claim *c = &f.l->items[i];
		if (c->content.start != 13 * i + 8 ||
		    strncmp(f.text + c->content.start, "that", 4)) {
			CHECK_EQ(c->content.start, 13 * i + 8);
			break;
		}
	}
	/* the last runs to the end of the sentence: the text's last byte is the trailing space */
	CHECK_EQ(f.l->items[f.l->n - 1].content.end, len - 1);
	done(&f);
	/* a quotation and its cue, 50,000 times in one paragraph: one direct claim per cue */
	f = run_big("\"a b,\" he said. ", 50000);
	REQUIRE_EQ(f.l->n, 50000);
	CHECK_EQ(count_claims(&f, CLAIM_DIRECT, "he", "said"), 50000);
	CHECK(span_is(&f, f.l->items[0].content, "a b,"));
	done(&f);
	/* an attribution and a cue in every unit: two claims each */
	f = run_big("According to X, it rained. Y said it rained. ", 50000);
	CHECK_EQ(f.l->n, 100000);
	CHECK_EQ(count_claims(&f, CLAIM_ACCORDING_TO, "X", "According to"), 50000);
	CHECK_EQ(count_claims(&f, CLAIM_INDIRECT, "Y", "said"), 50000);
	done(&f);
}

/* Odd bytes that still load as text (below the share of control and invalid bytes that makes a
 * file binary): C0 controls, an escape sequence, invalid and truncated UTF-8, lone quotation
 * marks. The claims around them are found with their exact bytes. */
static void odd_bytes(void)
{
	static const char s[] =
		"\"We will \x01win,\" Maria Lopez said.\n\n"
		"Ann Lee said that caf\xff prices \xe2\x80 rose \x1b[31m again.\n\n"
		"\"Short \xf0\x9f\x98 \x7f end,\" said Bo Li. Then \x80\x80 more.\n\n"
		"A lone \" quote and \xe2\x80\x9c another \xc0\xaf mark, he said.\n";
	const char *err = NULL;
	struct fixture f = run_bytes(s, sizeof(s) - 1);

	REQUIRE_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_DIRECT, "We will \x01win,", "Maria Lopez", "said", "Maria Lopez");
	claim_is(&f, 1, CLAIM_INDIRECT, "that caf\xff prices \xe2\x80 rose \x1b[31m again",
		 "Ann Lee", "said", "Ann Lee");
	claim_is(&f, 2, CLAIM_DIRECT, "Short \xf0\x9f\x98 \x7f end,", "Bo Li", "said", "Bo Li");
	claim_is(&f, 3, CLAIM_INDIRECT, "A lone \" quote and \xe2\x80\x9c another \xc0\xaf mark",
		 "he", "said", "Bo Li");
	done(&f);
	/* with a NUL the document is not text and never reaches the claims */
	CHECK(doc_load("\"a\" said \0 B.", 13, "t.txt", FORMAT_TEXT, &err) == NULL);
	claim_list_free(NULL);
	CHECK_STR(claim_kind_name(CLAIM_ACCORDING_TO), "according_to");
}

/* "the company" refers back to a business, never to an authority named last; with no business
 * named it stays as written. A dateline opening a paragraph is no part of the content. */
static void company_and_dateline(void)
{
	struct fixture f =
		run("Acme Corp said that prices would rise. The Ministry of Commerce said "
		    "that it would look into it. The company said that it had done nothing "
		    "wrong.\n");
	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 2, CLAIM_INDIRECT, "that it had done nothing wrong", "The company", "said",
		 "Acme Corp");
	done(&f);
	f = run("The Ministry of Commerce said that it would look into it. The company said that it "
		"had done nothing wrong.\n");
	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 1, CLAIM_INDIRECT, "that it had done nothing wrong", "The company", "said",
		 "The company");
	done(&f);
	f = run("Title\n\nTAIPEI \u2014 The chief landed on Friday, according to officials.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_ACCORDING_TO, "The chief landed on Friday", "officials",
		 "according to", NULL);
	done(&f);
}

/* the quoted span k of claim i holds exactly want */
static int quote_is(const struct fixture *f, size_t i, size_t k, const char *want)
{
	if (i >= f->l->n || k >= f->l->items[i].nquote) {
		fprintf(stderr, "  no quote %zu of claim %zu\n", k, i);
		return 0;
	}
	return span_is(f, f->l->items[i].quote[k], want);
}

/* a quotation interrupted by its tag: two spans, the tag outside; shown joined with " … " */
static void render_direct_interrupted(void)
{
	struct fixture f = run("Huang Renxun landed.\n\n\"We want to be in China,\" he told "
			       "reporters at the airport. \"The door is theirs to open.\"\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(f.l->n ? f.l->items[0].nquote : 0, 2);
	CHECK(quote_is(&f, 0, 0, "We want to be in China,"));
	CHECK(quote_is(&f, 0, 1, "The door is theirs to open."));
	CHECK(renders(&f, 0,
		      "Huang Renxun told: \u201cWe want to be in China \u2026 The door is theirs to "
		      "open.\u201d"));
	done(&f);
}

/* paraphrase has no quotation marks of its own, drops "that", says it is paraphrase; the words
 * it quotes keep balanced curly marks, the comma the writer put inside them goes after the mark
 * (the list keeps its commas, the marks only the speaker's words) */
static void render_paraphrase(void)
{
	struct fixture f = run("Huang said that NVIDIA's share had dropped from \"95% in the past "
			       "to zero,\" and \"China no longer wants our chips.\"\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(f.l->n ? f.l->items[0].nquote : 9, 0);
	CHECK(renders(&f, 0,
		      "Huang said (paraphrase): NVIDIA's share had dropped from \u201c95% in the "
		      "past to zero\u201d, and \u201cChina no longer wants our chips\u201d"));
	done(&f);
}

/* paraphrase with its tag between commas: the tag is cut out, the row names the speaker; an
 * apposition before the cue is no tag to cut */
static void render_paraphrase_tag_between_commas(void)
{
	struct fixture f = run("Con Edison workers came. For days after a storm, Con Edison "
			       "officials say, they often deal with fires.\n\n"
			       "Within months, Forte said, Whole Foods was selling eggs.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Con Edison officials say (paraphrase): For days after a storm, they often "
		      "deal with fires"));
	CHECK(renders(&f, 1,
		      "Forte said (paraphrase): Within months, Whole Foods was selling eggs"));
	done(&f);
}

/* a relative clause whose own tag opens it shows what was said after the tag and its time */
static void render_relative_tag(void)
{
	struct fixture f = run("Then came Prime, the shipping program, which Amazon founder Jeff "
			       "Bezos said last year had surpassed 100 million members.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Jeff Bezos said (paraphrase): \u2026 had surpassed 100 million members"));
	done(&f);
}

/* the same after "that": "a finish that he said defied expectations" */
static void render_relative_that(void)
{
	struct fixture f = run("Rubio came third, in a finish that he said defied expectations.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "he (unresolved) said (paraphrase): \u2026 defied expectations"));
	done(&f);
}

/* "described X as Y": the object and its "as" read with the cue, what it was described as is
 * the paraphrase */
static void render_described_as(void)
{
	struct fixture f = run("Huang spoke in London. The Financial Times described it as his "
			       "\"starkest comments yet\".\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(
		&f, 0,
		"The Financial Times described it as (paraphrase): his \u201cstarkest comments "
		"yet\u201d"));
	done(&f);
}

/* paraphrase with a quotation of the speaker after its tag: the tag is cut out and the two
 * joined with " … " (never "..., Azzouz said. “And ...”" inside the claim's words); a tag
 * after words that name the speaker cuts nothing */
static void render_paraphrase_tag_inside(void)
{
	struct fixture f =
		run("Lotfi Azzouz is a rights activist.\n\nThe attack is \u201calso aimed "
		    "at the country\u2019s security,\u201d Azzouz said. \u201cAnd it "
		    "could have political repercussions.\u201d\n");
	size_t i = 0;

	while (i < f.l->n && f.l->items[i].kind == CLAIM_DIRECT)
		i++;
	CHECK(renders(&f, i,
		      "Lotfi Azzouz said (paraphrase): The attack is \u201calso aimed at the "
		      "country\u2019s security\u201d \u2026 \u201cAnd it could have political "
		      "repercussions.\u201d"));
	done(&f);

	f = run("The budget, the minister said. \"It will pass.\"\n");
	for (i = 0; i < f.l->n; i++) {
		struct buf b = BUF_INIT;
		claims_render(&b, f.d, &f.l->items[i], NULL);
		CHECK(strstr(b.data, "\u2026") == NULL);
		buf_free(&b);
	}
	done(&f);
}

/* "think tank" is a noun, not a speaker thinking */
static void think_tank_no_cue(void)
{
	struct fixture f = run("Dean Baker of the Center, a liberal think tank, said the plan "
			       "would fail.\n");

	for (size_t i = 0; i < f.l->n; i++)
		CHECK(strncmp(f.text + f.l->items[i].cue.start, "think ", 6) != 0);
	done(&f);
}

/* a reflexive pronoun alone is no content: "merciless in defending itself" */
static void reflexive_no_content(void)
{
	struct fixture f = run("Habib Essid vowed that the country would be merciless in defending "
			       "itself.\n");

	CHECK_EQ(f.l->n, 1);
	done(&f);
}

/* a claim inside an according-to claim has it as parent; both render as paraphrase */
static void render_according_and_parent(void)
{
	struct fixture f = run("According to the Financial Times, Huang had told its summit that "
			       "China was going to win the race.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "According to the Financial Times (paraphrase): Huang had told its summit "
		      "that China was going to win the race"));
	CHECK(renders(&f, 1, "Huang had told (paraphrase): China was going to win the race"));
	CHECK_EQ(f.l->n == 2 ? f.l->items[0].parent : 0, CLAIM_NONE);
	CHECK_EQ(f.l->n == 2 ? f.l->items[1].parent : 0, 0);
	CHECK_EQ(f.l->n == 2 ? claims_depth(f.l, 1) : 0, 1);
	done(&f);
}

/* wire-style ``marks'' in a paraphrase are paired and drawn as the curly ones, one style a line */
static void render_wire_marks(void)
{
	struct fixture f =
		run("Bishop Henry Mansell said it was ``an act of madness,'' but he went "
		    "on to defend the policy.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Henry Mansell said (paraphrase): it was \u201can act of madness\u201d"));
	done(&f);
}

/* a quotation over paragraphs: one span a paragraph, the mark that opens the next left out */
static void quote_spans_over_paragraphs(void)
{
	struct fixture f = run("Ada Ng said: \u201cFirst we wait.\n\n\u201cThen we win.\u201d\n");

	CHECK_EQ(f.l->n, 1);
	CHECK_EQ(f.l->n ? f.l->items[0].nquote : 0, 2);
	CHECK(quote_is(&f, 0, 0, "First we wait."));
	CHECK(quote_is(&f, 0, 1, "Then we win."));
	CHECK(renders(&f, 0, "Ada Ng said: \u201cFirst we wait. \u2026 Then we win.\u201d"));
	done(&f);
}

/* one speaker, one id: a short name and a pronoun share the full name's; nobody has none */
static void speaker_ids(void)
{
	struct fixture f = run("Maria Lopez said the plan was dead. Jon Alterman said it was not. "
			       "She said it again. Lopez said it twice.\n");

	CHECK_EQ(f.l->n, 4);
	if (f.l->n == 4) {
		CHECK_EQ(f.l->items[0].speaker_id, 0);
		CHECK_EQ(f.l->items[1].speaker_id, 1);
		CHECK_EQ(f.l->items[2].speaker_id, 0);
		CHECK_EQ(f.l->items[3].speaker_id, 0);
	}
	done(&f);
}

/* claims_find_with() with the document's coreference built once gives the claims claims_find()
 * gives, speakers resolved through it; the coreference is the caller's after it returns */
static void shared_coref(void)
{
	struct fixture f = run("Maria Lopez, the minister, arrived. She said the plan was dead. "
			       "\"It is over,\" the minister told Reuters.\n");
	struct coref *co = coref_build(f.d);
	struct claim_list *l = claims_find_with(f.d, co);

	REQUIRE(l != NULL);
	CHECK_EQ(l->n, f.l->n);
	CHECK(l->n >= 2);
	for (size_t i = 0; i < l->n && i < f.l->n; i++) {
		const struct claim *a = &l->items[i], *b = &f.l->items[i];
		CHECK(a->content.start == b->content.start && a->content.end == b->content.end);
		CHECK(a->speaker_resolved && b->speaker_resolved);
		if (a->speaker_resolved && b->speaker_resolved)
			CHECK_STR(a->speaker_resolved, b->speaker_resolved);
		if (a->speaker_resolved)
			CHECK_STR(a->speaker_resolved, "Maria Lopez");
	}
	claim_list_free(l);
	CHECK(coref_entity_count(co) >= 1);
	coref_free(co);
	done(&f);
}

/* True when the two lists hold the same claims, field by field. */
static bool same_claims(const struct claim_list *a, const struct claim_list *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++) {
		const struct claim *x = &a->items[i], *y = &b->items[i];
		if (x->kind != y->kind || x->content.start != y->content.start ||
		    x->content.end != y->content.end || x->speaker.start != y->speaker.start ||
		    x->speaker.end != y->speaker.end || x->cue.start != y->cue.start ||
		    x->cue.end != y->cue.end || x->paragraph != y->paragraph ||
		    x->parent != y->parent || x->speaker_id != y->speaker_id ||
		    x->nquote != y->nquote || !x->speaker_resolved != !y->speaker_resolved ||
		    (x->speaker_resolved && strcmp(x->speaker_resolved, y->speaker_resolved) != 0))
			return false;
		for (size_t k = 0; k < x->nquote; k++)
			if (x->quote[k].start != y->quote[k].start ||
			    x->quote[k].end != y->quote[k].end)
				return false;
	}
	return true;
}

/* A large document read in two halves on two threads gives the claims one thread gives, wherever
 * the middle falls: between blocks, inside a quotation over several paragraphs, or inside a long
 * run of paragraphs that all continue a quotation never closed. */
static void two_halves(void)
{
	size_t saved = claims_split_min, saved_max = claims_split_max;

	for (int shape = 0; shape < 2; shape++)
		for (size_t k = 0; k < 8; k++) {
			struct buf b = BUF_INIT;
			const char *err = NULL;
			for (size_t i = 0; i < k; i++)
				buf_puts(&b, "A short paragraph of filler.\n\n");
			for (size_t i = 0; i < 24; i++) {
				buf_printf(
					&b,
					"\"We will win vote %zu,\" Mara Velt said on Tuesday.\n\n",
					i);
				buf_puts(
					&b,
					"\"The first part of a long statement.\n\n\"And it goes on "
					"here,\" the minister told reporters.\n\n");
				if (shape == 1 && i == 11)
					for (size_t r = 0; r < 12; r++)
						buf_puts(&b,
							 "\"A paragraph of a quotation that never "
							 "closes.\n\n");
				buf_puts(
					&b,
					"Analysts said that the plan would fail. He said it again.\n\n");
			}
			struct doc *d = doc_load(b.data, b.len, "t.txt", FORMAT_TEXT, &err);
			buf_free(&b);
			REQUIRE(d != NULL);
			claims_split_min = SIZE_MAX;
			struct claim_list *one = claims_find(d);
			claims_split_min = 0;
			claims_split_max = SIZE_MAX;
			struct claim_list *two = claims_find(d);
			CHECK(one->n > 40);
			CHECK(same_claims(one, two));
			claim_list_free(one);
			claim_list_free(two);
			doc_free(d);
		}
	claims_split_min = saved;
	claims_split_max = saved_max;
}

/* an implausible source gives no claim: a time, page furniture, a lone adjective */
static void implausible_sources(void)
{
	struct fixture f = run("Monday said it all. AM UTC Updated told the story.\n\n"
			       "\"We will win,\" Democratic said.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* coordinated cues give a claim each, with its own content */
static void coordinated_cues(void)
{
	struct fixture f =
		run("Huang Renxun spoke. He argued that technology wins when it is sold, "
		    "and he warned that shutting it out would hurt.\n\n"
		    "Huawei said that it would release chips, and analysts expect rivals "
		    "to gain.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that technology wins when it is sold", "He", "argued",
		 "Huang Renxun");
	claim_is(&f, 1, CLAIM_INDIRECT, "that shutting it out would hurt", "he", "warned",
		 "Huang Renxun");
	claim_is(&f, 2, CLAIM_INDIRECT, "that it would release chips", "Huawei", "said", "Huawei");
	claim_is(&f, 3, CLAIM_INDIRECT, "rivals to gain", "analysts", "expect", "analysts");
	for (size_t i = 0; i < f.l->n; i++)
		CHECK_EQ(f.l->items[i].parent, CLAIM_NONE);
	done(&f);
}

/* a claim inside another's content is its child: "said he told", "X told Y, Z said" (a belief
 * inside another claim is part of it, no child: test_claims_spur) */
static void nested_claims(void)
{
	struct fixture f =
		run("Huang Renxun said he told reporters that relations would improve.\n\n"
		    "Ms. Holt told staff the rules will change, the company said.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "he told reporters that relations would improve",
		 "Huang Renxun", "said", "Huang Renxun");
	claim_is(&f, 1, CLAIM_INDIRECT, "that relations would improve", "he", "told",
		 "Huang Renxun");
	claim_is(&f, 2, CLAIM_INDIRECT, "Ms. Holt told staff the rules will change", "the company",
		 "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the rules will change", "Ms. Holt", "told", NULL);
	if (f.l->n == 4) {
		CHECK_EQ(f.l->items[0].parent, CLAIM_NONE);
		CHECK_EQ(f.l->items[1].parent, 0);
		CHECK_EQ(f.l->items[2].parent, CLAIM_NONE);
		CHECK_EQ(f.l->items[3].parent, 2);
	}
	done(&f);
}

/* a parenthetical between a source and its cue: an apposition or a relative clause is part of
 * the source, a phrase of its own ("in a statement") is not; a title in quotation marks inside
 * an introductory phrase is no quotation of the speaker */
static void parentheticals(void)
{
	struct fixture f = run(
		"Shane Shook, a security expert who has helped investigate the breaches, said he "
		"saw no evidence.\n\n"
		"Barkley, who said he votes Democratic, said one candidate is Kasich.\n\n"
		"Corey Lewandowski, in a statement released on Thursday, said he was grateful.\n\n"
		"Sunday on \"Sunday Morning Futures,\" Rep. Darrell Issa said the emails "
		"matter.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "he saw no evidence",
		 "Shane Shook, a security expert who has helped investigate the breaches", "said",
		 "Shane Shook");
	claim_is(&f, 1, CLAIM_INDIRECT, "he votes Democratic", "who", "said", "Barkley");
	claim_is(&f, 2, CLAIM_INDIRECT, "one candidate is Kasich",
		 "Barkley, who said he votes "
		 "Democratic",
		 "said", "Barkley");
	claim_is(&f, 3, CLAIM_INDIRECT, "he was grateful", "Corey Lewandowski", "said",
		 "Corey Lewandowski");
	claim_is(&f, 4, CLAIM_INDIRECT, "the emails matter", "Rep. Darrell Issa", "said",
		 "Darrell Issa");
	done(&f);
}

/* cues that end in a preposition, and verbs with a noun phrase for content */
static void prepositional_and_np_cues(void)
{
	struct fixture f = run("Camil spoke to reporters about how Hollywood ignores Latinos.\n\n"
			       "Bush referred to Rubio as a bright leader.\n\n"
			       "Sanders railed against the billionaire class.\n\n"
			       "Ryan reiterated his support for the bill.\n\n"
			       "Trump wrote on Twitter that the rally was huge.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "how Hollywood ignores Latinos", "Camil",
		 "spoke to reporters about", "Camil");
	claim_is(&f, 1, CLAIM_INDIRECT, "Rubio as a bright leader", "Bush", "referred to", "Bush");
	claim_is(&f, 2, CLAIM_INDIRECT, "the billionaire class", "Sanders", "railed against",
		 "Sanders");
	claim_is(&f, 3, CLAIM_INDIRECT, "his support for the bill", "Ryan", "reiterated", "Ryan");
	claim_is(&f, 4, CLAIM_INDIRECT, "that the rally was huge", "Trump", "wrote", "Trump");
	done(&f);
}

/* "state" and "show" are no cues but for a document that shows; "you think ...?" asks */
static void false_cues(void)
{
	struct fixture f =
		run("Voters in the swing states say jobs matter most. He is on The Daily Show "
		    "tonight. Do you think it works? The new poll shows Clinton ahead.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "jobs matter most", "Voters in the swing states", "say",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "Clinton ahead", "The new poll", "shows", NULL);
	done(&f);
}

/* "Y, said X." and a tag after a quotation that ends the sentence before */
static void inverted_tags(void)
{
	struct fixture f = run("The nature of his campaign drove voters to the polls, said Steven "
			       "Taylor, a professor.\n\n"
			       "\"You got the names?\" Sanders said. \"Okay, great!\"\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "The nature of his campaign drove voters to the polls",
		 "Steven Taylor, a professor", "said", "Steven Taylor");
	claim_is(&f, 1, CLAIM_DIRECT, "You got the names?\" Sanders said. \"Okay, great!",
		 "Sanders", "said", "Sanders");
	CHECK(renders(&f, 1, "Sanders said: \u201cYou got the names? \u2026 Okay, great!\u201d"));
	done(&f);
}

/* sources after long appositions and parentheticals; a time before content; "said Mr. Trump" */
static void long_sources(void)
{
	struct fixture f =
		run("''I doubt it,'' Cecelia Purner, 67, a retired teacher in Allentown, "
		    "Pa., said in an interview.\n\n"
		    "Clinton, speaking to reporters Tuesday on her plane, said the FBI "
		    "resolved it.\n\n"
		    "The group is $9 million short, said former governor Ed Rendell.\n\n"
		    "The president said Tuesday his actions are lawful.\n\n"
		    "Coffman said Mr. Trump had disrespected troops.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_DIRECT, "I doubt it,",
		 "Cecelia Purner, 67, a retired teacher in Allentown, Pa.", "said",
		 "Cecelia Purner");
	claim_is(&f, 1, CLAIM_INDIRECT, "the FBI resolved it", "Clinton", "said", "Clinton");
	claim_is(&f, 2, CLAIM_INDIRECT, "The group is $9 million short",
		 "former governor Ed Rendell", "said", "Ed Rendell");
	claim_is(&f, 3, CLAIM_INDIRECT, "his actions are lawful", "The president", "said", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "Mr. Trump had disrespected troops", "Coffman", "said",
		 "Coffman");
	done(&f);
}

/* ``a quotation'' as wire text typed it: the two grave accents open what the two apostrophes
 * close */
static void grave_quotes(void)
{
	struct fixture f = run("``We will not sell the unit,'' said Bob Stone, a spokesman.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We will not sell the unit,", "Bob Stone, a spokesman",
		 "said", "Bob Stone");
	CHECK(renders(&f, 0, "Bob Stone said: \u201cWe will not sell the unit\u201d"));
	done(&f);
}

/* "he was asked about X": the passive's subject is the person asked, shown on the row with no
 * source span of its own (the text names no speaker); "she" with no one before stays no one's,
 * and "the mayor was asked" (no name) is left to the row as it was */
static void asked_subject_is_the_one_asked(void)
{
	struct fixture f = run("Huang Renxun spoke in London on Monday. At a dinner, he was asked "
			       "about the tariffs.\n\n"
			       "At the hearing, she was asked about the cost of the pier.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the tariffs", NULL, "was asked about", "Huang Renxun");
	CHECK(renders(&f, 0, "Huang Renxun, asked about (paraphrase): the tariffs"));
	claim_is(&f, 1, CLAIM_INDIRECT, "the cost of the pier", NULL, "was asked about", NULL);
	CHECK(renders(&f, 1, "(no speaker) asked about (paraphrase): the cost of the pier"));
	done(&f);
}

/* a passive "asked": the question is the content, with no source; the main clause is a claim of
 * its own */
static void asked_questions(void)
{
	struct fixture f =
		run("Asked whether he would run again, Mr. Trump said: \"I hope not.\"\n\n"
		    "When asked about the merger, she defended her decision.\n");

	CHECK_EQ(f.l->n, 4);
	/* the person asked, whom the main clause names (res17): no source span of its own */
	claim_is(&f, 0, CLAIM_INDIRECT, "whether he would run again", NULL, "Asked", "Trump");
	CHECK(renders(&f, 0, "Trump, asked (paraphrase): whether he would run again"));
	claim_is(&f, 1, CLAIM_DIRECT, "I hope not.", "Mr. Trump", "said", "Trump");
	claim_is(&f, 2, CLAIM_INDIRECT, "the merger", NULL, "asked about", NULL);
	CHECK(renders(&f, 2, "(no speaker) asked about (paraphrase): the merger"));
	claim_is(&f, 3, CLAIM_INDIRECT, "her decision", "she", "defended", NULL);
	/* "(no speaker)" stands where a name would, as the speaker part a front end sets apart
	 * (the export's bold, the pane's grouping); a named speaker's part is the name */
	struct buf b = BUF_INIT;
	struct claim_parts p;
	claims_render(&b, f.d, &f.l->items[2], &p);
	CHECK_EQ(p.who_start, 0);
	CHECK(p.who_end - p.who_start == strlen(CLAIMS_NO_SPEAKER) &&
	      memcmp(b.data, CLAIMS_NO_SPEAKER, p.who_end) == 0);
	CHECK(strcmp(b.data + p.text_start, "the merger") == 0);
	buf_clear(&b);
	claims_render(&b, f.d, &f.l->items[1], &p);
	CHECK(p.who_end - p.who_start == 5 && memcmp(b.data + p.who_start, "Trump", 5) == 0);
	buf_free(&b);
	done(&f);
}

/* a pronoun nobody resolved is no name: the row marks it, and the speaker part is not one the
 * export sets in bold as a name; a resolved "It" shows its name (control) */
static void unresolved_pronoun(void)
{
	struct fixture f =
		run("Harbour plan\n\n"
		    "They said the plan was rushed.\n\n"
		    "The harbour board said the plan was sound. It added that work would "
		    "start in May.\n\n"
		    "On the radio, he said the vote was a mistake.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "They (unresolved) said (paraphrase): the plan was rushed"));
	CHECK(claims_speaker_unresolved(f.d, &f.l->items[0]));
	CHECK(renders(&f, 2, "The harbour board added (paraphrase): work would start in May"));
	CHECK(!claims_speaker_unresolved(f.d, &f.l->items[2]));
	CHECK(!claims_speaker_unresolved(f.d, &f.l->items[1]));
	CHECK(renders(&f, 3, "he (unresolved) said (paraphrase): the vote was a mistake"));
	done(&f);
}

/* what a journalist would not call a claim: content that is only a time, a physical attack,
 * "calls that into question", a passive "called on by"; and sources a reader names */
static void reader_review(void)
{
	struct fixture f = run(
		"Thieves attacked a sperm whale with an axe. Obama attacked his rivals.\n\n"
		"A report released on Monday calls that into question.\n\n"
		"He is called on by tribes for guidance.\n\n"
		"Debris fell over Kyzyl, the Tuva government was quoted as saying late Thursday "
		"by the Interfax news agency.\n\n"
		"The leader of Ennahda, Rachid Ghannouchi, condemned the attack.\n\n"
		"The craft broke up, the Russian space agency said.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "his rivals", "Obama", "attacked", "Obama");
	claim_is(&f, 1, CLAIM_INDIRECT, "Debris fell over Kyzyl", "the Tuva government",
		 "was quoted as saying", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the attack", "The leader of Ennahda, Rachid Ghannouchi",
		 "condemned", "Rachid Ghannouchi");
	claim_is(&f, 3, CLAIM_INDIRECT, "The craft broke up", "the Russian space agency", "said",
		 "the Russian space agency");
	done(&f);
}

/* "As X reported, Y", a passive with "by", a gerund, a poll that finds, a headline's colon */
static void as_and_passive(void)
{
	struct fixture f =
		run("Rules.\n\n"
		    "As The Hill reported, Donald Trump was accused of breaking rules.\n\n"
		    "O'Malley's move was first reported by MSNBC.\n\n"
		    "Mr. Trump reported raising about $9 million.\n\n"
		    "The poll finds Clinton would beat Trump.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "Donald Trump was accused of breaking rules", "The Hill",
		 "reported", "Hill");
	claim_is(&f, 1, CLAIM_INDIRECT, "O'Malley's move", "MSNBC", "reported", "MSNBC");
	CHECK(renders(&f, 1, "MSNBC reported (paraphrase): O'Malley's move"));
	claim_is(&f, 2, CLAIM_INDIRECT, "raising about $9 million", "Mr. Trump", "reported",
		 "Donald Trump");
	claim_is(&f, 3, CLAIM_INDIRECT, "Clinton would beat Trump", "The poll", "finds", NULL);
	done(&f);
}

/* expectations and intentions: "wants to", "plans to", "is expected to" (nobody named for it);
 * "support" with its object; "nobody" says nothing */
static void intentions(void)
{
	struct fixture f = run("Trump wants to build a wall. Clinton supported the bill.\n\n"
			       "Trump is expected to speak tonight. Nobody wanted to explain.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to build a wall", "Trump", "wants", "Trump");
	claim_is(&f, 1, CLAIM_INDIRECT, "the bill", "Clinton", "supported", "Clinton");
	claim_is(&f, 2, CLAIM_INDIRECT, "Trump is expected to speak tonight", NULL, "is expected",
		 NULL);
	CHECK(renders(&f, 2, "Unattributed (expectation): Trump is expected to speak tonight"));
	done(&f);
}

/* a report nobody is named for reads as the article's own, not as a speaker "Reportedly" */
static void unsourced_report(void)
{
	struct fixture f = run("Ticket sales reportedly fell by half last year.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "Ticket sales reportedly fell by half last year", NULL,
		 "reportedly", NULL);
	CHECK(renders(&f, 0,
		      "Unattributed (reported): Ticket sales reportedly fell by half last year"));
	done(&f);
}

/* more of what a reader would object to: an addressee is no source ("told Reuters"), a page's
 * "Analysis:" no speaker, "isn't" a verb, "the fish counter" no cue, a pronoun after an
 * introductory participle the subject */
static void reader_review_2(void)
{
	struct fixture f =
		run("The figures were attacked, the source told Reuters.\n\n"
		    "Analysis: Jon Sopel, BBC News, Washington\n\n"
		    "This isn't the first time the writer has expressed anger.\n\n"
		    "He walked to the fish counter of a store that has redefined buying.\n\n"
		    "Talking about his successes, he said he was calm.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "The figures were attacked", "the source", "told", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "anger", "the writer", "has expressed", NULL);
	/* the opening participle's subject is the main clause's */
	claim_is(&f, 2, CLAIM_INDIRECT, "his successes", "he", "Talking about", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "he was calm", "he", "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(lists_sorted);
	RUN(company_and_dateline);
	RUN(direct_inverted);
	RUN(direct_said_name);
	RUN(direct_colon_forward);
	RUN(direct_cjk_marks);
	RUN(direct_single_curly);
	RUN(direct_several_sentences_and_run_on);
	RUN(direct_interrupted);
	RUN(direct_over_paragraphs);
	RUN(scare_quotes_are_not_claims);
	RUN(indirect_that);
	RUN(indirect_without_that_and_verbs);
	RUN(indirect_told_object);
	RUN(indirect_inverted);
	RUN(indirect_statement_saying);
	RUN(indirect_adding);
	RUN(belief_and_hope);
	RUN(according_to_front_and_back);
	RUN(reported_and_quoted_as_saying);
	RUN(in_a_statement);
	RUN(headline_colon);
	RUN(transcript_turns);
	RUN(signed_tweets);
	RUN(tweet_prompts_and_inner_quotes);
	RUN(resolution_pronouns_and_short_names);
	RUN(cues_inside_quotes_ignored);
	RUN(noun_cues_are_not_verbs);
	RUN(pathological_unmatched_quotes);
	RUN(pathological_he_said_that);
	RUN(odd_bytes);
	RUN(render_direct_interrupted);
	RUN(render_paraphrase);
	RUN(render_paraphrase_tag_between_commas);
	RUN(render_relative_tag);
	RUN(render_relative_that);
	RUN(render_described_as);
	RUN(render_paraphrase_tag_inside);
	RUN(think_tank_no_cue);
	RUN(reflexive_no_content);
	RUN(render_according_and_parent);
	RUN(render_wire_marks);
	RUN(quote_spans_over_paragraphs);
	RUN(speaker_ids);
	RUN(shared_coref);
	RUN(two_halves);
	RUN(implausible_sources);
	RUN(coordinated_cues);
	RUN(nested_claims);
	RUN(parentheticals);
	RUN(prepositional_and_np_cues);
	RUN(false_cues);
	RUN(inverted_tags);
	RUN(long_sources);
	RUN(asked_questions);
	RUN(asked_subject_is_the_one_asked);
	RUN(unresolved_pronoun);
	RUN(grave_quotes);
	RUN(reader_review);
	RUN(as_and_passive);
	RUN(intentions);
	RUN(unsourced_report);
	RUN(reader_review_2);
	return CHECK_DONE();
}
