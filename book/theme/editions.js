// The two editions of the book, English at the site's root and Japanese under ja/: a link in
// the menu bar to the same page in the other language, and, in the Japanese edition, a
// search box that understands Japanese (Pagefind), where mdBook's own search does not.
(function () {
    "use strict";
    const japanese = document.documentElement.lang === "ja";
    const page = window.location.pathname.split("/").pop() || "index.html";
    const root = typeof path_to_root === "string" ? path_to_root : "";

    const buttons = document.querySelector("#mdbook-menu-bar .right-buttons");
    if (buttons) {
        const link = document.createElement("a");
        link.id = "language-switch";
        link.href = japanese ? root + "../" + page : root + "ja/" + page;
        link.textContent = japanese ? "English" : "日本語";
        link.title = japanese ? "Read this page in English" : "このページを日本語で読む";
        link.lang = japanese ? "en" : "ja";
        buttons.prepend(link);
    }

    if (!japanese) {
        return;
    }
    const site = root + "../pagefind/";
    const main = document.querySelector("main");
    if (!main) {
        return;
    }
    const box = document.createElement("div");
    box.id = "pagefind-search";
    main.prepend(box);
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = site + "pagefind-ui.css";
    document.head.append(css);
    const script = document.createElement("script");
    script.src = site + "pagefind-ui.js";
    script.onload = function () {
        new PagefindUI({ element: "#pagefind-search", showSubResults: true, showImages: false });
    };
    document.head.append(script);
})();
