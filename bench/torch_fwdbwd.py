#!/usr/bin/python3
"""PyTorch's own CPU time for the work activation-lab-bench's core_*_fwdbwd_1M_ms measures:
forward + backward over 2^20 float32 values (softmax, log_softmax, softmin and glu: 1024 x 1024,
dim=1; Softmax2d: 16 x 256 x 256), one thread, median
of 30; and for core_mlp_fwdbwd_seed_net_us: the seed network's forward, cross_entropy and backward,
median of 2000, in microseconds. Run with Debian's python3 and python3-torch, on the machine the
bench ran on."""
import statistics
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
for name, (fn, shape) in CASES.items():
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
