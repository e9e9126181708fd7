"""Tokens from spaCy's Hindi tokenizer (spacy.blank("hi")), one pass over each sentence."""
from __future__ import annotations

from ..core.document import Token
from ..core.registry import stage
from ..hindi.tokenizer import hindi_tokenizer, token_spans


@stage("tokens", requires=("sentences",), provides=("tokens",), settings={"rules": "tokenizer.toml"})
def make_tokens(settings: dict, context):
    """Tokenise each sentence with spaCy's rule-based Hindi tokenizer (extra rules: configs/tokenizer.toml)."""
    tokenizer = hindi_tokenizer(str(context.resolve(settings.get("rules", "tokenizer.toml"))))

    def tokens(doc):
        out: list[Token] = []
        for sent in doc.sentences:
            sent.tok_start = len(out)
            text, base, sid = sent.text, sent.start, sent.sent_id
            for s, e in token_spans(tokenizer, text):
                out.append(Token(base + s, base + e, text[s:e], sid))
            sent.tok_end = len(out)
        doc.tokens = out
        return doc

    return tokens
