// A chapter's program, run in a Web Worker (started by book/theme/run.js, the Run boxes).
//
// The program is the one `cargo run -p chNN` runs, built for WASI (`cargo xtask site` builds
// it with `--target wasm32-wasip1`). browser_wasi_shim (wasi/, see ABOUT.txt) gives it what
// it would ask the operating system for: its arguments, standard output and error, and a file
// system in memory whose top stands for the repository (support::paths::repository), with
// the site's copy of data/ in it. What the program writes under target/runs/ is sent back.
//
// Messages in:  { wasm, program, out: its folder under target/runs, args,
//                files: [[path in the repository, address], …] }
// Messages out: { stream: "stdout" | "stderr", line } for each line printed,
//               { done: exit code, figures: [[file name, SVG text], …] } at the end,
//               { failed: message } if the program could not be started or crashed.

import {
    ConsoleStdout, Directory, File, OpenFile, PreopenDirectory, WASI, WASIProcExit,
} from "./wasi/index.js";

/// Puts `file` at `path` (a/b/c) in `dir`, making the directories on the way.
function put(dir, path, file) {
    const names = path.split("/");
    const last = names.pop();
    for (const name of names) {
        if (!dir.contents.has(name)) dir.contents.set(name, new Directory(new Map()));
        dir = dir.contents.get(name);
    }
    dir.contents.set(last, file);
}

/// The directory at `path` in `dir`, or undefined.
function find(dir, path) {
    for (const name of path.split("/")) dir = dir?.contents?.get(name);
    return dir;
}

async function fetchBytes(address) {
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${address}: ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
}

onmessage = async ({ data: { wasm, program, out, args, files } }) => {
    try {
        const root = new Directory(new Map());
        const loaded = files.map(async ([path, address]) => {
            put(root, path, new File(await fetchBytes(address), { readonly: true }));
        });
        const [module] = await Promise.all([WebAssembly.compileStreaming(fetch(wasm)), ...loaded]);

        const lines = (stream) => ConsoleStdout.lineBuffered((line) => postMessage({ stream, line }));
        const stdin = new OpenFile(new File([]));
        const fds = [stdin, lines("stdout"), lines("stderr"), new PreopenDirectory("/", root.contents)];
        // A training program then writes its loss as lines for the page to draw
        // (support::progress::LOSS_LINES).
        const env = ["DLFS_LOSS_LINES=1"];
        const wasi = new WASI([program, ...args], env, fds, { debug: false });
        const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport });
        let code;
        try {
            code = wasi.start(instance);
        } catch (error) {
            if (!(error instanceof WASIProcExit)) throw error;
            code = error.code;
        }
        // The figures, and their Japanese versions under ja/ as `ja/<name>`.
        const figures = [];
        const dir = find(root, `target/runs/${out}`);
        for (const [prefix, folder] of [["", dir], ["ja/", find(dir, "ja")]]) {
            for (const [name, file] of folder?.contents ?? []) {
                if (name.endsWith(".svg")) figures.push([prefix + name, new TextDecoder().decode(file.data)]);
            }
        }
        postMessage({ done: code, figures });
    } catch (error) {
        postMessage({ failed: String(error) });
    }
};
