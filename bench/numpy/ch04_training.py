"""The NumPy peer of chapter 4's training run (§4.5), for the Measurements page.

The book's train_neuralnet.py of chapter 4 written as leanly as NumPy allows, beside
`cargo run --release -p ch04`: a 784-50-10 network with the sigmoid (weights normal times
0.01, biases 0), its analytic gradient (the book's TwoLayerNet.gradient: no derivative for
the input image), each batch's loss from a forward pass of its own (as the book's loop and
ours compute it), 10,000 iterations of batch 100 drawn with replacement, learning rate 0.1,
train and test accuracy every 600 iterations. The data are read as ../shared/bench's
numpy_ch05.py reads them. Prints the accuracies, then `numpy_ch04 seconds S`: the training
loop only, loading excluded.

Usage: python3 bench/numpy/ch04_training.py MNIST_DIR [ITERS]
"""
import gzip
import sys
import time

import numpy as np


def idx(path, offset):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=offset)


d = sys.argv[1]
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
xtr = idx(f"{d}/train-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float32) / 255.0
ttr = idx(f"{d}/train-labels-idx1-ubyte.gz", 8).astype(np.int64)
xte = idx(f"{d}/t10k-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float32) / 255.0
tte = idx(f"{d}/t10k-labels-idx1-ubyte.gz", 8).astype(np.int64)
rng = np.random.default_rng(0)
W1 = 0.01 * rng.standard_normal((784, 50)); b1 = np.zeros(50)
W2 = 0.01 * rng.standard_normal((50, 10)); b2 = np.zeros(10)


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def predict(x):
    return sigmoid(x @ W1 + b1) @ W2 + b2


def softmax(a):
    y = np.exp(a - a.max(axis=1, keepdims=True))
    return y / y.sum(axis=1, keepdims=True)


def loss(x, t):
    y = softmax(predict(x))
    return -np.mean(np.log(y[np.arange(len(t)), t] + 1e-7))


def acc(x, t):
    return float(np.mean(np.argmax(predict(x), axis=1) == t))


start = time.time()
for i in range(iters):
    m = rng.integers(0, len(xtr), 100)
    x, t = xtr[m], ttr[m]
    batch_loss = loss(x, t)
    a1 = x @ W1 + b1; z1 = sigmoid(a1); a2 = z1 @ W2 + b2
    y = softmax(a2)
    dy = y.copy(); dy[np.arange(100), t] -= 1; dy /= 100
    dW2 = z1.T @ dy; db2 = dy.sum(0); dz1 = (dy @ W2.T) * z1 * (1 - z1)
    dW1 = x.T @ dz1; db1 = dz1.sum(0)
    W1 -= 0.1 * dW1; b1 -= 0.1 * db1; W2 -= 0.1 * dW2; b2 -= 0.1 * db2
    if i % 600 == 0:
        print(acc(xtr, ttr), acc(xte, tte))
print(f"numpy_ch04 seconds {time.time() - start:.2f}")
