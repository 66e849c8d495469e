// The Run boxes: `<div class="run-here" data-program="ch05" data-needs="mnist"
// data-options="iters batch-size lr hidden seed" data-command="cargo run --release -p ch05">
// </div>` on a page becomes a button that runs that program, built for WebAssembly, in a Web
// Worker (book/run/worker.js), with the options the reader sets, and shows what it prints and
// the figures it draws (those it writes in target/runs/<data-out, else data-program>).
// `cargo xtask site` puts the programs and the data they read in the site's run/ folder.
(() => {
    "use strict";
    const ja = document.documentElement.lang === "ja";
    const say = ja ? {
        run: "実行", stop: "止める",
        running: "実行中… プログラムはこのブラウザーの中で動いています。",
        done: (s) => `終了（${s} 秒）。`,
        failed: (code) => `プログラムは終了コード ${code} で止まりました。理由は上の赤い行です（コマンドラインと同じメッセージ）。`,
        stopped: "止めました。",
        missing: "このボックスには WebAssembly に変換したプログラムが必要です。`cargo xtask site` でサイトを作ると用意されます。",
        command: "同じことをコマンドラインで：",
        options: { iters: "繰り返し回数", "batch-size": "バッチサイズ", lr: "学習率", hidden: "隠れ層のニューロン数", seed: "乱数のシード", steps: "ステップ数", w1: "w1", w2: "w2", b: "バイアス b" },
        figure: (name) => `この実行で描かれた図（${name}）`,
        chart: "学習中の認識精度（訓練データ：実線、テストデータ：破線）",
        lossChart: "学習中の損失（20 回ごと）",
    } : {
        run: "Run", stop: "Stop",
        running: "Running… the program runs in this browser.",
        done: (s) => `Done in ${s} s.`,
        failed: (code) => `The program stopped with exit code ${code}. Why is in red above: the message the command line prints.`,
        stopped: "Stopped.",
        missing: "This box needs the programs built for WebAssembly: `cargo xtask site` builds the site with them.",
        command: "The same on the command line:",
        options: { iters: "iterations", "batch-size": "batch size", lr: "learning rate", hidden: "hidden neurons", seed: "seed", steps: "steps", w1: "w1", w2: "w2", b: "bias b" },
        figure: (name) => `The figure this run drew (${name})`,
        chart: "Accuracy while it learns (training data: solid, test data: dashed)",
        lossChart: "The loss while it learns (every 20th iteration)",
    };
    // Each program's defaults, as its --help gives them: the programs' tests check this table
    // (booktools::run_box), one line a program.
    const defaults = {
        ch05: { iters: "10000", "batch-size": "100", lr: "0.1", hidden: "50", seed: "42" },
        descent: { lr: "0.1", steps: "100" },
        perceptron: { w1: "0.5", w2: "0.5", b: "-0.2" },
    };
    const mnist = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"].map((f) => "data/mnist/" + f);
    const needs = { mnist, weights: ["data/weights/sample_weight.npz"] };
    const site = (path) => new URL(path_to_root + "run/" + path, location.href).href;

    const element = (tag, props = {}, ...children) => {
        const e = Object.assign(document.createElement(tag), props);
        e.append(...children);
        return e;
    };

    for (const box of document.querySelectorAll(".run-here")) setUp(box);

    function setUp(box) {
        const program = box.dataset.program;
        const shown = defaults[program] ?? {};
        const inputs = (box.dataset.options ?? "").split(" ").filter(Boolean).map((name) => {
            const input = element("input", { name, value: shown[name], size: 6 });
            return [name, input, element("label", {}, say.options[name] + " ", input)];
        });
        const command = element("code");
        const args = () => inputs.flatMap(([name, input]) =>
            input.value.trim() === shown[name] ? [] : ["--" + name, input.value.trim()]);
        const showCommand = () => {
            const rest = args().length ? " -- " + args().join(" ") : "";
            command.textContent = (box.dataset.command ?? `cargo run -p ${program}`) + rest;
        };
        for (const [, input] of inputs) input.addEventListener("input", showCommand);
        showCommand();

        const button = element("button", { type: "button", className: "run-button" }, say.run);
        const status = element("p", { className: "run-status" });
        // Training runs (those with --iters) show their iterations as a bar, their loss and
        // each epoch's accuracies as charts.
        const training = box.dataset.options?.includes("iters");
        const [lossChart, chart] = training ? [liveChart(say.lossChart, 1), liveChart(say.chart, 2)] : [];
        const progress = element("progress", { hidden: !training });
        const output = element("pre", { className: "run-output", hidden: true });
        const figures = element("div", { className: "run-figures" });
        box.append(element("div", { className: "run-controls" }, button, ...inputs.map(([, , l]) => l)),
            element("p", { className: "run-command" }, say.command + " ", command),
            progress, status, ...(training ? [lossChart.figure, chart.figure] : []), output, figures);

        let worker = null;
        button.addEventListener("click", () => {
            if (worker) return finish(say.stopped);
            start(args());
        });

        function finish(message, code) {
            worker?.terminate();
            worker = null;
            button.textContent = say.run;
            status.textContent = message;
            box.dataset.state = "done";
            if (code !== undefined) box.dataset.exitCode = code;
        }

        function start(argv) {
            const begun = performance.now();
            output.textContent = "";
            output.hidden = false;
            figures.replaceChildren();
            status.textContent = say.running;
            button.textContent = say.stop;
            box.dataset.state = "running";
            delete box.dataset.exitCode;
            delete box.dataset.firstOutput;
            // Training prints one line per epoch: the book's iterations per epoch, 60,000 / batch.
            const value = (name) => Number(inputs.find(([n]) => n === name)?.[1].value);
            const perEpoch = Math.max(Math.floor(60000 / value("batch-size")), 1);
            const iterations = value("iters");
            const epochs = Math.floor((iterations - 1) / perEpoch) + 1;
            let epoch = 0;
            if (training) progress.max = iterations;
            progress.value = 0;
            lossChart?.clear();
            chart?.clear();

            worker = new Worker(site("worker.js"), { type: "module" });
            worker.onerror = (event) => finish(say.missing + ` (${event.message ?? "worker"})`);
            worker.onmessage = ({ data }) => {
                // The loss lines the program writes for the page (support::progress::LOSS_LINES)
                // are drawn, not printed.
                const loss = data.line?.match(/^loss \| (\d+) (\S+)$/);
                if (data.stream === "stderr" && loss) {
                    progress.value = Number(loss[1]);
                    if (Number.isFinite(Number(loss[2]))) lossChart?.add(loss[1] / iterations, [Number(loss[2])]);
                } else if (data.line !== undefined) {
                    box.dataset.firstOutput ??= ((performance.now() - begun) / 1000).toFixed(2);
                    const line = element("span", { className: data.stream }, data.line + "\n");
                    output.append(line);
                    const accuracies = data.line.match(/^train acc, test acc \| (\S+), (\S+)$/);
                    if (accuracies) {
                        chart?.add(epoch / Math.max(epochs - 1, 1), [Number(accuracies[1]), Number(accuracies[2])]);
                        epoch += 1;
                    }
                } else if (data.done !== undefined) {
                    showFigures(data.figures);
                    const seconds = ((performance.now() - begun) / 1000).toFixed(1);
                    box.dataset.seconds = seconds;
                    finish(data.done === 0 ? say.done(seconds) : say.failed(data.done), data.done);
                } else {
                    output.append(element("span", { className: "stderr" }, data.failed + "\n"));
                    finish(data.failed.includes("404") ? say.missing : say.failed("?"), "failed");
                }
            };
            const files = (box.dataset.needs ?? "").split(" ").filter(Boolean)
                .flatMap((need) => needs[need]).map((path) => [path, site(path)]);
            const out = box.dataset.out ?? program;
            worker.postMessage({ wasm: site(program + ".wasm"), program, out, args: argv, files });
        }

        // A chart drawn while the program runs: `lines` lines (the first solid, the second
        // dashed), each value added at x from 0 to 1, the height scaled to the largest value
        // so far (at least 1). The program's own figures follow when the run ends.
        function liveChart(caption, lines) {
            const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
            svg.setAttribute("viewBox", "0 0 100 50");
            svg.setAttribute("role", "img");
            svg.setAttribute("aria-label", caption);
            const polylines = Array.from({ length: lines }, (_, i) => {
                const l = document.createElementNS(svg.namespaceURI, "polyline");
                l.setAttribute("fill", "none");
                l.setAttribute("stroke", "currentColor");
                l.setAttribute("stroke-width", "0.6");
                if (i > 0) l.setAttribute("stroke-dasharray", "2 1");
                svg.append(l);
                return l;
            });
            let points = [];
            const figure = element("figure", { className: "run-chart", hidden: true }, svg,
                element("figcaption", {}, caption));
            const draw = () => {
                const top = Math.max(1, ...points.flatMap(([, values]) => values));
                polylines.forEach((l, i) => l.setAttribute("points", points
                    .map(([x, values]) => `${(100 * x).toFixed(2)},${(50 - 48 * values[i] / top).toFixed(2)}`)
                    .join(" ")));
            };
            return {
                figure,
                clear() {
                    points = [];
                    draw();
                    figure.hidden = true;
                },
                add(x, values) {
                    figure.hidden = false;
                    points.push([x, values]);
                    draw();
                },
            };
        }

        // The figures the run drew, in the page's language, each with the alt text of the
        // same figure on the page.
        function showFigures(drawn) {
            const svgs = new Map(drawn);
            for (const [name, svg] of drawn) {
                if (name.startsWith("ja/")) continue;
                const text = (ja && svgs.get("ja/" + name)) || svg;
                const onPage = [...document.querySelectorAll("main img")]
                    .find((img) => img.getAttribute("src")?.endsWith("/" + name));
                const src = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
                const img = element("img", { src, alt: onPage?.alt || say.figure(name) });
                figures.append(element("figure", {}, img, element("figcaption", {}, name)));
            }
        }
    }
})();
