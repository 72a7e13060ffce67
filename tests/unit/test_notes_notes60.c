/* test_notes_notes60: (1) an unrelated article saved under an old article's file name listed the
 * old article's notes as its own, detached, mixed into its list; now they are another article's
 * (foreign, listed last and counted apart, in the export under their own words), while an edited
 * version of the same article keeps its detached notes as its own. (2) A draft kept by a reader
 * of another host was never made a note: another host's reader cannot be asked whether it is
 * gone. Now any reader's draft not kept again for a day is taken as left, like a kept draft of a
 * reader that has ended; a fresh one of another host, and this reader's own, stay drafts. (3)
 * An export to a file in a folder that cannot be written is refused with the reason, and
 * nothing is left there. Each next to what stays. */
#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "home_fixture.h"
#include "dateline/export.h"
#include "dateline/notes.h"

static const char ferry[] =
	"Harbour town votes on new ferry\n"
	"\n"
	"The council of Port Amsel voted on Tuesday to buy a second ferry for the crossing to the "
	"island, after a summer of queues that stretched past the old customs house.\n"
	"\n"
	"\"We cannot ask people to wait three hours for a boat,\" said Mara Velt, who chairs the "
	"transport committee.\n"
	"\n"
	"Opponents said the money would be better spent on the pier, which has been closed to "
	"lorries since a storm in March.\n";

static const char orchard[] =
	"Orchard growers count a late frost\n"
	"\n"
	"Apple growers in the upper valley lost a third of the blossom to a frost in the last week "
	"of April, the growers' association said on Monday.\n"
	"\n"
	"\"It came when the trees were most open,\" said Ilse Brandt, who farms forty hectares "
	"above Lindau.\n"
	"\n"
	"Insurers expect claims to rise for the second year running.\n";

/* ferry with its third paragraph rewritten: the quotation's passage is gone, the paragraphs
 * around it are as they were. */
static const char ferry_edited[] =
	"Harbour town votes on new ferry\n"
	"\n"
	"The council of Port Amsel voted on Tuesday to buy a second ferry for the crossing to the "
	"island, after a summer of queues that stretched past the old customs house.\n"
	"\n"
	"Mara Velt, who chairs the committee, welcomed the vote in a short statement.\n"
	"\n"
	"Opponents said the money would be better spent on the pier, which has been closed to "
	"lorries since a storm in March.\n";

/* Writes text to path and reads it as an article. */
static struct doc *save_and_load(const char *path, const char *text)
{
	struct doc *d = NULL;
	FILE *f = fopen(path, "wb");
	REQUIRE(f != NULL);
	fputs(text, f);
	fclose(f);
	REQUIRE_EQ(doc_read_file(path, FORMAT_TEXT, &d), 0);
	return d;
}

static struct span span_of(const struct doc *d, const char *needle)
{
	size_t len;
	const char *t = doc_text(d, &len);
	const char *p = strstr(t, needle);
	REQUIRE(p != NULL);
	return (struct span){(size_t)(p - t), (size_t)(p - t) + strlen(needle)};
}

/* d's notes as a fresh handle loads them: "text" for a placed note, "text (detached)" or "text
 * (foreign)", joined by " | "; *foreign the list's count. The caller frees. */
static char *notes_of(const char *dbp, const struct doc *d, size_t *foreign)
{
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	struct buf b = BUF_INIT;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(notes_load(db, d, &l), 0);
	for (size_t i = 0; i < l->n; i++) {
		const struct note *n = &l->items[i];
		buf_printf(&b, "%s%s%s", i ? " | " : "", n->text,
			   n->foreign    ? " (foreign)"
			   : n->detached ? " (detached)"
					 : "");
		CHECK(!n->foreign || n->detached);
	}
	*foreign = l->foreign;
	if (!b.data)
		buf_puts(&b, "");
	note_list_free(l);
	notes_close(db);
	return buf_detach(&b, NULL);
}

/* The notes of an article once at this path whose text has nothing in common with the one there
 * now are another article's; an edited version keeps its own, placed or detached. */
static void other_article_at_the_path(void)
{
	char *dbp = path_in("o.db"), *src = path_in("story.txt");
	struct doc *d = save_and_load(src, ferry);
	struct notes_db *db = NULL;
	size_t foreign = 9;
	int64_t id = 0;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_add(db, d, NOTE_SELECTION, span_of(d, "wait three hours for a boat"),
			   "On the boat", &id),
		 0);
	CHECK_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Opponents said the money"),
			   "On the pier", &id),
		 0);
	notes_close(db);
	doc_free(d);

	/* what stays: the edited version; the pier note placed, the boat note detached, both its
	 * own (the paragraphs around the lost passage are still there) */
	d = save_and_load(src, ferry_edited);
	char *got = notes_of(dbp, d, &foreign);
	CHECK_STR(got, "On the pier | On the boat (detached)");
	CHECK_EQ(foreign, 0);
	free(got);
	/* again, once the placed note is keyed to the edited text (and the detached one with it,
	 * though nothing of its own passage is left): the same */
	got = notes_of(dbp, d, &foreign);
	CHECK_STR(got, "On the pier | On the boat (detached)");
	CHECK_EQ(foreign, 0);
	free(got);
	doc_free(d);

	/* another article saved under the name: the two notes are not its own */
	d = save_and_load(src, orchard);
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Insurers expect"), "On insurers",
			   &id),
		 0);
	notes_close(db);
	got = notes_of(dbp, d, &foreign);
	CHECK_STR(got, "On insurers | On the boat (foreign) | On the pier (foreign)");
	CHECK_EQ(foreign, 2);
	free(got);

	/* exported apart, in words of their own */
	struct notes_db *ro = NULL;
	struct note_list *l = NULL;
	struct export_sink s;
	struct buf out = BUF_INIT;
	REQUIRE_EQ(notes_open_readonly(dbp, &ro), 0);
	REQUIRE_EQ(notes_load(ro, d, &l), 0);
	export_sink_buf(&s, &out);
	CHECK_EQ(export_markdown(&s, d, NULL, NULL, l, 0), 0);
	CHECK(out.data && strstr(out.data, "### 2. Another article · selection") != NULL);
	CHECK(out.data && strstr(out.data, "of another article that was at this path") != NULL);
	CHECK(out.data && strstr(out.data, "> wait three hours for a boat") != NULL);
	CHECK(out.data && strstr(out.data, "On the boat") != NULL);
	buf_free(&out);
	note_list_free(l);
	notes_close(ro);
	doc_free(d);

	/* the first article saved back: its notes are its own again */
	d = save_and_load(src, ferry);
	got = notes_of(dbp, d, &foreign);
	CHECK_STR(got, "On the boat | On the pier | On insurers (foreign)");
	CHECK_EQ(foreign, 1);
	free(got);
	doc_free(d);
	free(dbp);
	free(src);
}

/* Sets the time a draft was last kept, as if it had been kept secs ago. */
static void age_drafts(const char *dbp, long secs)
{
	sqlite3 *s = NULL;
	char sql[128];

	REQUIRE_EQ(sqlite3_open(dbp, &s), SQLITE_OK);
	snprintf(sql, sizeof(sql), "UPDATE drafts SET modified = %lld",
		 (long long)time(NULL) - secs);
	CHECK_EQ(sqlite3_exec(s, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(s);
}

/* d's notes as a fresh handle loads them, joined by " | "; *drafts the count made notes. */
static char *texts_of(const char *dbp, const struct doc *d, size_t *drafts)
{
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	struct buf b = BUF_INIT;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(notes_load(db, d, &l), 0);
	for (size_t i = 0; i < l->n; i++)
		buf_printf(&b, "%s%s", i ? " | " : "", l->items[i].text);
	*drafts = l->drafts;
	note_list_free(l);
	notes_close(db);
	return buf_detach(&b, NULL);
}

/* Another host's draft left for more than a day is made a note; a fresh one is not, nor this
 * reader's own however old; a live process of this host left a day ago (its number taken
 * again since) is taken as gone too. */
static void stale_draft_of_another_host(void)
{
	char *dbp = path_in("h.db"), *src = path_in("host.txt");
	struct doc *d = save_and_load(src, ferry);
	struct notes_db *db = NULL;
	size_t drafts = 9;
	int64_t id = 0;
	char me[300], parent[300];

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Opponents said"), "B's text", &id),
		   0);
	CHECK_EQ(notes_draft_keep(db, id, "elsewhere.example:4242", "their draft"), 0);
	notes_draft_owner(me, sizeof(me));
	CHECK_EQ(notes_draft_keep(db, id, me, "my own draft"), 0);
	/* what stays: fresh, neither is made a note */
	char *t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "B's text");
	CHECK_EQ(drafts, 0);
	free(t);
	/* an hour: still not */
	age_drafts(dbp, 3600);
	t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "B's text");
	free(t);
	/* two days: the other host's is a note; this reader's own stays a draft */
	age_drafts(dbp, 2 * 24 * 3600);
	t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "B's text | their draft");
	CHECK_EQ(drafts, 1);
	free(t);
	CHECK_EQ(notes_draft_drop(db, id, me), 0);
	/* a live process of this host (the parent) whose draft is two days old */
	snprintf(parent, sizeof(parent), "%.*s:%ld", (int)(strrchr(me, ':') - me), me,
		 (long)getppid());
	CHECK_EQ(notes_draft_keep(db, id, parent, "a reader long gone"), 0);
	t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "B's text | their draft");
	CHECK_EQ(drafts, 0);
	free(t);
	age_drafts(dbp, 2 * 24 * 3600);
	t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "B's text | their draft | a reader long gone");
	CHECK_EQ(drafts, 1);
	free(t);
	notes_close(db);
	doc_free(d);
	free(dbp);
	free(src);
}

/* NOBODY_FAILED: how a child that could not give up root says so. */
#define NOBODY_FAILED 255

/* export_write_file(file) in a child that gave up root for nobody (65534), where dir, owned by
 * nobody, is read-only: its result, or NOBODY_FAILED when the child could not become nobody. */
static int export_as_nobody(const char *dir, const char *file)
{
	int status = 0;
	pid_t pid;

	if (chown(dir, 65534, 65534) != 0 || chmod(tmp, 0711) != 0)
		return NOBODY_FAILED;
	pid = fork();
	if (pid == 0) {
		if (setgid(65534) != 0 || setuid(65534) != 0 || geteuid() == 0)
			_exit(NOBODY_FAILED);
		_exit(-export_write_file(file, "x\n", 2));
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		status = NOBODY_FAILED << 8;
	chmod(tmp, 0700);
	if (chown(dir, 0, 0) != 0)
		return NOBODY_FAILED;
	return WEXITSTATUS(status) == NOBODY_FAILED ? NOBODY_FAILED : -WEXITSTATUS(status);
}

/* An export into a folder that cannot be written: refused with -EACCES, nothing left there; the
 * same file name in a writable folder is written. Root writes in any folder: there the refusal is
 * shown by a child that gives up root; and what root cannot write through is refused for everyone
 * alike: a folder that is a file (-ENOTDIR) and a file whose mode says read-only (-EACCES, since
 * root would otherwise replace it), the old file kept as it was and nothing left beside it. */
static void export_into_read_only_folder(void)
{
	char *dir = path_in("ro"), *file = path_in("ro/out.md"), *plain = path_in("plain");
	char *under = path_in("plain/out.md"), *kept = path_in("ro/kept.md");
	struct stat st;
	char *s;

	REQUIRE_EQ(mkdir(dir, 0700), 0);
	REQUIRE_EQ(chmod(dir, 0500), 0);
	if (access(dir, W_OK) != 0) {
		CHECK_EQ(export_write_file(file, "x\n", 2), -EACCES);
	} else {
		int rc = export_as_nobody(dir, file);
		if (rc == NOBODY_FAILED)
			fprintf(stderr,
				"# could not become nobody: the read-only folder is not shown\n");
		else
			CHECK_EQ(rc, -EACCES);
	}
	CHECK(stat(file, &st) != 0);
	CHECK_EQ(count_entries(dir), 0);
	REQUIRE_EQ(chmod(dir, 0700), 0);
	CHECK_EQ(export_write_file(file, "x\n", 2), 0);
	CHECK(stat(file, &st) == 0 && st.st_size == 2);
	/* for root too: a folder that is a file */
	REQUIRE_EQ(export_write_file(plain, "a file\n", 7), 0);
	CHECK_EQ(export_write_file(under, "x\n", 2), -ENOTDIR);
	CHECK(stat(plain, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 7);
	/* and a file made read-only: kept as it was, no temporary file beside it */
	REQUIRE_EQ(export_write_file(kept, "the old export\n", 15), 0);
	REQUIRE_EQ(chmod(kept, 0444), 0);
	CHECK_EQ(export_write_file(kept, "new\n", 4), -EACCES);
	s = slurp(kept);
	CHECK_STR(s ? s : "(none)", "the old export\n");
	free(s);
	CHECK_EQ(count_entries(dir), 2);
	/* what stays: made writable again, it is replaced */
	REQUIRE_EQ(chmod(kept, 0644), 0);
	CHECK_EQ(export_write_file(kept, "new\n", 4), 0);
	s = slurp(kept);
	CHECK_STR(s ? s : "(none)", "new\n");
	free(s);
	free(dir);
	free(file);
	free(plain);
	free(under);
	free(kept);
}

int main(void)
{
	home_begin("notes60");
	RUN(other_article_at_the_path);
	RUN(stale_draft_of_another_host);
	RUN(export_into_read_only_folder);
	return home_end();
}
