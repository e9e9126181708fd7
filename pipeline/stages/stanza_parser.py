"""UPOS, lemmas and dependencies from Stanza's Hindi models (optional: the ``stanza`` extra).

Stanza runs ``tokenize,pos,lemma,depparse`` on the pipeline's own sentences and
tokens (``tokenize_pretokenized=True``), so its words line up one to one with
``Document.tokens`` and every other stage's offsets stay valid. Models come from
Stanza's resources directory; nothing is downloaded unless the run passes
``--allow-download``. Without the extra or the models, building a pipeline that
names this stage fails at once with instructions (E003).

Settings ([stages.stanza]): ``model_dir`` (default: $STANZA_RESOURCES_DIR, else
Stanza's own default), ``lang`` ("hi"), ``package`` ("default"), ``use_gpu``
(false), ``threads`` (torch threads per process; unset = torch's default).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..core.document import Document, Sentence, Token
from ..core.registry import stage

PROCESSORS = "tokenize,pos,lemma,depparse"

INSTALL_EXTRA = ('Stanza is not installed. Install the extra with: pip install "hindi-news-events[stanza]" '
                 "(then install the Hindi models, see docs/stages.md: Stanza backend).")


def install_models_message(model_dir: str | Path, lang: str = "hi") -> str:
    """How to get the models onto a machine without internet access."""
    return (f"Stanza's '{lang}' models were not found in {model_dir}. On a machine with internet access run: "
            f"python -c \"import stanza; stanza.download('{lang}', model_dir='stanza_resources')\" "
            f"(same stanza version as here), copy the whole stanza_resources folder here and set "
            f"STANZA_RESOURCES_DIR=/path/to/stanza_resources (or [stages.stanza] model_dir in the config). "
            f"On a connected machine `hindi-events run --allow-download` fetches them instead.")


def default_model_dir() -> str:
    """$STANZA_RESOURCES_DIR read now (stanza reads it once, at import), else Stanza's default."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return env
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return DEFAULT_MODEL_DIR


def models_present(model_dir: str | Path, lang: str = "hi") -> bool:
    """resources.json plus the language's folder: what Stanza needs to load without downloading."""
    d = Path(model_dir)
    return (d / "resources.json").is_file() and (d / lang).is_dir()


def load_stanza(model_dir: str | Path, *, lang: str = "hi", package: str = "default",
                allow_download: bool = False, use_gpu: bool = False):
    """A stanza.Pipeline for pretokenized input; raises RuntimeError with install steps if models are missing."""
    try:
        import stanza
        from stanza.pipeline.core import DownloadMethod
    except ImportError as exc:
        raise RuntimeError(INSTALL_EXTRA) from exc
    model_dir = str(model_dir)
    if not allow_download and not models_present(model_dir, lang):
        raise RuntimeError(install_models_message(model_dir, lang))
    try:
        return stanza.Pipeline(
            lang=lang, dir=model_dir, package=package, processors=PROCESSORS,
            tokenize_pretokenized=True, use_gpu=use_gpu, logging_level="WARN",
            # REUSE_RESOURCES: fetch resources.json and missing models only when absent.
            download_method=DownloadMethod.REUSE_RESOURCES if allow_download else None)
    except Exception as exc:  # a partial copy (some processor's model missing) or a failed download
        raise RuntimeError(f"{install_models_message(model_dir, lang)} ({type(exc).__name__}: {exc})") from exc


def copy_words(tokens: Sequence[Token], offset: int, words: Sequence[Any]) -> None:
    """Copy one Stanza sentence's words onto the pipeline tokens of the same sentence.

    ``tokens`` are the sentence's tokens, ``offset`` the index of ``tokens[0]`` in
    ``Document.tokens`` (``Sentence.tok_start``); ``words`` are ``stanza`` Words (or
    anything with ``text``, ``upos``, ``lemma``, ``head`` (1-based, 0 = root) and
    ``deprel``). Heads become indices into ``Document.tokens``, -1 for the root.
    """
    if len(words) != len(tokens):
        raise ValueError(f"Stanza returned {len(words)} words for {len(tokens)} tokens; "
                         "the input must be pretokenized (tokenize_pretokenized=True, no MWT)")
    for tok, word in zip(tokens, words):
        tok.upos = word.upos
        tok.lemma = word.lemma
        tok.deprel = word.deprel
        head = word.head
        tok.head = None if head is None else (-1 if head == 0 else offset + head - 1)


def apply_stanza_doc(doc: Document, sentences: Iterable[Sentence], stanza_doc) -> Document:
    """Copy a stanza.Document (one stanza sentence per pipeline sentence, in order) onto ``doc``."""
    sentences = list(sentences)
    if len(stanza_doc.sentences) != len(sentences):
        raise ValueError(f"Stanza returned {len(stanza_doc.sentences)} sentences for {len(sentences)}")
    for sent, ssent in zip(sentences, stanza_doc.sentences):
        copy_words(doc.tokens[sent.tok_start:sent.tok_end], sent.tok_start, ssent.words)
    return doc


def document_from_words(doc_id: str, sentences: Sequence[Sequence[str]]) -> Document:
    """A pipeline Document whose sentences and tokens are the given words (space-separated,
    one sentence a line): for running the adapter and roles on treebanks."""
    doc = Document(doc_id, "")
    parts: list[str] = []
    pos = 0
    for sid, words in enumerate(sentences):
        sent = Sentence(sid, pos, pos, "", tok_start=len(doc.tokens))
        for k, w in enumerate(words):
            if k:
                parts.append(" ")
                pos += 1
            doc.tokens.append(Token(pos, pos + len(w), w, sid))
            parts.append(w)
            pos += len(w)
        sent.end, sent.tok_end = pos, len(doc.tokens)
        doc.sentences.append(sent)
        parts.append("\n")
        pos += 1
    doc.text = doc.norm_text = "".join(parts)
    for sent in doc.sentences:
        sent.text = doc.norm_text[sent.start:sent.end]
    return doc


class StanzaParser:
    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, doc: Document) -> Document:
        sents = [s for s in doc.sentences if s.tok_end > s.tok_start]
        if sents:
            words = [[t.text for t in doc.tokens[s.tok_start:s.tok_end]] for s in sents]
            apply_stanza_doc(doc, sents, self.nlp(words))
        return doc


@stage("stanza", requires=("tokens",), provides=("pos", "lemma", "deps"),
       settings={"model_dir": None, "lang": "hi", "package": "default", "use_gpu": False, "threads": None})
def make_stanza(settings: dict, context):
    """UPOS, lemma, head and deprel for every token from Stanza's Hindi models (extra: stanza)."""
    if settings.get("model_dir"):
        model_dir = context.resolve(settings["model_dir"])
    else:
        try:
            model_dir = default_model_dir()
        except ImportError as exc:
            raise RuntimeError(INSTALL_EXTRA) from exc
    nlp = load_stanza(model_dir, lang=settings.get("lang", "hi"), package=settings.get("package", "default"),
                      allow_download=bool(context.options.get("allow_download")),
                      use_gpu=bool(settings.get("use_gpu", False)))
    if settings.get("threads"):
        import torch

        torch.set_num_threads(int(settings["threads"]))
    return StanzaParser(nlp)
