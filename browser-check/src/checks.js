// The browser check's JavaScript, run in each page (browser-check/src/main.rs): an object
// whose methods the check calls, `(<this file>).problems()`.
({
    // What is wrong on a page: images that did not load or have no alt text, KaTeX's error
    // boxes, math left as raw `$$`, emphasis marks left as text, in-page links with no
    // target, and listings wider than the page.
    problems() {
        const problems = [];
        const main = document.querySelector("main");
        for (const img of main.querySelectorAll("img")) {
            const src = img.getAttribute("src");
            if (!img.complete || img.naturalWidth === 0) problems.push("an image did not load: " + src);
            if (!img.getAttribute("alt")) problems.push("an image without alt text: " + src);
        }
        for (const error of document.querySelectorAll(".katex-error")) {
            problems.push("KaTeX could not render: " + error.textContent.slice(0, 80));
        }
        if (main.innerText.includes("$$")) problems.push("raw $$ in the text: math not rendered");
        // Emphasis written against Japanese letters (を_語_と) is not emphasis to Markdown: the
        // marks are printed. (The translation tools write every emphasis with underscores.)
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        let prose = "";
        while (walker.nextNode()) {
            const node = walker.currentNode;
            if (!node.parentElement.closest("code, pre, .katex")) prose += node.textContent + "\n";
        }
        const marks = prose.match(/[*_][^\s*_]*[\u3040-\u30ff\u4e00-\u9fff][^\s*_]*[*_]/g);
        if (marks) problems.push("emphasis marks shown as text: " + marks.slice(0, 3).join(" "));
        for (const a of document.querySelectorAll("a[href*='#']")) {
            if (a.origin !== location.origin || a.pathname !== location.pathname) continue;
            const id = decodeURIComponent(a.hash.slice(1));
            if (id && !document.getElementById(id)) problems.push("a link to #" + id + ", which is not on the page");
        }
        // mdBook lets the code inside a listing scroll, so that is what would be too wide.
        for (const code of main.querySelectorAll("pre, pre > code")) {
            if (code.scrollWidth > code.clientWidth + 1) {
                problems.push("a listing wider than the page: " + code.innerText.split("\n")[0].slice(0, 60));
            }
        }
        return problems;
    },

    // The ids on the page, its links to other pages of the site with an `#anchor` (links
    // within the page are checked by `problems`), each as the page and the anchor decoded,
    // and where its language switch leads (the same page in the other edition).
    idsAndLinks() {
        return {
            ids: [...document.querySelectorAll("[id]")].map(e => e.id),
            links: [...document.querySelectorAll("main a[href]")]
                .filter(a => a.origin === location.origin && a.pathname !== location.pathname && a.hash)
                .map(a => [a.href.split("#")[0], decodeURIComponent(a.hash.slice(1))]),
            other_edition: document.getElementById("language-switch")?.href ?? "",
        };
    },

    // Whether the page scrolls sideways: at a phone's width it must not.
    scrollsSideways() {
        return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;
    },

    // The stylesheets, scripts and images a page that does not finish loading waits for.
    waitingFor() {
        const files = [...document.querySelectorAll("link[href], script[src], img[src]")];
        return files.map(e => e.href || e.src).filter(url => !performance.getEntriesByName(url).length);
    },

    // Scrolls to a figure and says whether it loaded.
    figureLoaded(file) {
        const img = document.querySelector(`main img[src$="${file}"]`);
        img.scrollIntoView({block: "center"});
        return img.naturalWidth > 0;
    },

    // What a search finds, typed into mdBook's own search box (the English edition) or
    // Pagefind's (the Japanese): the links of its results, waiting up to 8 s for them.
    async search(query, pagefind) {
        const input = pagefind
            ? document.querySelector("#pagefind-search input")
            : document.getElementById("mdbook-searchbar");
        if (!pagefind && document.getElementById("mdbook-search-wrapper").classList.contains("hidden")) {
            document.getElementById("mdbook-search-toggle").click();
        }
        input.value = query;
        input.dispatchEvent(pagefind ? new Event("input", {bubbles: true}) : new KeyboardEvent("keyup", {key: "a"}));
        const results = pagefind
            ? "#pagefind-search .pagefind-ui__result-title .pagefind-ui__result-link"
            : "#mdbook-searchresults a";
        // Results come in one by one, not in their order: the list counts once it has held
        // still for 300 ms.
        let hits = [], still = 0;
        for (let i = 0; i < 80 && still < 3; i++) {
            await new Promise(r => setTimeout(r, 100));
            const now = [...document.querySelectorAll(results)].map(a => a.getAttribute("href"));
            still = now.length && now.join() === hits.join() ? still + 1 : 0;
            hits = now;
        }
        return hits;
    },

    // Sets the options of the page's Run box for `program` (book/theme/run.js) from `args`,
    // written as on the command line (`--iters 300 --lr 50`), and clicks Run.
    startRun(program, args) {
        const box = document.querySelector(`.run-here[data-program="${program}"]`);
        for (const [, name, value] of args.matchAll(/--(\S+) (\S+)/g)) {
            box.querySelector(`input[name="${name}"]`).value = value;
        }
        box.querySelector(".run-button").click();
    },

    // What the Run box of `program` shows: whether its program has ended and with what exit
    // code, what it printed on each stream, its figures (how many, how many loaded with alt
    // text) and its times.
    runResult(program) {
        const box = document.querySelector(`.run-here[data-program="${program}"]`);
        const text = (stream) => [...box.querySelectorAll(".run-output ." + stream)].map(s => s.textContent).join("");
        const images = [...box.querySelectorAll(".run-figures img")];
        return {
            done: box.dataset.state === "done", exit_code: box.dataset.exitCode ?? "",
            stdout: text("stdout"), stderr: text("stderr"), figures: images.length,
            loaded: images.filter(img => img.complete && img.naturalWidth > 0 && img.alt).length,
            seconds: Number(box.dataset.seconds ?? 0), first_output: Number(box.dataset.firstOutput ?? 0),
            loss_points: (box.querySelector(".run-chart polyline")?.getAttribute("points") ?? "")
                .split(" ").filter(Boolean).length,
        };
    },
})
