"""The NumPy peer of the gradient checks of §4.5.1 and §5.7.3, for the Measurements page.

The book's numerical gradient written as leanly as NumPy allows: on the first 3 training
images, every parameter of a 784-50-10 network (weights normal times 0.01, biases 0) nudged
by h = 1e-4 both ways, in place, the loss (softmax with cross-entropy, log guard 1e-7)
computed again from the images each time. ACTIVATION is relu (chapter 5: Affine-ReLU-Affine)
or sigmoid (chapter 4). Prints `numpy_gradient_check ACTIVATION seconds S`: the numerical
gradient only, loading excluded.

Usage: python3 bench/numpy/gradient_check.py MNIST_DIR relu|sigmoid
"""
import gzip
import sys
import time

import numpy as np


def idx(path, offset):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=offset)


mnist, activation = sys.argv[1], sys.argv[2]
x = idx(f"{mnist}/train-images-idx3-ubyte.gz", 16).reshape(-1, 784)[:3] / 255.0
t = idx(f"{mnist}/train-labels-idx1-ubyte.gz", 8)[:3].astype(np.int64)
rng = np.random.default_rng(42)
params = [
    0.01 * rng.standard_normal((784, 50)),
    np.zeros(50),
    0.01 * rng.standard_normal((50, 10)),
    np.zeros(10),
]
hidden = {"relu": lambda a: np.maximum(a, 0), "sigmoid": lambda a: 1 / (1 + np.exp(-a))}[activation]


def loss():
    w1, b1, w2, b2 = params
    a2 = hidden(x @ w1 + b1) @ w2 + b2
    y = np.exp(a2 - a2.max(axis=1, keepdims=True))
    y /= y.sum(axis=1, keepdims=True)
    return -np.mean(np.log(y[np.arange(len(t)), t] + 1e-7))


def numerical_gradient(p, h=1e-4):
    grad = np.zeros_like(p)
    for i in np.ndindex(p.shape):
        tmp = p[i]
        p[i] = tmp + h
        fxh1 = loss()
        p[i] = tmp - h
        fxh2 = loss()
        p[i] = tmp
        grad[i] = (fxh1 - fxh2) / (2 * h)
    return grad


start = time.time()
grads = [numerical_gradient(p) for p in params]
print(f"numpy_gradient_check {activation} seconds {time.time() - start:.3f}")
