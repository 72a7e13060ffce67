/* ui_notes: writing, editing and deleting notes from the reader (the note editor and its frame),
 * and exporting them with the timeline and claims as Markdown. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "dateline/export.h"
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
	if (r->sel[PANE_NOTES] >= l->n)
		r->sel[PANE_NOTES] = l->n ? l->n - 1 : 0;
}

void reader_annotate(struct reader *r)
{
	enum pane f = r->focus;

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
	if (pane_ops[f].count(r)) {
		/* the selected event or claim (the article lists no items) */
		r->note_target = pane_ops[f].note_target;
		r->note_span = pane_ops[f].extent(r, r->sel[f]);
	} else if (r->nmatches && r->cur_match < r->nmatches &&
		   pos_cmp(pos_from_offset(r, r->matches[r->cur_match].start), r->top_pos) >= 0) {
		r->note_target = NOTE_SELECTION;
		r->note_span = r->matches[r->cur_match];
	} else if (doc_paragraph_count(r->d)) {
		struct line_pos pos = r->top_pos;
		size_t p = pos.para;
		/* On the blank line after a paragraph, the paragraph below is the one in view. */
		if (pos.line >= reader_wrap(r, p, r->article_width)->n &&
		    p + 1 < doc_paragraph_count(r->d))
			p++;
		r->note_target = NOTE_PARAGRAPH;
		r->note_span = doc_paragraph(r->d, p)->span;
	} else {
		reader_status_set(r, true, "Nothing to annotate");
		return;
	}
	r->note_id = 0;
	editor_set(&r->ed, "", true);
	r->mode = MODE_NOTE;
}

void reader_note_change(struct reader *r, enum ui_action a)
{
	enum pane f = r->focus;

	if (f != PANE_NOTES || !r->notes->n) {
		reader_status_set(r, true, "Select a note in the notes pane first (Tab)");
	} else if (!r->db || notes_readonly(r->db)) {
		reader_status_set(r, true,
				  "The notes database is read-only: notes cannot be changed");
	} else if (a == ACT_EDIT_NOTE) {
		const struct note *n = &r->notes->items[r->sel[f]];
		r->note_id = n->id;
		r->note_span = n->span;
		editor_set(&r->ed, n->text, true);
		r->mode = MODE_NOTE;
	} else {
		r->mode = MODE_CONFIRM;
	}
}

void reader_note_save(struct reader *r)
{
	int rc;
	int64_t id = r->note_id;

	if (r->ed.text.len == 0 && !r->note_id) {
		reader_status_set(r, false, "Empty note discarded");
		return;
	}
	if (r->note_id)
		rc = notes_update(r->db, r->note_id, r->ed.text.data);
	else
		rc = notes_add(r->db, r->d, r->note_target, r->note_span, r->ed.text.data, &id);
	if (rc < 0) {
		reader_status_set(r, true, "The note was not saved: %s", notes_error(r->db));
		return;
	}
	reader_notes_reload(r);
	for (size_t i = 0; i < r->notes->n; i++)
		if (r->notes->items[i].id == id) {
			r->sel[PANE_NOTES] = i;
			pane_follow(r, PANE_NOTES);
		}
	reader_status_set(r, false, r->note_id ? "Note saved" : "Note saved on ¶%zu",
			  doc_paragraph_at(r->d, r->note_span.start) + 1);
}

void reader_note_confirm(struct reader *r, int key)
{
	r->mode = MODE_NORMAL;
	if (key != 'y' && key != 'Y') {
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
	char head[160];

	for (int y = top; y < r->rows - 1; y++)
		grid_fill(g, y, 0, g->cols, 0);
	snprintf(head, sizeof(head),
		 " %s note on ¶%zu · Enter saves · Esc cancels · Ctrl-J new line",
		 r->note_id ? "Edit the" : "New", doc_paragraph_at(r->d, r->note_span.start) + 1);
	grid_fill(g, top, 0, g->cols, ST_HEADER | ST_FOCUS);
	grid_put_clipped(g, top, 0, g->cols, head, strlen(head), ST_HEADER | ST_FOCUS);
	editor_draw(&r->ed, g, top + 1, 1, g->cols - 2, h);
}

void reader_export_prompt(struct reader *r)
{
	const char *name = doc_name(r->d);
	struct buf b = BUF_INIT;

	if (!name || !strcmp(name, "-"))
		name = "article";
	const char *slash = strrchr(name, '/');
	const char *base = slash ? slash + 1 : name, *dot = strrchr(base, '.');
	buf_put(&b, name, dot && dot != base ? (size_t)(dot - name) : strlen(name));
	buf_puts(&b, ".notes.md");
	editor_set(&r->ed, b.data, false);
	buf_free(&b);
	r->mode = MODE_EXPORT;
}

void reader_export_run(struct reader *r, const char *path)
{
	struct export_file ef;
	struct export_sink s;

	if (!*path) {
		reader_status_set(r, true, "No file name: nothing exported");
		return;
	}
	int rc = export_file_open(&ef, path);
	if (rc == 0) {
		export_sink_file(&s, ef.f);
		export_markdown(&s, r->d, r->tl, r->cl, r->notes, time(NULL));
		rc = export_file_close(&ef, export_sink_finish(&s));
	}
	if (rc < 0)
		reader_status_set(r, true, "Export failed: %s: %s", path, strerror(-rc));
	else
		reader_status_set(r, false, "Exported to %s", path);
}
