/* ui_notes: writing, editing and deleting notes from the reader: the note editor and its frame,
 * naming what a note is on, and never losing a note (a question before unsaved text goes, an
 * external editor, a rescue on a signal). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reader_int.h"

void reader_notes_reload(struct reader *r)
{
	struct note_list *l = NULL;

	if (!r->db)
		return;
	if (notes_load(r->db, r->d, &l) < 0) {
		reader_status_set(r, true, "Could not read the notes: %s", notes_error(r->db));
		return;
	}
	note_list_free(r->notes);
	r->notes = l;
	notes_on_build(r);
	size_t own = l->n - l->foreign; /* the rows of the notes pane */
	if (r->sel[PANE_NOTES] >= own)
		r->sel[PANE_NOTES] = own ? own - 1 : 0;
}

/* ---- what a note is on ---- */

/* Claim i for people, made visible: "by" the resolved speaker or the source as written (an
 * unresolved "they" marked so), or "with no speaker". */
static void speaker_of(const struct reader *r, size_t i, char *out, size_t n)
{
	const struct claim *c = &r->cl->items[i];
	struct buf b = BUF_INIT;

	if (c->speaker_resolved && *c->speaker_resolved)
		text_visible(&b, c->speaker_resolved, strlen(c->speaker_resolved));
	else if (c->speaker.end > c->speaker.start)
		text_visible(&b, r->text + c->speaker.start,
			     text_fit(r->text + c->speaker.start, c->speaker.end - c->speaker.start,
				      40));
	for (size_t k = 0; k < b.len; k++)
		if (b.data[k] == '\n' || b.data[k] == '\t')
			b.data[k] = ' ';
	if (!b.len)
		snprintf(out, n, "with no speaker");
	else
		snprintf(out, n, "by %s%s", b.data,
			 claims_speaker_unresolved(r->d, c) ? " (unresolved)" : "");
	buf_free(&b);
}

/* Names what a note on span is: "¶3", "the event Nov 7, 2025 (¶11)", "the claim by Huang
 * Renxun (¶5)", "the claim with no speaker (¶5)", "a passage in ¶3". item is the event's index
 * in the timeline or the claim's in the claim list (not a row of the pane, which a filter or
 * the grouping orders otherwise), or SIZE_MAX to look for the one whose passage is span. */
static void describe(const struct reader *r, enum note_target t, struct span span, size_t item,
		     char *out, size_t n)
{
	size_t para = doc_paragraph_at(r->d, span.start) + 1;
	char what[96];

	if ((t == NOTE_EVENT || t == NOTE_CLAIM) && item == SIZE_MAX)
		item = notes_on_item(r, t, span);
	switch (t) {
	case NOTE_EVENT:
	case NOTE_CLAIM:
		if (item == SIZE_MAX) {
			snprintf(out, n, "%s in ¶%zu", t == NOTE_EVENT ? "an event" : "a claim",
				 para);
			return;
		}
		if (t == NOTE_EVENT)
			pane_event_when(r, item, what, sizeof(what));
		else
			speaker_of(r, item, what, sizeof(what));
		snprintf(out, n, "the %s %s (¶%zu)", t == NOTE_EVENT ? "event" : "claim", what,
			 para);
		return;
	case NOTE_SELECTION:
		snprintf(out, n, "a passage in ¶%zu", para);
		return;
	case NOTE_PARAGRAPH:
		break;
	}
	snprintf(out, n, "¶%zu", para);
}

/* This reader as the owner of the drafts it keeps (notes_draft_owner()). */
static const char *draft_owner(void)
{
	static char owner[300];

	if (!owner[0])
		notes_draft_owner(owner, sizeof(owner));
	return owner;
}

/* Drops the draft kept apart for the note being written (r->note_overtaken), once it is saved or
 * discarded. */
static void drop_draft(struct reader *r)
{
	if (r->note_overtaken && r->note_id && r->db)
		notes_draft_drop(r->db, r->note_id, draft_owner());
}

/* Forgets the row kept as the note was written (after Enter made it the note, or a discard took
 * it back). */
static void forget_kept(struct reader *r)
{
	free(r->note_kept);
	r->note_kept = NULL;
	r->note_kept_id = 0;
}

/* Takes back what reader_note_keep() wrote for the note being left unsaved: a new note's row goes,
 * an edited note gets its old text again; but only while the row is as this reader kept it. A
 * second reader that changed it since (their Enter) keeps their text. 0 when taken back (or
 * nothing was kept), 1 when the row was left so (now or earlier, r->note_overtaken), or the
 * negative errno of a database that refused (notes_error()). */
static int take_back(struct reader *r)
{
	int rc = 0;

	drop_draft(r);
	if (r->note_kept_id) {
		rc = notes_update_if(r->db, r->note_kept_id, r->note_kept, &r->note_version,
				     r->note_id ? (r->note_orig ? r->note_orig : "") : NULL);
		if (rc == -EAGAIN || rc == -ENOENT)
			r->note_overtaken = true;
		forget_kept(r);
		reader_notes_reload(r);
	}
	return r->note_overtaken ? 1 : rc;
}

/* Opens the editor on text (the note's at its change counter version, or "" for a new one). */
static void editor_open(struct reader *r, const char *text, int64_t version)
{
	forget_kept(r);
	r->note_version = version;
	r->note_overtaken = false;
	free(r->note_orig);
	r->note_orig = xstrdup(text);
	editor_set(&r->ed, text, true);
	r->mode = MODE_NOTE;
}

/* The list whose selected item the article shows marked on screen, after ] [ } { or Enter:
 * the item a note in the article is about; PANE_COUNT when there is none (Esc clears the mark;
 * a mark scrolled off screen is not what the reader looks at). */
static enum pane current_item_pane(struct reader *r)
{
	static const enum pane lists[] = {PANE_CLAIMS, PANE_TIMELINE};

	if (!r->has_current || !article_shows(r, r->current.start))
		return PANE_COUNT;
	for (size_t k = 0; k < sizeof(lists) / sizeof(lists[0]); k++) {
		enum pane p = lists[k];
		if (!pane_ops[p].count(r) || r->sel[p] >= pane_ops[p].count(r))
			continue;
		struct span s = pane_ops[p].extent(r, r->sel[p]);
		if (s.start == r->current.start && s.end == r->current.end)
			return p;
	}
	return PANE_COUNT;
}

void reader_annotate(struct reader *r)
{
	enum pane f = r->focus;
	size_t item = SIZE_MAX;

	if (!r->db) {
		reader_status_set(r, true, "Notes are unavailable: %s",
				  r->notes_problem ? r->notes_problem : "no notes database");
		return;
	}
	if (notes_readonly(r->db)) {
		reader_status_set(r, true,
				  "The notes database is read-only: new notes are refused");
		return;
	}
	if (f == PANE_NOTES) {
		reader_action(r, ACT_EDIT_NOTE);
		return;
	}
	enum pane jumped = f == PANE_ARTICLE ? current_item_pane(r) : PANE_COUNT;
	if (jumped != PANE_COUNT)
		f = jumped; /* the event or claim just jumped to and shown in the article */
	if (pane_ops[f].count(r)) {
		/* the selected event or claim (the article lists no items); a row of the claims
		 * pane, which a filter or the grouping orders, names its claim */
		r->note_target = pane_ops[f].note_target;
		r->note_span = pane_ops[f].extent(r, r->sel[f]);
		item = f == PANE_CLAIMS ? claims_row_claim(r, r->sel[f]) : r->sel[f];
	} else if (r->nmatches && !r->search_hidden && r->cur_match < r->nmatches &&
		   pos_cmp(pos_from_offset(r, r->matches[r->cur_match].start), r->top_pos) >= 0) {
		r->note_target = NOTE_SELECTION;
		r->note_span = r->matches[r->cur_match];
	} else if (doc_paragraph_count(r->d)) {
		struct line_pos pos = r->top_pos;
		size_t p = pos.para, place = article_place_para(r);
		/* On the blank line after a paragraph, the paragraph below is the one in view; after
		 * 12g, ¶12 though the end of the article holds the view above it. */
		if (pos.line >= reader_wrap(r, p, r->article_width)->n &&
		    p + 1 < doc_paragraph_count(r->d))
			p++;
		if (place > p)
			p = place;
		r->note_target = NOTE_PARAGRAPH;
		r->note_span = doc_paragraph(r->d, p)->span;
	} else {
		reader_status_set(r, true, "Nothing to annotate");
		return;
	}
	describe(r, r->note_target, r->note_span, item, r->note_what, sizeof(r->note_what));
	r->note_id = 0;
	editor_open(r, "", 0);
}

void reader_note_change(struct reader *r, enum ui_action a)
{
	enum pane f = r->focus;

	if (f != PANE_NOTES || r->notes->n == r->notes->foreign) {
		reader_status_set(r, true, "Select a note in the notes pane first (Tab)");
		return;
	}
	if (!r->db || notes_readonly(r->db)) {
		reader_status_set(r, true,
				  "The notes database is read-only: notes cannot be changed");
		return;
	}
	const struct note *n = &r->notes->items[r->sel[f]];
	if (n->detached)
		snprintf(r->note_what, sizeof(r->note_what), "a passage no longer in the article");
	else
		describe(r, n->target, n->span, notes_on_index(r, r->sel[f]), r->note_what,
			 sizeof(r->note_what));
	if (a == ACT_EDIT_NOTE) {
		r->note_id = n->id;
		r->note_target = n->target;
		r->note_span = n->span;
		editor_open(r, n->text, n->version);
		return;
	}
	/* The question says which note: what it is on and how it begins. */
	struct buf b = BUF_INIT;
	text_visible(&b, n->text, text_fit(n->text, strlen(n->text), 30));
	for (size_t k = 0; k < b.len; k++)
		if (b.data[k] == '\n' || b.data[k] == '\t')
			b.data[k] = ' ';
	snprintf(r->question, sizeof(r->question), "Delete the note on %s (“%s%s”)? (y/n)",
		 r->note_what, b.data, b.len < strlen(n->text) ? "…" : "");
	buf_free(&b);
	r->confirm = CONFIRM_DELETE;
	r->mode = MODE_CONFIRM;
}

/* Selects note id in the notes pane, if it is listed. */
static void select_note(struct reader *r, int64_t id)
{
	for (size_t i = 0; i < r->notes->n; i++)
		if (r->notes->items[i].id == id) {
			r->sel[PANE_NOTES] = i;
			pane_follow(r, PANE_NOTES);
		}
}

/* After note id was saved: the editor's state is let go and the notes pane shows the note
 * selected; the caller then says what was saved. */
static void saved(struct reader *r, int64_t id)
{
	forget_kept(r);
	reader_notes_reload(r);
	select_note(r, id);
	free(r->note_orig);
	r->note_orig = NULL;
}

/* A save the database refused: the text stays in the editor (try again, or copy it out with
 * Ctrl-X) and the status line says why. */
static void not_saved(struct reader *r)
{
	reader_status_set(r, true, "The note was not saved: %s", notes_error(r->db));
	r->mode = MODE_NOTE;
}

/* Adds the note being edited anew, on its passage, after its row went; 0 or a negative errno. */
static int readd_note(struct reader *r, int64_t *id)
{
	if (r->note_span.end <= r->note_span.start) {
		/* detached: its passage is not in this article */
		if (!doc_paragraph_count(r->d))
			return -ENOENT;
		r->note_target = NOTE_PARAGRAPH;
		r->note_span = doc_paragraph(r->d, 0)->span;
		snprintf(r->note_what, sizeof(r->note_what),
			 "¶1 (its passage is no longer in the article)");
	}
	r->note_id = 0;
	return notes_add(r->db, r->d, r->note_target, r->note_span, r->ed.text.data, id);
}

/* Enter on note id that another reader saved after this reader began (its text is not the one
 * this reader last knew): neither text is lost. Theirs stays the note, and this reader's is saved
 * as a new note on the same passage, beside it (none when the note already holds the same
 * words); the status line says so. On failure the text stays in the editor. */
static void save_beside(struct reader *r, int64_t id)
{
	int64_t mine = 0;
	const char *t = r->ed.text.data;
	int rc;

	drop_draft(r);
	if (notes_update_if(r->db, id, t, NULL, t) == 0) {
		/* the other reader saved these very words */
		mine = id;
		rc = 0;
	} else {
		rc = readd_note(r, &mine);
	}
	if (rc < 0) {
		not_saved(r);
		return;
	}
	saved(r, mine);
	if (mine == id)
		reader_status_set(r, false, "Note saved (another reader had saved the same text)");
	else
		reader_status_set(r, false,
				  "Another reader had changed this note: both kept, yours as a new "
				  "note on %s",
				  r->note_what);
}

void reader_note_save(struct reader *r)
{
	int rc;
	int64_t id = r->note_id;

	r->mode = MODE_NORMAL;
	if (r->ed.text.len == 0 && !r->note_id) {
		take_back(r);
		reader_status_set(r, false, "Empty note discarded");
		return;
	}
	if (r->note_id || r->note_kept_id) {
		/* Only over the note as this reader last knew it: its text and change counter when
		 * the editor opened, or what this reader kept of it since. */
		const char *was = r->note_kept_id ? r->note_kept : r->note_orig;
		id = r->note_id ? r->note_id : r->note_kept_id;
		rc = notes_update_if(r->db, id, was ? was : "", &r->note_version, r->ed.text.data);
		if (rc == -EAGAIN) {
			save_beside(r, id);
			return;
		}
	} else {
		rc = notes_add(r->db, r->d, r->note_target, r->note_span, r->ed.text.data, &id);
	}
	if (rc == -ENOENT && (r->note_id || r->note_kept_id)) {
		/* Another reader deleted the note while it was edited here: what was written is
		 * kept as a new note on the same passage (a passage no longer in the article:
		 * on the first paragraph, and the status says so). Its draft, if any, is this. */
		drop_draft(r);
		rc = readd_note(r, &id);
		if (rc >= 0) {
			saved(r, id);
			reader_status_set(r, false,
					  "Another reader had deleted this note: saved again on %s",
					  r->note_what);
			return;
		}
	}
	if (rc < 0) {
		not_saved(r);
		return;
	}
	drop_draft(r);
	saved(r, id);
	if (r->note_id)
		reader_status_set(r, false, "Note saved");
	else
		reader_status_set(r, false, "Note saved on %s", r->note_what);
}

/* True when the editor holds text that is not saved. */
static bool note_unsaved(const struct reader *r)
{
	return strcmp(r->ed.text.data, r->note_orig ? r->note_orig : "") != 0;
}

void reader_note_key(struct reader *r, int key)
{
	if (key >= UI_KEY_ALT)
		return; /* Alt-b and the like: never a way out of the editor */
	if (key == UI_CTRL('x')) {
		r->want_external = true;
		return;
	}
	switch (editor_key(&r->ed, key)) {
	case EDITOR_EDITING:
		return;
	case EDITOR_ACCEPT:
		reader_note_save(r);
		return;
	case EDITOR_CANCEL:
		break;
	}
	if (note_unsaved(r)) {
		snprintf(r->question, sizeof(r->question), "Discard this note? (y/n)");
		r->confirm = CONFIRM_DISCARD;
		r->mode = MODE_CONFIRM;
		return;
	}
	r->mode = MODE_NORMAL;
	take_back(r);
	reader_status_set(r, false, r->note_id ? "The note is unchanged" : "No note written");
}

void reader_note_discard(struct reader *r, bool yes)
{
	if (!yes) {
		r->mode = MODE_NOTE;
		reader_status_set(r, false, "Go on writing: Enter saves");
		return;
	}
	r->mode = MODE_NORMAL;
	int rc = take_back(r);
	if (rc > 0)
		reader_status_set(r, false,
				  "Discarded; another reader changed this note meanwhile: their "
				  "text stays");
	else if (rc < 0)
		reader_status_set(r, true,
				  "Discarded here; what was kept of it stays in the notes: %s",
				  notes_error(r->db));
	else if (r->note_id)
		reader_status_set(r, false, "Changes discarded: the note is as it was");
	else
		reader_status_set(r, false, "Note discarded");
}

/* Writes the note being written to a new file in $TMPDIR (else /tmp), with the article and what
 * the note is on; its path, or NULL when no file could be written. */
static char *keep_in_file(const struct reader *r)
{
	const char *tmpdir = getenv("TMPDIR");
	struct buf path = BUF_INIT, b = BUF_INIT;
	const char *name = doc_name(r->d);

	buf_printf(&path, "%s/dateline-unsaved-note-XXXXXX.md",
		   tmpdir && tmpdir[0] == '/' ? tmpdir : "/tmp");
	int fd = mkstemps(path.data, 3);
	if (fd < 0) {
		buf_free(&path);
		return NULL;
	}
	buf_printf(&b,
		   "A note written in dateline that the notes database did not take.\n\n"
		   "Article: %s\nOn: %s\n\n%s\n",
		   name ? name : "(unnamed)", r->note_what, r->ed.text.data);
	bool ok = write(fd, b.data, b.len) == (ssize_t)b.len;
	ok = close(fd) == 0 && ok;
	buf_free(&b);
	if (!ok) {
		unlink(path.data);
		buf_free(&path);
		return NULL;
	}
	return buf_detach(&path, NULL);
}

/* True while the note editor is open (or asks whether to discard what it holds). */
static bool note_editing(const struct reader *r)
{
	return r->mode == MODE_NOTE || (r->mode == MODE_CONFIRM && r->confirm == CONFIRM_DISCARD);
}

/* How long keeping the note as it is typed waits for another program holding the notes
 * database: it is tried again at the next pause, and the editor must not stall (a lock held
 * for seconds froze the typing for up to 5 s at each try). */
#define NOTE_KEEP_WAIT_MS 100

void reader_note_keep(struct reader *r)
{
	const char *t = r->ed.text.data;
	const char *was = r->note_kept ? r->note_kept : r->note_orig ? r->note_orig : "";
	int64_t id = r->note_kept_id ? r->note_kept_id : r->note_id;
	int64_t version = r->note_version;
	int rc;

	if (note_editing(r) && r->note_overtaken && r->note_id && t && r->db &&
	    !notes_readonly(r->db) && strcmp(t, r->note_kept ? r->note_kept : "") != 0) {
		/* Another reader saved this note since: what is typed here is kept apart, as a
		 * draft (r->note_kept its last text, no row id), never over their save. */
		int wait = notes_set_wait(r->db, NOTE_KEEP_WAIT_MS);
		rc = notes_draft_keep(r->db, r->note_id, draft_owner(), t);
		notes_set_wait(r->db, wait);
		if (rc == 0) {
			free(r->note_kept);
			r->note_kept = xstrdup(t);
		}
		return;
	}
	if (!note_editing(r) || r->note_overtaken || !t || !r->db || notes_readonly(r->db) ||
	    strcmp(t, was) == 0)
		return;
	if (!*t && !r->note_id) {
		/* a new note emptied again: no empty note is left behind */
		take_back(r);
		return;
	}
	/* Kept only over the row as this reader last knew it: another reader's save since is
	 * not written over by text that is not saved yet (Enter still saves it). */
	int wait = notes_set_wait(r->db, NOTE_KEEP_WAIT_MS);
	if (id)
		rc = notes_update_if(r->db, id, was, &version, t);
	else if ((rc = notes_add(r->db, r->d, r->note_target, r->note_span, t, &id)) == 0)
		version = 0; /* a new note's first */
	notes_set_wait(r->db, wait);
	if (rc == -EAGAIN || rc == -ENOENT) {
		r->note_overtaken = true;
		forget_kept(r);
		reader_notes_reload(r);
		return;
	}
	if (rc < 0)
		return;
	r->note_kept_id = id;
	r->note_version = version;
	free(r->note_kept);
	r->note_kept = xstrdup(t);
}

bool reader_note_rescue(struct reader *r, char **kept)
{
	*kept = NULL;
	if (note_editing(r) && !note_unsaved(r))
		take_back(r);
	if (!note_editing(r) || !note_unsaved(r))
		return false;
	/* A note another reader saved meanwhile: a draft apart, not over their save; the next
	 * reading makes it a note of its own. */
	if (r->note_overtaken && r->note_id && r->db && !notes_readonly(r->db) &&
	    notes_draft_keep(r->db, r->note_id, draft_owner(), r->ed.text.data) == 0)
		return true;
	if (r->db && !notes_readonly(r->db)) {
		reader_note_save(r);
		if (r->mode == MODE_NORMAL)
			return true;
	}
	*kept = keep_in_file(r);
	return false;
}

void reader_external_done(struct reader *r, const char *text, const char *error)
{
	r->want_external = false;
	if (!text) {
		reader_status_set(r, true, "%s", error ? error : "The editor failed");
		return;
	}
	/* Editors end the file with a newline; the note does not. */
	size_t n = strlen(text);
	while (n && (text[n - 1] == '\n' || text[n - 1] == '\r' || text[n - 1] == ' '))
		n--;
	char *t = xmalloc(n + 1);
	memcpy(t, text, n);
	t[n] = '\0';
	editor_set(&r->ed, t, true);
	free(t);
	reader_status_set(r, false,
			  "The note from the editor: Enter saves it, Esc asks to discard");
}

void reader_note_confirm(struct reader *r, bool yes)
{
	if (!yes) {
		reader_status_set(r, false, "Kept the note");
		return;
	}
	if (notes_delete(r->db, r->notes->items[r->sel[PANE_NOTES]].id) < 0) {
		reader_status_set(r, true, "The note was not deleted: %s", notes_error(r->db));
		return;
	}
	reader_notes_reload(r);
	reader_status_set(r, false, "Note deleted");
}

void reader_note_draw(struct reader *r, struct grid *g)
{
	int h = r->rows >= 12 ? 5 : 2, top = r->rows - 2 - h;
	char head[400];

	for (int y = top; y < r->rows - 1; y++)
		grid_fill(g, y, 0, g->cols, 0);
	snprintf(head, sizeof(head),
		 " %s note on %s · Enter saves · Esc cancels · Ctrl-J new line · Ctrl-X $EDITOR",
		 r->note_id ? "Edit the" : "New", r->note_what);
	grid_fill(g, top, 0, g->cols, ST_HEADER | ST_FOCUS);
	grid_put_clipped(g, top, 0, g->cols, head, strlen(head), ST_HEADER | ST_FOCUS);
	editor_draw(&r->ed, g, top + 1, 1, g->cols - 2, h);
	if (r->mode == MODE_CONFIRM)
		g->cursor_row = g->cursor_col = -1;
}
