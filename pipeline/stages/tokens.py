"""Tokens from spaCy's Hindi tokenizer (spacy.blank("hi")), one pass over each sentence."""
from __future__ import annotations

from ..core.document import Token
from ..core.registry import stage
from ..hindi.tokenizer import hindi_tokenizer


@stage("tokens", requires=("sentences",), provides=("tokens",))
def make_tokens(settings: dict, context):
    """Tokenise each sentence with spaCy's rule-based Hindi tokenizer (extra rules: configs/tokenizer.toml)."""
    tokenizer = hindi_tokenizer(str(context.resolve(settings.get("rules", "tokenizer.toml"))))

    def tokens(doc):
        out: list[Token] = []
        for sent in doc.sentences:
            sent.tok_start = len(out)
            for t in tokenizer(sent.text):
                if t.is_space:
                    continue
                start = sent.start + t.idx
                out.append(Token(start, start + len(t.text), t.text, sent.sent_id))
            sent.tok_end = len(out)
        doc.tokens = out
        return doc

    return tokens
