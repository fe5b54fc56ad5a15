"""scikit-learn baselines for bench/classifier, trained on the same files as caseflow.

Usage: python sklearn_baseline.py JOB.json → one JSON object on stdout. The job names the
training CSVs, the test CSVs per language and the small-data draws (row indices into the
training files, made by the TypeScript side so both libraries see the same examples).

Two pipelines:
- "defaults": make_pipeline(TfidfVectorizer(), LinearSVC()), every setting left at its default;
- "same-features": caseflow's own features (caseflow_features.py) + LinearSVC() (C=1).
"""
import csv
import json
import pickle
import resource
import sys
import time

import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

from caseflow_features import CaseflowFeatures


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def pipeline(kind):
    if kind == "defaults":
        return make_pipeline(TfidfVectorizer(), LinearSVC())
    return make_pipeline(CaseflowFeatures(), LinearSVC())


def pick(times, q):
    return times[min(len(times) - 1, max(0, -(-int(q * len(times) * 1000) // 1000) - 1))]


def scores(model, x, y):
    predicted = model.predict(x)
    return {"n": len(y), "accuracy": accuracy_score(y, predicted), "macroF1": f1_score(y, predicted, average="macro")}


def full(kind, x_train, y_train, tests):
    model = pipeline(kind)
    t0 = time.perf_counter()
    model.fit(x_train, y_train)
    train_s = time.perf_counter() - t0
    per_language = {lang: scores(model, *xy) for lang, xy in tests.items()}
    times = []
    for x, _ in tests.values():
        for text in x:  # one text at a time, like a worker classifying one request
            t = time.perf_counter()
            model.predict([text])
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {
        "perLanguage": per_language,
        "trainSeconds": train_s,
        "predictMsP50": pick(times, 0.5),
        "predictMsP99": pick(times, 0.99),
        "modelBytes": len(pickle.dumps(model)),
    }


def main():
    job = json.load(open(sys.argv[1], encoding="utf-8"))
    files = {path: read(path) for path in job["train"]}
    x_train = [t for path in job["train"] for t in files[path][0]]
    y_train = [c for path in job["train"] for c in files[path][1]]
    tests = {lang: read(path) for lang, path in job["tests"].items()}
    out = {"sklearn": sklearn.__version__}
    for kind in ("defaults", "same-features"):
        out[kind] = full(kind, x_train, y_train, tests)
    small = []
    for draw in job["draws"]:
        x, y = files[draw["file"]]
        model = pipeline("same-features").fit([x[i] for i in draw["rows"]], [y[i] for i in draw["rows"]])
        small.append({"set": draw["set"], "draw": draw["draw"], **scores(model, *tests[draw["language"]])})
    out["small"] = small
    out["maxRssKb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(out))


if __name__ == "__main__":
    main()
