"""scikit-learn baseline for bench/classifier: TfidfVectorizer() + LinearSVC(), both with defaults.

Usage: python sklearn_baseline.py TRAIN.csv TEST.csv  → one JSON line on stdout.
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


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def main():
    x_train, y_train = read(sys.argv[1])
    x_test, y_test = read(sys.argv[2])
    model = make_pipeline(TfidfVectorizer(), LinearSVC())
    t0 = time.perf_counter()
    model.fit(x_train, y_train)
    train_s = time.perf_counter() - t0
    predicted = model.predict(x_test)
    times = []
    for text in x_test:  # one text at a time, like a worker classifying one request
        t = time.perf_counter()
        model.predict([text])
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    pick = lambda q: times[min(len(times) - 1, max(0, -(-int(q * len(times) * 1000) // 1000) - 1))]
    print(json.dumps({
        "sklearn": sklearn.__version__,
        "accuracy": accuracy_score(y_test, predicted),
        "macroF1": f1_score(y_test, predicted, average="macro"),
        "trainSeconds": train_s,
        "predictMsP50": pick(0.5),
        "predictMsP99": pick(0.99),
        "modelBytes": len(pickle.dumps(model)),
        "maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


if __name__ == "__main__":
    main()
