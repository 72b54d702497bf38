#!/usr/bin/python3
"""PyTorch's own CPU time for the work activation-lab-bench's core_*_fwdbwd_1M_ms measures:
forward + backward over 2^20 float32 values (softmax, log_softmax, softmin and glu: 1024 x 1024,
dim=1; Softmax2d: 16 x 256 x 256), one thread, median
of 30; and for core_mlp_fwdbwd_seed_net_us: the seed network's forward, cross_entropy and backward,
median of 2000, in microseconds; and for train_steps_per_s: the Train workspace's loop (500 points
of the circle set, 2-8-8-2 tanh, batches of 10, torch.optim.SGD at lr 0.1), steps per second,
median of 9 runs of 2000 steps. Run with Debian's python3 and python3-torch, on the machine the
bench ran on. Names on the command line (relu, glu, ...) measure those activations alone."""
import math
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)
torch.manual_seed(7)
ELEMENTWISE = ["relu", "leaky_relu", "sigmoid", "tanh", "relu6", "hardsigmoid", "hardswish",
               "hardtanh", "hardshrink", "softshrink", "elu", "selu", "celu", "gelu", "silu",
               "mish", "softplus", "softsign", "logsigmoid", "tanhshrink"]
CASES = {name: (getattr(torch, name, None) if name in ("sigmoid", "tanh") else getattr(F, name),
                (1 << 20,)) for name in ELEMENTWISE}
CASES["threshold"] = (lambda t: F.threshold(t, 0.1, 20.0), (1 << 20,))  # the app's defaults
CASES["softmax"] = (lambda t: F.softmax(t, dim=1), (1024, 1024))
CASES["log_softmax"] = (lambda t: F.log_softmax(t, dim=1), (1024, 1024))
CASES["softmin"] = (lambda t: F.softmin(t, dim=1), (1024, 1024))
CASES["softmax2d"] = (nn.Softmax2d(), (16, 256, 256))
CASES["glu"] = (lambda t: F.glu(t, dim=1), (1024, 1024))  # grad_output: (1024, 512)
CASES["rrelu"] = (F.rrelu, (1 << 20,))  # the app's default: training=False
CASES["prelu"] = (lambda t: F.prelu(t, torch.tensor([0.25])), (1 << 20,))
ONLY = sys.argv[1:]
for name, (fn, shape) in CASES.items():
    if ONLY and name not in ONLY:
        continue
    x = (torch.randn(shape) * 3).requires_grad_(True)
    g = torch.randn(fn(x).shape)
    samples = []
    for _ in range(30):
        x.grad = None
        start = time.perf_counter()
        y = fn(x)
        y.backward(g)
        samples.append((time.perf_counter() - start) * 1000)
    print(f"torch_{name}_fwdbwd_1M_ms: {statistics.median(samples):.3f}")
if ONLY:
    sys.exit()

# The seed network (seed 0) and the targets of the model fixtures.
torch.manual_seed(0)
x = torch.randn(4, 100)
fc1, fc2, fc3 = nn.Linear(100, 64), nn.Linear(64, 32), nn.Linear(32, 5)
targets = torch.tensor([0, 3, 1, 4])
samples = []
for _ in range(2000):
    for layer in (fc1, fc2, fc3):
        layer.weight.grad = layer.bias.grad = None
    start = time.perf_counter()
    loss = F.cross_entropy(fc3(torch.tanh(fc2(F.relu(fc1(x))))), targets)
    loss.backward()
    samples.append((time.perf_counter() - start) * 1e6)
print(f"torch_mlp_fwdbwd_seed_net_us: {statistics.median(samples):.1f}")

# The Train workspace's loop: the circle set's recipe (core/datasets.h, with the C library's sin,
# cos and log: the same points to the last bit or two), as the app trains it.
torch.manual_seed(0)
points, labels = [], []
for i, (a, b, c, d) in enumerate(torch.rand(500, 4, dtype=torch.float64).tolist()):
    r = 2.5 * a if i % 2 == 0 else 3.5 + 1.5 * a
    jitter = math.sqrt(-2.0 * math.log(1.0 - c))
    points.append([r * math.cos(2 * math.pi * b) + 0.1 * jitter * math.cos(2 * math.pi * d),
                   r * math.sin(2 * math.pi * b) + 0.1 * jitter * math.sin(2 * math.pi * d)])
    labels.append(i % 2)
x, y = torch.tensor(points), torch.tensor(labels)
batches = [(x[i:i + 10], y[i:i + 10]) for i in range(0, len(x), 10)]
samples = []
for _ in range(9):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    start = time.perf_counter()
    for k in range(2000):
        xb, yb = batches[k % len(batches)]
        opt.zero_grad()
        loss = F.cross_entropy(model(xb), yb)
        loss.item()
        loss.backward()
        opt.step()
    samples.append(2000 / (time.perf_counter() - start))
print(f"torch_train_steps_per_s: {statistics.median(samples):.0f}")
