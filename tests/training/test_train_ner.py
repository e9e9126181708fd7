"""Training-data transforms of train_ner (no training here: CI never trains)."""
from pipeline.training import conll, train_ner


def S(text: str, tags: str) -> conll.Sentence:
    return conll.Sentence(text.split(), tags.split())


def test_consistent_labels_tags_untagged_occurrences_of_mostly_tagged_names():
    sents = [
        S("नीति आयोग ने रिपोर्ट दी", "B-ORG I-ORG O O O"),
        S("नीति आयोग की बैठक", "B-ORG I-ORG O O"),
        S("नीति आयोग के सदस्य", "O O O O"),  # annotator missed it
        S("आयोग ने कहा", "O O O"),  # a bare head word was never tagged: stays O
        S("राम आए", "B-PER O"),  # tagged once only: too little evidence
        S("राम और श्याम", "O O O"),
    ]
    out, changed = train_ner.consistent_labels(sents)
    assert changed == 1
    assert out[2].tags == ["B-ORG", "I-ORG", "O", "O"]
    assert out[3].tags == sents[3].tags and out[5].tags == sents[5].tags
    assert out[0].tags == sents[0].tags  # tagged sentences are untouched


def test_consistent_labels_respects_the_share():
    sents = [S("योजना आयोग", "B-ORG I-ORG")] * 2 + [S("योजना आयोग बना", "O O O")] * 3
    out, changed = train_ner.consistent_labels(sents, min_share=0.5)
    assert changed == 0  # tagged 2 of 5 times
    out, changed = train_ner.consistent_labels(sents, min_share=0.4)
    assert changed == 3 and out[-1].tags == ["B-ORG", "I-ORG", "O"]


def test_augment_mentions_swaps_names_of_the_same_label():
    sents = [
        S("नरेंद्र मोदी ने दिल्ली में कहा", "B-PER I-PER O B-LOC O O"),
        S("पुतिन ने मास्को में कहा", "B-PER O B-LOC O O"),
        S("कुछ नहीं हुआ", "O O O"),
    ]
    aug = train_ner.augment_mentions(sents, copies=3, seed=1)
    assert len(aug) == 6  # 3 copies of each sentence with a name, none of the plain one
    people = {("नरेंद्र", "मोदी"), ("पुतिन",)}
    places = {("दिल्ली",), ("मास्को",)}
    for s in aug:
        assert len(s.tokens) == len(s.tags)
        spans = conll.spans(s.tags)
        assert [lab for *_, lab in spans] == ["PER", "LOC"]
        (a, b, _), (c, d, _) = spans
        assert tuple(s.tokens[a:b]) in people and tuple(s.tokens[c:d]) in places
        assert s.tokens[b] == "ने" and s.tokens[-1] == "कहा"  # context kept


def test_held_out_slice_is_stable_and_about_the_asked_share():
    sents = [S(f"वाक्य संख्या {i} यहां है", "O O O O O") for i in range(2000)]
    picked = [s for s in sents if train_ner.held_out(s, 0.2)]
    assert 300 < len(picked) < 500
    assert picked == [s for s in sents if train_ner.held_out(s, 0.2)]  # same slice every run
    assert not any(train_ner.held_out(s, 0.0) for s in sents)
    assert all(train_ner.held_out(s, 1.0) for s in sents)
