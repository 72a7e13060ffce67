/* Unit tests of the speaker a reader would name, session 55, part two: each next to the row of
 * the same shape that stays. */
#include "claims_fixture.h"

/* "According to a filing with the Securities and Exchange Commission" showed "According to
 * Securities and Exchange Commission", and "court documents filed in Boston" showed "Boston":
 * the body or the place a document went to, which said none of it. A document "with", "in",
 * "to" or "before" somewhere, filed or sent there or not, is the source as written; one "by" or
 * "from" a body is still the body's. */
static void doc_lodged(void)
{
	static const char *const said[][2] = {
		{"According to a filing with the Securities and Exchange Commission, six patients "
		 "were taken to hospital.\n",
		 "According to a filing with the Securities and Exchange Commission (paraphrase): six "
		 "patients were taken to hospital"},
		{"According to court documents filed in Boston, the firm lied.\n",
		 "According to court documents filed in Boston (paraphrase): the firm lied"},
		{"According to a complaint filed with the Federal Trade Commission, the firm lied.\n",
		 "According to a complaint filed with the Federal Trade Commission (paraphrase): the "
		 "firm lied"},
		{"According to records submitted to the Senate Finance Committee, the firm lied.\n",
		 "According to records submitted to the Senate Finance Committee (paraphrase): the "
		 "firm lied"},
		{"A filing with the Securities and Exchange Commission showed that six patients were "
		 "taken to hospital.\n",
		 "A filing with the Securities and Exchange Commission showed (paraphrase): six "
		 "patients were taken to hospital"},
		/* stay: a document by or from a body is the body's */
		{"According to a report by the Census Bureau, incomes rose.\n",
		 "According to Census Bureau (paraphrase): incomes rose"},
		{"According to data from the Labor Department, jobs grew.\n",
		 "According to Labor Department (paraphrase): jobs grew"},
		{"According to the Census Bureau, incomes rose.\n",
		 "According to the Census Bureau (paraphrase): incomes rose"},
	};
	for (size_t i = 0; i < sizeof(said) / sizeof(said[0]); i++) {
		struct fixture f = run(said[i][0]);
		CHECK_EQ(f.l->n, 1);
		CHECK(renders(&f, 0, said[i][1]));
		done(&f);
	}
}

int main(void)
{
	doc_lodged();
	return CHECK_DONE();
}
