/* export_md: the notes, timeline and claims as CommonMark. (Without notes until that issue.) */
#include "dateline/export.h"

void export_markdown(struct buf *b, const struct doc *d, const struct timex_list *t,
		     const struct claim_list *c, const struct note_list *notes, time_t now)
{
	(void)notes;
	(void)now;
	buf_puts(b, "## Timeline\n\n");
	export_timeline(b, d, t);
	buf_puts(b, "\n## Claims\n\n");
	export_claims(b, d, c);
}
