/* test_tidy54: a photo's credit standing as its own paragraph is page furniture from the load
 * (doc_para.furniture, doc_mark_furniture()), so claims and the timeline skip it as coreference
 * did; a heading, a byline's sentence and a story paragraph stay. */
#include "claims_fixture.h"
#include "timex_fixture.h"

static struct doc *load(const char *s)
{
	const char *err = NULL;
	struct doc *d = doc_load(s, strlen(s), "t.txt", FORMAT_TEXT, &err);

	REQUIRE(d != NULL);
	return d;
}

/* The furniture flags of d's paragraphs, "F" or "-" each. */
static void flags_are(const char *s, const char *want)
{
	struct doc *d = load(s);
	char got[32] = "";
	size_t n = doc_paragraph_count(d);

	for (size_t p = 0; p < n && p + 1 < sizeof(got); p++)
		got[p] = doc_paragraph(d, p)->furniture ? 'F' : '-';
	got[n < sizeof(got) ? n : sizeof(got) - 1] = '\0';
	if (strcmp(got, want) != 0)
		fprintf(stderr, "  \"%s\": %s, want %s\n", s, got, want);
	CHECK_STR(got, want);
	doc_free(d);
}

static void credit_is_furniture(void)
{
	flags_are("Deal done\n\n"
		  "Talks resumed on Monday.\n\n"
		  "Photo: John Smith / Reuters\n\n"
		  "Jane Doe/AFP\n\n"
		  "[Video: Talks resume]\n\n"
		  "The deal was done, the minister said.\n",
		  "--FFF-");
	/* stays: the title (a heading) that names an agency, a story paragraph that names one, a
	 * sentence that opens with "By" */
	flags_are("Bloomberg Says Stocks Fall\n\n"
		  "Reuters reported that the deal was done.\n\n"
		  "By Monday, Mary Smith had read the draft.\n",
		  "---");
}

/* "Photo: Protesters gather in Tahrir Square on March 3, 2016, police said." showed "police
 * said (paraphrase): Photo: Protesters gather ..." and a timeline row of March 3, 2016: a
 * photo's caption read as the story. */
static void credit_is_no_claim_nor_event(void)
{
	const char *s =
		"Protests resume\n\n"
		"Photo: Protesters gather in Tahrir Square on March 3, 2016, police said.\n\n"
		"Protesters gathered in Tahrir Square on March 3, 2016, police said.\n";
	struct fixture f = run(s);

	CHECK_EQ(f.l->n, 1);
	if (f.l->n)
		CHECK(span_is(&f, f.l->items[0].content,
			      "Protesters gathered in Tahrir Square on March 3, 2016"));
	done(&f);
	timex_expect_events(s, "2016-03-05", "Mar 3, 2016", NULL);
}

int main(void)
{
	RUN(credit_is_furniture);
	RUN(credit_is_no_claim_nor_event);
	return CHECK_DONE();
}
