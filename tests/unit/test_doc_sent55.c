/* Unit tests of where a sentence ends after an abbreviation, found in session 55: a company form
 * that leads a name ("Cie. Financiere de Paribas") ends none, a street's kind after its name
 * ("Elm St.") ends one before a word that starts a sentence; each next to the case that stays. */
#include "claims_fixture.h"

/* The number of sentences of the paragraph after the title "T". */
static size_t sentences(const char *body)
{
	char buf[512];
	const char *err = NULL;

	snprintf(buf, sizeof(buf), "T\n\n%s\n", body);
	struct doc *d = doc_load(buf, strlen(buf), "t.txt", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	size_t n = doc_paragraph_count(d) == 2 ? doc_paragraph(d, 1)->nsentences : 0;
	doc_free(d);
	return n;
}

/* "The bid by Cie. Financiere de Paribas was rejected on Friday, the company said." was cut
 * after "Cie.": the claims showed "Financiere de Paribas said (paraphrase): Financiere de
 * Paribas was rejected on Friday". */
static void company_form_leads_name(void)
{
	CHECK_EQ(sentences("The bid by Cie. Financiere de Paribas was rejected on Friday, the "
			   "company said."),
		 1);
	CHECK_EQ(sentences("The ore came from Cia. Vale do Rio Doce, the miner said."), 1);
	CHECK_EQ(sentences("The bid by Gebr. Heinemann was rejected."), 1);
	/* stay: one that ends a name before a word that starts a sentence ends it; an acronym
	 * written in capitals is no company form */
	CHECK_EQ(sentences("The deal went to Lazard Freres & Cie. The bank said it was pleased."),
		 2);
	CHECK_EQ(sentences("The spill was reported to the CIE. Officials said it was small."), 2);
	CHECK_EQ(sentences("The deal went to Acme Corp. The firm said it was pleased."), 2);
}

/* "... analyst at the brokerage Cholet-Dupont & Cie. Mr. de Cholet said Mr. Fournier's biggest
 * hope was ..." ran on as one sentence: "Mr." begins a person's name, never goes on with a
 * firm's or a street's. */
static void title_after_name_end(void)
{
	CHECK_EQ(sentences("said an analyst at Cholet-Dupont & Cie. Mr. de Cholet said the bid "
			   "would fail."),
		 2);
	CHECK_EQ(sentences("He works for Nord Berg Ltd. Mrs. Lund said he was late."), 2);
	CHECK_EQ(sentences("The office is on Elm St. Ms. Rao said it would close."), 2);
	/* stay: a title word with no stop, a name, and "Mr." after a title of its own */
	CHECK_EQ(sentences("He works for Nord Berg Ltd. Mr Lund said he was late."), 1);
	CHECK_EQ(sentences("He works for Acme Corp. Mrsky Holdings said so."), 1);
	CHECK_EQ(sentences("He met Dr. Mr. Smith on Monday."), 1);

	struct fixture f = run("The bid by Cie. Financiere de Paribas was rejected on Friday, the "
			       "company said.\n");
	/* the content is the whole clause and the speaker "the company" (whom it names is
	 * coreference's call) */
	REQUIRE(f.l->n == 1);
	CHECK(span_is(&f, f.l->items[0].content,
		      "The bid by Cie. Financiere de Paribas was rejected on Friday"));
	CHECK(span_is(&f, f.l->items[0].speaker, "the company"));
	done(&f);
}

/* "He lives on Elm St. The mayor said the road would close in March." was one sentence. */
static void street_ends_sentence(void)
{
	CHECK_EQ(sentences("He lives on Elm St. The mayor said the road would close in March."), 2);
	CHECK_EQ(sentences("The shop is on 42nd St. It opened in March."), 2);
	CHECK_EQ(sentences("The firm moved to Fifth Ave. Its lease ran out."), 2);
	/* stay: "St." before a name, a street's kind inside a name, "U.S." before a name */
	CHECK_EQ(sentences("He flew to St. Louis on Monday."), 1);
	CHECK_EQ(sentences("They met at St. Paul's Cathedral on Monday."), 1);
	CHECK_EQ(sentences("He waited at Elm St. Station for an hour."), 1);
	CHECK_EQ(sentences("He sold his U.S. Steel shares."), 1);
	CHECK_EQ(sentences("He moved to the U.S. The president said so."), 2);
	CHECK_EQ(sentences("He met Dr. Smith at No. 5 Elm St. on Monday."), 1);
}

int main(void)
{
	RUN(company_form_leads_name);
	RUN(street_ends_sentence);
	RUN(title_after_name_end);
	return CHECK_DONE();
}
