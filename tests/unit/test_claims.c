/* Unit tests of the claims module: each construction with exact spans, speaker resolution and
 * pathological input. */
#include "check.h"
#include "dateline/claims.h"

#include <stdlib.h>

#include "../../src/claims_int.h"

struct fixture {
	struct doc *d;
	struct claim_list *l;
	const char *text;
};

static struct fixture run_bytes(const char *s, size_t n)
{
	struct fixture f;
	const char *err = NULL;
	size_t len;

	f.d = doc_load(s, n, "t.txt", FORMAT_TEXT, &err);
	REQUIRE(f.d != NULL);
	f.l = claims_find(f.d);
	REQUIRE(f.l != NULL);
	f.text = doc_text(f.d, &len);
	return f;
}

static struct fixture run(const char *s)
{
	return run_bytes(s, strlen(s));
}

/* A span boundary in valid UTF-8 text falls between characters. */
static bool on_char(const char *t, size_t len, size_t i)
{
	return i >= len || ((unsigned char)t[i] & 0xC0) != 0x80;
}

/* What every claim list must satisfy, whatever the input: spans inside the text (the content
 * never empty), in text order (content start, content end, cue), on character boundaries when
 * the text is valid UTF-8, the paragraph the content starts in, a resolved speaker never empty.
 * Returns the number of claims that break one of these (each reported). */
static size_t claims_sane(const struct fixture *f)
{
	size_t len, bad = 0;
	const char *t = doc_text(f->d, &len);
	bool valid = text_valid_prefix(t, len) == len;

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i], *p = i ? c - 1 : NULL;
		const struct span sp[3] = {c->content, c->speaker, c->cue};
		bool ok = c->content.start < c->content.end &&
			  c->paragraph == doc_paragraph_at(f->d, c->content.start) &&
			  (!c->speaker_resolved || c->speaker_resolved[0]);
		for (int k = 0; k < 3; k++)
			ok = ok && sp[k].start <= sp[k].end && sp[k].end <= len &&
			     (!valid ||
			      (on_char(t, len, sp[k].start) && on_char(t, len, sp[k].end)));
		if (p && ok)
			ok = p->content.start < c->content.start ||
			     (p->content.start == c->content.start &&
			      (p->content.end < c->content.end ||
			       (p->content.end == c->content.end && p->cue.start <= c->cue.start)));
		if (!ok) {
			fprintf(stderr,
				"  claim %zu: content [%zu,%zu) speaker [%zu,%zu) cue [%zu,%zu) "
				"paragraph %zu of text length %zu\n",
				i, c->content.start, c->content.end, c->speaker.start,
				c->speaker.end, c->cue.start, c->cue.end, c->paragraph, len);
			bad++;
		}
	}
	return bad;
}

/* Checks the invariants of the list, then frees the fixture. */
static void done(struct fixture *f)
{
	CHECK_EQ(claims_sane(f), 0);
	claim_list_free(f->l);
	doc_free(f->d);
}

/* True when span sp holds exactly the text want. */
static int span_is(const struct fixture *f, struct span sp, const char *want)
{
	size_t n = strlen(want);

	if (sp.end - sp.start != n || strncmp(f->text + sp.start, want, n) != 0) {
		fprintf(stderr, "  span [%zu,%zu) = \"%.*s\", want \"%s\"\n", sp.start, sp.end,
			(int)(sp.end - sp.start), f->text + sp.start, want);
		return 0;
	}
	return 1;
}

/* Checks claim i: kind, content, speaker, cue and resolved speaker (NULL: none expected). */
static void claim_is(const struct fixture *f, size_t i, enum claim_kind kind, const char *content,
		     const char *speaker, const char *cue, const char *resolved)
{
	const struct claim *c;

	CHECK(i < f->l->n);
	if (i >= f->l->n)
		return;
	c = &f->l->items[i];
	CHECK_EQ(c->kind, kind);
	CHECK(span_is(f, c->content, content));
	if (speaker)
		CHECK(span_is(f, c->speaker, speaker));
	else
		CHECK_EQ(c->speaker.end - c->speaker.start, 0);
	if (cue)
		CHECK(span_is(f, c->cue, cue));
	if (resolved)
		CHECK_STR(c->speaker_resolved, resolved);
}

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
		 "saying", "Chinese regulators");
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

static void resolution_pronouns_and_short_names(void)
{
	struct fixture f = run("NVIDIA chief Huang Renxun arrived in Taipei.\n\n"
			       "He said that demand was strong. Mr. Huang added that prices would "
			       "rise. \"We are ready,\" Huang said. The company said it was "
			       "hiring.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "that demand was strong", "He", "said",
		 "NVIDIA chief Huang Renxun");
	claim_is(&f, 1, CLAIM_INDIRECT, "that prices would rise", "Mr. Huang", "added",
		 "NVIDIA chief Huang Renxun");
	claim_is(&f, 2, CLAIM_DIRECT, "We are ready,", "Huang", "said",
		 "NVIDIA chief Huang Renxun");
	claim_is(&f, 3, CLAIM_INDIRECT, "it was hiring", "The company", "said", NULL);
	CHECK(f.l->n == 4 && f.l->items[3].speaker_resolved != NULL);
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
	/* a quotation interrupted by its cue, 50,000 times: one direct claim per cue */
	f = run_big("\"a,\" he said, ", 50000);
	REQUIRE_EQ(f.l->n, 50000);
	CHECK_EQ(count_claims(&f, CLAIM_DIRECT, "he", "said"), 50000);
	CHECK(span_is(&f, f.l->items[0].content, "a,\" he said, \"a,"));
	done(&f);
	/* an attribution and a cue in every unit: two claims each */
	f = run_big("According to X, Y said: ", 50000);
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
	RUN(resolution_pronouns_and_short_names);
	RUN(cues_inside_quotes_ignored);
	RUN(noun_cues_are_not_verbs);
	RUN(pathological_unmatched_quotes);
	RUN(pathological_he_said_that);
	RUN(odd_bytes);
	return CHECK_DONE();
}
