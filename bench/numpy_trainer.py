"""The yardstick for `npm run bench -- --numpy`: Digitscope's presets trained with numpy.

The same network and the same stochastic gradient descent as Digitscope's presets, written the way a
numpy user would write it: Nielsen's network.py vectorised over the mini-batch, so every layer of a batch
is one matrix product through numpy's BLAS. Activations are columns, (neurons, batch); weights are
(out, in), so a layer reads a' = f(W a + b) as in the lecture.

  --loss mse  sigmoid output, quadratic cost, δᴸ = (a − y)·a(1 − a)   (network.py exactly)
  --loss ce   softmax output, cross-entropy, δᴸ = a − y

Prints each epoch's time and test accuracy on stderr, then one line `RESULT {json}` on stdout with
`median_epoch_s`, `samples_per_s`, `test_acc` and `peak_rss_mb`. Needs python3 and numpy (README,
"Benchmarks"); reads the IDX files (plain or gzipped) from MNIST_DIR.
"""
import argparse
import gzip
import json
import os
import resource
import statistics
import struct
import sys
import time

import numpy as np


def read_idx(folder, name):
    """An IDX file of unsigned bytes as an array of its dimensions; `name` plain or with .gz beside it."""
    path = os.path.join(folder, name)
    opener = open if os.path.exists(path) else gzip.open
    with opener(path if os.path.exists(path) else path + ".gz", "rb") as f:
        raw = f.read()
    magic, = struct.unpack(">I", raw[:4])
    if magic >> 8 != 0x08:
        sys.exit(f"{name}: not an IDX file of unsigned bytes")
    dims = struct.unpack(">" + "I" * (magic & 0xFF), raw[4:4 + 4 * (magic & 0xFF)])
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * len(dims)).reshape(dims)


def load_mnist(folder, dtype):
    images = lambda name: read_idx(folder, name).reshape(-1, 784).astype(dtype) / dtype(255)
    labels = lambda name: read_idx(folder, name).astype(np.int64)
    return (images("train-images-idx3-ubyte"), labels("train-labels-idx1-ubyte"),
            images("t10k-images-idx3-ubyte"), labels("t10k-labels-idx1-ubyte"))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class Network:
    def __init__(self, layers, hidden, loss, init, rng, dtype):
        self.hidden, self.loss, self.dtype = hidden, loss, dtype
        pairs = list(zip(layers[:-1], layers[1:]))
        if init == "nielsen":  # every weight and bias from N(0, 1), as network.py
            self.w = [rng.standard_normal((out, inp)).astype(dtype) for inp, out in pairs]
            self.b = [rng.standard_normal((out, 1)).astype(dtype) for _, out in pairs]
        else:  # scaled to the fan-in: N(0, 2/in) for ReLU (He), N(0, 1/in) otherwise; biases 0
            gain = 2.0 if hidden == "relu" else 1.0
            self.w = [(rng.standard_normal((out, inp)) * np.sqrt(gain / inp)).astype(dtype) for inp, out in pairs]
            self.b = [np.zeros((out, 1), dtype) for _, out in pairs]

    def f(self, z):
        return sigmoid(z) if self.hidden == "sigmoid" else np.maximum(z, 0)

    def f_prime(self, a):
        """f′ in terms of the activation a = f(z): σ′ = a(1 − a), ReLU′ = [a > 0]."""
        return a * (1 - a) if self.hidden == "sigmoid" else (a > 0).astype(self.dtype)

    def output(self, z):
        if self.loss == "mse":
            return sigmoid(z)
        e = np.exp(z - z.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)

    def step(self, x, y, eta):
        """One mini-batch: x (784, m), y one-hot (10, m); w ← w − η/m · Σ ∇C over its samples."""
        a = [x]
        for l, (w, b) in enumerate(zip(self.w, self.b)):
            z = w @ a[-1] + b
            a.append(self.output(z) if l == len(self.w) - 1 else self.f(z))
        delta = (a[-1] - y) * a[-1] * (1 - a[-1]) if self.loss == "mse" else a[-1] - y
        scale = self.dtype(eta / x.shape[1])
        for l in range(len(self.w) - 1, -1, -1):
            grad_w, grad_b = delta @ a[l].T, delta.sum(axis=1, keepdims=True)
            if l > 0:
                delta = (self.w[l].T @ delta) * self.f_prime(a[l])
            self.w[l] -= scale * grad_w
            self.b[l] -= scale * grad_b

    def accuracy(self, x, labels):
        a = x.T
        for w, b in zip(self.w[:-1], self.b[:-1]):
            a = self.f(w @ a + b)
        # The output function keeps the order of z, so the brightest output is the largest z.
        return float((np.argmax(self.w[-1] @ a + self.b[-1], axis=0) == labels).mean() * 100)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--arch", default="784,16,16,10", help="neurons per layer, input first")
    p.add_argument("--act", default="sigmoid", choices=["sigmoid", "relu"], help="the hidden layers' activation")
    p.add_argument("--loss", default="mse", choices=["mse", "ce"])
    p.add_argument("--init", default="nielsen", choices=["nielsen", "scaled"])
    p.add_argument("--lr", type=float, default=3.0, help="η")
    p.add_argument("--batch", type=int, default=10)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--dtype", default="float32", choices=["float32", "float64"])
    args = p.parse_args()
    dtype = np.dtype(args.dtype).type
    np.seterr(over="ignore")  # exp of a large negative z overflows to inf, and σ is then 0 as it should be

    folder = os.environ.get("MNIST_DIR") or sys.exit("set MNIST_DIR to the folder of the MNIST IDX files")
    train_x, train_y, test_x, test_y = load_mnist(folder, dtype)
    one_hot = np.eye(10, dtype=dtype)[train_y]
    rng = np.random.default_rng(args.seed)
    net = Network([int(n) for n in args.arch.split(",")], args.act, args.loss, args.init, rng, dtype)

    seconds, accuracy = [], []
    for epoch in range(args.epochs):
        started = time.perf_counter()
        order = rng.permutation(len(train_x))
        for start in range(0, len(order), args.batch):
            batch = order[start:start + args.batch]
            net.step(train_x[batch].T, one_hot[batch].T, args.lr)
        seconds.append(time.perf_counter() - started)
        accuracy.append(round(net.accuracy(test_x, test_y), 2))
        print(f"epoch {epoch + 1}: {seconds[-1]:.3f} s, test accuracy {accuracy[-1]:.2f} %", file=sys.stderr, flush=True)

    median = statistics.median(seconds)
    print("RESULT " + json.dumps({
        "arch": args.arch, "act": args.act, "loss": args.loss, "batch": args.batch, "lr": args.lr, "dtype": args.dtype,
        "epoch_s": [round(s, 4) for s in seconds], "median_epoch_s": round(median, 4),
        "samples_per_s": round(len(train_x) / median), "test_acc": accuracy,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "numpy": np.__version__,
    }), flush=True)


if __name__ == "__main__":
    main()
