"""A third-party stage, as a plugin package would ship it; tests install it through an entry point."""
from pipeline.core import Entity, stage


@stage("toy_exclaim", requires=("tokens",), provides=("entities",))
def make_toy_exclaim(settings, context):
    """Tags every token ending in '!' as an EXCLAIM entity; fails on documents containing BOOM."""
    label = settings.get("label", "EXCLAIM")

    def exclaim(doc):
        if "BOOM" in doc.norm_text:
            raise ValueError("toy stage refuses BOOM")
        for i, t in enumerate(doc.tokens):
            if t.text == "!" and i:
                prev = doc.tokens[i - 1]
                doc.entities.append(Entity(prev.start, prev.end, prev.text, label, prev.sent_id, source="toy"))
        return doc

    return exclaim
