// Typesets the activation formulas from LaTeX to SVG with MathJax (a dev-time tool, not a build
// dependency). Usage, from an empty folder:
//   npm install mathjax-full@3.2.2 && node /path/to/resources/formulas/make_formulas.mjs OUT_DIR
// Glyphs are filled with currentColor; the app substitutes its palette's text colour.
// No words in a formula (conditions are written as inequalities): one SVG reads in both languages.
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';
import { writeFileSync } from 'fs';
import { join } from 'path';

const formulas = {
  relu: String.raw`\mathrm{ReLU}(x) = \max(0,\, x)`,
  relu_grad: String.raw`\mathrm{ReLU}'(x) = \begin{cases} 1, & x > 0 \\ 0, & x \le 0 \end{cases}`,
  leaky_relu: String.raw`\mathrm{LeakyReLU}(x) = \begin{cases} x, & x \ge 0 \\ \text{negative\_slope} \cdot x, & x < 0 \end{cases}`,
  leaky_relu_grad: String.raw`\mathrm{LeakyReLU}'(x) = \begin{cases} 1, & x > 0 \\ \text{negative\_slope}, & x \le 0 \end{cases}`,
  sigmoid: String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
  sigmoid_grad: String.raw`\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)`,
  tanh: String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
  tanh_grad: String.raw`\tanh'(x) = 1 - \tanh^2(x)`,
  softmax: String.raw`\mathrm{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}}`,
  softmax_grad: String.raw`\frac{\partial p_i}{\partial x_j} = p_i\,(\delta_{ij} - p_j)`,
  log_softmax: String.raw`\mathrm{log\_softmax}(x)_i = x_i - \log \sum_j e^{x_j}`,
  log_softmax_grad: String.raw`\frac{\partial y_i}{\partial x_j} = \delta_{ij} - \mathrm{softmax}(x)_j`,
  relu6: String.raw`\mathrm{ReLU6}(x) = \min\bigl(\max(0,\, x),\, 6\bigr)`,
  relu6_grad: String.raw`\mathrm{ReLU6}'(x) = \begin{cases} 1, & 0 < x < 6 \\ 0, & x \le 0,\ x \ge 6 \end{cases}`,
  hardsigmoid: String.raw`\mathrm{Hardsigmoid}(x) = \frac{\min\bigl(\max(x + 3,\, 0),\, 6\bigr)}{6}`,
  hardsigmoid_grad: String.raw`\mathrm{Hardsigmoid}'(x) = \begin{cases} \tfrac{1}{6}, & -3 < x < 3 \\ 0, & x \le -3,\ x \ge 3 \end{cases}`,
  hardswish: String.raw`\mathrm{Hardswish}(x) = x \cdot \frac{\min\bigl(\max(x + 3,\, 0),\, 6\bigr)}{6}`,
  hardswish_grad: String.raw`\mathrm{Hardswish}'(x) = \begin{cases} 0, & x < -3 \\ \tfrac{x}{3} + \tfrac{1}{2}, & -3 \le x \le 3 \\ 1, & x > 3 \end{cases}`,
  hardtanh: String.raw`\mathrm{Hardtanh}(x) = \begin{cases} \text{max\_val}, & x > \text{max\_val} \\ x, & \text{min\_val} \le x \le \text{max\_val} \\ \text{min\_val}, & x < \text{min\_val} \end{cases}`,
  hardtanh_grad: String.raw`\mathrm{Hardtanh}'(x) = \begin{cases} 1, & \text{min\_val} < x < \text{max\_val} \\ 0, & x \le \text{min\_val},\ x \ge \text{max\_val} \end{cases}`,
  threshold: String.raw`\mathrm{Threshold}(x) = \begin{cases} x, & x > \text{threshold} \\ \text{value}, & x \le \text{threshold} \end{cases}`,
  threshold_grad: String.raw`\mathrm{Threshold}'(x) = \begin{cases} 1, & x > \text{threshold} \\ 0, & x \le \text{threshold} \end{cases}`,
  hardshrink: String.raw`\mathrm{Hardshrink}(x) = \begin{cases} x, & |x| > \lambda \\ 0, & |x| \le \lambda \end{cases}`,
  hardshrink_grad: String.raw`\mathrm{Hardshrink}'(x) = \begin{cases} 1, & |x| > \lambda \\ 0, & |x| \le \lambda \end{cases}`,
  softshrink: String.raw`\mathrm{Softshrink}(x) = \begin{cases} x - \lambda, & x > \lambda \\ x + \lambda, & x < -\lambda \\ 0, & |x| \le \lambda \end{cases}`,
  softshrink_grad: String.raw`\mathrm{Softshrink}'(x) = \begin{cases} 1, & |x| > \lambda \\ 0, & |x| \le \lambda \end{cases}`,
  elu: String.raw`\mathrm{ELU}(x) = \begin{cases} x, & x > 0 \\ \alpha\,(e^{x} - 1), & x \le 0 \end{cases}`,
  elu_grad: String.raw`\mathrm{ELU}'(x) = \begin{cases} 1, & x > 0 \\ \alpha\, e^{x}, & x \le 0 \end{cases}`,
  selu: String.raw`\mathrm{SELU}(x) = \lambda \begin{cases} x, & x > 0 \\ \alpha\,(e^{x} - 1), & x \le 0 \end{cases} \quad \lambda \approx 1.0507,\ \alpha \approx 1.6733`,
  selu_grad: String.raw`\mathrm{SELU}'(x) = \lambda \begin{cases} 1, & x > 0 \\ \alpha\, e^{x}, & x \le 0 \end{cases}`,
  celu: String.raw`\mathrm{CELU}(x) = \begin{cases} x, & x > 0 \\ \alpha\,\bigl(e^{x/\alpha} - 1\bigr), & x \le 0 \end{cases}`,
  celu_grad: String.raw`\mathrm{CELU}'(x) = \begin{cases} 1, & x > 0 \\ e^{x/\alpha}, & x \le 0 \end{cases}`,
  gelu: String.raw`\mathrm{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\Bigl(1 + \mathrm{erf}\bigl(\tfrac{x}{\sqrt{2}}\bigr)\Bigr)`,
  gelu_grad: String.raw`\mathrm{GELU}'(x) = \Phi(x) + x\,\frac{e^{-x^2/2}}{\sqrt{2\pi}}`,
  silu: String.raw`\mathrm{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}`,
  silu_grad: String.raw`\mathrm{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)`,
  mish: String.raw`\mathrm{Mish}(x) = x \tanh\bigl(\ln(1 + e^{x})\bigr)`,
  mish_grad: String.raw`\mathrm{Mish}'(x) = t + x\,\sigma(x)\,(1 - t^2), \quad t = \tanh\bigl(\ln(1 + e^{x})\bigr)`,
  softplus: String.raw`\mathrm{Softplus}(x) = \frac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr)`,
  softplus_grad: String.raw`\mathrm{Softplus}'(x) = \sigma(\beta x) = \frac{1}{1 + e^{-\beta x}}`,
  softsign: String.raw`\mathrm{Softsign}(x) = \frac{x}{1 + |x|}`,
  softsign_grad: String.raw`\mathrm{Softsign}'(x) = \frac{1}{(1 + |x|)^2}`,
  logsigmoid: String.raw`\mathrm{LogSigmoid}(x) = \ln \frac{1}{1 + e^{-x}}`,
  logsigmoid_grad: String.raw`\mathrm{LogSigmoid}'(x) = 1 - \sigma(x)`,
  tanhshrink: String.raw`\mathrm{Tanhshrink}(x) = x - \tanh(x)`,
  tanhshrink_grad: String.raw`\mathrm{Tanhshrink}'(x) = \tanh^2(x)`,
  softmin: String.raw`\mathrm{softmin}(x)_i = \frac{e^{-x_i}}{\sum_j e^{-x_j}}`,
  softmin_grad: String.raw`\frac{\partial p_i}{\partial x_j} = -p_i\,(\delta_{ij} - p_j)`,
  softmax2d: String.raw`\mathrm{Softmax2d}(x)_{c,h,w} = \frac{e^{x_{c,h,w}}}{\sum_k e^{x_{k,h,w}}}`,
  softmax2d_grad: String.raw`\frac{\partial p_{c,h,w}}{\partial x_{k,h,w}} = p_{c,h,w}\,(\delta_{ck} - p_{k,h,w})`,
  glu: String.raw`\mathrm{GLU}(a,\, b) = a \otimes \sigma(b), \quad x = [\,a;\ b\,]`,
  glu_grad: String.raw`\frac{\partial y}{\partial a} = \sigma(b), \quad \frac{\partial y}{\partial b} = a\,\sigma(b)\,\bigl(1 - \sigma(b)\bigr)`,
  rrelu: String.raw`\mathrm{RReLU}(x) = \begin{cases} x, & x > 0 \\ r\,x, & x \le 0 \end{cases} \quad r \sim \mathcal{U}(\text{lower},\, \text{upper}), \quad \mathbb{E}[r] = \tfrac{\text{lower} + \text{upper}}{2}`,
  rrelu_grad: String.raw`\mathrm{RReLU}'(x) = \begin{cases} 1, & x > 0 \\ r, & x \le 0 \end{cases}`,
  prelu: String.raw`\mathrm{PReLU}(x) = \begin{cases} x, & x > 0 \\ a\,x, & x \le 0 \end{cases}`,
  prelu_grad: String.raw`\frac{\partial y}{\partial x} = \begin{cases} 1, & x > 0 \\ a, & x \le 0 \end{cases} \quad \frac{\partial y}{\partial a} = \begin{cases} 0, & x > 0 \\ x, & x \le 0 \end{cases}`,
};

// MathJax draws a tall brace (three cases or more) from pieces in nested <svg> elements, which
// Qt's SVG renderer (SVG Tiny) drops along with everything after them: each becomes a group with
// the same placement (x, y, then the viewBox scaled to width and height).
function flattenNestedSvg(svg) {
  let depth = 0;
  return svg.replace(/<svg\b([^>]*)>|<\/svg>/g, (tag, attributes) => {
    if (tag === '</svg>') return --depth === 0 ? tag : '</g>';
    if (depth++ === 0) return tag;
    const value = (name) => Number((attributes.match(new RegExp(`\\b${name}="([^"]*)"`)) || [])[1] || 0);
    const [vx, vy, vw, vh] = attributes.match(/viewBox="([^"]*)"/)[1].split(/\s+/).map(Number);
    const sx = value('width') / vw, sy = value('height') / vh;
    return `<g transform="translate(${value('x')},${value('y')}) scale(${sx},${sy}) translate(${-vx},${-vy})">`;
  });
}

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const document = mathjax.document('', {
  InputJax: new TeX({ packages: AllPackages }),
  OutputJax: new SVG({ fontCache: 'none' }),
});
const out = process.argv[2] || '.';
for (const [name, tex] of Object.entries(formulas)) {
  const node = document.convert(tex, { display: true });
  writeFileSync(join(out, `${name}.svg`), flattenNestedSvg(adaptor.innerHTML(node)) + '\n');
}
