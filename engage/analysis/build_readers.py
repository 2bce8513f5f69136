"""Builds the learned readers shipped with the engine from their examples in data/:

    python -m engage.analysis.build_readers

Run it after changing the examples, the sentiment lexicon, the safeguarding patterns, the
tagger or its labelled sets, and commit the JSON it writes. It needs scikit-learn; reading the
models does not.
"""

from engage.analysis import disclosures, sentiment_reader, tagging_model


def main() -> None:
    labelled = tagging_model.read_training_sets()
    model = tagging_model.train(labelled)
    model.save(digest=tagging_model.digest(labelled))
    print(
        f"Built {tagging_model.MODEL.name} from {model.about['comments']} labelled comments of "
        f"{len(model.about['strategies'])} strategies: "
        f"{sum(map(len, model.pairs.values())):,} weights of words and families"
    )

    texts, labels = sentiment_reader.read_examples()
    reader = sentiment_reader.build(texts, labels)
    reader.model.save(sentiment_reader.MODEL, examples=len(texts))
    print(
        f"Built {sentiment_reader.MODEL.name} from {len(texts)} examples: "
        f"{len(reader.model.weights):,} weights"
    )

    texts, labels, sources = disclosures.read_examples()
    if not texts:
        print("No safeguarding examples in data/: the disclosure reader is not built")
        return
    disclosure = disclosures.build(texts, labels, sources)
    disclosure.model.save(
        disclosures.MODEL,
        threshold=disclosure.threshold,
        examples=len(texts),
        disclosures=labels.count("1"),
        digest=disclosures.digest(texts, labels, sources),
    )
    print(
        f"Built {disclosures.MODEL.name} from {len(texts)} examples ({labels.count('1')} "
        f"disclosures): {len(disclosure.model.weights):,} weights, threshold "
        f"{disclosure.threshold:.3f}"
    )


if __name__ == "__main__":
    main()
