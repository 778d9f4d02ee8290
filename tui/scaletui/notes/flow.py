"""The notes flow: add, edit, save (or rescue), delete, filter and export.

No Textual here. The explorer asks the flow what to do and shows its answers:
an `EditRequest` to open the note editor with, a `Notice` to show, a question to
ask. The store comes from a typed source and opens on first use (after the
first frame), so start-up pays for no database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol

from ..i18n import ENGLISH, N_, Language, Said, said_in, shown_path
from ..story import Story
from ..story.packs import is_bundled
from .anchoring import NotedPlaces, anchor_context, anchor_label, noted_places
from .model import Anchor, Note, NoteDraft, NoteStoreError, RescuedNote, filter_notes

if TYPE_CHECKING:
    from .export import ExportPlan

Severity = Literal["information", "warning", "error"]


class NotesBackend(Protocol):
    """What the flow needs of a notes store (NoteStore is one)."""

    def add(self, story_id: str, anchor: Anchor, body: str, tags: tuple[str, ...] = ()) -> Note: ...
    def update(self, note_id: int, body: str, tags: tuple[str, ...] = ()) -> Note: ...
    def delete(self, note_id: int) -> None: ...
    def notes(self, story_id: str | None = None, text_filter: str = "") -> list[Note]: ...
    def rescue(self, note: RescuedNote) -> Path: ...
    def adopt(self, story_id: str, former_ids: tuple[str, ...]) -> int: ...
    def remember_file(
        self, story_id: str, fingerprint: str, path: str, encoding: str | None = None
    ) -> None: ...
    def moved_from(self, fingerprint: str) -> tuple[str, ...]: ...
    def insert(self, notes: Sequence[Note]) -> list[Note]: ...
    @property
    def repaired(self) -> dict[int, tuple[str, ...]]: ...
    @property
    def data_dir(self) -> Path: ...
    @property
    def read_only(self) -> bool: ...

    rescue_offered: bool


StoreSource = Callable[[], NotesBackend | None]


class Notice(NamedTuple):
    """A one-line message for the reader."""

    text: str
    severity: Severity = "information"
    timeout: float = 5.0


class EditRequest(NamedTuple):
    """Open the note editor: on what, with which title, starting from which text."""

    anchor: Anchor
    context: str  # the annotated text, shown above the note
    title: str
    note: Note | None = None  # the note being edited; None for a new one
    draft: NoteDraft | None = None  # text to start from (after a failed save)
    error: str = ""

    @property
    def initial(self) -> NoteDraft:
        if self.draft is not None:
            return self.draft
        if self.note is not None:
            return NoteDraft(self.note.body, self.note.tags)
        return NoteDraft("")


class SaveResult(NamedTuple):
    notice: Notice
    retry: EditRequest | None = None  # reopen the editor: the text is nowhere else


# A Notice's text is a msgid here: whoever shows it translates it.
UNAVAILABLE = Notice(
    N_("Notes are unavailable: the notes database could not be opened."), "error", 10.0
)
# Why nothing is exported: told when the export is asked for, and at the export itself.
EXPORT_UNAVAILABLE = Notice(N_("Notes are unavailable: nothing to export."), "error", 10.0)
NO_NOTES_TO_EXPORT = Notice(N_("No notes on this story yet: nothing to export."), "warning")


def repaired_text(repaired: dict[int, tuple[str, ...]], language: Language) -> str:
    """What was repaired in which notes, in one sentence (the app's notice, the CLI's line)."""
    from .store.rows import FIELD_NAMES

    _ = language.gettext
    which = _("; ").join(
        _("note {id}: {fields}").format(
            id=language.number(note_id),
            fields=_(", ").join(_(FIELD_NAMES.get(field, field)) for field in fields),
        )
        for note_id, fields in sorted(repaired.items())
    )
    return language.counted(
        "{count} note had fields scaletui could not read as they were ({which}); it is shown "
        "and exported repaired.",
        "{count} notes had fields scaletui could not read as they were ({which}); they are "
        "shown and exported repaired.",
        len(repaired),
        which=which,
    )


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class NotesFlow:
    def __init__(
        self,
        story: Story,
        store: StoreSource,
        language: Language = ENGLISH,
        unkept: Callable[[RescuedNote], None] | None = None,
    ) -> None:
        """`unkept` takes a note the app is closing over that could be written nowhere
        (the database, the data dir's and the home's rescue files all failed): the
        last resort, shown once the terminal is restored."""
        self.story = story
        self.language = language
        self._store = store
        self._unkept = unkept
        self.filter_text = ""
        self.notes: list[Note] = []
        self.by_id: dict[int, Note] = {}
        self._adopted = False
        self._damaged_told = 0  # how many damaged notes the reader was last told of
        self._repaired_told: dict[int, tuple[str, ...]] = {}  # (and repaired fields)

    @property
    def store(self) -> NotesBackend | None:
        return self._store()

    @property
    def unavailable(self) -> Notice:
        return self._told(UNAVAILABLE)

    def _told(self, notice: Notice) -> Notice:
        """One of this module's notices, in the reader's language."""
        return notice._replace(text=self.language.gettext(notice.text))

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> Notice | None:
        """Read the story's notes again; a notice if they could not be read."""
        store = self.store
        if store is None:
            return None
        try:
            if not self._adopted:
                self._adopted = True  # once: notes filed under the file's old ids move here
                self._adopt_notes(store)
            notes = store.notes(self.story.id)
        except NoteStoreError as error:
            return Notice(
                self.language.gettext("Notes: {error}").format(error=self._why(error)),
                "error", 10.0,
            )  # fmt: skip
        self.notes = notes
        self.by_id = {note.id: note for note in notes}
        told = []  # what the reader has not been told yet about damaged notes
        repaired = {note.id: store.repaired[note.id] for note in notes if note.id in store.repaired}
        if repaired and repaired != self._repaired_told:
            self._repaired_told = repaired
            told.append(repaired_text(repaired, self.language))
        damaged = sum("\ufffd" in note.body for note in notes)
        if damaged and damaged != self._damaged_told:
            self._damaged_told = damaged
            told.append(
                self.language.counted(
                    "{count} note held bytes that are not UTF-8; it is shown with �.",
                    "{count} notes held bytes that are not UTF-8; they are shown with �.",
                    damaged,
                )
            )
        return Notice(" ".join(told), "warning", 15.0) if told else None

    def _adopt_notes(self, store: NotesBackend) -> None:
        """An opened file's notes made under an earlier id (a content id from an
        older scaletui, or the path it had before it was moved) come with it."""
        story = self.story
        former = list(story.former_ids)
        if story.fingerprint and story.path is not None:
            former += [sid for sid in store.moved_from(story.fingerprint) if sid != story.id]
            # Whole, as its id is made: a name relative to the folder it was opened from
            # did not exist from another, and a copy opened there took the file's notes.
            # With its encoding: the library opens it as it was opened (cp1256, say).
            store.remember_file(story.id, story.fingerprint, str(story.path.resolve()),
                                story.encoding)  # fmt: skip
        elif story.path is not None and not is_bundled(story.path):
            # A pack directory opened by its path: the library lists it from now on.
            store.remember_file(story.id, "", str(story.path.resolve()))
        if former:
            store.adopt(story.id, tuple(former))

    @property
    def shown(self) -> list[Note]:
        """The notes the filter lets through, newest first."""
        return filter_notes(self.notes, self.filter_text)

    @property
    def places(self) -> NotedPlaces:
        return noted_places(self.story, self.notes)

    def label(self, anchor: Anchor) -> str:
        return anchor_label(self.story, anchor, self.language)

    # -- writing -------------------------------------------------------------------------

    def new_note(self, anchor: Anchor) -> EditRequest | Notice:
        if self.store is None:
            return self.unavailable
        label = self.label(anchor)
        title = self.language.gettext("New note on {label}").format(label=label)
        return EditRequest(anchor, anchor_context(self.story, anchor, self.language), title)

    def edit_note(self, note_id: int) -> EditRequest | None:
        note = self.by_id.get(note_id)
        if note is None:
            return None
        label = self.label(note.anchor)
        context = anchor_context(self.story, note.anchor, self.language)
        title = self.language.gettext("Edit note on {label}").format(label=label)
        return EditRequest(note.anchor, context, title, note)

    def save(self, request: EditRequest, draft: NoteDraft) -> SaveResult:
        """Save a draft; if the database fails, keep it in the recovery file; if
        that fails too, ask for the editor back with the text and the reason."""
        _ = self.language.gettext
        store = self.store
        if store is None:
            unavailable = self.unavailable
            return SaveResult(unavailable, request._replace(draft=draft, error=unavailable.text))
        try:
            if request.note is None:
                store.add(self.story.id, request.anchor, draft.body, draft.tags)
                return SaveResult(Notice(_("Note saved.")))
            store.update(request.note.id, draft.body, draft.tags)
            return SaveResult(Notice(_("Note updated.")))
        except NoteStoreError as error:
            try:
                path = self.rescue(request, draft, store)
            except NoteStoreError:
                why = _("Not saved: {error}").format(error=self._why(error))
                return SaveResult(
                    Notice(why, "error", 15.0), request._replace(draft=draft, error=why)
                )
            text = _("Could not save the note: {error}. It was kept in {path}.").format(
                error=self._why(error), path=shown_path(path, self.language)
            )
            return SaveResult(Notice(text, "error", 15.0))

    def rescue(
        self, request: EditRequest, draft: NoteDraft, store: NotesBackend | None = None
    ) -> Path:
        """Keep a draft that was not saved in the store's recovery file."""
        return self._rescue(self._rescued(request, draft), store)

    def _rescued(self, request: EditRequest, draft: NoteDraft) -> RescuedNote:
        return RescuedNote(self.story.id, request.anchor, draft.body, draft.tags, _now())

    def _rescue(self, note: RescuedNote, store: NotesBackend | None = None) -> Path:
        store = store or self.store
        if store is None:
            raise NoteStoreError(Said(N_("the notes database could not be opened")))
        return store.rescue(note)

    def keep_unsaved(self, request: EditRequest, draft: NoteDraft) -> Path | None:
        """The editor closed without saving or cancelling (the app quit, a crash):
        keep what was typed if it is new. The path written, or None (nothing to keep,
        or nowhere to keep it: then it goes to `unkept`)."""
        if not draft.body.strip() or draft == request.initial:
            return None
        note = self._rescued(request, draft)
        try:
            return self._rescue(note)
        except NoteStoreError:
            if self._unkept is not None:
                self._unkept(note)
            return None

    def delete_question(self, note_id: int) -> tuple[Note, str] | None:
        """The note to delete and a preview of it (its first line)."""
        note = self.by_id.get(note_id)
        if note is None or self.store is None:
            return None
        body = note.body.strip()
        return note, body.splitlines()[0][:200] if body else ""

    def delete(self, note_id: int) -> Notice | None:
        store = self.store
        if store is None:
            return self.unavailable
        try:
            store.delete(note_id)
        except NoteStoreError as error:
            text = self.language.gettext("Not deleted: {error}").format(error=self._why(error))
            return Notice(text, "error", 10.0)
        return None

    # -- export ---------------------------------------------------------------------------

    def export_target(self, folder: Path) -> Path:
        """Where `x` offers to export (the reader may name another file)."""
        return folder / f"{self.story.id}-notes.md"

    def nothing_to_export(self) -> Notice | None:
        """Why `x` has nothing to export (no store, no notes), or None."""
        store = self.store
        if store is None:
            return self._told(EXPORT_UNAVAILABLE)
        try:
            return None if store.notes(self.story.id) else self._told(NO_NOTES_TO_EXPORT)
        except NoteStoreError as error:
            return self._export_failed(error)

    def _plan(self, target: Path) -> ExportPlan | Notice:
        from .export import ExportError, format_of, plan_export

        store = self.store
        if store is None:
            return self._told(EXPORT_UNAVAILABLE)
        try:
            notes = store.notes(self.story.id)
            if not notes:
                return self._told(NO_NOTES_TO_EXPORT)
            return plan_export(self.story, notes, str(target), _now(),
                               fmt=format_of(str(target)), language=self.language)  # fmt: skip
        except (NoteStoreError, ExportError) as error:
            return self._export_failed(error)

    def export_preview(self, target: Path) -> Notice:
        """What exporting to `target` will do, said before anything is written (the
        export dialog shows it as the reader types the file's name): a warning when
        a copy of the file will be kept first, an error when it cannot be written."""
        from .export.said import plan_text

        plan = self._plan(target)
        if isinstance(plan, Notice):
            return plan
        text = plan_text(plan.kind, plan.count, target, self.language, plan.backup)
        return Notice(text, "warning" if plan.backup else "information")

    def export(self, target: Path, exported_at: datetime | None = None) -> Notice:
        """Write every note on the story to `target` (Markdown, or JSON for a `.json`
        name), merged into what the file holds: the reader's text is kept, and a file
        that must be rewritten is first copied beside itself (both said)."""
        from .export import ExportError, format_of, plan_export, write_plan
        from .export.said import result_text

        store = self.store
        if store is None:
            return self._told(EXPORT_UNAVAILABLE)
        when = exported_at or _now()
        try:
            notes = store.notes(self.story.id)
            if not notes:
                return self._told(NO_NOTES_TO_EXPORT)
            plan = plan_export(self.story, notes, str(target), when, fmt=format_of(str(target)),
                               language=self.language)  # fmt: skip
            result = write_plan(plan, when)
        except (NoteStoreError, ExportError) as error:
            return self._export_failed(error)
        done = result_text(result.kind, result.count, result.path, self.language,
                           copy=result.backup, why=result.why, moved=result.moved,
                           removed=result.removed, isolate=True)  # fmt: skip
        return Notice(done[:1].upper() + done[1:], "warning" if result.backup else "information",
                      15.0 if result.backup else 10.0)  # fmt: skip

    # -- rescued notes --------------------------------------------------------------------

    def rescued_files(self) -> list[Path]:
        """The rescue files holding notes that could not be saved (data dir, home)."""
        from .store.rescue import rescue_files

        store = self.store
        if store is None or store.read_only:
            return []
        return rescue_files(store.data_dir)

    def rescue_offer(self) -> tuple[str, str] | None:
        """Once per session (per store): the question to ask when notes wait in a rescue
        file, and the first one's beginning; None if there are none (or it was asked)."""
        store = self.store
        if store is None or store.rescue_offered:
            return None
        store.rescue_offered = True
        files = self.rescued_files()
        if not files:
            return None
        from .store.rescue import read_recovery_file

        rescued = [note for path in files for note in read_recovery_file(path)]  # (as kept)
        if not rescued:
            return None
        where = self.language.gettext(", ").join(shown_path(p, self.language) for p in files)
        question = self.language.counted(
            "A note could not be saved earlier and was kept in {files}. Restore it to your "
            "notes now?",
            "{count} notes could not be saved earlier and were kept in {files}. Restore them "
            "to your notes now?",
            len(rescued),
            files=where,
        )
        first = rescued[0].body.strip().splitlines()
        return question, first[0][:200] if first else ""

    def restore_rescued(self) -> Notice:
        """Add the rescued notes to the notes (each once: a note restored before is not
        added again) and keep each rescue file aside as `NAME.restored-TIME`."""
        from .export.importing import plan_import, read_rescue_file
        from .store.rescue import set_aside

        _ = self.language.gettext
        store = self.store
        if store is None:
            return self.unavailable
        added = here = unread = 0
        kept = []
        for path in self.rescued_files():
            source, skipped = read_rescue_file(path)
            try:
                plan = plan_import(source, store.notes())
                store.insert(plan.add)
            except NoteStoreError as error:
                return Notice(_("Not restored: {error}").format(error=self._why(error)),
                              "error", 15.0)  # fmt: skip
            added, here, unread = added + plan.count, here + plan.already, unread + skipped
            kept.append(set_aside(path))
        said = self.language.counted(
            "Restored {count} rescued note.", "Restored {count} rescued notes.", added
        )
        if here:
            said += " " + self.language.counted(
                "{count} was among your notes already.",
                "{count} were among your notes already.",
                here,
            )
        if unread:
            said += " " + self.language.counted(
                "{count} line of it could not be read as a note.",
                "{count} lines of it could not be read as notes.",
                unread,
            )
        aside = [shown_path(path, self.language) for path in kept if path is not None]
        if aside:
            said += " " + _("The rescue file is kept as {path}.").format(path=_(", ").join(aside))
        return Notice(said, timeout=10.0)

    def _export_failed(self, error: Exception) -> Notice:
        return Notice(self.language.gettext("Export failed: {error}").format(error=self._why(error)),
                      "error", 15.0)  # fmt: skip

    def _why(self, error: Exception) -> str:
        """A store's or an export's error in the reader's language (both are raised with
        a Said), its paths reading whole in Arabic too."""
        return said_in(error, self.language, isolate_paths=True)
