"""Directives: the sentences that lay down what should be done, whose they are, and why they are marked.

An issue is read item after item, sentence after sentence, with what came before
in mind: who has been named, who is speaking, whether a quotation is open, which
part of a report the sentence is in.

News and bulletins:
1. An opener, `SPEAKER + 指出/强调/要求/…`, starts a speaker's span (speakers.py). It is a
   requirement when the verb itself directs (要求, 部署, 号召 …) or what follows has a
   modal (要, 必须, 确保 …) or a commitment (将, 愿); otherwise a statement.
2. Inside the span, a sentence with a modal or that starts with a verb (坚持目标导向…,
   聚焦…) continues the speaker's requirements; one that states (创新是…) is a statement.
3. A quotation opened by the speaker stays the speaker's until it closes, over 。.
4. The span ends at narration (a person doing something other than speaking), at a
   new paragraph that does not open with a speaker again, and with the item.
5. Outside any span nothing is a directive: a reporter's 确保 or 必须 is narration.

Reports and speeches (reports.py): every sentence is the reporter's unless another
speaker is named; what is a requirement depends on the part of the report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.analysis import cues, reports
from desktop.core.analysis.cues import Cue
from desktop.core.analysis.people import titled_mentions
from desktop.core.analysis.sentences import split_sentences
from desktop.core.analysis.speakers import (
    DIRECTING_VERBS,
    Opener,
    People,
    find_opener,
    narrative_subject,
)
from desktop.core.model import Found, Item

_NOT_THE_PERSON = re.compile(r"(总书记|主席|同志)?(新时代|思想|生态文明思想|重要|关于|为核心|理论)")
_PERSON_ATTRIBUTIONS = {"named", "pronoun", "title", "span", "byline"}


@dataclass
class Voice:
    """Who is speaking now, and how we know."""

    speaker: str | None
    attribution: str


@dataclass
class ItemState:
    span: Voice | None = None
    quote: Voice | None = None  # a quotation opened and not yet closed
    quote_depth: int = 0
    run: bool = False  # in a report's mixed part: the last sentence laid something down
    paragraph: int = 0
    found: list[Found] = field(default_factory=list)


class IssueReader:
    """Reads the items of one issue in order; `known` carries people named in earlier items."""

    def __init__(self, items: Sequence[Item], known: dict[str, list[str]] | None = None) -> None:
        self.people = People(titles={name: list(t) for name, t in (known or {}).items()})
        self.reporter = reports.reporter(items)
        self.sections = reports.Sections() if self.reporter else None
        if self.reporter:
            self.people.titles.setdefault(self.reporter, [])

    def read(self, item: Item) -> tuple[list[Found], dict[str, list[str]]]:
        before = set(self.people.titles)
        if self.sections is not None:
            for heading in (item.kicker, item.headline):
                if heading:
                    self.sections.heading(heading)
        body = item.body
        state = ItemState()
        self.people.last = None
        paragraph, counted = 0, 0
        for start, end in split_sentences(body):
            paragraph += body.count("\n", counted, start)
            counted = start
            if paragraph != state.paragraph:
                state.paragraph = paragraph
                # a report's list of tasks goes on over paragraphs; a news speaker's words do not
                state.run = state.run and self.reporter is not None and state.span is None
                if state.quote is None:
                    state.span = None
            self._sentence(body[start:end], start, end, state)
        named_here = {name for name in self.people.titles if name not in before or name in body}
        people = {name: titles for name, titles in self.people.titles.items() if name in named_here}
        return state.found, people

    # one sentence

    def _sentence(self, sentence: str, start: int, end: int, state: ItemState) -> None:
        mentions = titled_mentions(sentence)
        for mention in mentions:
            self.people.add(mention)
        if state.quote is not None:  # inside a quotation opened earlier
            voice = state.quote
            self._quote_depth(sentence, state, voice)
            kind = "requirement" if self._lays_down(sentence) else "statement"
            self._emit(state, start, end, kind, voice, Cue("quotation"))
            return
        current = state.span.speaker if state.span else self.reporter
        opener = find_opener(sentence, self.people, current, self.reporter)
        if opener is not None:
            self._opened(sentence, start, end, opener, state)
            return
        if self.sections is not None and reports.is_heading(sentence):
            self.sections.heading(sentence)
        named = [name for name in self.people.titles if name in sentence]  # most sentences: none
        subject = narrative_subject(sentence, self.people, mentions, named)
        if subject is not None and subject != self.reporter:
            state.span, state.run = None, False
            self.people.last = subject
            return
        self._last_mentioned(sentence, named)
        if self.reporter is not None and state.span is None:
            self._report_sentence(sentence, start, end, state)
            return
        if state.span is None:
            return  # narration: a reporter's 确保 is not a directive
        if self._names_the_speaker(sentence, state.span.speaker) or cues.question(sentence):
            state.span = None  # 在习近平生态文明思想指引下，…: the reporter again, not the speaker
            return
        voice = state.span
        if voice.attribution in _PERSON_ATTRIBUTIONS:
            voice = Voice(voice.speaker, "span")  # named in an earlier sentence of the paragraph
        cue = self._lays_down(sentence)
        if cue is not None:
            self._emit(state, start, end, "requirement", voice, cue)
        elif cues.verb_first(cues.strip_lead(sentence)):  # 创新是文艺的生命: the speaker states
            self._emit(state, start, end, "statement", voice, Cue("continuation"))

    def _names_the_speaker(self, sentence: str, speaker: str | None) -> bool:
        """A speaker's own words do not name him (习近平…思想) or call him by a title (总书记…)."""
        if speaker is None or speaker not in self.people.titles:
            return False
        if speaker in sentence:
            return True
        titles = self.people.titles[speaker]
        return any(title[-3:] in sentence for title in titles if len(title) >= 2)

    def _last_mentioned(self, sentence: str, named: list[str]) -> None:
        """The person named last, for 他/她 in the next sentences (习近平总书记…: a title after the name)."""
        where, last = -1, None
        for name in named:
            for found in re.finditer(re.escape(name), sentence):
                if _NOT_THE_PERSON.match(sentence, found.end()):
                    continue  # 习近平新时代…思想, 习近平总书记重要指示: his ideas, not him
                if found.start() > where:
                    where, last = found.start(), name
        if last is not None:
            self.people.last = last

    def _opened(
        self, sentence: str, start: int, end: int, opener: Opener, state: ItemState
    ) -> None:
        speaker, attribution = opener.speaker, opener.attribution
        if speaker is not None and attribution in _PERSON_ATTRIBUTIONS:
            self.people.titles.setdefault(speaker, [])
            self.people.last = speaker
        voice = Voice(speaker, attribution)
        # in a report, the reporter's own voice comes back after the sentence that names another
        # speaker (a quotation opened in it goes on); 周总理说，… is the reporter himself
        state.span = None if self.reporter is not None else voice
        state.run = True
        content = sentence[opener.content_at :]
        if opener.verb in DIRECTING_VERBS:
            cue: Cue | None = Cue("directing_verb", opener.verb)
        else:
            cue = cues.modal(content) or cues.commitment(content) or cues.directing(content)
            if cue is None and self.reporter is not None:
                cue = cues.target(content)  # 中央提出今年经济增长预期目标为7%左右
            lead = cues.strip_lead(content.lstrip("，,：:“"))
            if cue is None and cues.verb_first(lead, prepositions=False):
                if not cues.states(lead) and not cues.past(content):
                    cue = Cue("speech_verb", opener.verb)  # 提出，建设强大国内市场…: tasks
        kind = "requirement" if cue is not None else "statement"
        self._emit(state, start, end, kind, voice, cue or Cue("speech_verb", opener.verb))
        self._quote_depth(content, state, voice)

    def _lays_down(self, sentence: str) -> Cue | None:
        """Inside a speaker's words: a modal, a commitment, or a sentence that starts with a verb."""
        cue = cues.modal(sentence) or cues.commitment(sentence)
        if cue is not None:
            return cue
        lead = cues.strip_lead(sentence)
        if cues.verb_first(lead) and not cues.states(lead) and not cues.past(sentence):
            return Cue("continuation")
        return None

    def _report_sentence(self, sentence: str, start: int, end: int, state: ItemState) -> None:
        """A sentence of the reporter's own, judged by the part of the report it is in."""
        assert self.sections is not None
        mode = self.sections.mode
        cue = reports.requirement_cue(sentence, mode, state.run)
        state.run = cue is not None
        if cue is not None:
            self._emit(state, start, end, "requirement", Voice(self.reporter, "byline"), cue)
        self.sections.sentence(sentence)

    def _quote_depth(self, text: str, state: ItemState, voice: Voice) -> None:
        plain = text.replace("“”", "")
        state.quote_depth = max(0, state.quote_depth + plain.count("“") - plain.count("”"))
        state.quote = voice if state.quote_depth > 0 else None

    def _emit(
        self, state: ItemState, start: int, end: int, kind: str, voice: Voice, cue: Cue
    ) -> None:
        state.found.append(Found(start, end, kind, voice.speaker, cue.code(), voice.attribution))


def analyse_body(
    body: str, known: dict[str, list[str]] | None = None
) -> tuple[list[Found], dict[str, list[str]]]:
    """One item's directives, read as an issue of its own (people of earlier items in `known`)."""
    item = Item(kind="article", paragraphs=tuple(body.split("\n")))
    return IssueReader([item], known).read(item)


def has_modal(text: str) -> bool:
    return cues.modal(text) is not None


__all__ = ["Found", "IssueReader", "analyse_body", "has_modal"]
